//! One socket's life: the upgrade (token subprotocol, frame limits), the writer task, the
//! reader loop (validate, record, route) and the teardown.
use super::conn::{self, ConnShared, Out};
use super::{plugin_channels, Hub, CLOSE_TOO_BIG};
use crate::endpoints::Endpoints;
use crate::http::guard::TOKEN_SUBPROTOCOL_PREFIX;
use crate::services::Services;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use futures::{SinkExt, StreamExt};
use horrible_telemetry::{ws_event, WsDirection};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new().route("/ws", get(upgrade))
}

async fn upgrade(
    State(services): State<Arc<Services>>,
    Query(query): Query<HashMap<String, String>>,
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
    // Let frames a little over the limit reach us, so we can close with 1009 ourselves.
    let limit = services.config.max_frame_bytes.saturating_mul(2).max(1 << 16);
    let Some(hub) = super::hub() else {
        return crate::reply::detail(axum::http::StatusCode::SERVICE_UNAVAILABLE, "the /ws hub is not running");
    };
    ws.protocols(offered)
        .max_message_size(limit)
        .max_frame_size(limit)
        .on_upgrade(move |socket| run(hub, services, socket, query))
}

async fn run(hub: &'static Hub, services: Arc<Services>, socket: WebSocket, query: HashMap<String, String>) {
    let id = hub.next_id.fetch_add(1, Ordering::Relaxed) + 1;
    let (out_tx, out_rx) = tokio::sync::mpsc::channel::<Out>(conn::QUEUE_FRAMES);
    let conn = Arc::new(ConnShared::new(id, out_tx, services.clone(), query));
    hub.conns.lock().insert(id, conn.clone());
    let (sink, stream) = socket.split();
    let writer = tokio::spawn(write_frames(sink, out_rx));

    let _ = conn
        .send(&json!({"channel": "system", "event": "hello", "version": env!("CARGO_PKG_VERSION"), "connection": id}));
    hub.channels.iter().for_each(|c| c.on_open(&conn));
    read_frames(hub, &services, &conn, stream).await;

    hub.conns.lock().remove(&id);
    // Ends the writer: it sends a Close frame (if none went yet) and stops.
    conn.close(1000, "");
    hub.channels.iter().for_each(|c| c.on_close(&conn));
    // Break the Connection <-> ConnShared cycle (the Python object keeps working: closed).
    drop(conn.py.lock().take());
    plugin_channels::close(&conn);
    // Let the writer flush what is queued (e.g. a close frame), then stop it.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(2), writer).await;
}

async fn write_frames(
    mut sink: futures::stream::SplitSink<WebSocket, Message>,
    mut out_rx: tokio::sync::mpsc::Receiver<Out>,
) {
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
    // After a client's Close, tungstenite has queued the reply itself and refuses any further
    // frame (a second Close included): flushing is what sends that reply.
    let _ = sink.flush().await;
    let _ = sink.close().await;
}

/// Reads until the client closes or breaks a rule that ends the socket.
async fn read_frames(
    hub: &Hub,
    services: &Services,
    conn: &Arc<ConnShared>,
    mut stream: futures::stream::SplitStream<WebSocket>,
) {
    let limit = services.config.max_frame_bytes;
    while let Some(msg) = stream.next().await {
        let parsed = match msg {
            Ok(Message::Text(t)) => horrible_frames::parse_text(&t, limit),
            Ok(Message::Binary(b)) => Err(horrible_frames::check_binary(b.len(), limit)),
            Ok(Message::Close(frame)) => {
                // Answer the close handshake with the client's own code (RFC 6455 §5.5.1).
                conn.close(frame.as_ref().map_or(1000, |f| f.code), "");
                return;
            }
            Ok(_) => continue,
            Err(e) => {
                // Typically a frame over the transport limit.
                tracing::debug!(conn = conn.id, "websocket read error: {e}");
                conn.close(CLOSE_TOO_BIG, "frame too large");
                return;
            }
        };
        match parsed {
            Ok(frame) => route(hub, services, conn, &frame.channel, frame.value),
            Err(e) => match e.close_code() {
                Some(code) => {
                    conn.close(code, &e.message());
                    return;
                }
                None => conn.error(&e.message()),
            },
        }
    }
}

fn route(hub: &Hub, services: &Services, conn: &Arc<ConnShared>, channel: &str, frame: Value) {
    let core = hub.channel(channel);
    if core.is_none_or(|c| c.records_frames()) {
        // `request_bytes` is the compact JSON size (the client's text may have spaces or escapes).
        services.telemetry.record(ws_event(WsDirection::Recv, &frame, services.telemetry.max_body_chars()));
    }
    match core {
        Some(c) => c.on_frame(conn, frame),
        None => plugin_channels::dispatch(conn, channel, frame),
    }
}
