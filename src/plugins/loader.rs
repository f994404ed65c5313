//! Imports plugin candidates (under private module names, as upstream: plugin directories never
//! go on `sys.path`), runs `setup(host)`, and commits what it registered. Where upstream is
//! lenient we load too: a piece we cannot serve (a channel or facade the host owns, a tool
//! name another plugin took first, ...) is left out and recorded as the plugin's warning. A
//! failing `setup` or a duplicate plugin id still refuses the whole plugin.
use super::discovery::{self, Candidate};
use super::registry::{self, ChannelEntry, FacadeEntry, HookEntry, LoadedPlugin, Registry, ToolEntry};
use crate::bridge::{exc_summary, format_traceback};
use crate::sdk::{new_host, read_registrations, Manifest, Registrations, Spec, SDK_PY};
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyTuple};
use std::path::PathBuf;
use std::sync::Arc;

/// Where to look for plugins.
#[derive(Debug, Clone, Default)]
pub(crate) struct LoadOptions {
    /// `backend/plugins/` of the install (ships empty).
    pub(crate) bundled_dir: Option<PathBuf>,
    /// `--plugins-dir` flags followed by `HORRIBLE_PLUGINS_DIR` entries.
    pub(crate) plugin_dirs: Vec<PathBuf>,
    /// Read `horrible.plugins` entry points from site-packages.
    pub(crate) entry_points: bool,
    /// Names the host's own capabilities serve, which plugins may not take.
    pub(crate) reserved: Reserved,
}

/// The host's own channel, `dash` facade and route names (routes as normalized patterns,
/// see [`super::routes::normalize`]), taken from the capabilities' registrations.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reserved {
    pub(crate) channels: Vec<String>,
    pub(crate) facades: Vec<String>,
    pub(crate) routes: Vec<String>,
}

/// Every candidate, in the documented order, and the plugin directories that do not exist.
pub(crate) fn candidates(py: Python<'_>, opts: &LoadOptions) -> (Vec<Candidate>, Vec<PathBuf>) {
    let mut out: Vec<Candidate> = Vec::new();
    let mut missing = Vec::new();
    if let Some(b) = &opts.bundled_dir {
        out.extend(discovery::scan_dir(b));
    }
    for dir in &opts.plugin_dirs {
        if dir.is_dir() {
            out.extend(discovery::scan_dir(dir));
        } else {
            missing.push(dir.clone());
        }
    }
    if opts.entry_points {
        out.extend(discovery::entry_points(&site_packages(py)));
    }
    (out, missing)
}

/// Discovers and loads every plugin; failures are recorded, never raised.
pub(crate) fn load(py: Python<'_>, opts: &LoadOptions) -> Registry {
    let mut reg = Registry::default();
    let (candidates, missing) = candidates(py, opts);
    for dir in missing {
        reg.errors.push((dir.display().to_string(), "NotADirectoryError: plugin directory does not exist".into()));
    }
    for c in candidates {
        let source = c.source();
        match load_one(py, &mut reg, opts, &c, &source) {
            Ok(id) => tracing::info!(plugin = %id, %source, "loaded plugin"),
            Err(err) => {
                tracing::warn!(%source, "plugin not loaded: {err}");
                reg.errors.push((source, err));
            }
        }
    }
    reg
}

fn site_packages(py: Python<'_>) -> Vec<PathBuf> {
    py.import("site")
        .and_then(|s| s.call_method0("getsitepackages"))
        .and_then(|l| l.extract::<Vec<PathBuf>>())
        .unwrap_or_default()
}

/// The arguments `horrible._host.sdk` resolves a candidate from: `("module", source, dir, stem,
/// path, package)` or `("entry", source, module, attr)`; bundled plugins import as
/// `backend.plugins.<name>`, as upstream.
pub(crate) fn candidate_args<'py>(
    py: Python<'py>,
    c: &Candidate,
    bundled: Option<&PathBuf>,
) -> PyResult<Bound<'py, PyTuple>> {
    match c {
        Candidate::Module { dir, name, path } => {
            let package = (bundled == Some(dir)).then_some("backend.plugins");
            ("module", c.source(), dir.display().to_string(), name, path.display().to_string(), package)
                .into_pyobject(py)
        }
        Candidate::EntryPoint { module, attr, .. } => ("entry", c.source(), module, attr.clone()).into_pyobject(py),
    }
}

/// Imports a candidate and returns its `BackendPlugin` instance.
fn resolve<'py>(py: Python<'py>, c: &Candidate, bundled: Option<&PathBuf>) -> Result<Bound<'py, PyAny>, String> {
    let summary = |e: PyErr| {
        tracing::debug!("{}", format_traceback(py, &e));
        exc_summary(py, &e)
    };
    let args = candidate_args(py, c, bundled).map_err(summary)?;
    let (kind, rest) = (args.get_item(0).map_err(summary)?, args.get_slice(2, args.len()));
    let func =
        if kind.extract::<String>().map_err(summary)? == "module" { "resolve_module" } else { "resolve_entry_point" };
    let (plugin, why): (Bound<'py, PyAny>, String) =
        SDK_PY.func(py, func).and_then(|f| f.call1(rest)).and_then(|r| r.extract()).map_err(summary)?;
    if plugin.is_none() {
        Err(why)
    } else {
        Ok(plugin)
    }
}

fn load_one(
    py: Python<'_>,
    reg: &mut Registry,
    opts: &LoadOptions,
    c: &Candidate,
    source: &str,
) -> Result<String, String> {
    let plugin = resolve(py, c, opts.bundled_dir.as_ref())?;
    let manifest_obj = plugin.getattr("manifest").map_err(|_| {
        "TypeError: PLUGIN has no manifest (set `manifest = PluginManifest(...)` on the class)".to_string()
    })?;
    let manifest =
        Manifest::read(&manifest_obj).map_err(|e| format!("TypeError: PLUGIN.manifest: {}", exc_summary(py, &e)))?;
    let id = manifest.id.clone();
    if let Some(first) = reg.plugins.iter().find(|p| p.manifest.get().id == id) {
        return Err(format!("duplicate plugin id {id:?}: already loaded from {}", first.source));
    }
    let (host, staging) = new_host(py, &manifest_obj).map_err(|e| exc_summary(py, &e))?;
    if let Err(e) = plugin.call_method1("setup", (&host,)) {
        tracing::warn!(plugin = %id, "setup failed:\n{}", format_traceback(py, &e));
        return Err(exc_summary(py, &e));
    }
    let (regs, read_warnings) = read_registrations(&staging).map_err(|e| exc_summary(py, &e))?;
    let warnings: Vec<String> = manifest.id_warning().into_iter().chain(read_warnings).collect();
    commit(py, reg, &opts.reserved, Spec::new(manifest), source, regs, warnings)?;
    // From now on the plugin's registrations (e.g. from a startup hook) go to the served registry.
    let late = late_sink(py, id.clone(), opts.reserved.clone()).map_err(|e| exc_summary(py, &e))?;
    host.setattr("_late", late).map_err(|e| exc_summary(py, &e))?;
    Ok(id)
}

/// `host._late`: applies a registration made after `setup` returned to the published registry
/// (a new snapshot), with the same rules as at load time; routers are not mounted any more.
fn late_sink(py: Python<'_>, plugin: String, reserved: Reserved) -> PyResult<Bound<'_, PyAny>> {
    let f = PyCFunction::new_closure(py, None, None, move |args, _kwargs| -> PyResult<()> {
        let kind: String = args.get_item(0)?.extract()?;
        let rest: Vec<Bound<'_, PyAny>> = args.iter().skip(1).collect();
        let mut regs = Registrations::default();
        let mut warnings = Vec::new();
        if kind == "router" {
            warnings.push(format!(
                "a router registered after setup() returned is not mounted (prefix {})",
                rest.get(1).map(ToString::to_string).unwrap_or_default()
            ));
        } else {
            crate::sdk::read_one(&kind, &rest, &mut regs, &mut warnings);
        }
        let mut next = (*registry::current()).clone();
        let Some(i) = next.plugins.iter().position(|p| p.manifest.get().id == plugin) else { return Ok(()) };
        let mut entry = next.plugins.remove(i);
        warnings.extend(add_names(&mut next, &reserved, &plugin, regs, &mut entry));
        for w in &warnings {
            tracing::warn!(plugin = %plugin, "{w}");
        }
        entry.warnings.extend(warnings);
        next.plugins.insert(i, entry);
        registry::publish(next);
        Ok(())
    })?;
    Ok(f.into_any())
}

/// Keeps the names of one kind that are free: not the host's (core wins), not another plugin's
/// or this one's already (first wins). Each name refused becomes a warning.
fn free_names<T>(
    kind: &str,
    items: Vec<(String, T)>,
    reserved: &[String],
    owner: impl Fn(&str) -> Option<String>,
    warnings: &mut Vec<String>,
) -> Vec<(String, T)> {
    let mut out: Vec<(String, T)> = Vec::new();
    for (name, item) in items {
        let why = if reserved.contains(&name) {
            Some("the host's own one is served".to_string())
        } else if let Some(other) = owner(&name) {
            Some(format!("plugin {other:?} registered it first"))
        } else if out.iter().any(|(n, _)| *n == name) {
            Some("this plugin registered it before".to_string())
        } else {
            None
        };
        match why {
            Some(why) => warnings.push(format!("{kind} {name:?} not registered: {why}")),
            None => out.push((name, item)),
        }
    }
    out
}

/// Adds a plugin's tools, channels, facades and hooks to `reg` (names as [`free_names`] allows);
/// returns the warnings.
fn add_names(
    reg: &mut Registry,
    reserved: &Reserved,
    id: &str,
    regs: Registrations,
    entry: &mut LoadedPlugin,
) -> Vec<String> {
    let mut warnings = Vec::new();
    let tools = free_names(
        "tool",
        regs.tools.into_iter().map(|t| (t.name.clone(), t)).collect(),
        &[],
        |n| reg.plugin_of_tool(n).map(str::to_string),
        &mut warnings,
    );
    let channels = free_names(
        "channel",
        regs.channels,
        &reserved.channels,
        |n| reg.channels.get(n).map(|c| c.plugin.clone()),
        &mut warnings,
    );
    let facades = free_names(
        "dash facade",
        regs.facades,
        &reserved.facades,
        |n| reg.facades.iter().find(|f| f.name == n).map(|f| f.plugin.clone()),
        &mut warnings,
    );
    for (name, t) in tools {
        reg.tool_index.insert(name.clone(), reg.tools.len());
        reg.tools.push(ToolEntry { plugin: id.to_string(), tool: Spec::new(t) });
        entry.tools.push(name);
    }
    for (name, handler) in channels {
        reg.channels.insert(name.clone(), ChannelEntry { plugin: id.to_string(), handler });
        entry.channels.push(name);
    }
    for (name, factory) in facades {
        reg.facades.push(FacadeEntry { name: name.clone(), plugin: id.to_string(), factory: Arc::new(factory) });
        entry.facades.push(name);
    }
    entry.startup_hooks += regs.startup.len();
    entry.shutdown_hooks += regs.shutdown.len();
    reg.startup.extend(regs.startup.into_iter().map(|hook| HookEntry { plugin: id.to_string(), hook }));
    reg.shutdown.extend(regs.shutdown.into_iter().map(|hook| HookEntry { plugin: id.to_string(), hook }));
    warnings
}

/// Checks the plugin's routes against what is already served, then adds everything it may have.
fn commit(
    py: Python<'_>,
    reg: &mut Registry,
    reserved: &Reserved,
    manifest: Spec<Manifest>,
    source: &str,
    mut regs: Registrations,
    mut warnings: Vec<String>,
) -> Result<(), String> {
    let id = manifest.get().id.clone();
    let routes = super::routes::enumerate(py, &id, &regs.routers, &mut warnings).map_err(|e| exc_summary(py, &e))?;
    // The app the HTTP routes were enumerated into (the host app every plugin shares, as one
    // FastAPI app): websocket routes and lifespans share it, so `request.app` / `websocket.app`
    // is one object.
    let app = routes.first().and_then(|r| r.scope_extras.bind(py).get_item("app").ok().flatten()).map(Bound::unbind);
    let (routes, route_warnings) = super::routes::admit(&id, routes, &reg.routes, &reserved.routes);
    warnings.extend(route_warnings);
    let ws_routes =
        super::websocket_routes::enumerate(py, &id, &regs.routers, app.as_ref()).map_err(|e| exc_summary(py, &e))?;
    if !regs.routers.is_empty() {
        let mounted = regs.routers.iter().map(|(r, p)| (r.clone_ref(py), p.clone())).collect();
        reg.lifespans.push(Arc::new(super::lifespan::LifespanSpec { plugin: id.clone(), routers: mounted, app }));
    }
    reg.routes.extend(routes.into_iter().map(Arc::new));
    reg.ws_routes.extend(ws_routes.into_iter().map(Arc::new));
    reg.routers.extend(regs.routers.drain(..).map(|(r, prefix)| (id.clone(), Arc::new(r), prefix)));
    let mut entry = LoadedPlugin {
        manifest,
        source: source.to_string(),
        tools: Vec::new(),
        channels: Vec::new(),
        facades: Vec::new(),
        startup_hooks: 0,
        shutdown_hooks: 0,
        warnings: Vec::new(),
    };
    warnings.extend(add_names(reg, reserved, &id, regs, &mut entry));
    for w in &warnings {
        tracing::warn!(plugin = %id, "{w}");
    }
    entry.warnings = warnings;
    reg.plugins.push(entry);
    Ok(())
}
