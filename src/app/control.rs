//! `horrible plugins reload|enable|disable|rescan` and `plugins list --url`: a small HTTP/1.1
//! client (hyper, already under axum) that asks a running host, and the one-line summaries of
//! its answers. Exit codes: 0 done, 1 refused or failed (the error and traceback printed), 2 no
//! host answers.
use crate::cli::{ControlAction, HostAddress};
use anyhow::{anyhow, bail, Context as _, Result};
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::header::{AUTHORIZATION, CONTENT_LENGTH, HOST};
use hyper::{Method, Request, Uri};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

/// How long to wait for the connection; the answer itself may take as long as a reload does.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
const EXIT_REFUSED: u8 = 1;
const EXIT_NO_HOST: u8 = 2;

/// An answer from the host: its status and body.
struct Answer {
    status: u16,
    body: Bytes,
}

/// Why no answer came.
enum Failure {
    /// Nothing listens there (or it did not connect in time, or the connection broke).
    NoHost(String),
    /// The URL or request could not be made.
    Bad(anyhow::Error),
}

pub(crate) async fn run(action: ControlAction, host: HostAddress) -> Result<u8> {
    let token = read_token(&host.data_dir);
    let answer = match request(&host.url, Method::POST, &action.path(), token.as_deref()).await {
        Ok(a) => a,
        Err(Failure::NoHost(why)) => {
            eprintln!("horrible: no host answers at {}: {why}", host.url);
            return Ok(EXIT_NO_HOST);
        }
        Err(Failure::Bad(e)) => return Err(e),
    };
    let body: Value = serde_json::from_slice(&answer.body).unwrap_or(Value::Null);
    let code = exit_code(answer.status, &body);
    if host.json {
        let text = if body.is_null() { String::from_utf8_lossy(&answer.body).into_owned() } else { pretty(&body) };
        println!("{text}");
    } else if code == 0 {
        println!("{}", success_line(&action, &body));
        if matches!(action, ControlAction::Rescan) {
            // The host's load errors (new or not): the rescan itself succeeded.
            for e in list(&body, "errors") {
                eprintln!("error  {}: {}", text(e, "source"), text(e, "error"));
            }
        }
    } else {
        eprintln!("{}", failure_text(&action, answer.status, &body, &answer.body));
    }
    Ok(code)
}

/// `plugins list --url`: what the running host serves.
pub(crate) async fn list_remote(url: &str, json: bool) -> Result<u8> {
    let data_dir = std::env::var_os("HORRIBLE_DATA_DIR")
        .map_or_else(|| crate::services::config::DEFAULT_DATA_DIR.into(), std::path::PathBuf::from);
    let answer = match request(url, Method::GET, "/api/plugins", read_token(&data_dir).as_deref()).await {
        Ok(a) => a,
        Err(Failure::NoHost(why)) => {
            eprintln!("horrible: no host answers at {url}: {why}");
            return Ok(EXIT_NO_HOST);
        }
        Err(Failure::Bad(e)) => return Err(e),
    };
    let body: Value = serde_json::from_slice(&answer.body).unwrap_or(Value::Null);
    if answer.status != 200 || !body.is_object() {
        eprintln!("horrible: GET /api/plugins answered {}: {}", answer.status, detail(&body, &answer.body));
        return Ok(EXIT_REFUSED);
    }
    if json {
        println!("{}", pretty(&body));
    } else {
        print!("{}", super::listing::human(&body));
    }
    Ok(0)
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// The token a host bound off loopback keeps in its data directory, if there is one.
fn read_token(data_dir: &Path) -> Option<String> {
    let token = std::fs::read_to_string(data_dir.join("token")).ok()?;
    let token = token.trim();
    (!token.is_empty()).then(|| token.to_string())
}

/// One request on a fresh connection (`url` is the host's base: `http://host:port[/prefix]`).
async fn request(url: &str, method: Method, path: &str, token: Option<&str>) -> Result<Answer, Failure> {
    let (authority, target) = target(url, path).map_err(Failure::Bad)?;
    let addr = authority.host().trim_start_matches('[').trim_end_matches(']').to_string();
    let port = authority.port_u16().unwrap_or(80);
    let connect = tokio::net::TcpStream::connect((addr.as_str(), port));
    let stream = match tokio::time::timeout(CONNECT_TIMEOUT, connect).await {
        Ok(Ok(s)) => s,
        Ok(Err(e)) => return Err(Failure::NoHost(e.to_string())),
        Err(_) => return Err(Failure::NoHost(format!("no connection within {}s", CONNECT_TIMEOUT.as_secs()))),
    };
    let io = hyper_util::rt::TokioIo::new(stream);
    let (mut sender, conn) =
        hyper::client::conn::http1::handshake(io).await.map_err(|e| Failure::NoHost(e.to_string()))?;
    tokio::spawn(conn);
    let mut req = Request::builder().method(method).uri(target).header(HOST, authority.as_str());
    if let Some(t) = token {
        req = req.header(AUTHORIZATION, format!("Bearer {t}"));
    }
    let req = req.header(CONTENT_LENGTH, "0").body(Full::new(Bytes::new())).map_err(|e| Failure::Bad(e.into()))?;
    let resp = sender.send_request(req).await.map_err(|e| Failure::NoHost(e.to_string()))?;
    let status = resp.status().as_u16();
    let body = resp.into_body().collect().await.map_err(|e| Failure::NoHost(e.to_string()))?.to_bytes();
    Ok(Answer { status, body })
}

/// The authority to connect to and the request target (`url`'s path prefix + `path`).
fn target(url: &str, path: &str) -> Result<(hyper::http::uri::Authority, String)> {
    let uri: Uri = url.parse().with_context(|| format!("--url {url:?} is not a URL"))?;
    match uri.scheme_str() {
        Some("http") => {}
        Some(other) => bail!("--url {url:?}: only http:// is supported (not {other}://)"),
        None => bail!("--url {url:?} needs a scheme: http://host:port"),
    }
    let authority = uri.authority().cloned().ok_or_else(|| anyhow!("--url {url:?} has no host"))?;
    Ok((authority, format!("{}{path}", uri.path().trim_end_matches('/'))))
}

fn exit_code(status: u16, body: &Value) -> u8 {
    if status == 200 && body.get("ok") != Some(&Value::Bool(false)) {
        0
    } else {
        EXIT_REFUSED
    }
}

fn list<'a>(body: &'a Value, key: &str) -> &'a [Value] {
    body.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn names(items: &[Value]) -> String {
    items.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).collect::<Vec<_>>().join(", ")
}

fn text<'a>(body: &'a Value, key: &str) -> &'a str {
    body.get(key).and_then(Value::as_str).unwrap_or("")
}

/// The host's explanation of a refusal: `detail`, else `error`, else the raw body.
fn detail(body: &Value, raw: &[u8]) -> String {
    match body.get("detail").or_else(|| body.get("error")) {
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => String::from_utf8_lossy(raw).trim().to_string(),
    }
}

/// "+1 route, -2 tools" from a `changes` object (`{"routes": {"added": [..], "removed": [..]}, ...}`).
pub(crate) fn change_summary(changes: &Value) -> String {
    let mut parts = Vec::new();
    for (kind, one) in [("routes", "route"), ("tools", "tool"), ("channels", "channel"), ("facades", "facade")] {
        for (key, sign) in [("added", '+'), ("removed", '-')] {
            let n = changes.get(kind).map_or(0, |c| list(c, key).len());
            if n > 0 {
                parts.push(format!("{sign}{n} {one}{}", if n == 1 { "" } else { "s" }));
            }
        }
    }
    parts.join(", ")
}

fn success_line(action: &ControlAction, body: &Value) -> String {
    match action {
        ControlAction::Reload(id) => {
            let version = text(body, "version");
            let ms = body.get("ms").and_then(Value::as_f64).unwrap_or(0.0);
            let summary = body.get("changes").map(change_summary).unwrap_or_default();
            let mut line = format!("{id} {version} reloaded in {ms:.1} ms");
            if !summary.is_empty() {
                let _ = write!(line, " ({summary})");
            }
            let dependents: Vec<Value> =
                list(body, "reloaded").iter().filter(|v| v.as_str() != Some(id)).cloned().collect();
            if !dependents.is_empty() {
                let _ = write!(line, "; dependents reloaded after it: {}", names(&dependents));
            }
            line
        }
        ControlAction::Enable(_) => format!("enabled {}", names(list(body, "enabled"))),
        ControlAction::Disable { .. } => format!("disabled {}", names(list(body, "disabled"))),
        ControlAction::Rescan => {
            let (added, removed) = (list(body, "added"), list(body, "removed"));
            if added.is_empty() && removed.is_empty() {
                "rescan: nothing added or removed".to_string()
            } else {
                let or_none = |v: &[Value]| if v.is_empty() { "none".to_string() } else { names(v) };
                format!("rescan: added {}; removed {}", or_none(added), or_none(removed))
            }
        }
    }
}

fn failure_text(action: &ControlAction, status: u16, body: &Value, raw: &[u8]) -> String {
    // The plugin that failed may be a dependent reloaded after the one asked for.
    let id = body.get("plugin").and_then(Value::as_str).or(action.plugin()).unwrap_or("");
    let verb = match action {
        ControlAction::Reload(_) => "reload",
        ControlAction::Enable(_) => "enable",
        ControlAction::Disable { .. } => "disable",
        ControlAction::Rescan => "rescan",
    };
    if let Some(stage) = body.get("stage").and_then(Value::as_str) {
        // A load that failed: the error where it happened, then its traceback.
        let place = match (body.get("file").and_then(Value::as_str), body.get("line").and_then(Value::as_u64)) {
            (Some(f), Some(l)) => format!(" ({f}:{l})"),
            (Some(f), None) => format!(" ({f})"),
            _ => String::new(),
        };
        let keeps = if verb == "reload" { "; the old version keeps serving" } else { "" };
        let mut out = format!("{id} {verb} failed at {stage}: {}{place}{keeps}", text(body, "error"));
        let tb = text(body, "traceback").trim_end();
        if !tb.is_empty() {
            out.push('\n');
            out.push_str(tb);
        }
        return out;
    }
    let dependents = list(body, "dependents");
    if !dependents.is_empty() {
        return format!(
            "{id} not disabled: {} depend{} on it (add --cascade to disable them too)",
            names(dependents),
            if dependents.len() == 1 { "s" } else { "" }
        );
    }
    let what = if id.is_empty() { verb.to_string() } else { format!("{verb} {id}") };
    format!("horrible: {what}: {status} {}", detail(body, raw))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn targets() {
        let (a, t) = target("http://127.0.0.1:8000", "/api/plugins/rescan").unwrap();
        assert_eq!((a.as_str(), t.as_str()), ("127.0.0.1:8000", "/api/plugins/rescan"));
        let (a, t) = target("http://[::1]:9/base/", "/x").unwrap();
        assert_eq!((a.host(), a.port_u16(), t.as_str()), ("[::1]", Some(9), "/base/x"));
        assert!(target("https://h", "/").is_err());
        assert!(target("localhost:8000", "/").is_err());
    }

    #[test]
    fn summaries() {
        let changes =
            json!({"routes": {"added": ["GET /a"], "removed": []}, "tools": {"added": [], "removed": ["a", "b"]}});
        assert_eq!(change_summary(&changes), "+1 route, -2 tools");
        let body = json!({"ok": true, "plugin": "ping", "version": "1.2.0", "ms": 12.34, "reloaded": ["ping", "b"], "changes": changes});
        assert_eq!(
            success_line(&ControlAction::Reload("ping".into()), &body),
            "ping 1.2.0 reloaded in 12.3 ms (+1 route, -2 tools); dependents reloaded after it: b"
        );
        let failed = json!({"ok": false, "stage": "setup", "error": "ValueError: boom", "traceback": "Traceback ...\n", "file": "/p.py", "line": 3});
        let action = ControlAction::Reload("ping".into());
        assert_eq!(exit_code(409, &failed), 1);
        assert_eq!(
            failure_text(&action, 409, &failed, b""),
            "ping reload failed at setup: ValueError: boom (/p.py:3); the old version keeps serving\nTraceback ..."
        );
        let refused = json!({"detail": "plugin control is locked: the host was started with --locked"});
        assert_eq!(
            failure_text(&ControlAction::Rescan, 403, &refused, b""),
            "horrible: rescan: 403 plugin control is locked: the host was started with --locked"
        );
        let rescanned = json!({"ok": true, "added": [], "removed": [], "errors": [{"source": "s", "error": "e"}]});
        assert_eq!(exit_code(200, &rescanned), 0, "the rescan worked; the errors are the host's");
    }
}
