//! `/ws`: one multiplexed WebSocket per browser tab.
//!
//! Each connection has a writer task fed by a bounded queue ([`conn::ConnShared`]), so a slow
//! client never blocks the host or anyone else, and a reader loop that parses frames, answers
//! bad ones with `system/error` frames, records them as telemetry, and routes them: core
//! channels (`repl`, `agent`, `telemetry`, `system`) first, then plugin channels, whose
//! handlers run one frame at a time per connection ([`plugin_channels`]).
pub mod conn;
mod plugin_channels;

use crate::app::App;
use crate::http::guard::TOKEN_SUBPROTOCOL_PREFIX;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
pub use conn::{ConnShared, Connection, Out};
use futures::{SinkExt, StreamExt};
use horrible_telemetry::{ws_event, WsDirection};
use parking_lot::Mutex;
use pyo3::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Close code for a frame over the size limit (RFC 6455 "message too big").
pub const CLOSE_TOO_BIG: u16 = 1009;

/// Every open connection, for broadcast.
#[derive(Default)]
pub struct Hub {
    conns: Mutex<HashMap<u64, Arc<ConnShared>>>,
    next_id: AtomicU64,
}

impl Hub {
    /// Sends a frame to every open connection; returns how many queues took it.
    pub fn broadcast(&self, frame: &Value) -> usize {
        let conns: Vec<_> = self.conns.lock().values().cloned().collect();
        conns.iter().filter(|c| c.send(frame).is_ok()).count()
    }

    /// Closes every socket (at shutdown).
    pub fn close_all(&self, code: u16, reason: &str) {
        for c in self.conns.lock().values() {
            c.close(code, reason);
        }
    }

    /// Any open connection (the most recent), for relays that need "the browser tab".
    pub fn newest(&self) -> Option<Arc<ConnShared>> {
        self.conns.lock().values().max_by_key(|c| c.id).cloned()
    }
}

/// `host.broadcast(frame)` from Python.
pub fn broadcast_from_python(frame: &Bound<'_, PyAny>) -> PyResult<usize> {
    let value = crate::bridge::convert::from_py(frame).map_err(pyo3::exceptions::PyValueError::new_err)?;
    let Some(app) = crate::app::try_get() else { return Ok(0) };
    Ok(app.ws.broadcast(&value))
}

pub fn routes() -> Router<Arc<App>> {
    Router::new().route("/ws", get(upgrade))
}

async fn upgrade(
    State(app): State<Arc<App>>,
    Query(q): Query<HashMap<String, String>>,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Response {
    // A browser that authenticates with a token subprotocol needs it echoed back.
    let offered: Vec<String> = headers
        .get(axum::http::header::SEC_WEBSOCKET_PROTOCOL)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(',').map(|p| p.trim().to_string()).filter(|p| p.starts_with(TOKEN_SUBPROTOCOL_PREFIX)).collect()
        })
        .unwrap_or_default();
    let telemetry = q.get("telemetry").map(|v| v != "0" && v != "false").unwrap_or(true);
    // Let frames a little over the limit reach us, so we can close with 1009 ourselves.
    let limit = app.config.max_frame_bytes;
    ws.protocols(offered)
        .max_message_size(limit.saturating_mul(2).max(1 << 16))
        .max_frame_size(limit.saturating_mul(2).max(1 << 16))
        .on_upgrade(move |socket| run(app, socket, telemetry))
}

async fn run(app: Arc<App>, socket: WebSocket, telemetry: bool) {
    let id = app.ws.next_id.fetch_add(1, Ordering::Relaxed) + 1;
    let (out_tx, mut out_rx) = tokio::sync::mpsc::channel::<Out>(conn::QUEUE_FRAMES);
    let conn = Arc::new(ConnShared::new(id, out_tx, app.clone()));
    app.ws.conns.lock().insert(id, conn.clone());
    let (mut sink, mut stream) = socket.split();

    let writer = tokio::spawn(async move {
        while let Some(out) = out_rx.recv().await {
            let msg = match out {
                Out::Text(t) => Message::Text(t.into()),
                Out::Close(code, reason) => {
                    let _ = sink.send(Message::Close(Some(CloseFrame { code, reason: reason.into() }))).await;
                    break;
                }
            };
            if sink.send(msg).await.is_err() {
                break;
            }
        }
        // After a client's Close, tungstenite has queued the reply itself and refuses any
        // further frame (a second Close included): flushing is what sends that reply.
        let _ = sink.flush().await;
        let _ = sink.close().await;
    });

    let _ = conn
        .send(&json!({"channel": "system", "event": "hello", "version": env!("CARGO_PKG_VERSION"), "connection": id}));
    let telemetry_task = telemetry.then(|| tokio::spawn(push_telemetry(app.clone(), conn.clone())));

    while let Some(msg) = stream.next().await {
        let text = match msg {
            Ok(Message::Text(t)) => t.to_string(),
            Ok(Message::Binary(b)) => {
                if b.len() > app.config.max_frame_bytes {
                    conn.close(
                        CLOSE_TOO_BIG,
                        &format!("frame of {} bytes is over the {} byte limit", b.len(), app.config.max_frame_bytes),
                    );
                    break;
                }
                conn.error("binary frames are not supported: send JSON text frames");
                continue;
            }
            Ok(Message::Close(frame)) => {
                // Answer the close handshake with the client's own code (RFC 6455 §5.5.1).
                let code = frame.as_ref().map(|f| f.code).unwrap_or(1000);
                conn.close(code, "");
                break;
            }
            Ok(_) => continue,
            Err(e) => {
                // Typically a frame over the transport limit.
                tracing::debug!(conn = id, "websocket read error: {e}");
                conn.close(CLOSE_TOO_BIG, "frame too large");
                break;
            }
        };
        if text.len() > app.config.max_frame_bytes {
            conn.close(
                CLOSE_TOO_BIG,
                &format!("frame of {} bytes is over the {} byte limit", text.len(), app.config.max_frame_bytes),
            );
            break;
        }
        let frame: Value = match serde_json::from_str(&text) {
            Ok(v) => v,
            Err(e) => {
                conn.error(&format!("frame is not valid JSON: {e}"));
                continue;
            }
        };
        let Some(channel) =
            frame.as_object().and_then(|o| o.get("channel")).and_then(Value::as_str).map(str::to_string)
        else {
            conn.error(if frame.is_object() {
                "frame has no \"channel\" string"
            } else {
                "frame must be a JSON object {\"channel\", \"event\", \"data\"}"
            });
            continue;
        };
        if channel != "telemetry" {
            // `request_bytes` is the compact JSON size (the client's text may have spaces or escapes).
            app.telemetry.record(ws_event(WsDirection::Recv, &frame, app.telemetry.max_body_chars()));
        }
        match channel.as_str() {
            "system" => {
                if frame.get("event").and_then(Value::as_str) == Some("ping") {
                    let _ = conn.send(&json!({"channel": "system", "event": "pong", "data": frame.get("data")}));
                }
            }
            "telemetry" => {}
            "repl" => crate::repl::on_frame(&conn, frame),
            "agent" => crate::tools::agent::on_frame(&conn, frame),
            _ => plugin_channels::dispatch(&conn, &channel, frame),
        }
    }

    app.ws.conns.lock().remove(&id);
    // Ends the writer: it sends a Close frame (if none went yet) and stops.
    conn.close(1000, "");
    crate::repl::on_close(&conn);
    crate::tools::agent::on_close(&conn);
    // Break the Connection <-> ConnShared cycle (the Python object keeps working: closed).
    drop(conn.py.lock().take());
    plugin_channels::close(&conn);
    if let Some(t) = telemetry_task {
        t.abort();
    }
    // Let the writer flush what is queued (e.g. a close frame), then stop it.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(2), writer).await;
}

/// Pushes the telemetry backlog, then live events; a full queue misses events, never waits.
async fn push_telemetry(app: Arc<App>, conn: Arc<ConnShared>) {
    let (backlog, mut live) = app.telemetry.subscribe();
    for ev in backlog {
        let _ = conn.send_untracked(&json!({"channel": "telemetry", "event": "io", "data": &*ev}));
    }
    loop {
        match live.recv().await {
            Ok(ev) => {
                let _ = conn.send_untracked(&json!({"channel": "telemetry", "event": "io", "data": &*ev}));
            }
            Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
            Err(_) => break,
        }
    }
}
