//! The asyncio loop thread: one long-lived Python thread that keeps its thread state and runs
//! the event loop that every coroutine in the host runs on.
//!
//! Hand-off from tokio: a job is pushed onto a mutex-guarded queue; only the push that finds the
//! loop un-notified writes the eventfd, so a burst of requests costs one wake-up. The loop reads
//! the eventfd with `add_reader` and drains the whole queue per wake-up. No tokio thread ever
//! takes the GIL and no `call_soon_threadsafe` is needed.
use super::Job;
use parking_lot::Mutex;
use pyo3::prelude::*;
use pyo3::types::PyCFunction;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};
use tokio::sync::oneshot;

struct Shared {
    queue: Mutex<Vec<Job>>,
    notified: AtomicBool,
    efd: i32,
}

static SHARED: OnceLock<Shared> = OnceLock::new();
static EVENT_LOOP: OnceLock<Py<PyAny>> = OnceLock::new();

fn shared() -> &'static Shared {
    SHARED.get().expect("the Python loop thread is not started")
}

/// Starts the loop thread (once) and waits until the loop is running.
pub(crate) fn start() -> anyhow::Result<()> {
    if SHARED.get().is_some() {
        return Ok(());
    }
    // SAFETY: plain syscall; the fd lives for the whole process.
    let efd = unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) };
    anyhow::ensure!(efd >= 0, "eventfd failed: {}", std::io::Error::last_os_error());
    let _ = SHARED.set(Shared { queue: Mutex::new(Vec::with_capacity(256)), notified: AtomicBool::new(false), efd });
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Result<(), String>>();
    std::thread::Builder::new().name("python-loop".into()).spawn(move || {
        Python::attach(|py| {
            let setup = || -> PyResult<Bound<'_, PyAny>> {
                let event_loop = match py.import("uvloop") {
                    Ok(uvloop) => uvloop.call_method0("new_event_loop")?,
                    Err(_) => py.import("asyncio")?.call_method0("new_event_loop")?,
                };
                py.import("asyncio")?.call_method1("set_event_loop", (&event_loop,))?;
                let drain = PyCFunction::new_closure(py, None, None, |args, _| drain(args.py()))?;
                event_loop.call_method1("add_reader", (efd, drain))?;
                let _ = EVENT_LOOP.set(event_loop.clone().unbind());
                Ok(event_loop)
            };
            match setup() {
                Ok(event_loop) => {
                    let _ = ready_tx.send(Ok(()));
                    if let Err(e) = event_loop.call_method0("run_forever") {
                        tracing::error!("the asyncio loop stopped with an error: {}", super::format_traceback(py, &e));
                    }
                }
                Err(e) => {
                    let _ = ready_tx.send(Err(super::format_traceback(py, &e)));
                }
            }
        });
    })?;
    ready_rx.recv()?.map_err(|e| anyhow::anyhow!("could not start the asyncio loop: {e}"))
}

/// Runs every queued job; called by the loop when the eventfd is readable.
fn drain(py: Python<'_>) {
    let s = shared();
    // Order matters. Consume the eventfd *before* clearing `notified`: a submit between the two
    // sees `notified` still set and skips its write, but its job is taken below. Clearing first
    // would let such a submit's write be swallowed by this read while `notified` stays set, and
    // every later submit would skip its write: the loop would sleep forever (a lost wake-up).
    let mut buf = 0u64;
    // SAFETY: reading 8 bytes into a u64 from our own nonblocking eventfd.
    unsafe { libc::read(s.efd, (&raw mut buf).cast::<libc::c_void>(), 8) };
    s.notified.store(false, Ordering::SeqCst);
    let jobs = std::mem::take(&mut *s.queue.lock());
    for job in jobs {
        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(py))).is_err() {
            tracing::error!("a job on the Python loop thread panicked");
        }
    }
}

/// Queues a job for the loop thread; wakes it only if it is not already due to wake.
pub(crate) fn submit(job: Job) {
    let s = shared();
    s.queue.lock().push(job);
    if !s.notified.swap(true, Ordering::SeqCst) {
        let one = 1u64;
        // SAFETY: writing 8 bytes to our own eventfd.
        unsafe { libc::write(s.efd, (&raw const one).cast::<libc::c_void>(), 8) };
    }
}

/// The running event loop (only meaningful on a Python thread).
pub(crate) fn event_loop(py: Python<'_>) -> Bound<'_, PyAny> {
    EVENT_LOOP.get().expect("loop started").bind(py).clone()
}

/// Runs `f` on the loop thread and resolves with its result.
pub(crate) fn run<T, F>(f: F) -> oneshot::Receiver<T>
where
    T: Send + 'static,
    F: FnOnce(Python<'_>) -> T + Send + 'static,
{
    let (job, rx) = super::reply_job(f);
    submit(job);
    rx
}

type Finish<T> = Box<dyn for<'py> FnOnce(Python<'py>, PyResult<Bound<'py, PyAny>>) -> T + Send>;

/// The Python task behind a [`PyCall`], so dropping the call can cancel it.
type TaskSlot = Arc<Mutex<Option<Py<PyAny>>>>;

/// A call into Python that may produce an awaitable: `make` runs on the loop thread; if it
/// returns an awaitable, that is scheduled as a task on the loop and `finish` gets its outcome,
/// otherwise `finish` gets the plain value at once. Dropping the future cancels the task.
pub(crate) struct PyCall<T> {
    rx: oneshot::Receiver<T>,
    task: TaskSlot,
    done: bool,
}

pub(crate) fn call<T, M, F>(make: M, finish: F) -> PyCall<T>
where
    T: Send + 'static,
    M: for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, PyAny>> + Send + 'static,
    F: for<'py> FnOnce(Python<'py>, PyResult<Bound<'py, PyAny>>) -> T + Send + 'static,
{
    let (tx, rx) = oneshot::channel();
    let task: TaskSlot = Arc::new(Mutex::new(None));
    let slot = task.clone();
    submit(Box::new(move |py| {
        let finish: Finish<T> = Box::new(finish);
        match make(py) {
            Ok(value) if is_awaitable(&value) => schedule(py, value, slot, tx, finish),
            outcome => {
                let _ = tx.send(finish(py, outcome));
            }
        }
    }));
    PyCall { rx, task, done: false }
}

/// Whether the calling thread is the loop thread (where blocking on loop work would deadlock).
pub(crate) fn is_loop_thread() -> bool {
    std::thread::current().name() == Some("python-loop")
}

/// Whether `value` can be awaited (a coroutine, a future, anything with `__await__`).
pub(crate) fn is_awaitable(value: &Bound<'_, PyAny>) -> bool {
    value.hasattr("__await__").unwrap_or(false)
}

fn schedule<T: Send + 'static>(
    py: Python<'_>,
    awaitable: Bound<'_, PyAny>,
    slot: TaskSlot,
    tx: oneshot::Sender<T>,
    finish: Finish<T>,
) {
    let event_loop = event_loop(py);
    let task = if awaitable.hasattr("cr_frame").unwrap_or(false) {
        event_loop.call_method1("create_task", (awaitable,))
    } else {
        let kwargs = pyo3::types::PyDict::new(py);
        let _ = kwargs.set_item("loop", &event_loop);
        py.import("asyncio").and_then(|a| a.call_method("ensure_future", (awaitable,), Some(&kwargs)))
    };
    let task = match task {
        Ok(t) => t,
        Err(e) => {
            let _ = tx.send(finish(py, Err(e)));
            return;
        }
    };
    *slot.lock() = Some(task.clone().unbind());
    let state = Mutex::new(Some((tx, finish, slot)));
    let on_done = PyCFunction::new_closure(py, None, None, move |args, _| -> PyResult<()> {
        let py = args.py();
        let task = args.get_item(0)?;
        if let Some((tx, finish, slot)) = state.lock().take() {
            drop(slot.lock().take());
            let outcome = task.call_method0("result");
            let _ = tx.send(finish(py, outcome));
        }
        Ok(())
    });
    if let Err(e) = on_done.and_then(|cb| task.call_method1("add_done_callback", (cb,))) {
        tracing::error!("could not watch a task: {}", super::format_traceback(py, &e));
    }
}

impl<T> PyCall<T> {
    /// Lets the Python task run on after this handle is dropped (e.g. background tasks that
    /// run after a response was sent) instead of cancelling it.
    pub(crate) fn detach(&mut self) {
        self.done = true;
    }
}

impl<T> Future for PyCall<T> {
    /// `None` when the job was dropped without answering (a panic, or shutdown).
    type Output = Option<T>;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let polled = Pin::new(&mut self.rx).poll(cx);
        match polled {
            Poll::Ready(v) => {
                self.done = true;
                Poll::Ready(v.ok())
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T> Drop for PyCall<T> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let slot = self.task.clone();
        if slot.lock().is_none() {
            return;
        }
        submit(Box::new(move |py| {
            if let Some(task) = slot.lock().take() {
                let _ = task.bind(py).call_method0("cancel");
            }
        }));
    }
}

/// Stops the event loop (at shutdown, after the last hook ran).
pub(crate) fn stop() {
    if SHARED.get().is_none() {
        return;
    }
    submit(Box::new(|py| {
        let _ = event_loop(py).call_method0("stop");
    }));
}
