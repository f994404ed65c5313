//! HTTP reply helpers shared by every capability that serves HTTP: FastAPI-shaped JSON errors
//! and bodies, ASGI-style path decoding, and the marker a failed handler leaves for telemetry.
//! A leaf module: it imports nothing else of the crate.
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// `{"detail": ...}` with `FastAPI`'s compact JSON encoding.
pub(crate) fn detail(status: StatusCode, detail: &str) -> Response {
    json_response(status, &serde_json::json!({ "detail": detail }))
}

/// A JSON response encoded the way `FastAPI`'s `JSONResponse` encodes (compact, UTF-8).
pub(crate) fn json_response(status: StatusCode, value: &serde_json::Value) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_default();
    (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
}

/// Percent-decodes a URL path (what ASGI servers put in `scope["path"]`).
pub(crate) fn percent_decode(raw: &str) -> String {
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

/// The exception type name of a failed handler, left in the response's extensions for the
/// telemetry recorder.
#[derive(Clone, Debug)]
pub(crate) struct HandlerError(pub String);

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(super::percent_decode("/a%20b/%E2%9C%93"), "/a b/✓");
        assert_eq!(super::percent_decode("/a%2"), "/a%2");
        assert_eq!(super::percent_decode("/plain"), "/plain");
    }
}
