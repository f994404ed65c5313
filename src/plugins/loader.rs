//! Imports plugin candidates, runs `setup(host)`, and commits registrations atomically.
use super::discovery::{self, Candidate};
use super::registry::{ChannelEntry, FacadeEntry, HookEntry, LoadedPlugin, Registry, ToolEntry};
use crate::bridge::{exc_summary, format_traceback};
use crate::sdk::{BackendPlugin, PluginHost, PluginManifest, Registrations, CORE_CHANNELS, CORE_FACADES};
use pyo3::prelude::*;
use pyo3::types::PyType;
use std::path::PathBuf;

/// Where to look for plugins.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// `backend/plugins/` of the install (ships empty).
    pub bundled_dir: Option<PathBuf>,
    /// `--plugins-dir` flags followed by `HORRIBLE_PLUGINS_DIR` entries.
    pub plugin_dirs: Vec<PathBuf>,
    /// Read `horrible.plugins` entry points from site-packages.
    pub entry_points: bool,
}

/// Discovers and loads every plugin; failures are recorded, never raised.
pub fn load(py: Python<'_>, opts: &LoadOptions) -> Registry {
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
        match load_one(py, &mut reg, &c, &source) {
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

fn load_one(py: Python<'_>, reg: &mut Registry, c: &Candidate, source: &str) -> Result<String, String> {
    let plugin = resolve(py, c)?;
    let manifest =
        plugin.getattr("manifest").ok().and_then(|m| m.cast_into::<PluginManifest>().ok()).ok_or_else(|| {
            "TypeError: PLUGIN has no manifest (set `manifest = PluginManifest(...)` on the class)".to_string()
        })?;
    let id = manifest.get().id.clone();
    if let Some(first) = reg.plugins.iter().find(|p| p.manifest.get().id == id) {
        return Err(format!("duplicate plugin id {id:?}: already loaded from {}", first.source));
    }
    let store = crate::settings::plugin_store::for_plugin(py, &id).map_err(|e| exc_summary(py, &e))?;
    let host = Bound::new(py, PluginHost::new(py, manifest.clone().unbind(), store).map_err(|e| exc_summary(py, &e))?)
        .map_err(|e| exc_summary(py, &e))?;
    let outcome = plugin.call_method1("setup", (&host,));
    let regs = host.get().take();
    if let Err(e) = outcome {
        tracing::warn!(plugin = %id, "setup failed:\n{}", format_traceback(py, &e));
        return Err(exc_summary(py, &e));
    }
    commit(py, reg, manifest.unbind(), source, regs)?;
    Ok(id)
}

/// Checks every registration against what is already loaded, then adds them all or none.
fn commit(
    py: Python<'_>,
    reg: &mut Registry,
    manifest: Py<PluginManifest>,
    source: &str,
    regs: Registrations,
) -> Result<(), String> {
    let id = manifest.get().id.clone();
    let mut tool_names: Vec<String> = Vec::new();
    for t in &regs.tools {
        let name = t.get().name.clone();
        if let Some(other) = reg.plugin_of_tool(&name) {
            return Err(format!("tool {name:?} is already registered by plugin {other:?}"));
        }
        if tool_names.contains(&name) {
            return Err(format!("tool {name:?} is registered twice by plugin {id:?}"));
        }
        tool_names.push(name);
    }
    let mut channel_names: Vec<String> = Vec::new();
    for (name, _) in &regs.channels {
        if CORE_CHANNELS.contains(&name.as_str()) {
            return Err(format!("channel {name:?} is reserved by the host"));
        }
        if let Some(other) = reg.channels.get(name) {
            return Err(format!("channel {name:?} is already registered by plugin {:?}", other.plugin));
        }
        if channel_names.contains(name) {
            return Err(format!("channel {name:?} is registered twice by plugin {id:?}"));
        }
        channel_names.push(name.clone());
    }
    let mut facade_names: Vec<String> = Vec::new();
    for (name, _) in &regs.facades {
        if CORE_FACADES.contains(&name.as_str()) {
            return Err(format!("dash facade {name:?} is reserved by the host"));
        }
        if let Some(other) = reg.facades.iter().find(|f| &f.name == name) {
            return Err(format!("dash facade {name:?} is already registered by plugin {:?}", other.plugin));
        }
        if facade_names.contains(name) {
            return Err(format!("dash facade {name:?} is registered twice by plugin {id:?}"));
        }
        facade_names.push(name.clone());
    }
    let routes = crate::http::routes::enumerate(py, &id, &regs.routers).map_err(|e| exc_summary(py, &e))?;
    let route_summary: Vec<(Vec<String>, String, bool)> =
        routes.iter().map(|r| (r.methods.clone(), r.path.clone(), r.fast.is_some())).collect();
    reg.routes.try_add(&id, routes)?;

    // Everything fits: commit.
    for t in regs.tools {
        let name = t.get().name.clone();
        reg.tool_index.insert(name, reg.tools.len());
        reg.tools.push(ToolEntry { plugin: id.clone(), tool: t });
    }
    for (name, handler) in regs.channels {
        let is_async = crate::sdk::is_coroutine_callable(py, handler.bind(py)).unwrap_or(false);
        reg.channels.insert(name, ChannelEntry { plugin: id.clone(), handler, is_async });
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
        routes: route_summary,
        tools: tool_names,
        channels: channel_names,
        facades: facade_names,
        startup_hooks: n_start,
        shutdown_hooks: n_stop,
    });
    Ok(())
}
