//! Records every inbound HTTP request (but `/ws` and `/api/telemetry*`) as an `IoEvent`.
//!
//! The request body is passed through as a stream (a plugin route reads a 200 MB upload in
//! bounded memory): a tap counts its bytes and keeps the first [`KEEP_BODY_BYTES`] for the
//! event, which records what had been read by the time the response head was ready.
use crate::reply::HandlerError;
use crate::services::Services;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, Request, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use futures::StreamExt;
use horrible_telemetry::{body_text, redact_headers, NewEvent, Source};
use parking_lot::Mutex;
use std::sync::Arc;
use std::time::Instant;

/// Request bodies up to this size are kept in the event (protocol.md section 4).
const KEEP_BODY_BYTES: usize = 1 << 20;

/// What the tap saw of a request body.
#[derive(Default)]
struct Seen {
    bytes: u64,
    /// The body's first bytes, while it is no longer than [`KEEP_BODY_BYTES`].
    kept: Vec<u8>,
    over: bool,
}

/// `body` as a stream that records into `seen` what passes through.
fn tap(body: Body, seen: Arc<Mutex<Seen>>) -> Body {
    Body::from_stream(body.into_data_stream().map(move |chunk| {
        if let Ok(data) = &chunk {
            let mut s = seen.lock();
            s.bytes += data.len() as u64;
            if !s.over && s.kept.len() + data.len() <= KEEP_BODY_BYTES {
                s.kept.extend_from_slice(data);
            } else {
                s.over = true;
                s.kept = Vec::new();
            }
        }
        chunk
    }))
}

pub(crate) async fn record(State(app): State<Arc<Services>>, req: Request<Body>, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if path == "/ws" || path.starts_with("/api/telemetry") {
        return next.run(req).await;
    }
    let start = Instant::now();
    let method = req.method().to_string();
    let request_headers = redact_headers(req.headers().iter().map(|(k, v)| (k.as_str(), v.as_bytes())));
    // A request with neither a length nor a chunked body has none: nothing to tap.
    let has_body =
        req.headers().contains_key(header::CONTENT_LENGTH) || req.headers().contains_key(header::TRANSFER_ENCODING);
    let head = req.method() == axum::http::Method::HEAD;
    let seen = Arc::new(Mutex::new(Seen::default()));
    let req = if has_body {
        let (parts, body) = req.into_parts();
        Request::from_parts(parts, tap(body, seen.clone()))
    } else {
        req
    };
    let resp = next.run(req).await;
    let (request_bytes, request_body) = {
        let s = seen.lock();
        let text = if s.over { None } else { body_text(&s.kept, app.telemetry.max_body_chars()) };
        (s.bytes, text)
    };
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
