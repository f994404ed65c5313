//! Records every inbound HTTP request (but `/ws` and `/api/telemetry*`) as an `IoEvent`.
use crate::reply::{detail, HandlerError};
use crate::services::Services;
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use horrible_telemetry::{body_text, redact_headers, NewEvent, Source};
use std::sync::Arc;
use std::time::Instant;

/// Request bodies up to this size are kept in the event (protocol.md section 4).
const KEEP_BODY_BYTES: usize = 1 << 20;

pub(crate) async fn record(State(app): State<Arc<Services>>, req: Request<Body>, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if path == "/ws" || path.starts_with("/api/telemetry") {
        return next.run(req).await;
    }
    let start = Instant::now();
    let method = req.method().to_string();
    let request_headers = redact_headers(req.headers().iter().map(|(k, v)| (k.as_str(), v.as_bytes())));
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, app.config.max_body_bytes).await else {
        return detail(
            StatusCode::PAYLOAD_TOO_LARGE,
            &format!("request body is larger than {} bytes", app.config.max_body_bytes),
        );
    };
    let max_chars = app.telemetry.max_body_chars();
    let request_body = if body.len() <= KEEP_BODY_BYTES { body_text(&body, max_chars) } else { None };
    let request_bytes = body.len() as u64;
    let head = parts.method == axum::http::Method::HEAD;
    let resp = next.run(Request::from_parts(parts, Body::from(body))).await;
    let response_headers = sent_headers(&resp, head);
    let response_bytes = response_headers.get("content-length").and_then(|v| v.parse().ok());
    app.telemetry.record(NewEvent {
        source: Source::Inbound,
        method,
        target: path,
        status: Some(resp.status().as_u16()),
        duration_ms: Some(start.elapsed().as_secs_f64() * 1000.0),
        request_bytes: Some(request_bytes),
        response_bytes,
        error: resp.extensions().get::<HandlerError>().map(|e| e.0.clone()),
        request_headers: Some(request_headers),
        response_headers: Some(response_headers),
        request_body,
        response_body: None,
    });
    resp
}

/// The response headers as they go on the wire (upstream recorded Starlette's, which carry
/// `content-length`): hyper adds `content-length` for a body of known size, so it is added
/// here too when the handler left it out.
fn sent_headers(resp: &Response, head: bool) -> std::collections::BTreeMap<String, String> {
    let mut headers = redact_headers(resp.headers().iter().map(|(k, v)| (k.as_str(), v.as_bytes())));
    let status = resp.status();
    let bodyless =
        head || status.is_informational() || status == StatusCode::NO_CONTENT || status == StatusCode::NOT_MODIFIED;
    if !bodyless && !headers.contains_key("content-length") && !headers.contains_key("transfer-encoding") {
        if let Some(n) = axum::body::HttpBody::size_hint(resp.body()).exact() {
            headers.insert("content-length".to_owned(), n.to_string());
        }
    }
    headers
}
