//! Router lifespans as plain specs: the routers of a plugin whose merged `FastAPI` lifespan
//! (`APIRouter(lifespan=...)`, `on_event`, `on_startup=`/`on_shutdown=`) the composition root
//! runs next to the plugin's own hooks, and the state each lifespan yielded, which the ASGI
//! scope of that plugin's routes carries as `scope["state"]` (so `request.state.<key>` works).
use crate::bridge::pymodule::EmbeddedModule;
use parking_lot::RwLock;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::collections::HashMap;

static LIFESPANS_PY: EmbeddedModule = crate::host_module!("lifespans");

/// One plugin's routers with the prefixes they are mounted at.
pub(crate) struct LifespanSpec {
    pub(crate) plugin: String,
    pub(crate) routers: Vec<(Py<PyAny>, String)>,
    /// The `FastAPI` app the plugin's routes carry as `scope["app"]`, which the lifespans get
    /// as their `app` argument (so `app.state` they set is `request.app.state`).
    pub(crate) app: Option<Py<PyAny>>,
}

impl LifespanSpec {
    /// `lifespans.RouterLifespan` for these routers (built when the host starts, not at load,
    /// so a router whose lifespan cannot even be merged fails its startup, not its load).
    pub(crate) fn build<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let routers: Vec<(Py<PyAny>, String)> =
            self.routers.iter().map(|(r, p)| (r.clone_ref(py), p.clone())).collect();
        let app = self.app.as_ref().map(|a| a.clone_ref(py));
        LIFESPANS_PY.func(py, "RouterLifespan")?.call1((&self.plugin, routers, app))
    }
}

/// Per plugin: the state its router lifespan yielded.
static STATES: RwLock<Option<HashMap<String, Py<PyDict>>>> = RwLock::new(None);

/// Records the state a plugin's lifespan yielded.
pub(crate) fn set_state(plugin: &str, state: Py<PyDict>) {
    STATES.write().get_or_insert_with(HashMap::new).insert(plugin.to_string(), state);
}

/// A shallow copy of the plugin's lifespan state for one request's scope, as uvicorn gives
/// each request its own copy; `None` when the plugin's lifespan yielded none.
pub(crate) fn state_for_scope<'py>(py: Python<'py>, plugin: &str) -> PyResult<Option<Bound<'py, PyDict>>> {
    let states = STATES.read();
    match states.as_ref().and_then(|s| s.get(plugin)) {
        Some(state) => state.bind(py).copy().map(Some),
        None => Ok(None),
    }
}
