//! The process-global registry: everything the loaded plugins contributed, as plain specs
//! (Python objects, names and paths; no HTTP or socket types). Capabilities read it and build
//! their own structures from it. Readers take an `Arc` snapshot, so the hot paths never lock.
use super::lifespan::LifespanSpec;
use super::routes::RouteSpec;
use super::websocket_routes::WsRouteSpec;
use crate::bridge::PyCallable;
use crate::sdk::{AgentTool, Manifest, Spec};
use parking_lot::RwLock;
use pyo3::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[derive(Clone)]
pub(crate) struct LoadedPlugin {
    pub(crate) manifest: Spec<Manifest>,
    pub(crate) source: String,
    pub(crate) tools: Vec<String>,
    pub(crate) channels: Vec<String>,
    pub(crate) facades: Vec<String>,
    pub(crate) startup_hooks: usize,
    pub(crate) shutdown_hooks: usize,
    /// What of the plugin was not served, or is unusual, and why (it loaded all the same).
    pub(crate) warnings: Vec<String>,
}

#[derive(Clone)]
pub(crate) struct ToolEntry {
    pub(crate) plugin: String,
    pub(crate) tool: Spec<AgentTool>,
}

#[derive(Clone)]
pub(crate) struct ChannelEntry {
    pub(crate) plugin: String,
    pub(crate) handler: PyCallable,
}

#[derive(Clone)]
pub(crate) struct FacadeEntry {
    pub(crate) name: String,
    pub(crate) plugin: String,
    pub(crate) factory: Arc<Py<PyAny>>,
}

#[derive(Clone)]
pub(crate) struct HookEntry {
    pub(crate) plugin: String,
    pub(crate) hook: PyCallable,
}

#[derive(Default, Clone)]
pub(crate) struct Registry {
    pub(crate) plugins: Vec<LoadedPlugin>,
    /// `(source, "ExcType: message")`, in load order.
    pub(crate) errors: Vec<(String, String)>,
    /// Every plugin route, in load and declaration order.
    pub(crate) routes: Vec<Arc<RouteSpec>>,
    /// `(plugin, router, mount prefix)` as registered (for Python's mirror).
    pub(crate) routers: Vec<(String, Arc<Py<PyAny>>, String)>,
    /// Every plugin websocket route, in load and declaration order.
    pub(crate) ws_routes: Vec<Arc<WsRouteSpec>>,
    pub(crate) tools: Vec<ToolEntry>,
    pub(crate) tool_index: HashMap<String, usize>,
    pub(crate) channels: HashMap<String, ChannelEntry>,
    pub(crate) facades: Vec<FacadeEntry>,
    pub(crate) startup: Vec<HookEntry>,
    pub(crate) shutdown: Vec<HookEntry>,
    /// The router lifespan of each plugin that mounted routers, in load order.
    pub(crate) lifespans: Vec<Arc<LifespanSpec>>,
}

static CURRENT: RwLock<Option<Arc<Registry>>> = RwLock::new(None);
/// Set by [`publish`] only: reading the (empty) registry before loading must not count as loaded.
static LOADED: AtomicBool = AtomicBool::new(false);

/// The registry as loaded (empty before loading).
pub(crate) fn current() -> Arc<Registry> {
    if let Some(r) = CURRENT.read().as_ref() {
        return r.clone();
    }
    let mut w = CURRENT.write();
    w.get_or_insert_with(|| Arc::new(Registry::default())).clone()
}

/// Whether plugins have been loaded in this process.
pub(crate) fn is_loaded() -> bool {
    LOADED.load(Ordering::SeqCst)
}

/// Makes `registry` the one every capability reads, and mirrors it into Python's
/// `backend.sdk.registry.registry`.
pub(crate) fn publish(registry: Registry) -> Arc<Registry> {
    let arc = Arc::new(registry);
    *CURRENT.write() = Some(arc.clone());
    LOADED.store(true, Ordering::SeqCst);
    Python::attach(|py| {
        if let Err(e) = mirror(py, &arc) {
            tracing::warn!("backend.sdk.registry.registry not updated: {e}");
        }
    });
    arc
}

/// Fills Python's `registry` (a `PluginRegistry`) with what is served, for plugin code that
/// reads it as upstream's.
fn mirror(py: Python<'_>, reg: &Registry) -> PyResult<()> {
    let sdk = crate::sdk::SDK_PY.get(py)?;
    let target = sdk.getattr("registry")?;
    target.call_method0("reset")?;
    let loaded = target.getattr("loaded")?;
    for p in &reg.plugins {
        loaded.call_method1("append", (p.manifest.get().object.clone_ref(py),))?;
    }
    let errors = target.getattr("errors")?;
    for (source, error) in &reg.errors {
        errors.call_method1("append", ((source, error),))?;
    }
    let routers = target.getattr("routers")?;
    let mounted = sdk.getattr("_MountedRouter")?;
    for (plugin, router, prefix) in &reg.routers {
        let prefix = prefix.strip_prefix("/api").unwrap_or(prefix);
        routers.call_method1("append", (mounted.call1((router.clone_ref(py), prefix, plugin))?,))?;
    }
    let tools = target.getattr("agent_tools")?;
    for t in &reg.tools {
        tools.set_item(&t.tool.get().name, t.tool.get().object.clone_ref(py))?;
    }
    let channels = target.getattr("ws_channels")?;
    for (name, c) in &reg.channels {
        channels.set_item(name, c.handler.object(py))?;
    }
    let facades = target.getattr("dash_facades")?;
    for f in &reg.facades {
        facades.set_item(&f.name, f.factory.clone_ref(py))?;
    }
    for (attr, hooks) in [("startup_hooks", &reg.startup), ("shutdown_hooks", &reg.shutdown)] {
        let list = target.getattr(attr)?;
        for h in hooks {
            list.call_method1("append", (h.hook.object(py),))?;
        }
    }
    Ok(())
}

impl Registry {
    pub(crate) fn tool(&self, name: &str) -> Option<&ToolEntry> {
        self.tool_index.get(name).map(|&i| &self.tools[i])
    }

    pub(crate) fn plugin_of_tool(&self, name: &str) -> Option<&str> {
        self.tool(name).map(|t| t.plugin.as_str())
    }

    /// `GET /api/plugins` and `horrible plugins list --json`; `route_facts` adds what the HTTP
    /// capability knows of a route (e.g. whether it takes the fast path).
    pub(crate) fn summary(&self, route_facts: &dyn Fn(&RouteSpec) -> Value) -> Value {
        let plugins: Vec<Value> = self
            .plugins
            .iter()
            .map(|p| {
                let m = p.manifest.get();
                let routes: Vec<Value> = self
                    .routes
                    .iter()
                    .filter(|r| r.plugin == m.id)
                    .map(|r| {
                        let mut v = json!({"methods": r.methods, "path": r.path});
                        if let (Some(o), Value::Object(extra)) = (v.as_object_mut(), route_facts(r)) {
                            o.extend(extra);
                        }
                        v
                    })
                    .collect();
                let websocket_routes: Vec<Value> =
                    self.ws_routes.iter().filter(|r| r.plugin == m.id).map(|r| json!({"path": r.path})).collect();
                json!({
                    "id": m.id, "name": m.name, "version": m.version, "description": m.description,
                    "source": p.source,
                    "routes": routes,
                    "websocket_routes": websocket_routes,
                    "tools": p.tools, "channels": p.channels, "facades": p.facades,
                    "hooks": {"startup": p.startup_hooks, "shutdown": p.shutdown_hooks},
                    "warnings": p.warnings,
                })
            })
            .collect();
        let errors: Vec<Value> = self.errors.iter().map(|(s, e)| json!({"source": s, "error": e})).collect();
        json!({"plugins": plugins, "errors": errors})
    }
}
