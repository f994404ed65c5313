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

pub(crate) struct LoadedPlugin {
    pub(crate) manifest: Py<PluginManifest>,
    pub(crate) source: String,
    pub(crate) tools: Vec<String>,
    pub(crate) channels: Vec<String>,
    pub(crate) facades: Vec<String>,
    pub(crate) startup_hooks: usize,
    pub(crate) shutdown_hooks: usize,
    /// What was loaded but not as written (e.g. a route left out or shadowed), one line each.
    pub(crate) warnings: Vec<String>,
}

pub(crate) struct ToolEntry {
    pub(crate) plugin: String,
    pub(crate) tool: Py<AgentTool>,
}

pub(crate) struct ChannelEntry {
    pub(crate) plugin: String,
    pub(crate) handler: PyCallable,
}

pub(crate) struct FacadeEntry {
    pub(crate) name: String,
    pub(crate) plugin: String,
    pub(crate) factory: Py<PyAny>,
}

pub(crate) struct HookEntry {
    pub(crate) plugin: String,
    pub(crate) hook: PyCallable,
}

#[derive(Default)]
pub(crate) struct Registry {
    pub(crate) plugins: Vec<LoadedPlugin>,
    /// `(source, "ExcType: message")`, in load order.
    pub(crate) errors: Vec<(String, String)>,
    /// Every plugin route, in load and declaration order.
    pub(crate) routes: Vec<Arc<RouteSpec>>,
    pub(crate) tools: Vec<ToolEntry>,
    pub(crate) tool_index: HashMap<String, usize>,
    pub(crate) channels: HashMap<String, ChannelEntry>,
    pub(crate) facades: Vec<FacadeEntry>,
    pub(crate) startup: Vec<HookEntry>,
    pub(crate) shutdown: Vec<HookEntry>,
}

static CURRENT: RwLock<Option<Arc<Registry>>> = RwLock::new(None);

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
    CURRENT.read().is_some()
}

pub(crate) fn publish(registry: Registry) -> Arc<Registry> {
    let arc = Arc::new(registry);
    *CURRENT.write() = Some(arc.clone());
    arc
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
                json!({
                    "id": m.id, "name": m.name, "version": m.version, "description": m.description,
                    "source": p.source,
                    "routes": routes,
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
