//! The fast path for simple routes (see `fastpath.py` for what qualifies and why the bytes are
//! `FastAPI`'s). An async endpoint is one task on the loop. A sync endpoint runs where `FastAPI`
//! runs it, in effect: on a thread that is an anyio worker to the code it runs (its name, the
//! loop token `anyio.from_thread.run` finds, a fresh copy of a request task's context) while
//! holding a token of anyio's default thread limiter. When Python answers `None` the request was
//! not touched and takes the full ASGI path.
//!
//! Why not `run_in_threadpool` itself (commit 08b07fb): every request would then cross from the
//! loop thread to an anyio worker and back, and each crossing is a GIL hand-off to a thread that
//! waits for the busy loop thread to let go of the GIL (at its switch interval, 5 ms, under
//! load): bench/http.sh GET fell from 30k to 2.2k req/s. Here the whole request runs on one
//! pool thread and the loop is not involved: the pool thread takes the limiter token itself
//! ([`Limiter::try_acquire`], anyio's `acquire_on_behalf_of_nowait` with no Python code between
//! the check and the update, so atomic under the GIL) and gives it back itself; only a release
//! that may have a task to wake asks the loop to hand the token on. When no token is free
//! (or someone waits already), the request goes the way `FastAPI` sends it
//! (`FastRoute.run_prepared`: `run_in_threadpool` on the loop), into anyio's queue.
use super::asgi::AsgiRequest;
use super::routes::HttpRoute;
use crate::bridge::loop_thread::{self, PyCall};
use crate::bridge::pool::Pool;
use crate::bridge::pymodule::EmbeddedModule;
use crate::bridge::{exc_summary, format_traceback};
use crate::plugins::routes::RouteSpec;
use bytes::Bytes;
use pyo3::exceptions::PyException;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PySet, PyTuple};
use std::cell::OnceCell;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};

static FASTPATH_PY: EmbeddedModule = crate::host_module!("fastpath");

/// Threads for sync endpoints, each made an anyio worker once at its start. The cap is far
/// above anyio's 40 default tokens; a request that finds it reached goes through anyio.
static SYNC_ENDPOINTS: Pool = Pool::new("python-http", 4, 256, Some(claim_worker_thread));

thread_local! {
    /// This pool thread, the borrower it takes limiter tokens for (one request at a time).
    static BORROWER: OnceCell<Py<PyAny>> = const { OnceCell::new() };
}

fn claim_worker_thread(py: Python<'_>) {
    let claimed = FASTPATH_PY.func(py, "claim_worker_thread").and_then(|f| f.call1((loop_thread::event_loop(py),)));
    match claimed {
        Ok(thread) => BORROWER.with(|b| drop(b.set(thread.unbind()))),
        Err(e) => tracing::error!("sync endpoints will go through anyio: {}", format_traceback(py, &e)),
    }
}

pub(crate) struct FastRoute {
    /// The `FastRoute` object (`respond`, `handled`, `run_prepared`, `run_sync`).
    obj: Py<PyAny>,
    /// `FastRoute.prepare`: the endpoint's keyword arguments, or None for the full path.
    prepare: Py<PyAny>,
    /// The endpoint itself.
    endpoint: Py<PyAny>,
    /// `FastRoute.run_async` (a coroutine, run on the loop) for an async endpoint.
    run_async: Option<Py<PyAny>>,
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
    let run_async = if is_async { Some(obj.getattr("run_async")?.unbind()) } else { None };
    Ok(Some(FastRoute {
        prepare: obj.getattr("prepare")?.unbind(),
        endpoint: obj.getattr("call")?.unbind(),
        obj: obj.unbind(),
        run_async,
        handlers,
    }))
}

/// anyio's default thread limiter (`CapacityLimiter` of its asyncio backend, 4.x), operated on
/// from pool threads. Every check-and-update here is C-level calls only (set and dict
/// operations, a slot read), so no other Python thread runs between the check and the update.
/// anyio's own methods run on the loop thread as Python code; one of them preempted between
/// its check and its update can let a pool thread take the same last token (one over the
/// limit, briefly), as a thread that calls `acquire_nowait` there could.
struct Limiter {
    capacity: Py<PyAny>,
    borrowers: Py<PySet>,
    /// `OrderedDict[borrower, asyncio.Event]`: tasks waiting for a token, first first.
    wait_queue: Py<PyAny>,
    /// A request task's context (no async library current); copied for each request.
    context: Py<PyAny>,
    handoff_due: AtomicBool,
}

static LIMITER: OnceLock<Limiter> = OnceLock::new();
static LIMITER_ASKED: AtomicBool = AtomicBool::new(false);

/// The limiter, once the loop told it; the first call asks (meanwhile requests go through anyio).
fn limiter() -> Option<&'static Limiter> {
    if let Some(limiter) = LIMITER.get() {
        return Some(limiter);
    }
    if !LIMITER_ASKED.swap(true, Ordering::SeqCst) {
        let mut call = loop_thread::call(
            |py| FASTPATH_PY.func(py, "limiter_state")?.call0(),
            |py, state| {
                let state = state.and_then(|s| s.extract::<Option<(Bound<'_, PyAny>, Bound<'_, PyAny>)>>());
                match state {
                    Ok(Some((limiter, context))) => {
                        let fields = (|| -> PyResult<_> {
                            Ok((limiter.getattr("_borrowers")?.cast_into::<PySet>()?, limiter.getattr("_wait_queue")?))
                        })();
                        match fields {
                            Ok((borrowers, wait_queue)) => drop(LIMITER.set(Limiter {
                                capacity: limiter.unbind(),
                                borrowers: borrowers.unbind(),
                                wait_queue: wait_queue.unbind(),
                                context: context.unbind(),
                                handoff_due: AtomicBool::new(false),
                            })),
                            Err(e) => tracing::warn!("sync endpoints go through anyio: {}", exc_summary(py, &e)),
                        }
                    }
                    Ok(None) => tracing::warn!("sync endpoints go through anyio: its limiter is not the one known"),
                    Err(e) => tracing::warn!("sync endpoints go through anyio: {}", format_traceback(py, &e)),
                }
            },
        );
        call.detach();
    }
    None
}

impl Limiter {
    fn total(&self, py: Python<'_>) -> f64 {
        // `total_tokens` reads the `_total_tokens` slot; an int or `math.inf`.
        self.capacity.bind(py).getattr(intern!(py, "_total_tokens")).and_then(|t| t.extract::<f64>()).unwrap_or(0.0)
    }

    #[allow(clippy::cast_precision_loss)] // token counts are far below 2^52
    fn full(&self, py: Python<'_>) -> bool {
        self.borrowers.bind(py).len() as f64 >= self.total(py)
    }

    fn waiting(&self, py: Python<'_>) -> bool {
        self.wait_queue.bind(py).len().map_or(true, |n| n > 0)
    }

    /// A token for `borrower` if one is free and no task waits (anyio's
    /// `acquire_on_behalf_of_nowait`, without its Python code).
    fn try_acquire(&self, py: Python<'_>, borrower: &Bound<'_, PyAny>) -> bool {
        if self.waiting(py) || self.full(py) {
            return false;
        }
        self.borrowers.bind(py).add(borrower).is_ok()
    }

    /// Gives `borrower`'s token back. A task may be waiting for it (or be about to, having seen
    /// the limiter full a moment ago, between anyio's check and its joining the queue): then the
    /// loop hands free tokens on, as anyio's `release` would, once that task's step is over.
    fn release(&'static self, py: Python<'_>, borrower: &Bound<'_, PyAny>) {
        let was_full = self.full(py);
        let _ = self.borrowers.bind(py).discard(borrower);
        if (self.waiting(py) || was_full) && !self.handoff_due.swap(true, Ordering::SeqCst) {
            loop_thread::submit(Box::new(move |py| self.hand_on(py)));
        }
    }

    /// On the loop: free tokens to the first waiting tasks (anyio's `_notify_next_waiter`: the
    /// token is the task's before it wakes).
    fn hand_on(&self, py: Python<'_>) {
        self.handoff_due.store(false, Ordering::SeqCst);
        while self.waiting(py) && !self.full(py) {
            let handed = (|| -> PyResult<()> {
                let first = self.wait_queue.bind(py).call_method1(intern!(py, "popitem"), (false,))?;
                let (borrower, event) = first.extract::<(Bound<'_, PyAny>, Bound<'_, PyAny>)>()?;
                self.borrowers.bind(py).add(borrower)?;
                event.call_method0(intern!(py, "set")).map(drop)
            })();
            if let Err(e) = handed {
                tracing::error!("could not hand a thread-limiter token on: {}", format_traceback(py, &e));
                break;
            }
        }
    }
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

/// `(path_values, query_string, content_type, body)`, then `extra`: a fast-path entry's arguments.
fn args<'py>(
    py: Python<'py>,
    route: &HttpRoute,
    req: &AsgiRequest,
    body: &[u8],
    extra: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyTuple>> {
    let path_values = PyDict::new(py);
    for (p, v) in route.params.iter().zip(&req.path_values) {
        path_values.set_item(&p.name, v)?;
    }
    let content_type =
        req.headers.iter().find(|(k, _)| k == b"content-type").map(|(_, v)| String::from_utf8_lossy(v).into_owned());
    let mut items = vec![
        path_values.into_any(),
        PyBytes::new(py, &req.query).into_any(),
        content_type.into_pyobject(py)?.into_any(),
        PyBytes::new(py, body).into_any(),
    ];
    items.extend(extra);
    PyTuple::new(py, items)
}

fn fast(route: &HttpRoute) -> &FastRoute {
    route.fast.as_ref().expect("fast route")
}

/// Tries the fast path for `req` with its whole `body`.
pub(crate) fn call(route: &Arc<HttpRoute>, req: &Arc<AsgiRequest>, body: Bytes) -> FastCall {
    let (r, q) = (route.clone(), req.clone());
    let plugin = route.plugin.clone();
    if fast(route).run_async.is_some() {
        let call = loop_thread::call(
            move |py| {
                let fast = fast(&r);
                let run = fast.run_async.as_ref().expect("async route").bind(py);
                run.call1(args(py, &r, &q, &body, Some(fast.handlers.bind(py).clone()))?)
            },
            move |py, result| outcome(py, &plugin, result),
        );
        return FastCall::Loop(Some(call));
    }
    let pooled = body.clone();
    if let Ok(rx) = SYNC_ENDPOINTS.try_run(move |py| run_on_pool(py, &r, &q, &pooled)) {
        return FastCall::Pool { rx, route: route.clone() };
    }
    // Every pool thread is busy and the pool is at its cap: as `FastAPI`, through anyio.
    let (r, q) = (route.clone(), req.clone());
    let call = loop_thread::call(
        move |py| {
            let entry = fast(&r).obj.bind(py).getattr(intern!(py, "run_sync"))?;
            entry.call1(args(py, &r, &q, &body, Some(fast(&r).handlers.bind(py).clone()))?)
        },
        move |py, result| outcome(py, &plugin, result),
    );
    FastCall::Loop(Some(call))
}

/// What a sync endpoint's job on the pool came to.
pub(crate) enum PoolStep {
    Done(Outcome),
    /// No token for this thread: the endpoint's prepared keyword arguments, to run through anyio.
    ViaAnyio(Py<PyAny>),
}

/// A sync endpoint's request on a pool thread: arguments, a limiter token, the endpoint in a
/// copy of a request task's context, the token back, then the answer (as `FastAPI`: the token is
/// held only while the endpoint runs; exception handlers and serialization run without it).
fn run_on_pool(py: Python<'_>, r: &HttpRoute, q: &AsgiRequest, body: &[u8]) -> PoolStep {
    let fast = fast(r);
    let kwargs = match args(py, r, q, body, None).and_then(|a| fast.prepare.bind(py).call1(a)) {
        Ok(k) if k.is_none() => return PoolStep::Done(Outcome::Fallback),
        Ok(k) => k,
        Err(e) => return PoolStep::Done(outcome(py, &r.plugin, Err(e))),
    };
    let borrower = BORROWER.with(|b| b.get().map(|b| b.clone_ref(py)));
    let (Some(limiter), Some(borrower)) = (limiter(), borrower) else { return PoolStep::ViaAnyio(kwargs.unbind()) };
    let borrower = borrower.into_bound(py);
    if !limiter.try_acquire(py, &borrower) {
        return PoolStep::ViaAnyio(kwargs.unbind());
    }
    let ran = kwargs.cast::<PyDict>().map_err(PyErr::from).and_then(|kwargs| {
        let context = limiter.context.bind(py).call_method0(intern!(py, "copy"))?;
        context.call_method(intern!(py, "run"), (fast.endpoint.bind(py),), Some(kwargs))
    });
    limiter.release(py, &borrower);
    let obj = fast.obj.bind(py);
    let answer = match ran {
        Ok(raw) => obj.call_method1(intern!(py, "respond"), (raw,)),
        Err(e) if e.is_instance_of::<PyException>(py) => {
            obj.call_method1(intern!(py, "handled"), (e.into_value(py), fast.handlers.bind(py)))
        }
        Err(e) => Err(e),
    };
    PoolStep::Done(outcome(py, &r.plugin, answer))
}

/// The prepared call of a sync endpoint through anyio (`FastRoute.run_prepared`), on the loop.
fn via_anyio(route: &Arc<HttpRoute>, kwargs: Py<PyAny>) -> PyCall<Outcome> {
    let (r, plugin) = (route.clone(), route.plugin.clone());
    loop_thread::call(
        move |py| {
            let fast = fast(&r);
            fast.obj.bind(py).call_method1(intern!(py, "run_prepared"), (kwargs, fast.handlers.bind(py)))
        },
        move |py, result| outcome(py, &plugin, result),
    )
}

/// A fast-path call in flight. Dropped (the client went away) it lets the endpoint finish, as
/// uvicorn does; only [`FastCall::cancel`] (the request timeout) cancels a task on the loop (a
/// sync endpoint already running on a thread cannot be interrupted, as under `FastAPI`).
pub(crate) enum FastCall {
    Loop(Option<PyCall<Outcome>>),
    Pool { rx: tokio::sync::oneshot::Receiver<PoolStep>, route: Arc<HttpRoute> },
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
        loop {
            let next = match &mut *self {
                FastCall::Loop(Some(call)) => {
                    return Pin::new(call).poll(cx).map(|o| o.unwrap_or_else(|| Outcome::Raised("Cancelled".into())));
                }
                FastCall::Loop(None) => return Poll::Ready(Outcome::Raised("Cancelled".into())),
                FastCall::Pool { rx, route } => match Pin::new(rx).poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(Err(_)) => return Poll::Ready(Outcome::Raised("WorkerGone".into())),
                    Poll::Ready(Ok(PoolStep::Done(outcome))) => return Poll::Ready(outcome),
                    Poll::Ready(Ok(PoolStep::ViaAnyio(kwargs))) => FastCall::Loop(Some(via_anyio(route, kwargs))),
                },
            };
            *self = next;
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
