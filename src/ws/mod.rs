//! `/ws`: one multiplexed WebSocket per browser tab.
//!
//! The hub knows connections and channels, nothing of what a channel does. Core channels
//! (`system` here; `repl`, `agent`, `telemetry` in their own capabilities) implement
//! [`Channel`] and are registered once by the composition root ([`install`]); a frame for any
//! other channel goes to the plugin channel of that name ([`plugin_channels`]), whose handlers
//! run one frame at a time per connection.
//!
//! Each connection has a writer task fed by a bounded queue ([`conn::ConnShared`]), so a slow
//! client never blocks the host or anyone else, and a reader loop ([`socket`]) that validates
//! frames, answers bad ones with `system/error` frames, records them as telemetry and routes them.
mod conn;
mod plugin_channels;
mod socket;

pub(crate) use conn::ConnShared;
use conn::{Connection, ConnectionClosed};
use parking_lot::Mutex;
use pyo3::prelude::*;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, OnceLock};

/// Close code for a frame over the size limit (RFC 6455 "message too big").
use horrible_frames::CLOSE_TOO_BIG;

/// A core channel on the `/ws` socket.
pub(crate) trait Channel: Send + Sync + 'static {
    /// The `channel` its frames carry.
    fn name(&self) -> &'static str;
    /// Whether frames received on it are recorded as telemetry (the telemetry channel's are not).
    fn records_frames(&self) -> bool {
        true
    }
    /// A socket opened (after the `hello` frame).
    fn on_open(&self, _conn: &Arc<ConnShared>) {}
    /// A valid frame arrived for this channel (on the socket's reader task: do not block).
    fn on_frame(&self, conn: &Arc<ConnShared>, frame: Value);
    /// The socket closed; per-connection state of this channel should be released.
    fn on_close(&self, _conn: &Arc<ConnShared>) {}
}

/// Every open connection and every core channel.
pub(crate) struct Hub {
    conns: Mutex<HashMap<u64, Arc<ConnShared>>>,
    next_id: AtomicU64,
    channels: Vec<Arc<dyn Channel>>,
}

static HUB: OnceLock<Hub> = OnceLock::new();

/// Creates the hub with its core channels (once, by the composition root).
pub(crate) fn install(channels: Vec<Arc<dyn Channel>>) -> &'static Hub {
    HUB.get_or_init(|| Hub { conns: Mutex::default(), next_id: AtomicU64::new(0), channels })
}

/// The `system` channel, which every hub should carry.
pub(crate) fn system_channel() -> Arc<dyn Channel> {
    Arc::new(SystemChannel)
}

/// The hub, once installed.
pub(crate) fn hub() -> Option<&'static Hub> {
    HUB.get()
}

impl Hub {
    /// Sends a frame to every open connection; returns how many queues took it.
    pub(crate) fn broadcast(&self, frame: &Value) -> usize {
        let conns: Vec<_> = self.conns.lock().values().cloned().collect();
        conns.iter().filter(|c| c.send(frame).is_ok()).count()
    }

    /// Closes every socket (at shutdown).
    pub(crate) fn close_all(&self, code: u16, reason: &str) {
        for c in self.conns.lock().values() {
            c.close(code, reason);
        }
    }

    /// Any open connection (the most recent), for relays that need "the browser tab".
    pub(crate) fn newest(&self) -> Option<Arc<ConnShared>> {
        self.conns.lock().values().max_by_key(|c| c.id).cloned()
    }

    fn channel(&self, name: &str) -> Option<&Arc<dyn Channel>> {
        self.channels.iter().find(|c| c.name() == name)
    }
}

/// `host.broadcast(frame)` from Python: every open tab gets the frame.
pub(crate) fn broadcast_from_python(frame: &Bound<'_, PyAny>) -> PyResult<usize> {
    let value = crate::bridge::convert::from_py(frame).map_err(pyo3::exceptions::PyValueError::new_err)?;
    Ok(hub().map_or(0, |h| h.broadcast(&value)))
}

/// Adds `Connection` and `ConnectionClosed` to `backend.sdk` (what channel handlers receive/raise).
pub(crate) fn install_python(sdk: &Bound<'_, pyo3::types::PyModule>) -> PyResult<()> {
    sdk.add_class::<Connection>()?;
    sdk.add("ConnectionClosed", sdk.py().get_type::<ConnectionClosed>())?;
    Ok(())
}

pub(crate) use socket::routes;

/// `system`: `ping` is answered with `pong`; errors the host reports go out on it.
struct SystemChannel;

impl Channel for SystemChannel {
    fn name(&self) -> &'static str {
        "system"
    }
    fn on_frame(&self, conn: &Arc<ConnShared>, frame: Value) {
        if frame.get("event").and_then(Value::as_str) == Some("ping") {
            let _ = conn.send(&json!({"channel": "system", "event": "pong", "data": frame.get("data")}));
        }
    }
}
