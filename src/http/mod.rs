//! HTTP: the axum router. Core endpoints are plain axum handlers; every plugin route is found
//! in the Rust [`routes::RouteTable`] by the fallback [`dispatch`] and served by its own ASGI app
//! ([`asgi`]). Every request passes the localhost [`guard`] and the telemetry recorder first.
pub mod asgi;
mod core;
mod dispatch;
mod fastpath;
pub mod guard;
pub mod routes;
mod web;

use crate::app::App;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use std::sync::Arc;

/// The whole HTTP surface of the host.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .merge(core::routes())
        .merge(crate::settings::api::routes())
        .merge(crate::telemetry::api::routes())
        .merge(crate::ws::routes())
        .merge(crate::tools::routes())
        .merge(web::routes())
        .nest_service("/mcp", crate::tools::mcp::service(app.clone()))
        .fallback(dispatch::dispatch)
        .layer(axum::middleware::from_fn_with_state(app.clone(), crate::telemetry::middleware::record))
        .layer(axum::middleware::from_fn_with_state(app.clone(), guard::check))
        .with_state(app)
}

/// `{"detail": ...}` with FastAPI's compact JSON encoding.
pub fn detail(status: StatusCode, detail: &str) -> Response {
    json_response(status, &serde_json::json!({ "detail": detail }))
}

/// A JSON response encoded the way FastAPI's `JSONResponse` encodes (compact, UTF-8).
pub fn json_response(status: StatusCode, value: &serde_json::Value) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_default();
    (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
}

/// Percent-decodes a URL path (what ASGI servers put in `scope["path"]`).
pub fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    if !bytes.contains(&b'%') {
        return raw.to_string();
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&raw[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The exception type name of a failed handler, for the telemetry recorder.
#[derive(Clone, Debug)]
pub struct HandlerError(pub String);

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(super::percent_decode("/a%20b/%E2%9C%93"), "/a b/✓");
        assert_eq!(super::percent_decode("/a%2"), "/a%2");
        assert_eq!(super::percent_decode("/plain"), "/plain");
    }
}
