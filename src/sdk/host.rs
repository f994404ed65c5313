//! `PluginHost`: what `setup(host)` registers through. Registrations are collected here and only
//! committed to the registry when `setup` returns and every one of them fits (no duplicate
//! tool, channel, facade or route), so a plugin that fails half-way leaves nothing behind.
use super::{AgentTool, PluginManifest};
use crate::bridge::PyCallable;
use parking_lot::Mutex;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use std::sync::OnceLock;

/// Sends a frame to every open `/ws` tab; installed by the `/ws` capability.
type Broadcaster = fn(&Bound<'_, PyAny>) -> PyResult<usize>;
static BROADCASTER: OnceLock<Broadcaster> = OnceLock::new();

/// Installs what `host.broadcast(frame)` does (once, by the `/ws` capability).
pub(crate) fn set_broadcaster(f: Broadcaster) {
    let _ = BROADCASTER.set(f);
}

/// Everything one plugin's `setup` registered, in order.
#[derive(Default)]
pub(crate) struct Registrations {
    pub(crate) routers: Vec<(Py<PyAny>, String)>,
    pub(crate) tools: Vec<Py<AgentTool>>,
    pub(crate) channels: Vec<(String, PyCallable)>,
    pub(crate) facades: Vec<(String, Py<PyAny>)>,
    pub(crate) startup: Vec<PyCallable>,
    pub(crate) shutdown: Vec<PyCallable>,
}

#[pyclass(frozen, module = "backend.sdk")]
pub(crate) struct PluginHost {
    #[pyo3(get)]
    manifest: Py<PluginManifest>,
    /// A `logging.Logger` named `plugin.<id>`; its records reach Rust `tracing` with the id.
    #[pyo3(get)]
    log: Py<PyAny>,
    /// A persistent key-value store namespaced to this plugin (see `sdk::store`).
    #[pyo3(get)]
    store: Py<PyAny>,
    pending: Mutex<Option<Registrations>>,
}

impl PluginHost {
    pub(crate) fn new(py: Python<'_>, manifest: Py<PluginManifest>, store: Py<PyAny>) -> PyResult<Self> {
        let id = manifest.get().id.clone();
        let log = py.import("logging")?.call_method1("getLogger", (format!("plugin.{id}"),))?.unbind();
        Ok(Self { manifest, log, store, pending: Mutex::new(Some(Registrations::default())) })
    }

    /// Ends registration and hands over what `setup` registered.
    pub(crate) fn take(&self) -> Registrations {
        self.pending.lock().take().unwrap_or_default()
    }

    fn with<R>(&self, f: impl FnOnce(&mut Registrations) -> R) -> PyResult<R> {
        let mut guard = self.pending.lock();
        let pending = guard.as_mut().ok_or_else(|| {
            PyRuntimeError::new_err("this PluginHost is closed: register capabilities inside setup(host)")
        })?;
        Ok(f(pending))
    }
}

fn require_callable(what: &str, obj: &Bound<'_, PyAny>) -> PyResult<()> {
    if obj.is_callable() {
        Ok(())
    } else {
        Err(PyTypeError::new_err(format!("{what} must be callable, got {}", obj.get_type().name()?)))
    }
}

fn require_name(what: &str, name: &str) -> PyResult<()> {
    let ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || "._-:".contains(c));
    if ok {
        Ok(())
    } else {
        Err(PyValueError::new_err(format!("invalid {what} name {name:?}: use letters, digits, '.', '_', '-' or ':'")))
    }
}

#[pymethods]
impl PluginHost {
    /// Mount a `FastAPI` `APIRouter`: at `/api/plugins/<id>`, or at `/api<prefix>` when given.
    #[pyo3(signature = (router, prefix = None))]
    fn add_router(&self, router: Bound<'_, PyAny>, prefix: Option<String>) -> PyResult<()> {
        if !router.hasattr("routes")? {
            return Err(PyTypeError::new_err("add_router expects a fastapi.APIRouter"));
        }
        let prefix = match prefix {
            None => format!("/api/plugins/{}", self.manifest.get().id),
            Some(p) => format!("/api/{}", p.trim_matches('/')).trim_end_matches('/').to_string(),
        };
        self.with(|r| r.routers.push((router.unbind(), prefix)))
    }

    /// Register a server-side agent tool.
    fn add_agent_tool(&self, tool: Bound<'_, PyAny>) -> PyResult<()> {
        let tool =
            tool.cast_into::<AgentTool>().map_err(|_| PyTypeError::new_err("add_agent_tool expects an AgentTool"))?;
        self.with(|r| r.tools.push(tool.unbind()))
    }

    /// Register a handler `(conn, message)` (async or sync) for a channel on the `/ws` socket.
    fn add_ws_channel(&self, name: String, handler: &Bound<'_, PyAny>) -> PyResult<()> {
        require_name("channel", &name)?;
        require_callable("channel handler", handler)?;
        let handler = PyCallable::new(handler)?;
        self.with(|r| r.channels.push((name, handler)))
    }

    /// Bind `factory()` (a class or callable) to `dash.<name>` in every REPL session.
    fn add_dash_facade(&self, name: String, factory: Bound<'_, PyAny>) -> PyResult<()> {
        if !name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Err(PyValueError::new_err(format!("facade name {name:?} must be a Python identifier")));
        }
        require_callable("facade factory", &factory)?;
        self.with(|r| r.facades.push((name, factory.unbind())))
    }

    /// Run `hook()` (sync or async) before the server accepts connections.
    fn on_startup(&self, hook: &Bound<'_, PyAny>) -> PyResult<()> {
        require_callable("startup hook", hook)?;
        let hook = PyCallable::new(hook)?;
        self.with(|r| r.startup.push(hook))
    }

    /// Run `hook()` (sync or async) after the server stops accepting and requests finish.
    fn on_shutdown(&self, hook: &Bound<'_, PyAny>) -> PyResult<()> {
        require_callable("shutdown hook", hook)?;
        let hook = PyCallable::new(hook)?;
        self.with(|r| r.shutdown.push(hook))
    }

    /// Send a frame to every open `/ws` connection (frames a full queue cannot take are dropped).
    // An instance method in the Python API (`host.broadcast(frame)`); the broadcaster is global.
    #[allow(clippy::unused_self)]
    fn broadcast(&self, frame: &Bound<'_, PyAny>) -> PyResult<usize> {
        BROADCASTER.get().map_or(Ok(0), |f| f(frame))
    }

    /// An `httpx.AsyncClient` (or `httpx.Client` with `sync=True`) whose requests are recorded
    /// as `outbound` I/O telemetry events.
    #[pyo3(signature = (sync = false, **kwargs))]
    // An instance method in the Python API (`host.http_client()`); the client needs no plugin state.
    #[allow(clippy::unused_self)]
    fn http_client<'py>(
        &self,
        py: Python<'py>,
        sync: bool,
        kwargs: Option<&Bound<'py, pyo3::types::PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        super::http_client::make_client(py, sync, kwargs)
    }

    fn __repr__(&self) -> String {
        format!("<PluginHost for {:?}>", self.manifest.get().id)
    }
}
