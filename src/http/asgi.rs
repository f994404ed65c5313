//! Calling one route's own ASGI app with a scope built in Rust and `receive`/`send` implemented
//! as Rust objects: the request body is handed over whole, the response comes back as one
//! buffer, or as a stream when the app sends `more_body`.
use super::routes::HttpRoute;
use crate::bridge::awaitable::Ready;
use crate::bridge::{exc_summary, format_traceback, loop_thread};
use bytes::Bytes;
use parking_lot::Mutex;
use pyo3::exceptions::{PyOSError, PyRuntimeError};
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
    pub(crate) body: Bytes,
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
}

/// State shared by `send`, `receive` and the task's completion.
type HeadSender = oneshot::Sender<Result<AsgiHead, Failure>>;

struct Exchange {
    head_tx: Option<HeadSender>,
    start: Option<(u16, RawHeaders)>,
    stream_tx: Option<mpsc::Sender<Chunk>>,
    finished: bool,
    disconnect: Option<Py<PyAny>>,
}

type Shared = Arc<Mutex<Exchange>>;

impl Exchange {
    fn finish(&mut self, py: Python<'_>) {
        self.finished = true;
        self.stream_tx = None;
        if let Some(fut) = self.disconnect.take() {
            let fut = fut.bind(py);
            if !fut.call_method0("done").and_then(|d| d.is_truthy()).unwrap_or(true) {
                let msg = PyDict::new(py);
                let _ = msg.set_item("type", "http.disconnect");
                let _ = fut.call_method1("set_result", (msg,));
            }
        }
    }
}

/// ASGI `receive`: the whole body once, then `http.disconnect` once the response is done.
#[pyclass(module = "horrible")]
struct Receive {
    body: Mutex<Option<Bytes>>,
    shared: Shared,
}

#[pymethods]
impl Receive {
    fn __call__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        if let Some(body) = self.body.lock().take() {
            let msg = PyDict::new(py);
            msg.set_item(intern!(py, "type"), intern!(py, "http.request"))?;
            msg.set_item(intern!(py, "body"), PyBytes::new(py, &body))?;
            msg.set_item(intern!(py, "more_body"), false)?;
            return Ok(Py::new(py, Ready::new(msg.into_any().unbind()))?.into_any());
        }
        let mut ex = self.shared.lock();
        if ex.finished {
            let msg = PyDict::new(py);
            msg.set_item("type", "http.disconnect")?;
            return Ok(Py::new(py, Ready::new(msg.into_any().unbind()))?.into_any());
        }
        if let Some(f) = &ex.disconnect {
            return Ok(f.clone_ref(py));
        }
        let fut = loop_thread::event_loop(py).call_method0("create_future")?.unbind();
        ex.disconnect = Some(fut.clone_ref(py));
        Ok(fut)
    }
}

/// ASGI `send`: hands the response to the waiting tokio task without blocking.
#[pyclass(module = "horrible")]
struct Send {
    shared: Shared,
}

/// Queues a body chunk: at once when there is room, else through a future the app awaits, which
/// resolves when the client has taken enough (backpressure instead of unbounded buffering).
fn queue_chunk(py: Python<'_>, tx: &mpsc::Sender<Chunk>, chunk: Chunk) -> PyResult<Option<Py<PyAny>>> {
    match tx.try_send(chunk) {
        Ok(()) => Ok(None),
        Err(mpsc::error::TrySendError::Closed(_)) => Err(PyOSError::new_err("client disconnected")),
        Err(mpsc::error::TrySendError::Full(chunk)) => {
            let future = loop_thread::event_loop(py).call_method0("create_future")?.unbind();
            let (fut, tx) = (future.clone_ref(py), tx.clone());
            crate::bridge::runtime::handle().spawn(async move {
                let sent = tx.send(chunk).await.is_ok();
                loop_thread::submit(Box::new(move |py| {
                    let fut = fut.bind(py);
                    if fut.call_method0("done").and_then(|d| d.is_truthy()).unwrap_or(true) {
                        return;
                    }
                    let _ = if sent {
                        fut.call_method1("set_result", (py.None(),))
                    } else {
                        fut.call_method1("set_exception", (PyOSError::new_err("client disconnected").value(py),))
                    };
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
                if let Some(tx) = &ex.stream_tx {
                    if !body.is_empty() {
                        wait = queue_chunk(py, tx, Ok(body))?;
                    }
                } else {
                    let (status, headers) = ex.start.take().ok_or_else(|| {
                        PyRuntimeError::new_err("ASGI: http.response.body before http.response.start")
                    })?;
                    let body = if more {
                        let (tx, rx) = mpsc::channel(STREAM_CHUNKS);
                        if !body.is_empty() {
                            let _ = tx.try_send(Ok(body));
                        }
                        ex.stream_tx = Some(tx);
                        AsgiBody::Stream(rx)
                    } else {
                        AsgiBody::Full(body)
                    };
                    if let Some(head_tx) = ex.head_tx.take() {
                        let _ = head_tx.send(Ok(AsgiHead { status, headers, body }));
                    }
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
    asgi.set_item(intern!(py, "spec_version"), intern!(py, "2.4"))?;
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

/// The outcome of one call: the response head (or why there is none) and the Python task,
/// which must be kept alive while a streamed body is read.
pub(crate) struct AsgiCall {
    pub(crate) head: Result<AsgiHead, Failure>,
    pub(crate) task: loop_thread::PyCall<()>,
}

/// Runs the route's ASGI app for `req` on the loop thread (or, given `app`, that ASGI app
/// instead: a Response the fast path got back from an endpoint).
pub(crate) async fn call(route: Arc<HttpRoute>, req: Arc<AsgiRequest>, app: Option<Py<PyAny>>) -> AsgiCall {
    let (head_tx, head_rx) = oneshot::channel();
    let shared: Shared = Arc::new(Mutex::new(Exchange {
        head_tx: Some(head_tx),
        start: None,
        stream_tx: None,
        finished: false,
        disconnect: None,
    }));
    let (for_make, for_finish) = (shared.clone(), shared);
    let plugin = route.plugin.clone();
    let mut task = loop_thread::call(
        move |py| {
            let scope = build_scope(py, &route, &req)?;
            let receive = Receive { body: Mutex::new(Some(req.body.clone())), shared: for_make.clone() };
            let send = Send { shared: for_make };
            match &app {
                Some(app) => app.bind(py).call1((scope, receive, send)),
                None => route.handle.bind(py).call1((scope, receive, send)),
            }
        },
        move |py, outcome| {
            let mut ex = for_finish.lock();
            match outcome {
                Ok(_) => {
                    if let Some(tx) = ex.head_tx.take() {
                        tracing::error!(plugin = %plugin, "route returned without sending a response");
                        let _ = tx.send(Err(Failure::NoResponse));
                    }
                }
                Err(e) => {
                    let cancelled = e.is_instance_of::<pyo3::exceptions::asyncio::CancelledError>(py);
                    if !cancelled {
                        tracing::error!(plugin = %plugin, "unhandled exception in route:\n{}", format_traceback(py, &e));
                    }
                    let kind = exc_summary(py, &e).split(':').next().unwrap_or("Exception").to_string();
                    if let Some(tx) = ex.head_tx.take() {
                        let _ = tx.send(Err(Failure::Raised(kind)));
                    } else if let Some(stream) = ex.stream_tx.clone() {
                        // Abort the body so the client sees a broken response, not a short one.
                        let err = std::io::Error::other(format!("handler raised {kind} while streaming"));
                        crate::bridge::runtime::handle().spawn(async move {
                            let _ = stream.send(Err(err)).await;
                        });
                    }
                }
            }
            ex.finish(py);
        },
    );
    let head = match head_rx.await {
        Ok(h) => h,
        Err(_) => Err(Failure::Raised("InternalError".into())),
    };
    if let Ok(AsgiHead { body: AsgiBody::Full(_), .. }) = &head {
        task.detach();
    }
    if head.is_err() {
        task.detach();
    }
    AsgiCall { head, task }
}
