//! The process-global registry: everything the loaded plugins contributed, as plain specs
//! (Python objects, names and paths; no HTTP or socket types). Capabilities read it and build
//! their own structures from it. Readers take an `Arc` snapshot, so the hot paths never lock.
use super::lifespan::LifespanSpec;
use super::loader::Reserved;
use super::routes::RouteSpec;
use super::version::{Failure, PluginVersion};
use super::websocket_routes::WsRouteSpec;
use crate::bridge::PyCallable;
use crate::sdk::{AgentTool, Manifest, Spec};
use horrible_settings::DisabledPlugin;
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
    pub(crate) requires: Vec<String>,
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

/// A plugin discovered but not loaded because of its dependencies.
#[derive(Clone, Debug)]
pub(crate) struct Blocked {
    pub(crate) id: String,
    pub(crate) source: String,
    pub(crate) reason: String,
}

/// What the registry says beyond the served versions: failures, disabled and blocked plugins.
#[derive(Default, Clone)]
pub(crate) struct Status {
    /// `(source, "ExcType: message")`, in load order.
    pub(crate) errors: Vec<(String, String)>,
    /// Source -> the failure behind an `errors` entry (traceback, file, line).
    pub(crate) failures: HashMap<String, Arc<Failure>>,
    /// Plugin id -> its last failed reload (the version before it still serves).
    pub(crate) reload_failures: HashMap<String, Arc<Failure>>,
    pub(crate) disabled: Vec<DisabledPlugin>,
    pub(crate) blocked: Vec<Blocked>,
}

impl Status {
    /// Forgets what was said about a source (it is being loaded again).
    pub(crate) fn forget_source(&mut self, source: &str) {
        self.errors.retain(|(s, _)| s != source);
        self.failures.remove(source);
        self.blocked.retain(|b| b.source != source);
    }

    pub(crate) fn record_error(&mut self, source: &str, failure: Failure) {
        self.forget_source(source);
        self.errors.push((source.to_string(), failure.error.clone()));
        self.failures.insert(source.to_string(), Arc::new(failure));
    }
}

#[derive(Default, Clone)]
pub(crate) struct Registry {
    /// The plugin versions served, in load order: the source of everything below.
    pub(crate) versions: Vec<Arc<PluginVersion>>,
    pub(crate) status: Status,
    pub(crate) plugins: Vec<LoadedPlugin>,
    /// `(source, "ExcType: message")`, in load order (= `status.errors`).
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
    /// Every startup and shutdown hook, in load order (for Python's mirror; they run per
    /// version: `plugins::lifecycle`).
    pub(crate) startup: Vec<PyCallable>,
    pub(crate) shutdown: Vec<PyCallable>,
    /// The router lifespan of each plugin that mounted routers, in load order.
    pub(crate) lifespans: Vec<Arc<LifespanSpec>>,
}

static CURRENT: RwLock<Option<Arc<Registry>>> = RwLock::new(None);
/// Set by [`publish`] only: reading the (empty) registry before loading must not count as loaded.
static LOADED: AtomicBool = AtomicBool::new(false);
/// Called (on the publishing thread, with the GIL) after every publication: what capabilities
/// derive from the registry (the HTTP route table) is rebuilt there, before any request sees a
/// registry without it.
static LISTENERS: RwLock<Vec<fn(Python<'_>, &Arc<Registry>)>> = RwLock::new(Vec::new());

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

/// Registers what to rebuild after each publication (once per capability, at boot).
pub(crate) fn on_publish(listener: fn(Python<'_>, &Arc<Registry>)) {
    LISTENERS.write().push(listener);
}

/// Makes `registry` the one every capability reads: the host app's routes, the listeners'
/// derived tables and Python's `backend.sdk.registry.registry` follow it.
pub(crate) fn publish(py: Python<'_>, registry: Registry) -> Arc<Registry> {
    let apps: Vec<Py<PyAny>> =
        registry.versions.iter().flat_map(|v| v.apps.iter().map(|a| a.clone_ref(py))).collect();
    if let Err(e) = super::routes::set_host_routes(py, apps) {
        tracing::warn!("the host app's routes were not updated: {e}");
    }
    let arc = Arc::new(registry);
    for listener in LISTENERS.read().iter() {
        listener(py, &arc);
    }
    *CURRENT.write() = Some(arc.clone());
    LOADED.store(true, Ordering::SeqCst);
    if let Err(e) = mirror(py, &arc) {
        tracing::warn!("backend.sdk.registry.registry not updated: {e}");
    }
    arc
}

impl Registry {
    /// The registry serving `versions` (in this order), each judged against those before it
    /// and the host's own names: routes admitted, names first-come, warnings recorded.
    pub(crate) fn assemble(versions: Vec<Arc<PluginVersion>>, mut status: Status, reserved: &Reserved) -> Registry {
        status.errors.retain(|(source, _)| !versions.iter().any(|v| v.source == *source));
        let mut reg = Registry { errors: status.errors.clone(), status, ..Registry::default() };
        for v in versions {
            reg.add(v, reserved);
        }
        reg
    }

    fn add(&mut self, v: Arc<PluginVersion>, reserved: &Reserved) {
        let id = v.id().to_string();
        let mut warnings = v.warnings.clone();
        let (routes, route_warnings) = super::routes::admit(&id, v.routes.clone(), &self.routes, &reserved.routes);
        warnings.extend(route_warnings);
        self.routes.extend(routes);
        self.ws_routes.extend(v.ws_routes.iter().cloned());
        self.routers.extend(v.routers.iter().map(|(r, p)| (id.clone(), r.clone(), p.clone())));
        self.lifespans.extend(v.lifespan.iter().cloned());
        let mut entry = LoadedPlugin {
            manifest: v.manifest.clone(),
            source: v.source.clone(),
            requires: v.requires.clone(),
            tools: Vec::new(),
            channels: Vec::new(),
            facades: Vec::new(),
            startup_hooks: v.startup.len(),
            shutdown_hooks: v.shutdown.len(),
            warnings: Vec::new(),
        };
        warnings.extend(self.add_names(reserved, &v, &mut entry));
        entry.warnings = warnings;
        self.startup.extend(v.startup.iter().cloned());
        self.shutdown.extend(v.shutdown.iter().cloned());
        self.plugins.push(entry);
        self.versions.push(v);
    }

    /// Adds a version's tools, channels and facades whose names are free (see [`free_names`]);
    /// returns the warnings.
    fn add_names(&mut self, reserved: &Reserved, v: &PluginVersion, entry: &mut LoadedPlugin) -> Vec<String> {
        let id = v.id();
        let mut warnings = Vec::new();
        let tools = free_names(
            "tool",
            v.tools.iter().map(|t| (t.get().name.clone(), t.clone())).collect(),
            &[],
            |n| self.plugin_of_tool(n).map(str::to_string),
            &mut warnings,
        );
        let channels = free_names(
            "channel",
            v.channels.clone(),
            &reserved.channels,
            |n| self.channels.get(n).map(|c| c.plugin.clone()),
            &mut warnings,
        );
        let facades = free_names(
            "dash facade",
            v.facades.clone(),
            &reserved.facades,
            |n| self.facades.iter().find(|f| f.name == n).map(|f| f.plugin.clone()),
            &mut warnings,
        );
        for (name, tool) in tools {
            self.tool_index.insert(name.clone(), self.tools.len());
            self.tools.push(ToolEntry { plugin: id.to_string(), tool });
            entry.tools.push(name);
        }
        for (name, handler) in channels {
            self.channels.insert(name.clone(), ChannelEntry { plugin: id.to_string(), handler });
            entry.channels.push(name);
        }
        for (name, factory) in facades {
            self.facades.push(FacadeEntry { name: name.clone(), plugin: id.to_string(), factory });
            entry.facades.push(name);
        }
        warnings
    }

    /// The served version of a plugin.
    pub(crate) fn version(&self, id: &str) -> Option<&Arc<PluginVersion>> {
        self.versions.iter().find(|v| v.id() == id)
    }

    /// The served plugins that need `id`, directly or through another, in load order.
    pub(crate) fn dependents(&self, id: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut changed = true;
        while changed {
            changed = false;
            for v in &self.versions {
                let vid = v.id().to_string();
                if vid != id && !out.contains(&vid) && v.requires.iter().any(|r| r == id || out.contains(r)) {
                    out.push(vid);
                    changed = true;
                }
            }
        }
        let order: Vec<&str> = self.versions.iter().map(|v| v.id()).collect();
        out.sort_by_key(|d| order.iter().position(|o| o == d));
        out
    }
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
            list.call_method1("append", (h.object(py),))?;
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
                json!({
                    "id": m.id, "name": m.name, "version": m.version, "description": m.description,
                    "source": p.source,
                    "state": "enabled",
                    "requires": p.requires,
                    "last_error": self.status.reload_failures.get(&m.id).map(|f| f.to_json()),
                    "routes": routes,
                    "tools": p.tools, "channels": p.channels, "facades": p.facades,
                    "hooks": {"startup": p.startup_hooks, "shutdown": p.shutdown_hooks},
                    "warnings": p.warnings,
                })
            })
            .collect();
        let errors: Vec<Value> = self
            .errors
            .iter()
            .map(|(s, e)| {
                let mut v = json!({"source": s, "error": e});
                if let Some(f) = self.status.failures.get(s) {
                    v["traceback"] = json!(f.traceback);
                    v["stage"] = json!(f.stage);
                    v["file"] = json!(f.file);
                    v["line"] = json!(f.line);
                }
                v
            })
            .collect();
        let disabled: Vec<Value> =
            self.status.disabled.iter().map(|d| json!({"id": d.id, "source": d.source, "by": d.by})).collect();
        let blocked: Vec<Value> =
            self.status.blocked.iter().map(|b| json!({"id": b.id, "source": b.source, "reason": b.reason})).collect();
        json!({"plugins": plugins, "errors": errors, "disabled": disabled, "blocked": blocked})
    }
}
