//! Pools of long-lived Python threads for blocking sync callables.
//!
//! Each thread attaches to the interpreter once (keeping its thread state, so no per-call
//! thread-state creation) and detaches while it waits for work. A pool grows, up to a cap, when
//! every thread is busy, so a few hung handlers cannot starve everything else.
//!
//! The default pool (`python-sync-N`) runs tools, channel handlers and other sync callables
//! ([`submit`], [`run`], [`call_to_future`]). Other layers may keep their own [`Pool`] whose
//! threads are prepared once at start (the HTTP fast path's sync-endpoint pool).
use super::Job;
use parking_lot::Mutex;
use pyo3::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use tokio::sync::oneshot;

/// A pool of Python threads named `{name}-N`, `min..=max` of them.
pub(crate) struct Pool {
    name: &'static str,
    min: usize,
    max: usize,
    /// Runs once on each new thread, attached, before its first job.
    on_start: Option<fn(Python<'_>)>,
    queue: OnceLock<Queue>,
}

struct Queue {
    tx: mpsc::Sender<Job>,
    rx: Arc<Mutex<mpsc::Receiver<Job>>>,
    threads: AtomicUsize,
    idle: Arc<AtomicUsize>,
}

static DEFAULT: Pool = Pool::new("python-sync", 4, 64, None);

impl Pool {
    pub(crate) const fn new(name: &'static str, min: usize, max: usize, on_start: Option<fn(Python<'_>)>) -> Self {
        Self { name, min, max, on_start, queue: OnceLock::new() }
    }

    fn queue(&'static self) -> &'static Queue {
        self.queue.get_or_init(|| {
            let (tx, rx) = mpsc::channel::<Job>();
            let queue = Queue {
                tx,
                rx: Arc::new(Mutex::new(rx)),
                threads: AtomicUsize::new(0),
                idle: Arc::new(AtomicUsize::new(0)),
            };
            for _ in 0..self.min {
                self.spawn_worker(&queue);
            }
            queue
        })
    }

    fn spawn_worker(&'static self, queue: &Queue) {
        let n = queue.threads.fetch_add(1, Ordering::SeqCst);
        let rx = queue.rx.clone();
        let idle = queue.idle.clone();
        let on_start = self.on_start;
        std::thread::Builder::new()
            .name(format!("{}-{n}", self.name))
            .spawn(move || {
                Python::attach(|py| {
                    if let Some(on_start) = on_start {
                        on_start(py);
                    }
                    loop {
                        idle.fetch_add(1, Ordering::SeqCst);
                        let job = py.detach(|| rx.lock().recv());
                        idle.fetch_sub(1, Ordering::SeqCst);
                        match job {
                            Ok(job) => {
                                if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(py))).is_err() {
                                    tracing::error!("a job on the {} Python pool panicked", self.name);
                                }
                            }
                            Err(_) => break,
                        }
                    }
                });
            })
            .expect("spawn python pool thread");
    }

    /// Runs a blocking job on the pool (queued behind the others when every thread is busy and
    /// the pool is at its cap).
    fn submit(&'static self, job: Job) {
        let queue = self.queue();
        if queue.idle.load(Ordering::SeqCst) == 0 && queue.threads.load(Ordering::SeqCst) < self.max {
            self.spawn_worker(queue);
        }
        let _ = queue.tx.send(job);
    }

    /// Runs `f` on the pool and resolves with its result.
    pub(crate) fn run<T, F>(&'static self, f: F) -> oneshot::Receiver<T>
    where
        T: Send + 'static,
        F: FnOnce(Python<'_>) -> T + Send + 'static,
    {
        let (job, rx) = super::reply_job(f);
        self.submit(job);
        rx
    }

    /// Like [`Pool::run`], but hands `f` back instead of queueing it when no thread is idle and
    /// the pool is at its cap.
    pub(crate) fn try_run<T, F>(&'static self, f: F) -> Result<oneshot::Receiver<T>, F>
    where
        T: Send + 'static,
        F: FnOnce(Python<'_>) -> T + Send + 'static,
    {
        let queue = self.queue();
        if queue.idle.load(Ordering::SeqCst) == 0 && queue.threads.load(Ordering::SeqCst) >= self.max {
            return Err(f);
        }
        Ok(self.run(f))
    }
}

/// Runs a blocking job on the default pool.
pub(crate) fn submit(job: Job) {
    DEFAULT.submit(job);
}

/// Calls `f(*args)` on the default pool and returns an asyncio future (of the loop) for its
/// outcome. Must be called on the loop thread; the outcome is delivered there.
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

/// Runs `f` on the default pool and resolves with its result.
pub(crate) fn run<T, F>(f: F) -> oneshot::Receiver<T>
where
    T: Send + 'static,
    F: FnOnce(Python<'_>) -> T + Send + 'static,
{
    DEFAULT.run(f)
}
