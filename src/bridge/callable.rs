//! [`PyCallable`]: a Python callable plus the one decision of where it runs.
//!
//! Routes, tools, channel handlers and lifespan hooks are all "call this Python function and
//! get its outcome"; the only question is where. `async def` callables (and objects whose
//! `__call__` is one) run as a task on the loop thread. Sync callables run on the sync pool, so
//! a blocking handler never stalls the loop; if one returns an awaitable anyway (a lambda
//! returning a coroutine, a decorator without `functools.wraps`), that is awaited on the loop.
//! Hooks use [`PyCallable::call_on_loop`] instead: they run where upstream runs them, on the
//! event loop, sync ones included.
use super::{loop_thread, pool};
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use std::sync::Arc;

/// Builds the positional arguments on the thread that makes the call.
pub(crate) trait Args: for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, PyTuple>> + Send + 'static {}
impl<F> Args for F where F: for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, PyTuple>> + Send + 'static {}

/// Turns the call's outcome into the Rust value the caller wants (with the GIL held).
pub(crate) trait Finish<T>:
    for<'py> FnOnce(Python<'py>, PyResult<Bound<'py, PyAny>>) -> T + Send + 'static
{
}
impl<T, F> Finish<T> for F where F: for<'py> FnOnce(Python<'py>, PyResult<Bound<'py, PyAny>>) -> T + Send + 'static {}

/// A Python callable and whether calling it yields an awaitable. Cheap to clone.
/// (The `/ws` channel runner, which awaits handlers from Python, gets `is_async` and the object
/// and sends sync ones to the pool the same way, through `pool::call_to_future`.)
#[derive(Clone)]
pub(crate) struct PyCallable {
    obj: Arc<Py<PyAny>>,
    is_async: bool,
}

impl PyCallable {
    /// Inspects `obj` once: `async def` functions, and objects whose `__call__` is one, are async.
    pub(crate) fn new(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self { is_async: is_coroutine_callable(obj)?, obj: Arc::new(obj.clone().unbind()) })
    }

    pub(crate) fn is_async(&self) -> bool {
        self.is_async
    }

    pub(crate) fn object<'py>(&self, py: Python<'py>) -> &Bound<'py, PyAny> {
        self.obj.bind(py)
    }

    /// Calls it from tokio: async ones as a loop task, sync ones on the pool (an awaitable they
    /// return is awaited on the loop). `None` when the call was lost (cancelled, shutdown).
    /// Dropping the future cancels an async call.
    pub(crate) async fn call<T: Send + 'static>(&self, args: impl Args, finish: impl Finish<T>) -> Option<T> {
        type BoxedFinish<T> = Box<dyn for<'py> FnOnce(Python<'py>, PyResult<Bound<'py, PyAny>>) -> T + Send>;
        enum First<T> {
            Done(T),
            Awaitable(Py<PyAny>, BoxedFinish<T>),
        }
        let obj = self.obj.clone();
        if self.is_async {
            return loop_thread::call(move |py| obj.bind(py).call1(args(py)?), finish).await;
        }
        let first = pool::run(move |py| match args(py).and_then(|a| obj.bind(py).call1(a)) {
            Ok(v) if loop_thread::is_awaitable(&v) => First::Awaitable(v.unbind(), Box::new(finish)),
            outcome => First::Done(finish(py, outcome)),
        })
        .await
        .ok()?;
        match first {
            First::Done(v) => Some(v),
            First::Awaitable(awaitable, finish) => {
                loop_thread::call(move |py| Ok(awaitable.into_bound(py)), move |py, o| finish(py, o)).await
            }
        }
    }

    /// Calls it on the loop thread whatever its kind, awaiting what it returns (lifespan hooks).
    pub(crate) async fn call_on_loop<T: Send + 'static>(&self, args: impl Args, finish: impl Finish<T>) -> Option<T> {
        let obj = self.obj.clone();
        loop_thread::call(move |py| obj.bind(py).call1(args(py)?), finish).await
    }
}

/// True for `async def` functions and for objects whose `__call__` is one.
fn is_coroutine_callable(f: &Bound<'_, PyAny>) -> PyResult<bool> {
    let inspect = f.py().import("inspect")?;
    if inspect.call_method1("iscoroutinefunction", (f,))?.is_truthy()? {
        return Ok(true);
    }
    match f.getattr("__call__") {
        Ok(call) if !f.is_instance_of::<pyo3::types::PyFunction>() => {
            inspect.call_method1("iscoroutinefunction", (call,))?.is_truthy()
        }
        _ => Ok(false),
    }
}
