//! The fast path for simple routes (see `fastpath.py` for what qualifies and why the bytes are
//! `FastAPI`'s). Each request is one task on the loop: async endpoints are awaited there, sync
//! ones go to anyio's worker threads as `FastAPI` sends them (`run_in_threadpool`). When Python
//! answers `None` the request was not touched and takes the full ASGI path.
use super::asgi::AsgiRequest;
use super::routes::HttpRoute;
use crate::bridge::loop_thread::{self, PyCall};
use crate::bridge::pool;
use crate::bridge::pymodule::EmbeddedModule;
use crate::bridge::{exc_summary, format_traceback};
use crate::plugins::routes::RouteSpec;
use bytes::Bytes;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyTuple};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

static FASTPATH_PY: EmbeddedModule = crate::host_module!("fastpath");

pub(crate) struct FastRoute {
    /// `FastRoute.run_async` (a coroutine, run on the loop) or `FastRoute.run_sync_here` (run
    /// start to finish on a sync-pool thread: one hop, no anyio thread hop), by the endpoint's kind.
    run: Py<PyAny>,
    is_async: bool,
    /// `FastAPI`'s exception handlers `(by type, by status)`, as the route's scope carries them.
    handlers: Py<PyAny>,
}

/// The fast path for `spec` when `fastpath.build` says it qualifies.
pub(crate) fn build(py: Python<'_>, spec: &RouteSpec) -> PyResult<Option<FastRoute>> {
    let obj = FASTPATH_PY.func(py, "build")?.call1((spec.route.bind(py),))?;
    if obj.is_none() {
        return Ok(None);
    }
    let extras = spec.scope_extras.bind(py);
    let handlers = extras.get_item("starlette.exception_handlers")?.map_or_else(|| py.None(), pyo3::Bound::unbind);
    let is_async = obj.getattr("is_async")?.is_truthy()?;
    // Sync endpoints on the pool, not through anyio's thread pool: the anyio hop costs about
    // ten times the throughput of the ping route (bench/http.sh: 2.2k vs 30k req/s). What that
    // leaves out (anyio's limiter, `from_thread`) is issue 11's open point 4, in docs/compat.md.
    let run = obj.getattr(if is_async { "run_async" } else { "run_sync_here" })?.unbind();
    Ok(Some(FastRoute { run, is_async, handlers }))
}

pub(crate) enum Outcome {
    /// The whole response.
    Response { status: u16, headers: super::asgi::RawHeaders, body: Bytes },
    /// The endpoint returned a Response that must be sent through ASGI (streaming, background).
    RunAsgi(Py<PyAny>),
    /// Not taken: serve through the route's ASGI app.
    Fallback,
    /// The endpoint raised something no exception handler answers: its type name.
    Raised(String),
}

fn outcome(py: Python<'_>, plugin: &str, result: PyResult<Bound<'_, PyAny>>) -> Outcome {
    match result {
        Ok(v) if v.is_none() => Outcome::Fallback,
        Ok(v) => match v.cast::<PyTuple>() {
            Ok(t) => match t.extract::<(u16, super::asgi::RawHeaders, Vec<u8>)>() {
                Ok((status, headers, body)) => Outcome::Response { status, headers, body: Bytes::from(body) },
                Err(e) => Outcome::Raised(exc_summary(py, &e)),
            },
            Err(_) => Outcome::RunAsgi(v.unbind()),
        },
        Err(e) => {
            tracing::error!(plugin = %plugin, "unhandled exception in route:\n{}", format_traceback(py, &e));
            Outcome::Raised(exc_summary(py, &e).split(':').next().unwrap_or("Exception").to_string())
        }
    }
}

fn args<'py>(py: Python<'py>, route: &HttpRoute, req: &AsgiRequest, body: &[u8]) -> PyResult<Bound<'py, PyTuple>> {
    let path_values = PyDict::new(py);
    for (p, v) in route.params.iter().zip(&req.path_values) {
        path_values.set_item(&p.name, v)?;
    }
    let content_type =
        req.headers.iter().find(|(k, _)| k == b"content-type").map(|(_, v)| String::from_utf8_lossy(v).into_owned());
    let fast = route.fast.as_ref().expect("fast route");
    PyTuple::new(
        py,
        [
            path_values.into_any(),
            PyBytes::new(py, &req.query).into_any(),
            content_type.into_pyobject(py)?.into_any(),
            PyBytes::new(py, body).into_any(),
            fast.handlers.bind(py).clone(),
        ],
    )
}

/// Tries the fast path for `req` with its whole `body`, as one task on the loop.
pub(crate) fn call(route: &Arc<HttpRoute>, req: &Arc<AsgiRequest>, body: Bytes) -> FastCall {
    let (r, q) = (route.clone(), req.clone());
    let plugin = route.plugin.clone();
    if route.fast.as_ref().is_some_and(|f| f.is_async) {
        let call =
            loop_thread::call(move |py| start(py, &r, &q, &body), move |py, result| outcome(py, &plugin, result));
        FastCall::Loop(Some(call))
    } else {
        FastCall::Pool(pool::run(move |py| outcome(py, &plugin, start(py, &r, &q, &body))))
    }
}

/// Calls the route's fast-path entry with the request.
fn start<'py>(py: Python<'py>, r: &HttpRoute, q: &AsgiRequest, body: &[u8]) -> PyResult<Bound<'py, PyAny>> {
    let fast = r.fast.as_ref().expect("fast route");
    fast.run.bind(py).call1(args(py, r, q, body)?)
}

/// A fast-path call in flight. Dropped (the client went away) it lets the endpoint finish, as
/// uvicorn does; only [`FastCall::cancel`] (the request timeout) cancels an async one (a sync
/// endpoint on a pool thread cannot be interrupted, as under `FastAPI`).
pub(crate) enum FastCall {
    Loop(Option<PyCall<Outcome>>),
    Pool(tokio::sync::oneshot::Receiver<Outcome>),
}

impl FastCall {
    pub(crate) fn cancel(mut self) {
        if let FastCall::Loop(call) = &mut self {
            drop(call.take());
        }
    }
}

impl Future for FastCall {
    type Output = Outcome;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Outcome> {
        match &mut *self {
            FastCall::Loop(Some(call)) => {
                Pin::new(call).poll(cx).map(|o| o.unwrap_or_else(|| Outcome::Raised("Cancelled".into())))
            }
            FastCall::Loop(None) => Poll::Ready(Outcome::Raised("Cancelled".into())),
            FastCall::Pool(rx) => {
                Pin::new(rx).poll(cx).map(|o| o.unwrap_or_else(|_| Outcome::Raised("WorkerGone".into())))
            }
        }
    }
}

impl Drop for FastCall {
    fn drop(&mut self) {
        if let FastCall::Loop(Some(call)) = self {
            call.detach();
        }
    }
}
