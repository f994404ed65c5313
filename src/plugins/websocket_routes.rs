//! Plugin websocket routes as plain specs (`@router.websocket`, `add_websocket_route`): what
//! `FastAPI` says a plugin's routers serve over WebSocket, asked of `horrible._host.websocket_routes`.
//! The HTTP capability matches upgrades against them and runs each route's ASGI app.
use crate::bridge::pymodule::EmbeddedModule;
use pyo3::prelude::*;
use pyo3::types::PyDict;

static WS_ROUTES_PY: EmbeddedModule = crate::host_module!("websocket_routes");

/// A path parameter: its name, the convertor name as written (`int`, a custom one...), the
/// convertor unless it is a plain string, and the convertor's regex.
pub(crate) struct WsParamSpec {
    pub(crate) name: String,
    pub(crate) convertor_name: String,
    pub(crate) convertor: Option<Py<PyAny>>,
    pub(crate) regex: String,
}

/// One effective websocket route of a plugin (router prefixes applied).
pub(crate) struct WsRouteSpec {
    pub(crate) plugin: String,
    pub(crate) path: String,
    pub(crate) params: Vec<WsParamSpec>,
    /// The route's ASGI app, wrapped as `FastAPI`'s middleware stack would call it.
    pub(crate) handle: Py<PyAny>,
    /// Scope entries `FastAPI`'s app and router would have set (app, router, route, endpoint,
    /// exception handlers, the `fastapi` entry naming the included route's context).
    pub(crate) scope_extras: Py<PyDict>,
}

/// Asks `FastAPI` for a plugin's websocket routes, in declaration order; `app`, when given, is
/// the app those routers are already included in (the one the HTTP routes carry).
pub(crate) fn enumerate(
    py: Python<'_>,
    plugin: &str,
    routers: &[(Py<PyAny>, String)],
    app: Option<&Py<PyAny>>,
    shared: Option<&Py<PyAny>>,
) -> PyResult<Vec<WsRouteSpec>> {
    if routers.is_empty() {
        return Ok(Vec::new());
    }
    let pairs: Vec<(Py<PyAny>, String)> = routers.iter().map(|(r, p)| (r.clone_ref(py), p.clone())).collect();
    let app = app.map(|a| a.clone_ref(py));
    let shared = shared.map(|a| a.clone_ref(py));
    let raw = WS_ROUTES_PY.func(py, "enumerate_websocket_routes")?.call1((plugin, pairs, app, shared))?;
    let mut out = Vec::new();
    for item in raw.try_iter()? {
        #[allow(clippy::type_complexity)]
        let (path, params, handle, scope_extras): (
            String,
            Vec<(String, String, Option<Py<PyAny>>, String)>,
            Py<PyAny>,
            Py<PyDict>,
        ) = item?.extract()?;
        let params = params
            .into_iter()
            .map(|(name, convertor_name, convertor, regex)| WsParamSpec { name, convertor_name, convertor, regex })
            .collect();
        out.push(WsRouteSpec { plugin: plugin.to_string(), path, params, handle, scope_extras });
    }
    Ok(out)
}
