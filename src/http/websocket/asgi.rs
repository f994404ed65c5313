//! ASGI `receive` and `send` for one websocket connection, as Rust objects the route's app calls
//! on the loop thread. Events from the client wait in a bounded channel (the reader stops
//! reading when the app stops receiving); frames to the client go through another bounded
//! channel to the writer task. The handshake decision (accept or close) goes to the tokio task
//! answering the upgrade request. Semantics follow uvicorn's websocket protocol.
use crate::bridge::awaitable::Ready;
use crate::bridge::loop_thread;
use bytes::Bytes;
use parking_lot::Mutex;
use pyo3::exceptions::{PyOSError, PyRuntimeError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Client events waiting for the app's `receive`.
pub(super) const INBOUND_EVENTS: usize = 16;
/// Frames from the app waiting for the writer before `send` makes the app wait.
pub(super) const OUTBOUND_FRAMES: usize = 64;

/// An event from the client side.
pub(super) enum Inbound {
    Text(String),
    Binary(Bytes),
    Disconnect(u16, String),
}

/// A frame for the writer.
pub(super) enum Outbound {
    Text(String),
    Binary(Bytes),
    Close(u16, String),
}

/// What the app answered to `websocket.connect`.
pub(super) enum Decision {
    Accept {
        subprotocol: Option<String>,
        headers: Vec<(Vec<u8>, Vec<u8>)>,
    },
    /// `websocket.close` before accepting: the upgrade is refused with 403.
    Reject,
    /// The denial response extension (`websocket.http.response.start`, then `.body` until
    /// `more_body` is false): this HTTP response instead of the upgrade.
    Respond {
        status: u16,
        headers: Vec<(Vec<u8>, Vec<u8>)>,
        body: Vec<u8>,
    },
}

struct RecvState {
    connect_sent: bool,
    rx: mpsc::Receiver<Inbound>,
    /// The future a `receive` waits on while no event is queued.
    pending: Option<Py<PyAny>>,
    /// The disconnect the app caused by closing (returned once the queue is empty).
    closed: Option<(u16, String)>,
}

enum Phase {
    Handshake(Option<oneshot::Sender<Decision>>),
    /// A denial response is started; its body is gathered (uvicorn sends it whole at the end).
    Denying(Option<oneshot::Sender<Decision>>, Decision),
    Open,
    Closed,
}

/// State shared by `receive`, `send` and the connection's tokio tasks.
pub(super) struct Shared {
    recv: Mutex<RecvState>,
    phase: Mutex<Phase>,
    pub(super) out_tx: mpsc::Sender<Outbound>,
    /// The app sent `websocket.close` (the reader then discards what the client still sends).
    pub(super) app_closed: AtomicBool,
    /// The connection is gone: `send` raises as uvicorn's `ClientDisconnected` (an `OSError`).
    pub(super) disconnected: AtomicBool,
}

impl Shared {
    pub(super) fn new(
        decision: oneshot::Sender<Decision>,
    ) -> (Arc<Self>, mpsc::Sender<Inbound>, mpsc::Receiver<Outbound>) {
        let (in_tx, in_rx) = mpsc::channel(INBOUND_EVENTS);
        let (out_tx, out_rx) = mpsc::channel(OUTBOUND_FRAMES);
        let shared = Arc::new(Self {
            recv: Mutex::new(RecvState { connect_sent: false, rx: in_rx, pending: None, closed: None }),
            phase: Mutex::new(Phase::Handshake(Some(decision))),
            out_tx,
            app_closed: AtomicBool::new(false),
            disconnected: AtomicBool::new(false),
        });
        (shared, in_tx, out_rx)
    }

    /// Hands a queued event to a waiting `receive` (on the loop thread, after the reader queued
    /// one or the channel closed).
    pub(super) fn wake(&self, py: Python<'_>) {
        let mut st = self.recv.lock();
        let Some(fut) = st.pending.as_ref().map(|f| f.clone_ref(py)) else { return };
        let fut = fut.bind(py);
        if fut.call_method0("done").and_then(|d| d.is_truthy()).unwrap_or(true) {
            // A cancelled receive: the event stays queued for the next one.
            st.pending = None;
            return;
        }
        let msg = match st.rx.try_recv() {
            Ok(ev) => event_dict(py, ev),
            Err(mpsc::error::TryRecvError::Empty) => match &st.closed {
                Some((code, reason)) => disconnect_dict(py, *code, reason),
                None => return,
            },
            Err(mpsc::error::TryRecvError::Disconnected) => disconnect_dict(py, 1006, ""),
        };
        st.pending = None;
        if let Ok(msg) = msg {
            let _ = fut.call_method1("set_result", (msg,));
        }
    }
}

fn disconnect_dict<'py>(py: Python<'py>, code: u16, reason: &str) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "type"), intern!(py, "websocket.disconnect"))?;
    d.set_item(intern!(py, "code"), code)?;
    d.set_item(intern!(py, "reason"), reason)?;
    Ok(d)
}

fn event_dict(py: Python<'_>, ev: Inbound) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    match ev {
        Inbound::Text(t) => {
            d.set_item(intern!(py, "type"), intern!(py, "websocket.receive"))?;
            d.set_item(intern!(py, "text"), t)?;
        }
        Inbound::Binary(b) => {
            d.set_item(intern!(py, "type"), intern!(py, "websocket.receive"))?;
            d.set_item(intern!(py, "bytes"), PyBytes::new(py, &b))?;
        }
        Inbound::Disconnect(code, reason) => return disconnect_dict(py, code, &reason),
    }
    Ok(d)
}

fn ready(py: Python<'_>, value: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    Ok(Py::new(py, Ready::new(value.unbind()))?.into_any())
}

/// ASGI `receive`: `websocket.connect` first, then the client's messages, then a disconnect.
#[pyclass(module = "horrible")]
pub(super) struct Receive {
    pub(super) shared: Arc<Shared>,
}

#[pymethods]
impl Receive {
    fn __call__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let mut st = self.shared.recv.lock();
        if !st.connect_sent {
            st.connect_sent = true;
            let d = PyDict::new(py);
            d.set_item(intern!(py, "type"), intern!(py, "websocket.connect"))?;
            return ready(py, d.into_any());
        }
        if let Some(f) = &st.pending {
            return Ok(f.clone_ref(py));
        }
        match st.rx.try_recv() {
            Ok(ev) => return ready(py, event_dict(py, ev)?.into_any()),
            Err(mpsc::error::TryRecvError::Disconnected) => {
                return ready(py, disconnect_dict(py, 1006, "")?.into_any())
            }
            Err(mpsc::error::TryRecvError::Empty) => {}
        }
        if let Some((code, reason)) = &st.closed {
            return ready(py, disconnect_dict(py, *code, reason)?.into_any());
        }
        let fut = loop_thread::event_loop(py).call_method0("create_future")?.unbind();
        st.pending = Some(fut.clone_ref(py));
        Ok(fut)
    }
}

/// ASGI `send`: the handshake decision, then frames and the close for the writer.
#[pyclass(module = "horrible")]
pub(super) struct Send {
    pub(super) shared: Arc<Shared>,
}

fn client_gone() -> PyErr {
    PyOSError::new_err("client disconnected")
}

/// Queues a frame: at once when there is room, else through a future the app awaits, which
/// resolves when the writer has taken it (backpressure instead of unbounded buffering).
fn queue_frame(py: Python<'_>, tx: &mpsc::Sender<Outbound>, frame: Outbound) -> PyResult<Option<Py<PyAny>>> {
    match tx.try_send(frame) {
        Ok(()) => Ok(None),
        Err(mpsc::error::TrySendError::Closed(_)) => Err(client_gone()),
        Err(mpsc::error::TrySendError::Full(frame)) => {
            let future = loop_thread::event_loop(py).call_method0("create_future")?.unbind();
            let (fut, tx) = (future.clone_ref(py), tx.clone());
            crate::bridge::runtime::handle().spawn(async move {
                let sent = tx.send(frame).await.is_ok();
                loop_thread::submit(Box::new(move |py| {
                    let fut = fut.bind(py);
                    if fut.call_method0("done").and_then(|d| d.is_truthy()).unwrap_or(true) {
                        return;
                    }
                    let _ = if sent {
                        fut.call_method1("set_result", (py.None(),))
                    } else {
                        fut.call_method1("set_exception", (client_gone().value(py),))
                    };
                }));
            });
            Ok(Some(future))
        }
    }
}

fn headers_of(message: &Bound<'_, PyDict>) -> PyResult<Vec<(Vec<u8>, Vec<u8>)>> {
    let mut headers = Vec::new();
    if let Some(hs) = message.get_item("headers")? {
        for pair in hs.try_iter()? {
            headers.push(pair?.extract::<(Vec<u8>, Vec<u8>)>()?);
        }
    }
    Ok(headers)
}

fn get_str(message: &Bound<'_, PyDict>, key: &str) -> PyResult<Option<String>> {
    match message.get_item(key)? {
        Some(v) if !v.is_none() => Ok(Some(v.extract()?)),
        _ => Ok(None),
    }
}

#[pymethods]
impl Send {
    fn __call__(&self, py: Python<'_>, message: &Bound<'_, PyDict>) -> PyResult<Py<PyAny>> {
        let ty: String = message.get_item(intern!(py, "type"))?.map(|t| t.extract()).transpose()?.unwrap_or_default();
        if self.shared.disconnected.load(Ordering::Acquire) {
            return Err(client_gone());
        }
        let mut phase = self.shared.phase.lock();
        let mut wait = None;
        match &mut *phase {
            Phase::Handshake(decision) => {
                let answer = match ty.as_str() {
                    "websocket.accept" => Decision::Accept {
                        subprotocol: get_str(message, "subprotocol")?,
                        headers: headers_of(message)?,
                    },
                    "websocket.close" => Decision::Reject,
                    "websocket.http.response.start" => {
                        let status: u16 = message
                            .get_item(intern!(py, "status"))?
                            .map(|s| s.extract())
                            .transpose()?
                            .filter(|s| (100..600).contains(s))
                            .ok_or_else(|| PyRuntimeError::new_err("Invalid HTTP status code in response."))?;
                        let response = Decision::Respond { status, headers: headers_of(message)?, body: Vec::new() };
                        *phase = Phase::Denying(decision.take(), response);
                        return Ok(Py::new(py, Ready::none(py))?.into_any());
                    }
                    other => {
                        return Err(PyRuntimeError::new_err(format!(
                            "Expected ASGI message 'websocket.accept', 'websocket.close' or \
                             'websocket.http.response.start' but got '{other}'."
                        )))
                    }
                };
                let rejected = matches!(answer, Decision::Reject);
                if let Some(tx) = decision.take() {
                    let _ = tx.send(answer);
                }
                if rejected {
                    *phase = Phase::Closed;
                    self.close_receive(py, 1006, String::new());
                } else {
                    *phase = Phase::Open;
                }
            }
            Phase::Denying(_, response) => {
                if ty != "websocket.http.response.body" {
                    return Err(PyRuntimeError::new_err(format!(
                        "Expected ASGI message 'websocket.http.response.body' but got '{ty}'."
                    )));
                }
                if let (Decision::Respond { body, .. }, Some(chunk)) = (response, message.get_item("body")?) {
                    body.extend_from_slice(chunk.cast::<PyBytes>()?.as_bytes());
                }
                let more = message.get_item("more_body")?.map(|m| m.is_truthy()).transpose()?.unwrap_or(false);
                if !more {
                    let done = std::mem::replace(&mut *phase, Phase::Closed);
                    if let Phase::Denying(Some(tx), response) = done {
                        let _ = tx.send(response);
                    }
                    self.close_receive(py, 1006, String::new());
                }
            }
            Phase::Open => match ty.as_str() {
                "websocket.send" => {
                    let frame = match message.get_item(intern!(py, "bytes"))? {
                        Some(b) if !b.is_none() => Outbound::Binary(match b.cast::<PyBytes>() {
                            Ok(b) => Bytes::copy_from_slice(b.as_bytes()),
                            Err(_) => Bytes::from(b.extract::<Vec<u8>>()?),
                        }),
                        _ => Outbound::Text(get_str(message, "text")?.unwrap_or_default()),
                    };
                    wait = queue_frame(py, &self.shared.out_tx, frame)?;
                }
                "websocket.close" => {
                    let code: u16 = message.get_item("code")?.map(|c| c.extract()).transpose()?.unwrap_or(1000);
                    let reason = get_str(message, "reason")?.unwrap_or_default();
                    self.shared.app_closed.store(true, Ordering::Release);
                    wait = queue_frame(py, &self.shared.out_tx, Outbound::Close(code, reason.clone()))?;
                    *phase = Phase::Closed;
                    self.close_receive(py, code, reason);
                }
                other => {
                    return Err(PyRuntimeError::new_err(format!(
                        "Expected ASGI message 'websocket.send' or 'websocket.close', but got '{other}'."
                    )))
                }
            },
            Phase::Closed => {
                return Err(PyRuntimeError::new_err(format!(
                    "Unexpected ASGI message '{ty}', after sending 'websocket.close'."
                )))
            }
        }
        match wait {
            Some(future) => Ok(future),
            None => Ok(Py::new(py, Ready::none(py))?.into_any()),
        }
    }
}

impl Send {
    /// After the app's close, `receive` answers with that disconnect (as uvicorn queues it).
    fn close_receive(&self, py: Python<'_>, code: u16, reason: String) {
        self.shared.recv.lock().closed = Some((code, reason));
        self.shared.wake(py);
    }
}
