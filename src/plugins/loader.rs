//! Imports plugin candidates (under private module names, as upstream: plugin directories never
//! go on `sys.path`), runs `setup(host)` in dependency order, and assembles the registry. Where
//! upstream is lenient we load too: a piece we cannot serve (a channel or facade the host owns,
//! a tool name another plugin took first, ...) is left out and recorded as the plugin's
//! warning. A failing import or `setup`, a duplicate plugin id, or a dependency that is
//! missing, disabled or part of a cycle keeps the whole plugin out, with the reason.
use super::discovery::{self, Candidate};
use super::registry::{self, Blocked, Registry, Status};
use super::version::{self, Failure, PluginVersion};
use crate::sdk::Registrations;
use parking_lot::RwLock;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
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

static OPTIONS: RwLock<Option<LoadOptions>> = RwLock::new(None);

/// Remembers where plugins come from and the host's reserved names, for `load_plugins()`,
/// reloads and rescans (at boot).
pub(crate) fn set_options(opts: LoadOptions) {
    *OPTIONS.write() = Some(opts);
}

/// The options given at boot (empty before).
pub(crate) fn options() -> LoadOptions {
    OPTIONS.read().clone().unwrap_or_default()
}

/// The plugins the user disabled (kept in the settings database), when the host has one.
pub(crate) fn disabled_plugins() -> Vec<horrible_settings::DisabledPlugin> {
    crate::services::try_get().and_then(|s| s.settings.disabled_plugins().ok()).unwrap_or_default()
}

/// Discovers and loads every plugin; failures are recorded, never raised.
pub(crate) fn load(py: Python<'_>, opts: &LoadOptions) -> Registry {
    let mut status = Status { disabled: disabled_plugins(), ..Status::default() };
    let (candidates, missing) = candidates(py, opts);
    for dir in missing {
        status.errors.push((dir.display().to_string(), "NotADirectoryError: plugin directory does not exist".into()));
    }
    let versions = load_candidates(py, opts, candidates, &[], &mut status, false);
    let versions = versions.iter().map(|v| v.go_live(py)).collect();
    Registry::assemble(versions, status, &opts.reserved)
}

/// Imports and sets up `candidates` next to the versions already `served`, each plugin after
/// the ones it requires; returns the new versions in the order they were set up. Disabled
/// sources are skipped; failures and blocked plugins are recorded in `status`.
pub(crate) fn load_candidates(
    py: Python<'_>,
    opts: &LoadOptions,
    candidates: Vec<Candidate>,
    served: &[Arc<PluginVersion>],
    status: &mut Status,
    fresh: bool,
) -> Vec<Arc<PluginVersion>> {
    let mut loaded: Vec<Arc<PluginVersion>> = Vec::new();
    let mut pending: Vec<version::Imported<'_>> = Vec::new();
    let is_loaded = |loaded: &[Arc<PluginVersion>], id: &str| served.iter().chain(loaded).any(|v| v.id() == id);
    for c in candidates {
        let source = c.source();
        if status.disabled.iter().any(|d| d.source == source) {
            tracing::info!(%source, "plugin disabled: not imported");
            continue;
        }
        status.forget_source(&source);
        let imported = match version::import(py, &c, opts, fresh) {
            Ok(i) => i,
            Err(f) => {
                tracing::warn!(%source, "plugin not loaded: {}", f.error);
                status.record_error(&source, f);
                continue;
            }
        };
        let id = imported.manifest.id.clone();
        if let Some(d) = status.disabled.iter().find(|d| d.id == id) {
            tracing::info!(plugin = %id, %source, "plugin disabled (as {}): not set up", d.source);
            imported.forget();
            continue;
        }
        pending.push(imported);
        // Set up everything whose dependencies are now served, until nothing moves.
        while let Some(i) = pending.iter().position(|p| p.requires.iter().all(|r| is_loaded(&loaded, r))) {
            let next = pending.remove(i);
            if let Some(v) = set_up(next, served, &loaded, status) {
                loaded.push(v);
            }
        }
    }
    for p in &pending {
        let reason = blocked_reason(p, &pending, status);
        tracing::warn!(plugin = %p.manifest.id, "plugin not loaded: {reason}");
        status.blocked.push(Blocked { id: p.manifest.id.clone(), source: p.candidate.source(), reason });
        p.forget();
    }
    loaded
}

/// Sets up one imported plugin (its id must be new); `None` when it failed (recorded).
fn set_up(
    imported: version::Imported<'_>,
    served: &[Arc<PluginVersion>],
    loaded: &[Arc<PluginVersion>],
    status: &mut Status,
) -> Option<Arc<PluginVersion>> {
    let (id, source) = (imported.manifest.id.clone(), imported.candidate.source());
    if let Some(first) = served.iter().chain(loaded).find(|v| v.id() == id) {
        imported.forget();
        let f = Failure::plain("import", format!("duplicate plugin id {id:?}: already loaded from {}", first.source));
        tracing::warn!(%source, "plugin not loaded: {}", f.error);
        status.record_error(&source, f);
        return None;
    }
    match imported.setup(apply_late) {
        Ok(v) => {
            tracing::info!(plugin = %id, %source, "loaded plugin");
            Some(Arc::new(v))
        }
        Err(f) => {
            tracing::warn!(%source, "plugin not loaded: {}", f.error);
            status.record_error(&source, f);
            None
        }
    }
}

/// Why a plugin still waits for its dependencies once every candidate was seen.
fn blocked_reason(p: &version::Imported<'_>, pending: &[version::Imported<'_>], status: &Status) -> String {
    let waiting = |id: &str| pending.iter().find(|o| o.manifest.id == id);
    // Follow unmet dependencies that are themselves waiting: coming back to `p` is a cycle.
    let mut path = vec![p.manifest.id.clone()];
    let mut at = p;
    while let Some(next) = at.requires.iter().find_map(|r| waiting(r)) {
        if path.contains(&next.manifest.id) {
            path.push(next.manifest.id.clone());
            return format!("dependency cycle: {}", path.join(" -> "));
        }
        path.push(next.manifest.id.clone());
        at = next;
    }
    let missing: Vec<String> = p
        .requires
        .iter()
        .filter(|r| waiting(r).is_none())
        .map(|r| {
            if status.disabled.iter().any(|d| d.id == *r) {
                format!("{r:?} is disabled")
            } else if status.blocked.iter().any(|b| b.id == *r) {
                format!("{r:?} is not loaded either")
            } else {
                format!("{r:?} is not loaded")
            }
        })
        .collect();
    if missing.is_empty() {
        format!("waits for {} (not loaded)", path[1..].join(" -> "))
    } else {
        format!("requires {}", missing.join(", "))
    }
}

/// Applies a registration made after `setup` returned (e.g. from a startup hook) to the
/// served registry, with the same rules as at load time: a late router is mounted too.
pub(crate) fn apply_late(py: Python<'_>, plugin: &str, generation: u64, regs: Registrations, warnings: Vec<String>) {
    let current = registry::current();
    let Some(v) = current.versions.iter().find(|v| v.id() == plugin && v.generation == generation) else {
        tracing::warn!(plugin = %plugin, "a registration made by a version no longer served was ignored");
        return;
    };
    let next = match v.extended(py, regs, warnings) {
        Ok(next) => Arc::new(next),
        Err(e) => {
            tracing::warn!(plugin = %plugin, "a late registration failed: {}", crate::bridge::exc_summary(py, &e));
            return;
        }
    };
    let versions = current.versions.iter().map(|o| if Arc::ptr_eq(o, v) { next.clone() } else { o.clone() }).collect();
    let reg = Registry::assemble(versions, current.status.clone(), &options().reserved);
    if let Some(p) = reg.plugins.iter().find(|p| p.manifest.get().id == plugin) {
        for w in p.warnings.iter().skip(v.warnings.len()) {
            tracing::warn!(plugin = %plugin, "{w}");
        }
    }
    registry::publish(py, reg);
}

pub(crate) fn site_packages(py: Python<'_>) -> Vec<PathBuf> {
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
