//! The fallback handler: routes a request through the plugin route table in Rust, answering
//! 404/405/307 exactly as `FastAPI`'s router would, and calls the matched route's ASGI app.
use super::asgi::{self, AsgiBody, AsgiRequest, Chunk, Failure};
use super::fastpath::{self, Outcome};
use super::routes::Match;
use crate::bridge::loop_thread::PyCall;
use crate::reply::{detail, percent_decode, HandlerError};
use crate::services::Services;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderName, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use futures::Stream;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::sync::mpsc;

pub(crate) async fn dispatch(
    State(app): State<Arc<Services>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request<Body>,
) -> Response {
    let table = super::routes::current();
    let path = percent_decode(req.uri().path());
    let method = req.method().as_str().to_string();
    let (route, values) = match table.lookup(&method, &path) {
        Match::Found { route, values } => (route.clone(), values),
        Match::MethodNotAllowed { allow } => {
            let mut resp = detail(StatusCode::METHOD_NOT_ALLOWED, "Method Not Allowed");
            if let Ok(v) = HeaderValue::from_str(&allow.join(", ")) {
                resp.headers_mut().insert(header::ALLOW, v);
            }
            return resp;
        }
        Match::NotFound => {
            return redirect_slashes(&table, &path, &req)
                .unwrap_or_else(|| detail(StatusCode::NOT_FOUND, "Not Found"))
        }
    };
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, app.config.max_body_bytes).await else {
        return detail(StatusCode::PAYLOAD_TOO_LARGE, "Request body too large");
    };
    let headers = parts.headers.iter().map(|(k, v)| (k.as_str().as_bytes().to_vec(), v.as_bytes().to_vec())).collect();
    let http_version = match parts.version {
        axum::http::Version::HTTP_10 => "1.0",
        axum::http::Version::HTTP_2 => "2",
        _ => "1.1",
    };
    let request = AsgiRequest {
        method,
        path,
        raw_path: parts.uri.path().as_bytes().to_vec(),
        query: parts.uri.query().unwrap_or("").as_bytes().to_vec(),
        headers,
        body,
        client: Some((peer.ip().to_string(), peer.port())),
        server: (app.config.bind.to_string(), app.config.port),
        http_version,
        path_values: values,
    };
    let plugin = route.plugin.clone();
    if let Ok(resp) = tokio::time::timeout(app.config.request_timeout, serve_route(route, Arc::new(request))).await {
        resp
    } else {
        // Dropping the call cancelled an async handler; a blocked sync one finishes on its own.
        tracing::warn!(plugin = %plugin, "route gave no response within {:?}: 504", app.config.request_timeout);
        let mut resp = detail(StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout");
        resp.extensions_mut().insert(HandlerError("Timeout".into()));
        resp
    }
}

/// The fast path when the route has one and takes the request, else the route's ASGI app.
async fn serve_route(route: Arc<super::routes::HttpRoute>, request: Arc<AsgiRequest>) -> Response {
    let mut app_override = None;
    if route.fast.is_some() {
        match fastpath::call(&route, &request).await {
            Outcome::Response { status, headers, body } => return respond(status, &headers, Body::from(body)),
            Outcome::Raised(kind) => return internal_error(kind),
            Outcome::RunAsgi(resp) => app_override = Some(resp),
            Outcome::Fallback => {}
        }
    }
    let call = asgi::call(route, request, app_override).await;
    match call.head {
        Ok(head) => {
            let body = match head.body {
                AsgiBody::Full(b) => Body::from(b),
                AsgiBody::Stream(rx) => Body::from_stream(StreamBody { rx, task: Some(call.task) }),
            };
            respond(head.status, &head.headers, body)
        }
        Err(Failure::Raised(kind)) => internal_error(kind),
        Err(Failure::NoResponse) => internal_error("NoResponse".into()),
    }
}

fn respond(status: u16, headers: &[(Vec<u8>, Vec<u8>)], body: Body) -> Response {
    let mut builder = Response::builder().status(status);
    for (k, v) in headers {
        if let (Ok(k), Ok(v)) = (HeaderName::from_bytes(k), HeaderValue::from_bytes(v)) {
            builder = builder.header(k, v);
        } else {
            tracing::warn!("dropping an invalid response header from a plugin route");
        }
    }
    builder.body(body).unwrap_or_else(|_| detail(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error"))
}

/// Starlette's `ServerErrorMiddleware` answer (`PlainTextResponse("Internal Server Error", 500)`,
/// as uvicorn also gives for an app that sends no response), carrying the exception type for
/// telemetry. The traceback was logged under the plugin id where the error was caught.
fn internal_error(kind: String) -> Response {
    let mut resp = (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"))],
        "Internal Server Error",
    )
        .into_response();
    resp.extensions_mut().insert(HandlerError(kind));
    resp
}

/// Starlette's `redirect_slashes`: `/x/` -> 307 to `/x` (and back) when only the other exists.
fn redirect_slashes(
    table: &super::routes::RouteTable,
    path: &str,
    req: &Request<Body>,
) -> Option<Response> {
    if path == "/" {
        return None;
    }
    let other = match path.strip_suffix('/') {
        Some(p) => p.to_string(),
        None => format!("{path}/"),
    };
    if !table.matches_any_method(&other) {
        return None;
    }
    let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("localhost");
    let mut location = format!("http://{host}{other}");
    if let Some(q) = req.uri().query() {
        location.push('?');
        location.push_str(q);
    }
    Some((StatusCode::TEMPORARY_REDIRECT, [(header::LOCATION, location)], Body::empty()).into_response())
}

/// A streamed response body; holds the Python task so a client that goes away cancels it.
struct StreamBody {
    rx: mpsc::Receiver<Chunk>,
    task: Option<PyCall<()>>,
}

impl Stream for StreamBody {
    type Item = Chunk;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Chunk>> {
        let polled = self.rx.poll_recv(cx);
        if let Poll::Ready(None) = polled {
            if let Some(task) = self.task.as_mut() {
                task.detach();
            }
        }
        polled
    }
}
