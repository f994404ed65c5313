//! One version of one plugin: imported, set up, its `FastAPI` routes enumerated, everything it
//! registered read into specs, but not yet judged against the other plugins (that is
//! [`super::registry::Registry::assemble`]'s job, redone on every change). A reload makes a new
//! `PluginVersion` beside the one serving and swaps it in only when it imported, set up and
//! started; the old one is retired once nothing in flight holds it.
use super::discovery::Candidate;
use super::lifespan::LifespanSpec;
use super::loader::LoadOptions;
use super::routes::RouteSpec;
use super::websocket_routes::WsRouteSpec;
use crate::bridge::{exc_summary, format_traceback, PyCallable};
use crate::sdk::{new_host, read_registrations, AgentTool, Manifest, Registrations, Spec, SDK_PY};
use parking_lot::Mutex;
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyTuple};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Why a version did not load, with where it failed (for the API, the pane and the log).
#[derive(Clone, Debug)]
pub(crate) struct Failure {
    /// `import`, `setup` or `startup`.
    pub(crate) stage: &'static str,
    /// `"ExcType: message"`.
    pub(crate) error: String,
    pub(crate) traceback: String,
    pub(crate) file: Option<String>,
    pub(crate) line: Option<u32>,
}

impl Failure {
    pub(crate) fn plain(stage: &'static str, error: impl Into<String>) -> Self {
        Self { stage, error: error.into(), traceback: String::new(), file: None, line: None }
    }

    pub(crate) fn from_py(py: Python<'_>, stage: &'static str, err: &PyErr) -> Self {
        let (file, line) = SDK_PY
            .func(py, "error_location")
            .and_then(|f| f.call1((err.value(py), err.traceback(py))))
            .and_then(|r| r.extract::<(Option<String>, Option<u32>)>())
            .unwrap_or((None, None));
        Self { stage, error: exc_summary(py, err), traceback: format_traceback(py, err), file, line }
    }

    pub(crate) fn to_json(&self) -> Value {
        json!({"stage": self.stage, "error": self.error, "traceback": self.traceback, "file": self.file, "line": self.line})
    }
}

/// Distinguishes versions of one plugin (and the late registrations meant for each).
static GENERATION: AtomicU64 = AtomicU64::new(1);

/// What one plugin version registered (in order), plus what the host needs to serve and
/// retire it. Cloned (cheaply: every Python object is behind an `Arc`) when a registration made
/// after `setup` extends it.
#[derive(Clone)]
pub(crate) struct PluginVersion {
    pub(crate) manifest: Spec<Manifest>,
    /// Plugin ids this one needs loaded first (`PluginManifest(requires=...)`).
    pub(crate) requires: Vec<String>,
    pub(crate) source: String,
    pub(crate) candidate: Candidate,
    /// The Python module it was imported as (dropped from `sys.modules` when retired).
    pub(crate) module: String,
    /// The files its module and submodules were read from (what `--reload` watches).
    pub(crate) files: Vec<std::path::PathBuf>,
    pub(crate) generation: u64,
    /// Effective routes in declaration order, compiled; admitted per assembly.
    pub(crate) routes: Vec<Arc<RouteSpec>>,
    pub(crate) ws_routes: Vec<Arc<WsRouteSpec>>,
    /// `(router, mount prefix)` as registered.
    pub(crate) routers: Vec<(Arc<Py<PyAny>>, String)>,
    /// The private `FastAPI` apps its routers were included into (their routes join the host
    /// app's, for `url_path_for`).
    pub(crate) apps: Vec<Arc<Py<PyAny>>>,
    pub(crate) lifespan: Option<Arc<LifespanSpec>>,
    pub(crate) tools: Vec<Spec<AgentTool>>,
    pub(crate) channels: Vec<(String, PyCallable)>,
    pub(crate) facades: Vec<(String, Arc<Py<PyAny>>)>,
    pub(crate) startup: Vec<PyCallable>,
    pub(crate) shutdown: Vec<PyCallable>,
    /// What it registered that is unusual or could not be read (judging adds its own).
    pub(crate) warnings: Vec<String>,
    late: Arc<LateSink>,
}

impl PluginVersion {
    pub(crate) fn id(&self) -> &str {
        &self.manifest.get().id
    }

    /// Whether anything besides the caller still holds this version's pieces: a registry
    /// snapshot, a route table, a request or tool call in flight.
    pub(crate) fn in_use(self: &Arc<Self>) -> bool {
        Arc::strong_count(self) > 1
            || self.routes.iter().any(|r| Arc::strong_count(r) > 1)
            || self.ws_routes.iter().any(|r| Arc::strong_count(r) > 1)
            || self.tools.iter().any(|t| !t.is_unique())
    }

    /// Adds registrations (made after `setup` returned) to a copy of this version.
    pub(crate) fn extended(&self, py: Python<'_>, regs: Registrations, mut warnings: Vec<String>) -> PyResult<Self> {
        let mut next = self.clone();
        next.add(py, regs, &mut warnings)?;
        next.warnings.extend(warnings);
        Ok(next)
    }

    fn add(&mut self, py: Python<'_>, regs: Registrations, warnings: &mut Vec<String>) -> PyResult<()> {
        let id = self.id().to_string();
        if !regs.routers.is_empty() {
            let (routes, app) = super::routes::enumerate(py, &id, &regs.routers, warnings)?;
            let shared = super::routes::host_app(py)?;
            let websocket_routes =
                super::websocket_routes::enumerate(py, &id, &regs.routers, app.as_ref(), Some(&shared))?;
            self.routes.extend(routes.into_iter().map(Arc::new));
            self.ws_routes.extend(websocket_routes.into_iter().map(Arc::new));
            self.apps.extend(app.map(Arc::new));
            if self.lifespan.is_none() {
                let mounted = regs.routers.iter().map(|(r, p)| (r.clone_ref(py), p.clone())).collect();
                self.lifespan =
                    Some(Arc::new(LifespanSpec { plugin: id.clone(), routers: mounted, app: Some(shared) }));
            }
        }
        self.routers.extend(regs.routers.into_iter().map(|(r, p)| (Arc::new(r), p)));
        self.tools.extend(regs.tools.into_iter().map(Spec::new));
        self.channels.extend(regs.channels);
        self.facades.extend(regs.facades.into_iter().map(|(n, f)| (n, Arc::new(f))));
        self.startup.extend(regs.startup);
        self.shutdown.extend(regs.shutdown);
        Ok(())
    }

    /// Applies the registrations its hooks made before it was served (a reload's startup hooks
    /// run before the swap); from now on they go to the served registry.
    /// A version already served is returned as it is (no copy).
    pub(crate) fn go_live(self: &Arc<Self>, py: Python<'_>) -> Arc<Self> {
        let Some(pending) = self.late.pending.lock().take() else { return self.clone() };
        let mut next = (**self).clone();
        for (kind, args) in pending {
            let args: Vec<Bound<'_, PyAny>> = args.iter().map(|a| a.bind(py).clone()).collect();
            let (regs, mut warnings) = read_late(&kind, &args);
            if let Err(e) = next.add(py, regs, &mut warnings) {
                warnings.push(format!("a late {kind} registration failed: {}", exc_summary(py, &e)));
            }
            next.warnings.extend(warnings);
        }
        Arc::new(next)
    }
}

/// Where `host.register_*` calls made after `setup` returned go (`host._late`): queued while the
/// version is not served yet, then applied to the served registry.
struct LateSink {
    plugin: String,
    generation: u64,
    /// `Some` until the version is served.
    pending: Mutex<Option<Vec<Pending>>>,
}

/// A registration made before the version was served: its kind and arguments.
type Pending = (String, Vec<Py<PyAny>>);

/// Applies a late registration to a served version (installed by the loader).
pub(crate) type LiveApply = fn(Python<'_>, &str, u64, Registrations, Vec<String>);

fn read_late(kind: &str, args: &[Bound<'_, PyAny>]) -> (Registrations, Vec<String>) {
    let mut regs = Registrations::default();
    let mut warnings = Vec::new();
    crate::sdk::read_one(kind, args, &mut regs, &mut warnings);
    (regs, warnings)
}

fn late_function(py: Python<'_>, sink: Arc<LateSink>, apply: LiveApply) -> PyResult<Bound<'_, PyAny>> {
    let f = PyCFunction::new_closure(py, None, None, move |args: &Bound<'_, PyTuple>, _kwargs| -> PyResult<()> {
        let kind: String = args.get_item(0)?.extract()?;
        let rest: Vec<Bound<'_, PyAny>> = args.iter().skip(1).collect();
        if let Some(pending) = sink.pending.lock().as_mut() {
            pending.push((kind, rest.iter().map(|a| a.clone().unbind()).collect()));
            return Ok(());
        }
        let (regs, warnings) = read_late(&kind, &rest);
        apply(args.py(), &sink.plugin, sink.generation, regs, warnings);
        Ok(())
    })?;
    Ok(f.into_any())
}

/// A candidate imported, its manifest read, `setup` not run yet.
pub(crate) struct Imported<'py> {
    plugin: Bound<'py, PyAny>,
    manifest_obj: Bound<'py, PyAny>,
    pub(crate) manifest: Manifest,
    pub(crate) requires: Vec<String>,
    pub(crate) module: String,
    pub(crate) candidate: Candidate,
}

/// Imports a candidate (`fresh`: beside a version already imported) and reads its manifest.
pub(crate) fn import<'py>(
    py: Python<'py>,
    c: &Candidate,
    opts: &LoadOptions,
    fresh: bool,
) -> Result<Imported<'py>, Failure> {
    let (plugin, module) = resolve(py, c, opts, fresh)?;
    let forget = |f: Failure| {
        forget_module(py, &module);
        f
    };
    let manifest_obj = plugin.getattr("manifest").map_err(|_| {
        forget(Failure::plain(
            "import",
            "TypeError: PLUGIN has no manifest (set `manifest = PluginManifest(...)` on the class)",
        ))
    })?;
    let manifest = Manifest::read(&manifest_obj).map_err(|e| {
        forget(Failure::plain("import", format!("TypeError: PLUGIN.manifest: {}", exc_summary(py, &e))))
    })?;
    let requires = dependencies(&manifest_obj);
    Ok(Imported { plugin, manifest_obj, manifest, requires, module, candidate: c.clone() })
}

impl Imported<'_> {
    /// Drops what the import put in `sys.modules` (it will not be set up).
    pub(crate) fn forget(&self) {
        forget_module(self.plugin.py(), &self.module);
    }

    /// Runs `setup`, reads what it registered and enumerates its routes. Nothing is served yet.
    pub(crate) fn setup(self, apply: LiveApply) -> Result<PluginVersion, Failure> {
        let py = self.plugin.py();
        let module = self.module.clone();
        let forget = |f: Failure| {
            forget_module(py, &module);
            f
        };
        let (host, staging) =
            new_host(py, &self.manifest_obj).map_err(|e| forget(Failure::from_py(py, "setup", &e)))?;
        if let Err(e) = self.plugin.call_method1("setup", (&host,)) {
            tracing::warn!(plugin = %self.manifest.id, "setup failed:\n{}", format_traceback(py, &e));
            return Err(forget(Failure::from_py(py, "setup", &e)));
        }
        let (regs, read_warnings) =
            read_registrations(&staging).map_err(|e| forget(Failure::from_py(py, "setup", &e)))?;
        let generation = GENERATION.fetch_add(1, Ordering::Relaxed);
        let late =
            Arc::new(LateSink { plugin: self.manifest.id.clone(), generation, pending: Mutex::new(Some(Vec::new())) });
        let mut warnings: Vec<String> = self.manifest.id_warning().into_iter().chain(read_warnings).collect();
        let mut version = PluginVersion {
            source: self.candidate.source(),
            manifest: Spec::new(self.manifest),
            requires: self.requires,
            candidate: self.candidate,
            files: SDK_PY
                .func(py, "plugin_files")
                .and_then(|f| f.call1((&self.module,)))
                .and_then(|r| r.extract())
                .unwrap_or_default(),
            module: self.module,
            generation,
            routes: Vec::new(),
            ws_routes: Vec::new(),
            routers: Vec::new(),
            apps: Vec::new(),
            lifespan: None,
            tools: Vec::new(),
            channels: Vec::new(),
            facades: Vec::new(),
            startup: Vec::new(),
            shutdown: Vec::new(),
            warnings: Vec::new(),
            late: late.clone(),
        };
        version.add(py, regs, &mut warnings).map_err(|e| forget(Failure::from_py(py, "setup", &e)))?;
        version.warnings = warnings;
        let sink = late_function(py, late, apply).map_err(|e| forget(Failure::from_py(py, "setup", &e)))?;
        host.setattr("_late", sink).map_err(|e| forget(Failure::from_py(py, "setup", &e)))?;
        Ok(version)
    }
}

/// `PluginManifest(requires=...)` (our extension), or a `requires` attribute on any manifest.
fn dependencies(manifest: &Bound<'_, PyAny>) -> Vec<String> {
    for attr in ["dependencies", "requires"] {
        if let Ok(v) = manifest.getattr(attr) {
            if let Ok(list) = v.extract::<Vec<String>>() {
                return list;
            }
        }
    }
    Vec::new()
}

/// Imports a candidate; the plugin instance and the module's name.
fn resolve<'py>(
    py: Python<'py>,
    c: &Candidate,
    opts: &LoadOptions,
    fresh: bool,
) -> Result<(Bound<'py, PyAny>, String), Failure> {
    let args = super::loader::candidate_args(py, c, opts.bundled_dir.as_ref())
        .map_err(|e| Failure::from_py(py, "import", &e))?;
    let kind: String = args.get_item(0).and_then(|k| k.extract()).map_err(|e| Failure::from_py(py, "import", &e))?;
    let mut rest: Vec<Bound<'py, PyAny>> = args.iter().skip(2).collect();
    rest.push(pyo3::types::PyBool::new(py, fresh).to_owned().into_any());
    let func = if kind == "module" { "resolve_module" } else { "resolve_entry_point" };
    let outcome = SDK_PY
        .func(py, func)
        .and_then(|f| f.call1(PyTuple::new(py, rest)?))
        .and_then(|r| r.extract::<(Bound<'py, PyAny>, String, String)>());
    match outcome {
        Ok((plugin, why, module)) if plugin.is_none() => {
            forget_module(py, &module);
            Err(Failure::plain("import", why))
        }
        Ok((plugin, _, module)) => Ok((plugin, module)),
        Err(e) => {
            tracing::debug!("{}", format_traceback(py, &e));
            Err(Failure::from_py(py, "import", &e))
        }
    }
}

/// Drops a module (and its submodules) from `sys.modules`, unless it is an installed package's
/// (those are re-imported in place, never under a second name).
pub(crate) fn forget_module(py: Python<'_>, module: &str) {
    if !module.starts_with("_horrible_plugin_") {
        return;
    }
    if let Err(e) = SDK_PY.func(py, "forget_modules").and_then(|f| f.call1((module,))) {
        tracing::debug!("could not forget module {module}: {}", exc_summary(py, &e));
    }
}
