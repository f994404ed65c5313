//! Calling one route's own ASGI app with a scope built in Rust and `receive`/`send` implemented
//! as Rust objects ([`super::receive`] streams the request body in). The response head goes to
//! the waiting tokio task when the app has sent `http.response.start` and then either its whole
//! body or control back to the loop (a `call_soon` flush): a `Response` arrives as one buffer
//! with its content-length, a stream's head goes out at once, before its first chunk.
use super::receive::{Inbound, Receive, RequestBody};
use super::routes::HttpRoute;
use crate::bridge::awaitable::Ready;
use crate::bridge::{exc_summary, format_traceback, loop_thread};
use bytes::Bytes;
use parking_lot::Mutex;
use pyo3::exceptions::PyRuntimeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyTuple};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Header (name, value) pairs as ASGI carries them.
pub(crate) type RawHeaders = Vec<(Vec<u8>, Vec<u8>)>;

/// The parts of an HTTP request the scope is built from.
pub(crate) struct AsgiRequest {
    pub(crate) method: String,
    /// Percent-decoded path.
    pub(crate) path: String,
    pub(crate) raw_path: Vec<u8>,
    pub(crate) query: Vec<u8>,
    /// Lower-cased names, in order.
    pub(crate) headers: RawHeaders,
    pub(crate) client: Option<(String, u16)>,
    pub(crate) server: (String, u16),
    pub(crate) http_version: &'static str,
    /// Path parameter values, in path order.
    pub(crate) path_values: Vec<String>,
}

pub(crate) type Chunk = Result<Bytes, std::io::Error>;

/// Chunks of a streamed body in flight before the app's `send` waits for the client.
const STREAM_CHUNKS: usize = 16;

pub(crate) enum AsgiBody {
    Full(Bytes),
    Stream(mpsc::Receiver<Chunk>),
}

pub(crate) struct AsgiHead {
    pub(crate) status: u16,
    pub(crate) headers: RawHeaders,
    pub(crate) body: AsgiBody,
}

/// Why no response head came back.
pub(crate) enum Failure {
    /// The app raised before starting a response: the exception's type name.
    Raised(String),
    /// The app returned without sending a response.
    NoResponse,
    /// The request body went over `--max-route-body-bytes`.
    TooLarge,
}

type HeadSender = oneshot::Sender<Result<AsgiHead, Failure>>;

/// State shared by `send`, `receive`, the head flush and the task's completion.
pub(crate) struct Exchange {
    head_tx: Option<HeadSender>,
    /// `http.response.start` not yet handed over.
    start: Option<(u16, RawHeaders)>,
    stream_tx: Option<mpsc::Sender<Chunk>>,
    /// The response is complete (or the app is done).
    finished: bool,
    pub(crate) inbound: Inbound,
}

pub(crate) type Shared = Arc<Mutex<Exchange>>;

impl Exchange {
    fn finish(&mut self, py: Python<'_>) {
        self.finished = true;
        self.stream_tx = None;
        self.inbound.disconnect(py);
    }

    /// Hands the head over with a streamed body (the app sent `http.response.start` and gave
    /// control back, or sent a first chunk with more to come); the sender for later chunks.
    fn send_stream_head(&mut self, status: u16, headers: RawHeaders) -> &mpsc::Sender<Chunk> {
        let (tx, rx) = mpsc::channel(STREAM_CHUNKS);
        if let Some(head_tx) = self.head_tx.take() {
            let _ = head_tx.send(Ok(AsgiHead { status, headers, body: AsgiBody::Stream(rx) }));
        }
        self.stream_tx.insert(tx)
    }
}

/// Scheduled with `call_soon` by `http.response.start`: runs once the app gives control back
/// to the loop, so a head with no body yet (a quiet stream) goes out without waiting for one.
#[pyclass(module = "horrible")]
struct FlushHead {
    shared: Shared,
}

#[pymethods]
impl FlushHead {
    fn __call__(&self) {
        let mut ex = self.shared.lock();
        if let Some((status, headers)) = ex.start.take() {
            ex.send_stream_head(status, headers);
        }
    }
}

/// ASGI `send`: hands the response to the waiting tokio task without blocking.
#[pyclass(module = "horrible")]
struct Send {
    shared: Shared,
}

/// Queues a body chunk: at once when there is room, else through a future the app awaits, which
/// resolves when the client has taken enough (backpressure instead of unbounded buffering).
/// Once the client has gone, chunks are dropped, as uvicorn drops them.
fn queue_chunk(py: Python<'_>, tx: &mpsc::Sender<Chunk>, chunk: Chunk) -> PyResult<Option<Py<PyAny>>> {
    match tx.try_send(chunk) {
        Ok(()) | Err(mpsc::error::TrySendError::Closed(_)) => Ok(None),
        Err(mpsc::error::TrySendError::Full(chunk)) => {
            let future = loop_thread::event_loop(py).call_method0("create_future")?.unbind();
            let (fut, tx) = (future.clone_ref(py), tx.clone());
            crate::bridge::runtime::handle().spawn(async move {
                let _ = tx.send(chunk).await;
                loop_thread::submit(Box::new(move |py| {
                    let fut = fut.bind(py);
                    if !fut.call_method0("done").and_then(|d| d.is_truthy()).unwrap_or(true) {
                        let _ = fut.call_method1("set_result", (py.None(),));
                    }
                }));
            });
            Ok(Some(future))
        }
    }
}

#[pymethods]
impl Send {
    fn __call__(&self, py: Python<'_>, message: &Bound<'_, PyDict>) -> PyResult<Py<PyAny>> {
        let ty: String = message.get_item(intern!(py, "type"))?.map(|t| t.extract()).transpose()?.unwrap_or_default();
        let mut ex = self.shared.lock();
        match ty.as_str() {
            "http.response.start" => {
                if ex.start.is_some() || ex.stream_tx.is_some() || ex.finished {
                    return Err(PyRuntimeError::new_err("ASGI: http.response.start sent twice"));
                }
                let status: u16 = message
                    .get_item("status")?
                    .ok_or_else(|| PyRuntimeError::new_err("http.response.start without status"))?
                    .extract()?;
                let mut headers = Vec::new();
                if let Some(hs) = message.get_item("headers")? {
                    for pair in hs.try_iter()? {
                        let (k, v): (Vec<u8>, Vec<u8>) = pair?.extract()?;
                        headers.push((k, v));
                    }
                }
                ex.start = Some((status, headers));
                let flush = Py::new(py, FlushHead { shared: self.shared.clone() })?;
                loop_thread::event_loop(py).call_method1(intern!(py, "call_soon"), (flush,))?;
            }
            "http.response.body" => {
                let body = match message.get_item(intern!(py, "body"))? {
                    Some(b) => match b.cast::<PyBytes>() {
                        Ok(b) => Bytes::copy_from_slice(b.as_bytes()),
                        Err(_) => Bytes::from(b.extract::<Vec<u8>>()?),
                    },
                    None => Bytes::new(),
                };
                let more = match message.get_item(intern!(py, "more_body"))? {
                    Some(m) => m.is_truthy()?,
                    None => false,
                };
                if ex.finished {
                    return Err(PyRuntimeError::new_err("ASGI: response already completed"));
                }
                let mut wait = None;
                if let Some((status, headers)) = ex.start.take() {
                    if more {
                        let tx = ex.send_stream_head(status, headers);
                        if !body.is_empty() {
                            let _ = tx.try_send(Ok(body));
                        }
                    } else if let Some(head_tx) = ex.head_tx.take() {
                        let _ = head_tx.send(Ok(AsgiHead { status, headers, body: AsgiBody::Full(body) }));
                    }
                } else if let Some(tx) = &ex.stream_tx {
                    if !body.is_empty() {
                        wait = queue_chunk(py, tx, Ok(body))?;
                    }
                } else {
                    return Err(PyRuntimeError::new_err("ASGI: http.response.body before http.response.start"));
                }
                if !more {
                    ex.finish(py);
                }
                if let Some(future) = wait {
                    return Ok(future);
                }
            }
            _ => {}
        }
        Ok(Py::new(py, Ready::none(py))?.into_any())
    }
}

fn build_scope<'py>(py: Python<'py>, route: &HttpRoute, req: &AsgiRequest) -> PyResult<Bound<'py, PyDict>> {
    let scope = route.scope_extras.bind(py).copy()?;
    scope.set_item(intern!(py, "type"), intern!(py, "http"))?;
    let asgi = PyDict::new(py);
    asgi.set_item(intern!(py, "version"), intern!(py, "3.0"))?;
    // uvicorn's: Starlette then watches `receive` for the client leaving a streamed response.
    asgi.set_item(intern!(py, "spec_version"), intern!(py, "2.3"))?;
    scope.set_item(intern!(py, "asgi"), asgi)?;
    scope.set_item(intern!(py, "http_version"), req.http_version)?;
    scope.set_item(intern!(py, "method"), &req.method)?;
    scope.set_item(intern!(py, "scheme"), intern!(py, "http"))?;
    scope.set_item(intern!(py, "path"), &req.path)?;
    scope.set_item(intern!(py, "raw_path"), PyBytes::new(py, &req.raw_path))?;
    scope.set_item(intern!(py, "query_string"), PyBytes::new(py, &req.query))?;
    scope.set_item(intern!(py, "root_path"), intern!(py, ""))?;
    let headers = PyList::empty(py);
    for (k, v) in &req.headers {
        headers.append(PyTuple::new(py, [PyBytes::new(py, k), PyBytes::new(py, v)])?)?;
    }
    scope.set_item(intern!(py, "headers"), headers)?;
    match &req.client {
        Some((host, port)) => scope.set_item(intern!(py, "client"), (host, *port))?,
        None => scope.set_item(intern!(py, "client"), py.None())?,
    }
    scope.set_item(intern!(py, "server"), (&req.server.0, req.server.1))?;
    let params = PyDict::new(py);
    for (p, v) in route.params.iter().zip(&req.path_values) {
        match &p.convertor {
            Some(conv) => params.set_item(&p.name, conv.bind(py).call_method1(intern!(py, "convert"), (v,))?)?,
            None => params.set_item(&p.name, v)?,
        }
    }
    scope.set_item(intern!(py, "path_params"), params)?;
    // The plugin's router lifespan state, a copy per request as uvicorn makes it.
    if let Some(state) = crate::plugins::lifespan::state_for_scope(py, &route.plugin)? {
        scope.set_item(intern!(py, "state"), state)?;
    }
    if let Some(fs) = &route.fastapi_scope {
        scope.set_item(intern!(py, "fastapi"), fs.bind(py).copy()?)?;
    }
    Ok(scope)
}

/// One call of a route's ASGI app. Dropping it (the client went away, or the response is
/// done) lets the app run on, as uvicorn does, and tells it through `receive`
/// (`http.disconnect`); only [`AsgiCall::cancel`] (the request timeout) cancels it.
pub(crate) struct AsgiCall {
    shared: Shared,
    head_rx: oneshot::Receiver<Result<AsgiHead, Failure>>,
    task: Option<loop_thread::PyCall<()>>,
}

impl AsgiCall {
    /// Starts the route's ASGI app for `req` on the loop thread (or, given `app`, that ASGI app
    /// instead: a Response the fast path got back from an endpoint).
    pub(crate) fn start(
        route: Arc<HttpRoute>,
        req: Arc<AsgiRequest>,
        body: RequestBody,
        limit: Option<usize>,
        app: Option<Py<PyAny>>,
    ) -> Self {
        let (head_tx, head_rx) = oneshot::channel();
        let shared: Shared = Arc::new(Mutex::new(Exchange {
            head_tx: Some(head_tx),
            start: None,
            stream_tx: None,
            finished: false,
            inbound: Inbound::new(body, limit),
        }));
        let (for_make, for_finish) = (shared.clone(), shared.clone());
        let plugin = route.plugin.clone();
        let task = loop_thread::call(
            move |py| {
                let scope = build_scope(py, &route, &req)?;
                let receive = Receive { shared: for_make.clone() };
                let send = Send { shared: for_make };
                match &app {
                    Some(app) => app.bind(py).call1((scope, receive, send)),
                    None => route.handle.bind(py).call1((scope, receive, send)),
                }
            },
            move |py, outcome| finished(py, &plugin, &for_finish, outcome),
        );
        AsgiCall { shared, head_rx, task: Some(task) }
    }

    /// Waits for the response head (or why there is none).
    pub(crate) async fn head(&mut self) -> Result<AsgiHead, Failure> {
        (&mut self.head_rx).await.unwrap_or_else(|_| Err(Failure::Raised("InternalError".into())))
    }

    /// Cancels the app's task (the request timed out before a head came).
    pub(crate) fn cancel(mut self) {
        drop(self.task.take());
    }
}

impl Drop for AsgiCall {
    fn drop(&mut self) {
        let Some(mut task) = self.task.take() else { return };
        task.detach();
        if self.shared.lock().finished {
            return;
        }
        let shared = self.shared.clone();
        loop_thread::submit(Box::new(move |py| {
            let mut ex = shared.lock();
            ex.stream_tx = None;
            ex.inbound.disconnect(py);
        }));
    }
}

/// The app's task is done: a failure before the head becomes the 500 (or 413), after it a cut
/// stream, as uvicorn cuts it.
fn finished(py: Python<'_>, plugin: &str, shared: &Shared, outcome: PyResult<Bound<'_, PyAny>>) {
    let mut ex = shared.lock();
    let kind = match outcome {
        Ok(_) => None,
        Err(e) => {
            let cancelled = e.is_instance_of::<pyo3::exceptions::asyncio::CancelledError>(py);
            if !cancelled && !ex.inbound.too_large {
                tracing::error!(plugin = %plugin, "unhandled exception in route:\n{}", format_traceback(py, &e));
            }
            Some(exc_summary(py, &e).split(':').next().unwrap_or("Exception").to_string())
        }
    };
    if let Some(tx) = ex.head_tx.take() {
        let failure = match kind {
            _ if ex.inbound.too_large => Failure::TooLarge,
            Some(kind) => Failure::Raised(kind),
            None => {
                tracing::error!(plugin = %plugin, "route returned without sending a response");
                Failure::NoResponse
            }
        };
        let _ = tx.send(Err(failure));
    } else if let (false, Some(stream)) = (ex.finished, ex.stream_tx.clone()) {
        // Abort the body so the client sees a broken response, not a short one.
        let why = kind.map_or_else(|| "returned".to_string(), |k| format!("raised {k}"));
        let err = std::io::Error::other(format!("handler {why} before completing its response"));
        crate::bridge::runtime::handle().spawn(async move {
            let _ = stream.send(Err(err)).await;
        });
    }
    ex.finish(py);
}
