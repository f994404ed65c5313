//! REPL sessions: each owns a long-lived Python thread (attached once, detached while idle)
//! that runs its cells in order, so a cell may block on a browser `tool_result` while the
//! loop, other sessions and plugin traffic keep flowing.
use super::host::HostFacade;
use crate::bridge::pymodule::EmbeddedModule;
use crate::bridge::{convert, format_traceback};
use crate::tools::relay::{self, Pending, RELAY_TIMEOUT};
use crate::ws::ConnShared;
use parking_lot::Mutex;
use pyo3::prelude::*;
use pyo3::types::PyCFunction;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use tokio::sync::Notify;

static KERNEL: EmbeddedModule = crate::host_module!("kernel");

/// The kernel module (`horrible._host.kernel`).
pub(crate) fn kernel(py: Python<'_>) -> PyResult<&Bound<'_, pyo3::types::PyModule>> {
    KERNEL.get(py)
}

/// Sessions one socket may hold at once.
const MAX_SESSIONS: usize = 8;
/// Output is streamed in frames of at most this many characters.
const CHUNK_CHARS: usize = 16 * 1024;

#[derive(Default)]
struct Control {
    thread_ident: AtomicU64,
    running: AtomicBool,
    interrupted: AtomicBool,
    wake: Notify,
}

struct Handle {
    cells: mpsc::Sender<String>,
    control: Arc<Control>,
}

#[derive(Default)]
struct Sessions {
    map: Mutex<HashMap<String, Handle>>,
}

fn repl_frame(event: &str, data: Value) -> Value {
    let mut frame = json!({"channel": "repl", "event": event});
    frame["data"] = data;
    frame
}

/// An id longer than this is refused at `start`: it is repeated in every output frame.
const MAX_ID_CHARS: usize = 128;

/// A field of a frame's data as upstream reads it, `str(data.get(key, ""))`: missing is `""`,
/// `null` is `"None"`, `true` is `"True"`, a number its Python digits, a list or object its
/// Python repr. The session id is read so (and every frame about the session carries that
/// string, never the raw JSON), and so is a cell's code.
fn python_str_field(data: &Value, key: &str) -> String {
    match data.get(key) {
        None => String::new(),
        Some(Value::Null) => "None".to_owned(),
        Some(other) => horrible_gate::specifier::python_str(Some(other)),
    }
}

/// An `error` frame about session `id`.
fn session_error(conn: &ConnShared, id: &str, message: &str) {
    let _ = conn.send(&repl_frame("error", json!({"id": id, "message": message})));
}

pub(crate) fn on_frame(conn: &Arc<ConnShared>, frame: &Value) {
    let event = frame.get("event").and_then(Value::as_str).unwrap_or("").to_string();
    let data = frame.get("data").cloned().unwrap_or(Value::Null);
    let id = python_str_field(&data, "id");
    match event.as_str() {
        "start" => {
            let sessions = conn.state::<Sessions>();
            let mut map = sessions.map.lock();
            if id.is_empty() || id.chars().count() > MAX_ID_CHARS || map.contains_key(&id) {
                return session_error(conn, &id, "bad or duplicate id");
            }
            if map.len() >= MAX_SESSIONS {
                return session_error(
                    conn,
                    &id,
                    &format!("too many sessions on this socket (at most {MAX_SESSIONS}); close one first"),
                );
            }
            let (tx, rx) = mpsc::channel();
            let control = Arc::new(Control::default());
            map.insert(id.clone(), Handle { cells: tx, control: control.clone() });
            spawn(conn.clone(), id, rx, control);
        }
        "exec" => {
            // No code runs an empty cell, as upstream.
            let code = python_str_field(&data, "code");
            let sessions = conn.state::<Sessions>();
            let map = sessions.map.lock();
            match map.get(&id) {
                Some(h) => {
                    let _ = h.cells.send(code);
                }
                None => session_error(conn, &id, "unknown session"),
            }
        }
        "interrupt" => {
            let control = conn.state::<Sessions>().map.lock().get(&id).map(|h| h.control.clone());
            match control {
                Some(control) => interrupt(&control),
                None => session_error(conn, &id, "unknown session"),
            }
        }
        "close" => match conn.state::<Sessions>().map.lock().remove(&id) {
            Some(h) => interrupt(&h.control),
            None => session_error(conn, &id, "unknown session"),
        },
        "tool_result" => {
            if !conn.state::<Pending>().resolve(&data) {
                session_error(conn, &id, "tool_result for an unknown callId");
            }
        }
        other => session_error(conn, &id, &format!("unknown repl event {other:?}")),
    }
}

/// Ends every session of a closed socket.
pub(crate) fn on_close(conn: &Arc<ConnShared>) {
    let sessions: Vec<Handle> = conn.state::<Sessions>().map.lock().drain().map(|(_, h)| h).collect();
    for h in sessions {
        interrupt(&h.control);
    }
}

/// Raises `KeyboardInterrupt` in the running cell (and wakes a relay wait).
fn interrupt(control: &Arc<Control>) {
    control.interrupted.store(true, Ordering::SeqCst);
    control.wake.notify_waiters();
    if !control.running.load(Ordering::SeqCst) {
        return;
    }
    let ident = control.thread_ident.load(Ordering::SeqCst);
    let control = control.clone();
    crate::bridge::pool::submit(Box::new(move |py| {
        if control.running.load(Ordering::SeqCst) {
            // SAFETY: GIL held (pool job); a valid exception type; ident of a live thread.
            unsafe { pyo3::ffi::PyThreadState_SetAsyncExc(ident.cast_signed(), pyo3::ffi::PyExc_KeyboardInterrupt) };
            // A cell sleeping in `time.sleep` only reaches a bytecode when woken.
            if let Ok(wake) = KERNEL.func(py, "wake") {
                let _ = wake.call1((ident,));
            }
        }
    }));
}

fn spawn(conn: Arc<ConnShared>, id: String, cells: mpsc::Receiver<String>, control: Arc<Control>) {
    let runtime = tokio::runtime::Handle::current();
    let name = format!("repl-{}-{}", conn.id, id.chars().take(8).collect::<String>());
    let spawned = std::thread::Builder::new().name(name).spawn(move || {
        Python::attach(|py| {
            if let Err(e) = run_session(py, &conn, &id, cells, &control, runtime) {
                tracing::error!("REPL session failed: {}", format_traceback(py, &e));
                session_error(&conn, &id, &format!("session failed: {}", crate::bridge::exc_summary(py, &e)));
            }
        });
        conn.state::<Sessions>().map.lock().remove(&id);
    });
    if let Err(e) = spawned {
        tracing::error!("could not start a REPL thread: {e}");
    }
}

fn run_session(
    py: Python<'_>,
    conn: &Arc<ConnShared>,
    id: &str,
    cells: mpsc::Receiver<String>,
    control: &Arc<Control>,
    runtime: tokio::runtime::Handle,
) -> PyResult<()> {
    let kernel = KERNEL.get(py)?;
    kernel.call_method0("install_routers")?;
    let ident: u64 = py.import("threading")?.call_method0("get_ident")?.extract()?;
    control.thread_ident.store(ident, Ordering::SeqCst);

    let (emit_conn, emit_id) = (conn.clone(), id.to_owned());
    let emit = PyCFunction::new_closure(py, None, None, move |args, _| -> PyResult<()> {
        let (stream, text): (String, String) = args.extract()?;
        let py = args.py();
        let frames: Vec<Value> =
            chunks(&text).map(|c| repl_frame(&stream, json!({"id": emit_id, "data": c}))).collect();
        // Waits for room in the socket's queue: a cell printing megabytes is slowed to the
        // client's pace instead of piling output up in memory.
        py.detach(|| frames.iter().for_each(|f| emit_conn.send_blocking(f)));
        Ok(())
    })?;

    let (relay_conn, relay_id, relay_control) = (conn.clone(), id.to_owned(), control.clone());
    let relay_fn = PyCFunction::new_closure(py, None, None, move |args, _| -> PyResult<Py<PyAny>> {
        let py = args.py();
        let (name, call_args): (String, Bound<'_, PyAny>) = args.extract()?;
        let call_args = convert::from_py(&call_args).map_err(pyo3::exceptions::PyValueError::new_err)?;
        let pending = relay_conn.state::<Pending>();
        let (call_id, rx) = pending.register();
        let _ = relay_conn.send(&repl_frame(
            "tool_call",
            json!({"id": relay_id, "callId": call_id, "name": name, "args": call_args}),
        ));
        let control = relay_control.clone();
        let outcome = py.detach(|| {
            runtime.block_on(async {
                tokio::select! {
                    v = rx => Some(v.unwrap_or_else(|_| json!({"error": "the browser tab closed"}))),
                    () = tokio::time::sleep(RELAY_TIMEOUT) => Some(relay::timed_out()),
                    () = control.wake.notified() => None,
                }
            })
        });
        if let Some(v) = outcome {
            Ok(convert::to_py(py, &v)?.unbind())
        } else {
            pending.forget(&call_id);
            Err(pyo3::exceptions::PyKeyboardInterrupt::new_err("interrupted while waiting for the browser"))
        }
    })?;

    // The facades as served at each access: a reloaded plugin's `dash.<name>` is the new one.
    let facades = pyo3::types::PyCFunction::new_closure(py, None, None, |args, _kwargs| -> PyResult<Py<PyAny>> {
        let py = args.py();
        let reg = crate::plugins::registry::current();
        let served: Vec<(String, Py<PyAny>, String)> =
            reg.facades.iter().map(|f| (f.name.clone(), f.factory.clone_ref(py), f.plugin.clone())).collect();
        Ok(served.into_pyobject(py)?.into_any().unbind())
    })?;
    let session = kernel.getattr("Session")?.call1((emit, relay_fn, HostFacade, facades))?;
    let banner = format!(
        "horrible {} — Python {}\n`dash` drives this dashboard: run dash.help()",
        env!("CARGO_PKG_VERSION"),
        Python::version_str().split_whitespace().next().unwrap_or("")
    );
    let _ = conn.send(&repl_frame("started", json!({"id": id, "banner": banner})));

    let cells = Mutex::new(cells);
    while let Ok(code) = py.detach(|| cells.lock().recv()) {
        if conn.is_closed() {
            break;
        }
        control.interrupted.store(false, Ordering::SeqCst);
        control.running.store(true, Ordering::SeqCst);
        let outcome = session.call_method1("run", (code,));
        control.running.store(false, Ordering::SeqCst);
        // Drop an interrupt that arrived after the cell finished.
        // SAFETY: GIL held; NULL clears the pending async exception of this thread.
        unsafe { pyo3::ffi::PyThreadState_SetAsyncExc(ident.cast_signed(), std::ptr::null_mut()) };
        let data = match outcome.and_then(|o| o.extract::<(bool, Option<String>, Option<String>)>()) {
            Ok((ok, repr, error)) => json!({"id": id, "ok": ok, "repr": repr, "error": error}),
            Err(e) => json!({"id": id, "ok": false, "repr": null, "error": format_traceback(py, &e)}),
        };
        let _ = conn.send(&repl_frame("result", data));
    }
    Ok(())
}

fn chunks(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = rest.len().min(CHUNK_CHARS);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let (head, tail) = rest.split_at(end);
        rest = tail;
        Some(head)
    })
}
