//! The localhost guard, in front of every route and the WebSocket upgrade.
//!
//! - `Host` must be a loopback address, `localhost`, the bound address, or a configured name:
//!   this defeats DNS rebinding (a foreign page whose name resolves to 127.0.0.1).
//! - `Origin`, when present on a WebSocket upgrade or a state-changing request, must be the same
//!   origin or a configured one: a page on another site never reaches the REPL.
//! - Bound off loopback, every request needs the token (bearer header, `horrible_token` cookie
//!   set by a `?token=` visit, or a `horrible.token.<token>` WebSocket subprotocol).
//! - A request with more than one `Host` header is malformed (RFC 9112 section 3.2): 400.
//!
//! [`cors`] answers the configured foreign origins (upstream's dev server and Tauri webviews,
//! plus `--allow-origin`s) the way upstream's Starlette `CORSMiddleware` did.
use crate::reply::detail;
use crate::services::{Config, Services};
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::fmt::Write as _;
use std::net::IpAddr;
use std::sync::Arc;

const TOKEN_COOKIE: &str = "horrible_token";
pub(crate) const TOKEN_SUBPROTOCOL_PREFIX: &str = "horrible.token.";

/// A rejection, after reading (a bounded amount of) the request body, so a keep-alive client
/// can send its next request on the same connection.
async fn reject(req: Request<Body>, status: StatusCode, message: &str) -> Response {
    let _ = axum::body::to_bytes(req.into_body(), 1 << 20).await;
    detail(status, message)
}

pub(crate) async fn check(State(app): State<Arc<Services>>, req: Request<Body>, next: Next) -> Response {
    let cfg = &app.config;
    if req.headers().get_all(header::HOST).iter().nth(1).is_some() {
        // Answering for either one would let a proxy and us disagree about the target.
        return reject(req, StatusCode::BAD_REQUEST, "more than one Host header").await;
    }
    let host = req.headers().get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("").to_string();
    if !host_allowed(&host, cfg) {
        let message = format!("Host {host:?} is not allowed (configure it with --allow-host)");
        return reject(req, StatusCode::FORBIDDEN, &message).await;
    }
    let is_upgrade = req.headers().get(header::UPGRADE).is_some();
    let state_changing = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if is_upgrade || state_changing {
        if let Some(origin) = req.headers().get(header::ORIGIN) {
            let origin = origin.to_str().unwrap_or("null").to_string();
            if !origin_allowed(&origin, &host, cfg) {
                let message = format!("Origin {origin:?} is not allowed");
                return reject(req, StatusCode::FORBIDDEN, &message).await;
            }
        }
    }
    if let Some(token) = &cfg.token {
        if let Some(given) = query_token(req.uri().query()) {
            if constant_time_eq(given.as_bytes(), token.as_bytes()) {
                // Trade the URL token for a cookie and drop it from the address bar.
                let cookie = format!("{TOKEN_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/");
                let mut resp =
                    (StatusCode::SEE_OTHER, [(header::LOCATION, req.uri().path().to_string())]).into_response();
                if let Ok(v) = HeaderValue::from_str(&cookie) {
                    resp.headers_mut().insert(header::SET_COOKIE, v);
                }
                return resp;
            }
            return reject(req, StatusCode::UNAUTHORIZED, "invalid token").await;
        }
        if !request_has_token(req.headers(), token) {
            return reject(
                req,
                StatusCode::UNAUTHORIZED,
                "a token is required: send `Authorization: Bearer <token>` (see the token file in the data dir)",
            )
            .await;
        }
    }
    next.run(req).await
}

/// What upstream's `CORSMiddleware(allow_methods=["*"])` allowed (Starlette's `ALL_METHODS`).
const CORS_METHODS: &str = "DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT, QUERY";
/// The `Vary` of a preflight answer, as Starlette sends it.
const PREFLIGHT_VARY: &str =
    "Origin, Access-Control-Request-Method, Access-Control-Request-Headers, Access-Control-Request-Private-Network";

/// CORS for the configured foreign origins, inside the telemetry recorder (as upstream's
/// middleware order had it, so recorded response headers include these). A preflight
/// (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) is answered here; any other
/// response gets `Access-Control-Allow-Origin` for an allowed origin and `Vary: Origin`.
pub(crate) async fn cors(State(app): State<Arc<Services>>, req: Request<Body>, next: Next) -> Response {
    let origin = req.headers().get(header::ORIGIN).cloned();
    if req.headers().contains_key(header::UPGRADE) {
        return next.run(req).await; // Starlette's CORS middleware leaves WebSockets alone.
    }
    let allowed = origin.as_ref().is_some_and(|o| o.to_str().is_ok_and(|o| cors_origin(o, &app.config)));
    if let Some(origin) = &origin {
        if req.method() == Method::OPTIONS && req.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD) {
            return preflight(req.headers(), origin, allowed);
        }
    }
    let mut resp = next.run(req).await;
    let headers = resp.headers_mut();
    if let (Some(origin), true) = (origin, allowed) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    }
    let vary: Vec<&str> = headers.get_all(header::VARY).iter().filter_map(|v| v.to_str().ok()).collect();
    let vary = if vary.is_empty() { "Origin".to_string() } else { format!("{}, Origin", vary.join(", ")) };
    if let Ok(v) = HeaderValue::from_str(&vary) {
        headers.insert(header::VARY, v);
    }
    resp
}

fn cors_origin(origin: &str, cfg: &Config) -> bool {
    cfg.allowed_origins.iter().any(|o| o == origin)
}

/// Starlette's preflight answer: 200 `OK`, or 400 `Disallowed CORS <what>` naming each failure.
fn preflight(req: &HeaderMap, origin: &HeaderValue, allowed: bool) -> Response {
    let mut failures = Vec::new();
    let mut headers = HeaderMap::new();
    headers.insert(header::VARY, HeaderValue::from_static(PREFLIGHT_VARY));
    headers.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static(CORS_METHODS));
    headers.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
    if allowed {
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone());
    } else {
        failures.push("origin");
    }
    let method = req.get(header::ACCESS_CONTROL_REQUEST_METHOD).and_then(|m| m.to_str().ok()).unwrap_or("");
    if !CORS_METHODS.split(", ").any(|m| m == method) {
        failures.push("method");
    }
    // allow_headers=["*"]: whatever the page asks for is echoed back.
    if let Some(asked) = req.get(header::ACCESS_CONTROL_REQUEST_HEADERS) {
        headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, asked.clone());
    }
    if req.contains_key("access-control-request-private-network") {
        failures.push("private-network");
    }
    let (status, text) = if failures.is_empty() {
        (StatusCode::OK, "OK".to_string())
    } else {
        (StatusCode::BAD_REQUEST, format!("Disallowed CORS {}", failures.join(", ")))
    };
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    (status, headers, text).into_response()
}

fn host_name(host: &str) -> &str {
    if let Some(rest) = host.strip_prefix('[') {
        return rest.split(']').next().unwrap_or("");
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    }
}

fn host_allowed(host: &str, cfg: &Config) -> bool {
    let name = host_name(host).to_ascii_lowercase();
    if name == "localhost" || name.ends_with(".localhost") {
        return true;
    }
    if let Ok(ip) = name.parse::<IpAddr>() {
        if ip.is_loopback() || ip == cfg.bind {
            return true;
        }
    }
    cfg.allowed_hosts.iter().any(|h| h.eq_ignore_ascii_case(&name))
}

fn origin_allowed(origin: &str, host: &str, cfg: &Config) -> bool {
    if cfg.allowed_origins.iter().any(|o| o == origin) {
        return true;
    }
    // We serve plain http: an https origin is another origin.
    let Some(rest) = origin.strip_prefix("http://") else { return false };
    rest.eq_ignore_ascii_case(host) && host_allowed(rest, cfg)
}

fn query_token(query: Option<&str>) -> Option<String> {
    query?.split('&').find_map(|kv| kv.strip_prefix("token=")).map(crate::reply::percent_decode)
}

fn request_has_token(headers: &HeaderMap, token: &str) -> bool {
    let t = token.as_bytes();
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .is_some_and(|g| constant_time_eq(g.trim().as_bytes(), t));
    let cookie =
        headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).any(|kv| {
            kv.trim()
                .strip_prefix(TOKEN_COOKIE)
                .and_then(|r| r.strip_prefix('='))
                .is_some_and(|g| constant_time_eq(g.as_bytes(), t))
        });
    let subprotocol = headers.get(header::SEC_WEBSOCKET_PROTOCOL).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        v.split(',')
            .filter_map(|p| p.trim().strip_prefix(TOKEN_SUBPROTOCOL_PREFIX))
            .any(|g| constant_time_eq(g.as_bytes(), t))
    });
    bearer || cookie || subprotocol
}

/// Compares without an early exit, so timing does not reveal how much of a guess was right.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let mut diff = u8::from(a.len() != b.len());
    for i in 0..a.len().max(b.len()) {
        let x = a.get(i).copied().unwrap_or(0);
        let y = b.get(i).copied().unwrap_or(0xff);
        diff |= x ^ y;
    }
    diff == 0
}

/// A fresh 256-bit token as hex.
pub(crate) fn new_token() -> String {
    let mut buf = [0u8; 32];
    getrandom::fill(&mut buf).expect("OS randomness");
    buf.iter().fold(String::with_capacity(2 * buf.len()), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> Config {
        Config {
            bind: "127.0.0.1".parse().unwrap(),
            port: 8000,
            data_dir: ".".into(),
            allowed_hosts: vec!["dash.example".into()],
            allowed_origins: crate::services::config::allowed_origins(&["http://tool.example:3000".into()]),
            token: None,
            max_body_bytes: 1,
            max_route_body_bytes: None,
            max_frame_bytes: 1,
            request_timeout: std::time::Duration::from_secs(1),
            tool_timeout: std::time::Duration::from_secs(1),
            locked: false,
            reload: false,
        }
    }

    #[test]
    fn hosts() {
        let c = cfg();
        for ok in ["localhost:8000", "127.0.0.1:8000", "127.1.2.3", "[::1]:8000", "dash.example", "app.localhost:1"] {
            assert!(host_allowed(ok, &c), "{ok}");
        }
        for bad in ["evil.com", "evil.com:8000", "10.0.0.1", "", "localhost.evil.com"] {
            assert!(!host_allowed(bad, &c), "{bad}");
        }
    }

    #[test]
    fn origins() {
        let c = cfg();
        assert!(origin_allowed("http://localhost:8000", "localhost:8000", &c));
        assert!(origin_allowed("http://tool.example:3000", "localhost:8000", &c));
        for upstream in ["http://localhost:5173", "tauri://localhost", "http://tauri.localhost"] {
            assert!(origin_allowed(upstream, "localhost:8000", &c), "{upstream}");
            assert!(cors_origin(upstream, &c), "{upstream}");
        }
        assert!(!cors_origin("http://localhost:8000", &c), "the same origin needs no CORS");
        assert!(!origin_allowed("http://localhost:5174", "localhost:8000", &c));
        assert!(!origin_allowed("http://localhost:9999", "localhost:8000", &c));
        assert!(!origin_allowed("http://evil.com", "evil.com", &c));
        assert!(!origin_allowed("null", "localhost:8000", &c));
        assert!(!origin_allowed("https://localhost:8000", "localhost:8000", &c));
    }

    #[test]
    fn constant_time() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
        assert!(!constant_time_eq(b"", b"a"));
    }
}
