//! The Python bridge: owns the embedded `CPython` interpreter and every thread that runs Python.
//!
//! Tokio worker threads never take the GIL. Python work is handed over through queues:
//! - [`loop_thread`]: one long-lived thread that keeps its thread state and runs the asyncio
//!   event loop; coroutines (ASGI apps, async handlers, hooks) run there. Tokio pushes jobs onto
//!   a queue and wakes the loop with one eventfd write per batch.
//! - [`pool`]: a few long-lived threads for blocking sync callables; they detach while idle.
//! - [`interpreter`]: starts `CPython` once, from the project's virtualenv, and reports which.
//! - [`callable`]: [`PyCallable`], the one place that decides where a Python callable runs
//!   (async on the loop, sync on the pool) and performs the call.
//! - [`convert`]: JSON <-> Python values; [`awaitable`]: Rust objects Python can `await`;
//!   [`pymodule`]: the host's own embedded Python package `horrible._host`; [`pylog`]: Python
//!   `logging` into `tracing`; [`runtime`]: the tokio handle for code on Python threads.
//!
//! This is the bottom layer: it imports nothing else of the crate.
pub(crate) mod awaitable;
mod callable;
pub(crate) mod convert;
pub(crate) mod interpreter;
pub(crate) mod loop_thread;
pub(crate) mod pool;
pub(crate) mod pylog;
pub(crate) mod pymodule;
pub(crate) mod runtime;

pub(crate) use callable::PyCallable;

#[cfg(test)]
mod live_tests;

use pyo3::prelude::*;

/// A job that runs with the GIL held on one of the bridge's Python threads.
type Job = Box<dyn FnOnce(Python<'_>) + Send + 'static>;

/// A job running `f`, and the receiver its result will arrive on (for either executor).
fn reply_job<T, F>(f: F) -> (Job, tokio::sync::oneshot::Receiver<T>)
where
    T: Send + 'static,
    F: FnOnce(Python<'_>) -> T + Send + 'static,
{
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move |py| {
        let _ = tx.send(f(py));
    });
    (job, rx)
}

/// `"ExcType: message"`, the form errors take in `registry.errors` and tool results.
pub(crate) fn exc_summary(py: Python<'_>, err: &PyErr) -> String {
    let ty = err.get_type(py);
    let name = ty.name().map_or_else(|_| "Exception".into(), |n| n.to_string());
    let msg = err.value(py).str().map(|s| s.to_string()).unwrap_or_default();
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The full formatted traceback of an exception, as Python's `traceback` prints it.
pub(crate) fn format_traceback(py: Python<'_>, err: &PyErr) -> String {
    let formatted = (|| -> PyResult<String> {
        let tb = py.import("traceback")?;
        // Type, value and traceback explicitly: the value's `__traceback__` is not always set on
        // an error PyO3 fetched, and without it only the last line would be printed.
        let lines = tb.call_method1("format_exception", (err.get_type(py), err.value(py), err.traceback(py)))?;
        Ok(lines.extract::<Vec<String>>()?.concat())
    })();
    formatted.unwrap_or_else(|_| exc_summary(py, err))
}
