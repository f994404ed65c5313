//! One /ws connection: the Rust side ([`ConnShared`]: bounded outgoing queue, closed flag,
//! per-channel state) and the Python side ([`Connection`], the `conn` a plugin channel handler
//! receives).
use crate::bridge::awaitable::Ready;
use crate::bridge::convert;
use crate::services::Services;
use horrible_telemetry::{ws_event_sized, WsDirection};
use parking_lot::Mutex;
use pyo3::create_exception;
use pyo3::exceptions::{PyConnectionError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::{json, Value};
use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::sync::mpsc;

/// Frames a connection may have queued before it is considered stalled.
pub(crate) const QUEUE_FRAMES: usize = 1024;
/// Close code for a client too slow to keep up ("try again later").
const CLOSE_STALLED: u16 = 1013;

create_exception!(backend.sdk, ConnectionClosed, PyConnectionError, "The /ws connection is closed.");

pub(crate) enum Out {
    Text(String),
    Close(u16, String),
}

#[derive(Debug)]
pub(crate) enum SendError {
    Closed,
    Stalled,
}

pub(crate) struct ConnShared {
    pub(crate) id: u64,
    tx: mpsc::Sender<Out>,
    closed: AtomicBool,
    services: Arc<Services>,
    /// The upgrade request's query parameters (e.g. `?telemetry=0`).
    pub(crate) query: HashMap<String, String>,
    /// The Python `Connection` object, created on first use by a plugin channel.
    pub(crate) py: Mutex<Option<Py<Connection>>>,
    /// The consumer running this socket's plugin channel handlers (see `plugin_channels`).
    pub(crate) channel_runner: Mutex<Option<Py<PyAny>>>,
    /// Per-connection state of the core channels, one value per type (see [`ConnShared::state`]).
    state: Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>,
}

impl ConnShared {
    pub(crate) fn new(id: u64, tx: mpsc::Sender<Out>, services: Arc<Services>, query: HashMap<String, String>) -> Self {
        Self {
            id,
            tx,
            closed: AtomicBool::new(false),
            services,
            query,
            py: Mutex::new(None),
            channel_runner: Mutex::new(None),
            state: Mutex::default(),
        }
    }

    /// This connection's `T` (created on first use): how a channel keeps per-socket state (REPL
    /// sessions, pending relays) without the hub knowing its type.
    pub(crate) fn state<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        let mut map = self.state.lock();
        let entry = map.entry(TypeId::of::<T>()).or_insert_with(|| Arc::new(T::default()));
        entry.clone().downcast::<T>().expect("state is keyed by its own type")
    }

    pub(crate) fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }

    /// Queues a frame, recorded as telemetry.
    pub(crate) fn send(&self, frame: &Value) -> Result<(), SendError> {
        let text = serde_json::to_string(frame).unwrap_or_default();
        let telemetry = &self.services.telemetry;
        telemetry.record(ws_event_sized(WsDirection::Send, frame, text.len(), telemetry.max_body_chars()));
        self.queue(text, false)
    }

    /// Queues a frame that may be lost: not recorded, and skipped (not fatal) when the queue is
    /// full. For the telemetry push, which would otherwise record itself and can miss events.
    pub(crate) fn send_lossy(&self, frame: &Value) -> Result<(), SendError> {
        self.queue(serde_json::to_string(frame).unwrap_or_default(), true)
    }

    /// A full queue means the client stopped reading: the connection is closed with 1013
    /// rather than letting it hold memory or block anyone.
    fn queue(&self, text: String, lossy: bool) -> Result<(), SendError> {
        if self.is_closed() {
            return Err(SendError::Closed);
        }
        match self.tx.try_send(Out::Text(text)) {
            Ok(()) => Ok(()),
            Err(mpsc::error::TrySendError::Full(_)) => {
                if !lossy {
                    tracing::warn!(conn = self.id, "client is not reading its frames; closing it");
                    self.close(CLOSE_STALLED, "send queue overflow");
                }
                Err(SendError::Stalled)
            }
            Err(mpsc::error::TrySendError::Closed(_)) => Err(SendError::Closed),
        }
    }

    /// Queues a frame, waiting for room (only from plain threads, e.g. a REPL cell's).
    pub(crate) fn send_blocking(&self, frame: &Value) {
        if self.is_closed() {
            return;
        }
        let text = serde_json::to_string(frame).unwrap_or_default();
        let telemetry = &self.services.telemetry;
        telemetry.record(ws_event_sized(WsDirection::Send, frame, text.len(), telemetry.max_body_chars()));
        let _ = self.tx.blocking_send(Out::Text(text));
    }

    /// `{"channel":"system","event":"error","data":{"message":...}}`.
    pub(crate) fn error(&self, message: &str) {
        let _ = self.send(&json!({"channel": "system", "event": "error", "data": {"message": message}}));
    }

    pub(crate) fn close(&self, code: u16, reason: &str) {
        if !self.closed.swap(true, Ordering::SeqCst) {
            // The queue may be full, so wait for room off this thread (which may be a Python
            // thread outside the runtime).
            let tx = self.tx.clone();
            let out = Out::Close(code, reason.chars().take(120).collect());
            crate::bridge::runtime::handle().spawn(async move {
                let _ = tx.send(out).await;
            });
        }
    }

    /// The Python `conn` for this socket (created once).
    pub(crate) fn python(self: &Arc<Self>, py: Python<'_>) -> PyResult<Py<Connection>> {
        let mut slot = self.py.lock();
        if let Some(c) = slot.as_ref() {
            return Ok(c.clone_ref(py));
        }
        let c = Py::new(py, Connection { shared: self.clone(), state: PyDict::new(py).unbind() })?;
        *slot = Some(c.clone_ref(py));
        Ok(c)
    }
}

/// The `conn` a channel handler receives: valid for the life of the socket.
#[pyclass(frozen, module = "backend.sdk")]
pub(crate) struct Connection {
    shared: Arc<ConnShared>,
    /// Per-connection state for channel authors: `conn.state["key"] = ...`.
    #[pyo3(get)]
    state: Py<PyDict>,
}

#[pymethods]
impl Connection {
    #[getter]
    fn id(&self) -> u64 {
        self.shared.id
    }

    #[getter]
    fn closed(&self) -> bool {
        self.shared.is_closed()
    }

    /// Queue a frame for this socket. Raises `ConnectionClosed` once the socket is closed.
    fn send_json(&self, py: Python<'_>, frame: &Bound<'_, PyAny>) -> PyResult<Ready> {
        let value = convert::from_py(frame).map_err(|e| PyValueError::new_err(format!("send_json: {e}")))?;
        match self.shared.send(&value) {
            Ok(()) => Ok(Ready::none(py)),
            Err(SendError::Closed) => {
                Err(ConnectionClosed::new_err(format!("connection {} is closed", self.shared.id)))
            }
            Err(SendError::Stalled) => {
                Err(ConnectionClosed::new_err(format!("connection {} stopped reading and was closed", self.shared.id)))
            }
        }
    }

    fn __repr__(&self) -> String {
        format!("<Connection {}{}>", self.shared.id, if self.shared.is_closed() { " closed" } else { "" })
    }
}
