//! A small pool of long-lived Python threads for blocking sync callables.
//!
//! Each thread attaches to the interpreter once (keeping its thread state, so no per-call
//! thread-state creation) and detaches while it waits for work. The pool grows, up to a cap,
//! when every thread is busy, so a few hung handlers cannot starve everything else.
use super::Job;
use parking_lot::Mutex;
use pyo3::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use tokio::sync::oneshot;

const MIN_THREADS: usize = 4;
const MAX_THREADS: usize = 64;

struct Pool {
    tx: mpsc::Sender<Job>,
    rx: Arc<Mutex<mpsc::Receiver<Job>>>,
    threads: AtomicUsize,
    idle: Arc<AtomicUsize>,
}

static POOL: OnceLock<Pool> = OnceLock::new();

fn pool() -> &'static Pool {
    POOL.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<Job>();
        let pool = Pool {
            tx,
            rx: Arc::new(Mutex::new(rx)),
            threads: AtomicUsize::new(0),
            idle: Arc::new(AtomicUsize::new(0)),
        };
        for _ in 0..MIN_THREADS {
            spawn_worker(&pool);
        }
        pool
    })
}

fn spawn_worker(pool: &Pool) {
    let n = pool.threads.fetch_add(1, Ordering::SeqCst);
    let rx = pool.rx.clone();
    let idle = pool.idle.clone();
    std::thread::Builder::new()
        .name(format!("python-sync-{n}"))
        .spawn(move || {
            Python::attach(|py| loop {
                idle.fetch_add(1, Ordering::SeqCst);
                let job = py.detach(|| rx.lock().recv());
                idle.fetch_sub(1, Ordering::SeqCst);
                match job {
                    Ok(job) => {
                        if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(py))).is_err() {
                            tracing::error!("a job on the sync Python pool panicked");
                        }
                    }
                    Err(_) => break,
                }
            });
        })
        .expect("spawn python pool thread");
}

/// Runs a blocking job on the pool.
pub(crate) fn submit(job: Job) {
    let pool = pool();
    if pool.idle.load(Ordering::SeqCst) == 0 && pool.threads.load(Ordering::SeqCst) < MAX_THREADS {
        spawn_worker(pool);
    }
    let _ = pool.tx.send(job);
}

/// Calls `f(*args)` on the pool and returns an asyncio future (of the loop) for its outcome.
/// Must be called on the loop thread; the outcome is delivered there.
pub(crate) fn call_to_future(py: Python<'_>, f: Py<PyAny>, args: Py<pyo3::types::PyTuple>) -> PyResult<Py<PyAny>> {
    let future = super::loop_thread::event_loop(py).call_method0("create_future")?.unbind();
    let fut = future.clone_ref(py);
    submit(Box::new(move |py| {
        let outcome = f.bind(py).call1(args.bind(py)).map(pyo3::Bound::unbind);
        super::loop_thread::submit(Box::new(move |py| {
            let fut = fut.bind(py);
            if fut.call_method0("done").and_then(|d| d.is_truthy()).unwrap_or(true) {
                return;
            }
            let _ = match outcome {
                Ok(v) => fut.call_method1("set_result", (v,)),
                Err(e) => fut.call_method1("set_exception", (e.value(py),)),
            };
        }));
    }));
    Ok(future)
}

/// Runs `f` on the pool and resolves with its result.
pub(crate) fn run<T, F>(f: F) -> oneshot::Receiver<T>
where
    T: Send + 'static,
    F: FnOnce(Python<'_>) -> T + Send + 'static,
{
    let (job, rx) = super::reply_job(f);
    submit(job);
    rx
}
