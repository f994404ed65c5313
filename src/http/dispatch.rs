//! The fallback handler: routes a request through the plugin route table in Rust, answering
//! 404/405/307 exactly as `FastAPI`'s router would, and calls the matched route's ASGI app.
use super::asgi::{AsgiBody, AsgiCall, AsgiRequest, Chunk, Failure};
use super::fastpath::{self, Outcome};
use super::receive::RequestBody;
use super::routes::Match;
use crate::reply::{detail, percent_decode, HandlerError};
use crate::services::Services;
use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderName, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
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
            return redirect_slashes(&table, &path, &req).unwrap_or_else(|| detail(StatusCode::NOT_FOUND, "Not Found"))
        }
    };
    let (parts, body) = req.into_parts();
    let length = parts.headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    let limit = app.config.max_route_body_bytes;
    if let (Some(limit), Some(length)) = (limit, length) {
        if length > limit as u64 {
            return too_large();
        }
    }
    let has_body = length.is_some_and(|n| n > 0) || parts.headers.contains_key(header::TRANSFER_ENCODING);
    let headers = parts.headers.iter().map(|(k, v)| (k.as_str().as_bytes().to_vec(), v.as_bytes().to_vec())).collect();
    let http_version = match parts.version {
        axum::http::Version::HTTP_10 => "1.0",
        axum::http::Version::HTTP_2 => "2",
        _ => "1.1",
    };
    let request = Arc::new(AsgiRequest {
        method,
        path,
        raw_path: parts.uri.path().as_bytes().to_vec(),
        query: parts.uri.query().unwrap_or("").as_bytes().to_vec(),
        headers,
        client: Some((peer.ip().to_string(), peer.port())),
        server: (app.config.bind.to_string(), app.config.port),
        http_version,
        path_values: values,
    });
    let deadline = tokio::time::Instant::now() + app.config.request_timeout;
    let timed_out = || {
        // Dropping the call cancelled an async handler; a blocked sync one finishes on its own.
        tracing::warn!(plugin = %route.plugin, "route gave no response within {:?}: 504", app.config.request_timeout);
        let mut resp = detail(StatusCode::GATEWAY_TIMEOUT, "Gateway Timeout");
        resp.extensions_mut().insert(HandlerError("Timeout".into()));
        resp
    };
    let mut body = RequestBody { read: Bytes::new(), rest: has_body.then_some(body) };
    let mut app_override = None;
    // The fast path takes a body it can hold whole (small, length known); anything else streams
    // through the route's ASGI app.
    if route.fast.is_some() && (!has_body || length.is_some_and(|n| n <= FAST_BODY_BYTES as u64)) {
        if let Some(rest) = body.rest.take() {
            match tokio::time::timeout_at(deadline, axum::body::to_bytes(rest, FAST_BODY_BYTES)).await {
                Ok(Ok(read)) => body.read = read,
                Ok(Err(_)) => return detail(StatusCode::BAD_REQUEST, "Bad Request"),
                Err(_) => return timed_out(),
            }
        }
        let mut fast = fastpath::call(&route, &request, body.read.clone());
        match tokio::time::timeout_at(deadline, &mut fast).await {
            Err(_) => {
                fast.cancel();
                return timed_out();
            }
            Ok(Outcome::Response { status, headers, body }) => return respond(status, &headers, Body::from(body)),
            Ok(Outcome::Raised(kind)) => return internal_error(kind),
            Ok(Outcome::RunAsgi(resp)) => app_override = Some(resp),
            Ok(Outcome::Fallback) => {}
        }
    }
    let mut call = AsgiCall::start(route.clone(), request, body, limit, app_override);
    match tokio::time::timeout_at(deadline, call.head()).await {
        Err(_) => {
            call.cancel();
            timed_out()
        }
        Ok(Ok(head)) => {
            let body = match head.body {
                AsgiBody::Full(b) => Body::from(b),
                AsgiBody::Stream(rx) => Body::from_stream(StreamBody { rx, _call: call }),
            };
            respond(head.status, &head.headers, body)
        }
        Ok(Err(Failure::Raised(kind))) => internal_error(kind),
        Ok(Err(Failure::NoResponse)) => internal_error("NoResponse".into()),
        Ok(Err(Failure::TooLarge)) => too_large(),
    }
}

/// Largest body the fast path reads whole before calling the endpoint (bigger ones stream).
const FAST_BODY_BYTES: usize = 1 << 20;

fn too_large() -> Response {
    detail(StatusCode::PAYLOAD_TOO_LARGE, "Request body too large")
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
fn redirect_slashes(table: &super::routes::RouteTable, path: &str, req: &Request<Body>) -> Option<Response> {
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

/// A streamed response body; holds the call so a client that goes away is told to the app
/// (`http.disconnect`).
struct StreamBody {
    rx: mpsc::Receiver<Chunk>,
    _call: AsgiCall,
}

impl Stream for StreamBody {
    type Item = Chunk;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Chunk>> {
        self.rx.poll_recv(cx)
    }
}
