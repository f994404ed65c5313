//! The `telemetry` /ws channel: each tab gets the ring's backlog, then live events, unless it
//! opened the socket with `?telemetry=0`. Pushes are lossy: a full queue misses events, never
//! waits and never closes the socket.
use crate::services::Services;
use crate::ws::{Channel, ConnShared};
use parking_lot::Mutex;
use serde_json::{json, Value};
use std::sync::Arc;

/// The `telemetry` channel.
pub(crate) struct TelemetryChannel;

/// The push task of one socket.
#[derive(Default)]
struct Push(Mutex<Option<tokio::task::JoinHandle<()>>>);

impl Channel for TelemetryChannel {
    fn name(&self) -> &'static str {
        "telemetry"
    }

    /// Frames on this channel are about telemetry: recording them would feed back into it.
    fn records_frames(&self) -> bool {
        false
    }

    fn on_open(&self, conn: &Arc<ConnShared>) {
        let wanted = conn.query.get("telemetry").is_none_or(|v| v != "0" && v != "false");
        if wanted {
            let task = tokio::spawn(push(crate::services::get().clone(), conn.clone()));
            *conn.state::<Push>().0.lock() = Some(task);
        }
    }

    /// The browser sends nothing here that needs an answer.
    fn on_frame(&self, _conn: &Arc<ConnShared>, _frame: Value) {}

    fn on_close(&self, conn: &Arc<ConnShared>) {
        if let Some(task) = conn.state::<Push>().0.lock().take() {
            task.abort();
        }
    }
}

async fn push(services: Arc<Services>, conn: Arc<ConnShared>) {
    let (backlog, mut live) = services.telemetry.subscribe();
    for ev in backlog {
        let _ = conn.send_lossy(&json!({"channel": "telemetry", "event": "io", "data": &*ev}));
    }
    loop {
        match live.recv().await {
            Ok(ev) => {
                let _ = conn.send_lossy(&json!({"channel": "telemetry", "event": "io", "data": &*ev}));
            }
            Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
            Err(_) => break,
        }
    }
}
