//! Plugin websocket routes (`@router.websocket`) on the host's own WebSocket stack.
//!
//! An upgrade request that reaches the fallback is matched against the registry's websocket
//! routes in declaration order (`horrible_routing`, Starlette's semantics); no match falls
//! through to the plugin HTTP routes ([`super::dispatch`]). A match runs the route's ASGI app
//! on the loop thread with a websocket scope: the app's answer to `websocket.connect` decides
//! the HTTP answer (101 with its subprotocol and headers, 403 for a close, 500 for an error or
//! no answer), then [`conn`] carries the frames both ways. The localhost guard has already
//! checked Host and Origin, as it does for every upgrade.
mod asgi;
mod conn;

pub(crate) use conn::close_all;

use crate::bridge::{exc_summary, format_traceback, loop_thread};
use crate::plugins::registry::Registry;
use crate::plugins::websocket_routes::WsRouteSpec;
use crate::reply::percent_decode;
use crate::services::Services;
use asgi::{Decision, Receive, Send, Shared};
use axum::body::Body;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::{header, HeaderName, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use parking_lot::RwLock;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyTuple};
use std::net::SocketAddr;
use std::sync::Arc;

/// uvicorn's default `ws_max_size` (16 MiB): the largest message a plugin route accepts.
const MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;

type Table = horrible_routing::RouteTable<Arc<WsRouteSpec>>;

/// The websocket route table, rebuilt with every registry publication ([`rebuild`]).
static TABLE: RwLock<Option<Arc<Table>>> = RwLock::new(None);

/// The websocket route table in force.
fn table() -> Arc<Table> {
    TABLE.read().clone().unwrap_or_default()
}

/// The registry's listener: the table follows every publication (a reload, a late router), so
/// it never holds a retired plugin version's routes.
pub(crate) fn rebuild(_py: pyo3::Python<'_>, reg: &Arc<Registry>) {
    let mut table = Table::new();
    for spec in &reg.ws_routes {
        let custom = |conv: &str| spec.params.iter().find(|p| p.convertor_name == conv).map(|p| p.regex.clone());
        match horrible_routing::compile_path(&spec.path, &custom) {
            Ok(path) => {
                table.push_compiled(path, Vec::new(), spec.clone());
            }
            Err(e) => tracing::error!(plugin = %spec.plugin, "websocket route {} cannot be routed: {e}", spec.path),
        }
    }
    *TABLE.write() = Some(Arc::new(table));
}

/// The fallback: an upgrade to a plugin websocket route is served here, anything else goes
/// to the plugin HTTP routes.
pub(crate) async fn fallback(
    State(app): State<Arc<Services>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request<Body>,
) -> Response {
    let wants_websocket = req
        .headers()
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if wants_websocket {
        let table = table();
        if table.len() > 0 {
            let path = percent_decode(req.uri().path());
            let found = match table.lookup("GET", &path) {
                horrible_routing::Match::Found { route, params, .. } => Some((route.clone(), params)),
                _ => None,
            };
            if let Some((route, params)) = found {
                let (mut parts, body) = req.into_parts();
                match WebSocketUpgrade::from_request_parts(&mut parts, &()).await {
                    Ok(ws) => return serve(&app, peer, &parts, ws, route, path, params).await,
                    // Not a valid upgrade (wrong method, no key...): an ordinary request.
                    Err(_) => {
                        return super::dispatch::dispatch(
                            State(app),
                            ConnectInfo(peer),
                            Request::from_parts(parts, body),
                        )
                        .await
                    }
                }
            }
        }
    }
    super::dispatch::dispatch(State(app), ConnectInfo(peer), req).await
}

/// What the scope is built from.
struct WsRequest {
    path: String,
    raw_path: Vec<u8>,
    query: Vec<u8>,
    headers: Vec<(Vec<u8>, Vec<u8>)>,
    subprotocols: Vec<String>,
    client: (String, u16),
    server: (String, u16),
    params: Vec<(String, String)>,
}

/// How the app's task ended.
pub(super) enum Ended {
    Returned,
    /// The exception's type name.
    Raised(String),
}

async fn serve(
    app: &Arc<Services>,
    peer: SocketAddr,
    parts: &axum::http::request::Parts,
    mut ws: WebSocketUpgrade,
    route: Arc<WsRouteSpec>,
    path: String,
    params: Vec<(String, String)>,
) -> Response {
    let subprotocols = parts
        .headers
        .get_all(header::SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|p| p.trim().to_string())
        // The host's own token subprotocol is the guard's business, not the route's.
        .filter(|p| !p.is_empty() && !p.starts_with(super::guard::TOKEN_SUBPROTOCOL_PREFIX))
        .collect();
    let request = WsRequest {
        path,
        raw_path: parts.uri.path().as_bytes().to_vec(),
        query: parts.uri.query().unwrap_or("").as_bytes().to_vec(),
        headers: parts.headers.iter().map(|(k, v)| (k.as_str().as_bytes().to_vec(), v.as_bytes().to_vec())).collect(),
        subprotocols,
        client: (peer.ip().to_string(), peer.port()),
        server: (app.config.bind.to_string(), app.config.port),
        params,
    };
    let (decision_tx, mut decision_rx) = tokio::sync::oneshot::channel();
    let (shared, in_tx, out_rx) = Shared::new(decision_tx);
    let plugin = route.plugin.clone();
    let for_app = shared.clone();
    let mut task = loop_thread::call(
        move |py| {
            let scope = build_scope(py, &route, &request)?;
            let receive = Receive { shared: for_app.clone() };
            let send = Send { shared: for_app };
            route.handle.bind(py).call1((scope, receive, send))
        },
        move |py, outcome| match outcome {
            Ok(_) => Ended::Returned,
            Err(e) => {
                if !e.is_instance_of::<pyo3::exceptions::asyncio::CancelledError>(py) {
                    tracing::error!(plugin = %plugin, "exception in websocket route:\n{}", format_traceback(py, &e));
                }
                Ended::Raised(exc_summary(py, &e).split(':').next().unwrap_or("Exception").to_string())
            }
        },
    );
    // The app's answer to `websocket.connect`, or its end without one (uvicorn: 500). `send`
    // hands the decision over before the task can end (both on the loop thread) and the decision
    // is polled first, so the task branch wins only when there is none: `task` is then never
    // polled again (a finished `PyCall` must not be).
    let mut ended = None;
    let decision = tokio::select! {
        biased;
        d = &mut decision_rx => d.ok(),
        e = &mut task => {
            ended = e;
            None
        }
    };
    match decision {
        Some(Decision::Accept { subprotocol, headers }) => {
            if let Some(p) = subprotocol.and_then(|p| HeaderValue::from_str(&p).ok()) {
                ws.set_selected_protocol(p);
            }
            let mut resp = ws
                .max_message_size(MAX_MESSAGE_BYTES)
                .max_frame_size(MAX_MESSAGE_BYTES)
                .on_upgrade(move |socket| conn::run(socket, shared, in_tx, out_rx, task));
            for (k, v) in headers {
                if let (Ok(k), Ok(v)) = (HeaderName::from_bytes(&k), HeaderValue::from_bytes(&v)) {
                    resp.headers_mut().append(k, v);
                }
            }
            resp
        }
        Some(Decision::Reject) => {
            task.detach();
            let headers = [(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CONNECTION, "close")];
            (StatusCode::FORBIDDEN, headers, Body::empty()).into_response()
        }
        None => {
            task.detach();
            let kind = match ended {
                Some(Ended::Raised(kind)) => kind,
                _ => "NoHandshake".to_string(),
            };
            let mut resp = (
                StatusCode::INTERNAL_SERVER_ERROR,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CONNECTION, "close")],
                "Internal Server Error",
            )
                .into_response();
            resp.extensions_mut().insert(crate::reply::HandlerError(kind));
            resp
        }
    }
}

fn build_scope<'py>(py: Python<'py>, route: &WsRouteSpec, req: &WsRequest) -> PyResult<Bound<'py, PyDict>> {
    let scope = route.scope_extras.bind(py).copy()?;
    if let Some(fs) = scope.get_item(intern!(py, "fastapi"))? {
        scope.set_item(intern!(py, "fastapi"), fs.cast::<PyDict>()?.copy()?)?;
    }
    scope.set_item(intern!(py, "type"), intern!(py, "websocket"))?;
    let asgi = PyDict::new(py);
    asgi.set_item(intern!(py, "version"), intern!(py, "3.0"))?;
    asgi.set_item(intern!(py, "spec_version"), intern!(py, "2.4"))?;
    scope.set_item(intern!(py, "asgi"), asgi)?;
    scope.set_item(intern!(py, "http_version"), intern!(py, "1.1"))?;
    scope.set_item(intern!(py, "scheme"), intern!(py, "ws"))?;
    scope.set_item(intern!(py, "server"), (&req.server.0, req.server.1))?;
    scope.set_item(intern!(py, "client"), (&req.client.0, req.client.1))?;
    scope.set_item(intern!(py, "root_path"), intern!(py, ""))?;
    scope.set_item(intern!(py, "path"), &req.path)?;
    scope.set_item(intern!(py, "raw_path"), PyBytes::new(py, &req.raw_path))?;
    scope.set_item(intern!(py, "query_string"), PyBytes::new(py, &req.query))?;
    let headers = PyList::empty(py);
    for (k, v) in &req.headers {
        headers.append(PyTuple::new(py, [PyBytes::new(py, k), PyBytes::new(py, v)])?)?;
    }
    scope.set_item(intern!(py, "headers"), headers)?;
    scope.set_item(intern!(py, "subprotocols"), &req.subprotocols)?;
    let params = PyDict::new(py);
    for (name, value) in &req.params {
        match route.params.iter().find(|p| &p.name == name).and_then(|p| p.convertor.as_ref()) {
            Some(conv) => params.set_item(name, conv.bind(py).call_method1(intern!(py, "convert"), (value,))?)?,
            None => params.set_item(name, value)?,
        }
    }
    scope.set_item(intern!(py, "path_params"), params)?;
    let state = crate::plugins::lifespan::state_for_scope(py, &route.plugin)?.unwrap_or_else(|| PyDict::new(py));
    scope.set_item(intern!(py, "state"), state)?;
    Ok(scope)
}
