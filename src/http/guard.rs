//! The localhost guard, in front of every route and the WebSocket upgrade.
//!
//! - `Host` must be a loopback address, `localhost`, the bound address, or a configured name:
//!   this defeats DNS rebinding (a foreign page whose name resolves to 127.0.0.1).
//! - `Origin`, when present on a WebSocket upgrade or a state-changing request, must be the same
//!   origin or a configured one: a page on another site never reaches the REPL.
//! - Bound off loopback, every request needs the token (bearer header, `horrible_token` cookie
//!   set by a `?token=` visit, or a `horrible.token.<token>` WebSocket subprotocol).
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
            allowed_origins: vec!["http://tool.example:3000".into()],
            token: None,
            max_body_bytes: 1,
            max_route_body_bytes: None,
            max_frame_bytes: 1,
            request_timeout: std::time::Duration::from_secs(1),
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
