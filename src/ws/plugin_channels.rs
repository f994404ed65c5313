//! Runs plugin channel handlers: one consumer per connection on the loop (`channels.py`), fed in
//! socket order, so a connection's frames are handled one at a time and in order while other
//! connections' handlers run concurrently. Core channels never wait behind a plugin handler.
use super::conn::{ConnShared, ConnectionClosed};
use crate::bridge::pymodule::EmbeddedModule;
use crate::bridge::{convert, exc_summary, format_traceback, loop_thread, pool};
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyTuple};
use serde_json::Value;
use std::sync::Arc;

static CHANNELS_PY: EmbeddedModule = crate::host_module!("channels");

/// Frames waiting for a slow handler before new ones are refused with an error frame.
const BACKLOG: usize = 256;

/// Queues a frame for its plugin channel (or answers `unknown channel`).
pub(crate) fn dispatch(conn: &Arc<ConnShared>, channel: &str, frame: Value) {
    let reg = crate::plugins::registry::current();
    if !reg.channels.contains_key(channel) {
        conn.error(&format!("unknown channel {channel:?}"));
        return;
    }
    let (conn, channel) = (conn.clone(), channel.to_string());
    loop_thread::submit(Box::new(move |py| {
        let entry = &reg.channels[&channel];
        let pushed = runner(py, &conn).and_then(|r| {
            let frame = convert::to_py(py, &frame)?;
            let handler = entry.handler.object(py);
            r.bind(py)
                .call_method1("push", (handler, entry.handler.is_async(), frame, &channel, &entry.plugin))?
                .is_truthy()
        });
        match pushed {
            Ok(true) => {}
            Ok(false) => {
                conn.error(&format!("channel {channel:?} is busy: {BACKLOG} frames are waiting; this one was dropped"));
            }
            Err(e) => report(py, &conn, &channel, &entry.plugin, &e),
        }
    }));
}

/// Stops the connection's consumer (the socket closed).
pub(crate) fn close(conn: &Arc<ConnShared>) {
    let conn = conn.clone();
    loop_thread::submit(Box::new(move |py| {
        if let Some(r) = conn.channel_runner.lock().take() {
            let _ = r.bind(py).call_method0("close");
        }
    }));
}

/// The connection's consumer, created on its first plugin frame (on the loop thread).
fn runner(py: Python<'_>, conn: &Arc<ConnShared>) -> PyResult<Py<PyAny>> {
    if let Some(r) = conn.channel_runner.lock().as_ref() {
        return Ok(r.clone_ref(py));
    }
    let for_report = conn.clone();
    let report_fn = PyCFunction::new_closure(py, None, None, move |args, _| -> PyResult<()> {
        let (channel, plugin, exc): (String, String, Bound<'_, PyAny>) = args.extract()?;
        report(args.py(), &for_report, &channel, &plugin, &PyErr::from_value(exc));
        Ok(())
    })?;
    // Sync handlers run on the sync pool, never on the loop (see `PyCallable`).
    let run_sync = PyCFunction::new_closure(py, None, None, |args, _| -> PyResult<Py<PyAny>> {
        let (f, f_args): (Py<PyAny>, Py<PyTuple>) = args.extract()?;
        pool::call_to_future(args.py(), f, f_args)
    })?;
    let r = CHANNELS_PY.func(py, "ChannelRunner")?.call1((conn.python(py)?, report_fn, run_sync, BACKLOG))?.unbind();
    *conn.channel_runner.lock() = Some(r.clone_ref(py));
    Ok(r)
}

fn report(py: Python<'_>, conn: &ConnShared, channel: &str, plugin: &str, e: &PyErr) {
    if e.is_instance_of::<ConnectionClosed>(py) {
        // The client left while its handler was still answering: nothing to report.
        tracing::debug!(plugin, channel, "handler replied to a closed connection");
        return;
    }
    tracing::error!(plugin, channel, "channel handler failed:\n{}", format_traceback(py, e));
    conn.error(&format!("channel {channel:?} (plugin {plugin:?}) failed: {}", exc_summary(py, e)));
}
