//! Imports plugin candidates, runs `setup(host)`, and commits registrations atomically.
use super::discovery::{self, Candidate};
use super::registry::{ChannelEntry, FacadeEntry, HookEntry, LoadedPlugin, Registry, ToolEntry};
use crate::bridge::{exc_summary, format_traceback};
use crate::sdk::{BackendPlugin, PluginHost, PluginManifest, Registrations};
use pyo3::prelude::*;
use pyo3::types::PyType;
use std::path::PathBuf;

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

/// Discovers and loads every plugin; failures are recorded, never raised.
pub(crate) fn load(py: Python<'_>, opts: &LoadOptions) -> Registry {
    let mut reg = Registry::default();
    let mut candidates: Vec<Candidate> = Vec::new();
    if let Some(b) = &opts.bundled_dir {
        candidates.extend(discovery::scan_dir(b));
    }
    for dir in &opts.plugin_dirs {
        if !dir.is_dir() {
            reg.errors.push((dir.display().to_string(), "NotADirectoryError: plugin directory does not exist".into()));
            continue;
        }
        candidates.extend(discovery::scan_dir(dir));
    }
    if opts.entry_points {
        candidates.extend(discovery::entry_points(&site_packages(py)));
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

/// Imports a candidate and returns its `BackendPlugin` instance.
fn resolve<'py>(py: Python<'py>, c: &Candidate) -> Result<Bound<'py, PyAny>, String> {
    let summary = |e: PyErr| {
        tracing::debug!("{}", format_traceback(py, &e));
        exc_summary(py, &e)
    };
    let importlib = py.import("importlib").map_err(summary)?;
    let (obj, not_a_plugin) = match c {
        Candidate::Module { dir, name, .. } => {
            let sys_path = py.import("sys").and_then(|s| s.getattr("path")).map_err(summary)?;
            let dir = dir.display().to_string();
            if !sys_path.contains(&dir).map_err(summary)? {
                sys_path.call_method1("insert", (0, &dir)).map_err(summary)?;
            }
            let module = importlib.call_method1("import_module", (name,)).map_err(summary)?;
            (module.getattr("PLUGIN").ok(), "no PLUGIN (BackendPlugin) found in module")
        }
        Candidate::EntryPoint { module, attr, .. } => {
            let mut obj = importlib.call_method1("import_module", (module,)).map_err(summary)?;
            for part in attr.iter().flat_map(|a| a.split('.')) {
                obj = obj.getattr(part).map_err(summary)?;
            }
            if attr.is_none() {
                obj = obj.getattr("PLUGIN").map_err(|_| "did not resolve to a BackendPlugin".to_string())?;
            }
            (Some(obj), "did not resolve to a BackendPlugin")
        }
    };
    let obj = obj.ok_or_else(|| not_a_plugin.to_string())?;
    if let Ok(cls) = obj.cast::<PyType>() {
        if cls.is_subclass_of::<BackendPlugin>().unwrap_or(false) {
            return cls.call0().map_err(summary);
        }
        return Err(not_a_plugin.to_string());
    }
    if obj.is_instance_of::<BackendPlugin>() {
        Ok(obj)
    } else {
        Err(not_a_plugin.to_string())
    }
}

fn load_one(
    py: Python<'_>,
    reg: &mut Registry,
    opts: &LoadOptions,
    c: &Candidate,
    source: &str,
) -> Result<String, String> {
    let plugin = resolve(py, c)?;
    let manifest =
        plugin.getattr("manifest").ok().and_then(|m| m.cast_into::<PluginManifest>().ok()).ok_or_else(|| {
            "TypeError: PLUGIN has no manifest (set `manifest = PluginManifest(...)` on the class)".to_string()
        })?;
    let id = manifest.get().id.clone();
    if let Some(first) = reg.plugins.iter().find(|p| p.manifest.get().id == id) {
        return Err(format!("duplicate plugin id {id:?}: already loaded from {}", first.source));
    }
    let store = crate::sdk::PluginStore::for_plugin(py, &id).map_err(|e| exc_summary(py, &e))?;
    let host = Bound::new(py, PluginHost::new(py, manifest.clone().unbind(), store).map_err(|e| exc_summary(py, &e))?)
        .map_err(|e| exc_summary(py, &e))?;
    let outcome = plugin.call_method1("setup", (&host,));
    let regs = host.get().take();
    if let Err(e) = outcome {
        tracing::warn!(plugin = %id, "setup failed:\n{}", format_traceback(py, &e));
        return Err(exc_summary(py, &e));
    }
    commit(py, reg, &opts.reserved, manifest.unbind(), source, regs)?;
    Ok(id)
}

/// Checks that each of a plugin's names of one kind is new: not reserved by the host, not taken
/// by a plugin already loaded, not registered twice by this one. Returns the names in order.
fn unique_names<'a>(
    kind: &str,
    names: impl Iterator<Item = &'a str>,
    reserved: &[String],
    owner: impl Fn(&str) -> Option<String>,
    plugin: &str,
) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        if reserved.iter().any(|r| r == name) {
            return Err(format!("{kind} {name:?} is reserved by the host"));
        }
        if let Some(other) = owner(name) {
            return Err(format!("{kind} {name:?} is already registered by plugin {other:?}"));
        }
        if out.iter().any(|n| n == name) {
            return Err(format!("{kind} {name:?} is registered twice by plugin {plugin:?}"));
        }
        out.push(name.to_string());
    }
    Ok(out)
}

/// Checks every registration against what is already loaded, then adds them all or none.
fn commit(
    py: Python<'_>,
    reg: &mut Registry,
    reserved: &Reserved,
    manifest: Py<PluginManifest>,
    source: &str,
    regs: Registrations,
) -> Result<(), String> {
    let id = manifest.get().id.clone();
    let tool_names: Vec<String> = regs.tools.iter().map(|t| t.get().name.clone()).collect();
    let tools = unique_names(
        "tool",
        tool_names.iter().map(String::as_str),
        &[],
        |n| reg.plugin_of_tool(n).map(str::to_string),
        &id,
    )?;
    let channels = unique_names(
        "channel",
        regs.channels.iter().map(|(n, _)| n.as_str()),
        &reserved.channels,
        |n| reg.channels.get(n).map(|c| c.plugin.clone()),
        &id,
    )?;
    let facades = unique_names(
        "dash facade",
        regs.facades.iter().map(|(n, _)| n.as_str()),
        &reserved.facades,
        |n| reg.facades.iter().find(|f| f.name == n).map(|f| f.plugin.clone()),
        &id,
    )?;
    let mut warnings = Vec::new();
    let routes = super::routes::enumerate(py, &id, &regs.routers, &mut warnings).map_err(|e| exc_summary(py, &e))?;
    let (routes, route_warnings) = super::routes::admit(&id, routes, &reg.routes, &reserved.routes);
    warnings.extend(route_warnings);
    for w in &warnings {
        tracing::warn!(plugin = %id, "{w}");
    }

    // Everything fits: commit.
    reg.routes.extend(routes.into_iter().map(std::sync::Arc::new));
    for t in regs.tools {
        let name = t.get().name.clone();
        reg.tool_index.insert(name, reg.tools.len());
        reg.tools.push(ToolEntry { plugin: id.clone(), tool: t });
    }
    for (name, handler) in regs.channels {
        reg.channels.insert(name, ChannelEntry { plugin: id.clone(), handler });
    }
    for (name, factory) in regs.facades {
        reg.facades.push(FacadeEntry { name, plugin: id.clone(), factory });
    }
    let (n_start, n_stop) = (regs.startup.len(), regs.shutdown.len());
    reg.startup.extend(regs.startup.into_iter().map(|hook| HookEntry { plugin: id.clone(), hook }));
    reg.shutdown.extend(regs.shutdown.into_iter().map(|hook| HookEntry { plugin: id.clone(), hook }));
    reg.plugins.push(LoadedPlugin {
        manifest,
        source: source.to_string(),
        tools,
        channels,
        facades,
        startup_hooks: n_start,
        shutdown_hooks: n_stop,
        warnings,
    });
    Ok(())
}
