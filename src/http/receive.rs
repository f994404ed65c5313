//! ASGI `receive` for a plugin route: the request body as a stream of `http.request` messages
//! read from the connection only when the app asks (so a 200 MB upload is never held whole),
//! then `http.disconnect` once the response is complete or the client has gone, as uvicorn
//! gives it. `await request.is_disconnected()` (a `receive` in a cancelled scope) therefore
//! sees a long poll's client leave.
use super::asgi::Shared;
use crate::bridge::awaitable::Ready;
use crate::bridge::loop_thread;
use axum::body::Body;
use bytes::Bytes;
use futures::FutureExt;
use http_body_util::BodyExt;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};

/// The request body as the route receives it: what was read already (the fast path reads
/// small JSON bodies whole), then the rest of the connection's stream, if any.
pub(crate) struct RequestBody {
    pub(crate) read: Bytes,
    pub(crate) rest: Option<Body>,
}

/// The receiving half of an exchange.
pub(crate) struct Inbound {
    /// Bytes read before the app was called, handed over first.
    read: Option<Bytes>,
    /// The connection's body while no read is in flight; `None` during a read and at the end.
    rest: Option<Body>,
    /// The last `http.request` has been handed over.
    body_done: bool,
    received: usize,
    /// The most a route may receive (`--max-route-body-bytes`), if limited.
    limit: Option<usize>,
    /// The body went over `limit`: the app got `http.disconnect`, the client gets 413.
    pub(crate) too_large: bool,
    /// The client went away or the response is complete: `receive` yields `http.disconnect`.
    gone: bool,
    /// The future of a `receive` waiting for the next body chunk.
    body_waiter: Option<Py<PyAny>>,
    /// A body message whose `receive` was cancelled before it came (e.g. `is_disconnected`):
    /// the next `receive` gets it, so no chunk is lost.
    pending: Option<Py<PyAny>>,
    /// Futures of `receive`s waiting for `http.disconnect`.
    waiters: Vec<Py<PyAny>>,
}

impl Inbound {
    pub(crate) fn new(body: RequestBody, limit: Option<usize>) -> Self {
        // With no body at all, the first `receive` still gets one (empty) `http.request`.
        let read = (!body.read.is_empty() || body.rest.is_none()).then_some(body.read);
        Self {
            read,
            rest: body.rest,
            body_done: false,
            received: 0,
            limit,
            too_large: false,
            gone: false,
            body_waiter: None,
            pending: None,
            waiters: Vec::new(),
        }
    }

    /// The response is complete or the client left: every waiting `receive` (and every later
    /// one, once the body is read) gets `http.disconnect`.
    pub(crate) fn disconnect(&mut self, py: Python<'_>) {
        self.gone = true;
        for fut in self.waiters.drain(..) {
            resolve(py, fut.bind(py), disconnect_msg(py));
        }
    }

    fn request_msg(&mut self, py: Python<'_>, chunk: &[u8], more: bool) -> Py<PyAny> {
        self.received += chunk.len();
        if self.limit.is_some_and(|l| self.received > l) {
            self.too_large = true;
            self.body_done = true;
            self.rest = None;
            return disconnect_msg(py);
        }
        if !more {
            self.body_done = true;
        }
        let msg = PyDict::new(py);
        let _ = msg.set_item(intern!(py, "type"), intern!(py, "http.request"));
        let _ = msg.set_item(intern!(py, "body"), PyBytes::new(py, chunk));
        let _ = msg.set_item(intern!(py, "more_body"), more);
        msg.into_any().unbind()
    }

    /// The message for one read of the connection's body (`body` goes back for the next one).
    fn on_read(&mut self, py: Python<'_>, read: Read, body: Body) -> Py<PyAny> {
        match read {
            Read::Data(chunk) => {
                self.rest = Some(body);
                self.request_msg(py, &chunk, true)
            }
            Read::End => self.request_msg(py, &[], false),
            Read::Broken => {
                self.body_done = true;
                self.gone = true;
                disconnect_msg(py)
            }
        }
    }
}

fn disconnect_msg(py: Python<'_>) -> Py<PyAny> {
    let msg = PyDict::new(py);
    let _ = msg.set_item(intern!(py, "type"), intern!(py, "http.disconnect"));
    msg.into_any().unbind()
}

/// Completes `fut` with `msg` unless it is already done (cancelled); returns `msg` back then.
fn resolve(py: Python<'_>, fut: &Bound<'_, PyAny>, msg: Py<PyAny>) -> Option<Py<PyAny>> {
    if fut.call_method0(intern!(py, "done")).and_then(|d| d.is_truthy()).unwrap_or(true) {
        return Some(msg);
    }
    let _ = fut.call_method1(intern!(py, "set_result"), (msg,));
    None
}

fn ready(py: Python<'_>, msg: Py<PyAny>) -> PyResult<Py<PyAny>> {
    Ok(Py::new(py, Ready::new(msg))?.into_any())
}

/// One read of the body stream, data frames only.
enum Read {
    Data(Bytes),
    End,
    Broken,
}

async fn next_read(body: &mut Body) -> Read {
    loop {
        match body.frame().await {
            Some(Ok(frame)) => match frame.into_data() {
                Ok(data) if data.is_empty() => {}
                Ok(data) => return Read::Data(data),
                Err(_trailers) => {}
            },
            Some(Err(_)) => return Read::Broken,
            None => return Read::End,
        }
    }
}

#[pyclass(module = "horrible")]
pub(crate) struct Receive {
    pub(crate) shared: Shared,
}

#[pymethods]
impl Receive {
    fn __call__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let mut ex = self.shared.lock();
        let inb = &mut ex.inbound;
        if let Some(msg) = inb.pending.take() {
            return ready(py, msg);
        }
        if !inb.body_done {
            if let Some(read) = inb.read.take() {
                let more = inb.rest.is_some();
                let msg = inb.request_msg(py, &read, more);
                return ready(py, msg);
            }
            if let Some(mut body) = inb.rest.take() {
                // Most chunks are already buffered: take them without a trip through tokio.
                if let Some(read) = next_read(&mut body).now_or_never() {
                    let msg = inb.on_read(py, read, body);
                    return ready(py, msg);
                }
                let shared = self.shared.clone();
                crate::bridge::runtime::handle().spawn(async move {
                    let read = next_read(&mut body).await;
                    loop_thread::submit(Box::new(move |py| {
                        let mut ex = shared.lock();
                        let inb = &mut ex.inbound;
                        let msg = inb.on_read(py, read, body);
                        let left = match inb.body_waiter.take() {
                            Some(fut) => resolve(py, fut.bind(py), msg),
                            None => Some(msg),
                        };
                        inb.pending = left;
                    }));
                });
            }
            // Else a read is in flight already (its `receive` was cancelled): it answers this one.
            let future = loop_thread::event_loop(py).call_method0(intern!(py, "create_future"))?.unbind();
            inb.body_waiter = Some(future.clone_ref(py));
            return Ok(future);
        }
        if inb.gone {
            return ready(py, disconnect_msg(py));
        }
        let future = loop_thread::event_loop(py).call_method0(intern!(py, "create_future"))?.unbind();
        inb.waiters.push(future.clone_ref(py));
        Ok(future)
    }
}
