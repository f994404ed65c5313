//! The process-global registry: everything the loaded plugins contributed, as plain specs
//! (Python objects, names and paths; no HTTP or socket types). Capabilities read it and build
//! their own structures from it. Readers take an `Arc` snapshot, so the hot paths never lock.
use super::routes::RouteSpec;
use crate::bridge::PyCallable;
use crate::sdk::{AgentTool, PluginManifest};
use parking_lot::RwLock;
use pyo3::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Arc;

pub struct LoadedPlugin {
    pub manifest: Py<PluginManifest>,
    pub source: String,
    pub tools: Vec<String>,
    pub channels: Vec<String>,
    pub facades: Vec<String>,
    pub startup_hooks: usize,
    pub shutdown_hooks: usize,
}

pub struct ToolEntry {
    pub plugin: String,
    pub tool: Py<AgentTool>,
}

pub struct ChannelEntry {
    pub plugin: String,
    pub handler: PyCallable,
}

pub struct FacadeEntry {
    pub name: String,
    pub plugin: String,
    pub factory: Py<PyAny>,
}

pub struct HookEntry {
    pub plugin: String,
    pub hook: PyCallable,
}

#[derive(Default)]
pub struct Registry {
    pub plugins: Vec<LoadedPlugin>,
    /// `(source, "ExcType: message")`, in load order.
    pub errors: Vec<(String, String)>,
    /// Every plugin route, in load and declaration order.
    pub routes: Vec<Arc<RouteSpec>>,
    pub tools: Vec<ToolEntry>,
    pub tool_index: HashMap<String, usize>,
    pub channels: HashMap<String, ChannelEntry>,
    pub facades: Vec<FacadeEntry>,
    pub startup: Vec<HookEntry>,
    pub shutdown: Vec<HookEntry>,
}

static CURRENT: RwLock<Option<Arc<Registry>>> = RwLock::new(None);

/// The registry as loaded (empty before loading).
pub fn current() -> Arc<Registry> {
    if let Some(r) = CURRENT.read().as_ref() {
        return r.clone();
    }
    let mut w = CURRENT.write();
    w.get_or_insert_with(|| Arc::new(Registry::default())).clone()
}

/// Whether plugins have been loaded in this process.
pub fn is_loaded() -> bool {
    CURRENT.read().is_some()
}

pub fn publish(registry: Registry) -> Arc<Registry> {
    let arc = Arc::new(registry);
    *CURRENT.write() = Some(arc.clone());
    arc
}

impl Registry {
    pub fn tool(&self, name: &str) -> Option<&ToolEntry> {
        self.tool_index.get(name).map(|&i| &self.tools[i])
    }

    pub fn plugin_of_tool(&self, name: &str) -> Option<&str> {
        self.tool(name).map(|t| t.plugin.as_str())
    }

    /// `GET /api/plugins` and `horrible plugins list --json`; `route_facts` adds what the HTTP
    /// capability knows of a route (e.g. whether it takes the fast path).
    pub fn summary(&self, route_facts: &dyn Fn(&RouteSpec) -> Value) -> Value {
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
                json!({
                    "id": m.id, "name": m.name, "version": m.version, "description": m.description,
                    "source": p.source,
                    "routes": routes,
                    "tools": p.tools, "channels": p.channels, "facades": p.facades,
                    "hooks": {"startup": p.startup_hooks, "shutdown": p.shutdown_hooks},
                })
            })
            .collect();
        let errors: Vec<Value> = self.errors.iter().map(|(s, e)| json!({"source": s, "error": e})).collect();
        json!({"plugins": plugins, "errors": errors})
    }
}
