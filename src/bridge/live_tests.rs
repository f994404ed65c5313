//! The bridge against a live interpreter (the project's `.venv`): where a [`PyCallable`] runs,
//! what its outcome is, that dropping a call cancels it, that JSON crosses intact, and that the
//! embedded `horrible._host` modules keep their real file names in tracebacks.
use super::{convert, format_traceback, interpreter, loop_thread, PyCallable};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use std::ffi::CString;
use std::sync::OnceLock;
use std::time::Duration;

/// Starts `CPython` and the loop thread once for every test in the process.
fn python() {
    static READY: OnceLock<()> = OnceLock::new();
    READY.get_or_init(|| {
        let venv = interpreter::find_venv(None);
        interpreter::start(venv.as_deref()).expect("CPython starts from the project's .venv");
        loop_thread::start().expect("the loop thread starts");
    });
}

/// Runs `code` in one fresh namespace and returns `names` from it as `PyCallable`s.
fn callables<const N: usize>(code: &str, names: [&str; N]) -> [PyCallable; N] {
    Python::attach(|py| {
        let globals = PyDict::new(py);
        py.run(&CString::new(code).expect("no NUL"), Some(&globals), None).expect("test code runs");
        names.map(|name| {
            PyCallable::new(&globals.get_item(name).expect("lookup").expect("defined")).expect("inspectable")
        })
    })
}

fn callable(code: &str, name: &str) -> PyCallable {
    let [c] = callables(code, [name]);
    c
}

/// `(on a running loop?, thread ident, x)` as the callables below return it.
type Where = (bool, u64, i64);

async fn call_with(c: &PyCallable, x: i64) -> Result<Where, String> {
    c.call(
        move |py| PyTuple::new(py, [x]),
        |py, o| o.and_then(|v| v.extract::<Where>()).map_err(|e| super::exc_summary(py, &e)),
    )
    .await
    .expect("the call was not lost")
}

const WHERE: &str = "
import asyncio, threading
def where(x):
    try:
        asyncio.get_running_loop()
        on_loop = True
    except RuntimeError:
        on_loop = False
    return (on_loop, threading.get_ident(), x)
async def on_async(x):
    await asyncio.sleep(0)
    return where(x)
def on_sync(x):
    return where(x)
def returns_coroutine(x):
    return on_async(x + 1)
class AsyncCall:
    async def __call__(self, x):
        return where(x)
async_object = AsyncCall()
def raises(x):
    raise ValueError(f'bad {x}')
";

#[tokio::test]
async fn async_callables_run_on_the_loop_and_sync_ones_on_the_pool() {
    python();
    let (a, s) = (callable(WHERE, "on_async"), callable(WHERE, "on_sync"));
    assert!(a.is_async() && !s.is_async());
    let (on_loop, loop_ident, x) = call_with(&a, 1).await.unwrap();
    assert!(on_loop && x == 1, "an async callable runs as a task on the loop");
    let (on_loop, pool_ident, x) = call_with(&s, 2).await.unwrap();
    assert!(!on_loop && x == 2, "a sync callable runs off the loop");
    assert_ne!(loop_ident, pool_ident, "a sync callable never runs on the loop thread");
    let (on_loop, ident, _) = call_with(&callable(WHERE, "async_object"), 3).await.unwrap();
    assert!(on_loop && ident == loop_ident, "an object whose __call__ is async is async");
}

#[tokio::test]
async fn a_sync_callable_returning_a_coroutine_is_awaited_on_the_loop() {
    python();
    let c = callable(WHERE, "returns_coroutine");
    assert!(!c.is_async());
    let (on_loop, _, x) = call_with(&c, 41).await.unwrap();
    assert!(on_loop && x == 42);
}

#[tokio::test]
async fn an_exception_is_the_outcome_not_a_panic() {
    python();
    assert_eq!(call_with(&callable(WHERE, "raises"), 7).await, Err("ValueError: bad 7".to_string()));
}

#[tokio::test]
async fn dropping_an_async_call_cancels_its_task() {
    python();
    let code = "
import asyncio
events = []
async def slow():
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        events.append('cancelled')
        raise
def seen():
    return list(events)
";
    let [slow, seen] = callables(code, ["slow", "seen"]);
    let call = slow.call(|py| Ok(PyTuple::empty(py)), |_py, _o| ());
    assert!(tokio::time::timeout(Duration::from_millis(200), call).await.is_err(), "it is still sleeping");
    let mut events = Vec::new();
    for _ in 0..50 {
        events = seen
            .call(|py| Ok(PyTuple::empty(py)), |_py, o| o.and_then(|v| v.extract::<Vec<String>>()))
            .await
            .unwrap()
            .unwrap();
        if !events.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(events, vec!["cancelled".to_string()]);
}

#[test]
fn json_crosses_the_bridge_intact() {
    python();
    let value = serde_json::json!({"z": 1, "a": [true, null, 1.5, -7, u64::MAX, "✓"], "nested": {"k": {}}});
    let back = Python::attach(|py| convert::from_py(&convert::to_py(py, &value).unwrap())).unwrap();
    assert_eq!(back, value);
    // Key order is kept (Python dicts and serde_json's preserve_order agree).
    assert_eq!(back.as_object().unwrap().keys().collect::<Vec<_>>(), ["z", "a", "nested"]);
}

#[test]
fn embedded_modules_show_their_real_file_and_lines_in_tracebacks() {
    static MAIN: super::pymodule::EmbeddedModule = crate::host_module!("main");
    python();
    let tb = Python::attach(|py| {
        let err = MAIN.func(py, "main").unwrap().call1((vec!["-c", "raise KeyError('boom')"],)).unwrap_err();
        format_traceback(py, &err)
    });
    assert!(tb.contains("python/horrible/_host/main.py"), "{tb}");
    // The line itself comes from the embedded source (linecache), not from the disk.
    assert!(tb.contains("exec(compile(args[1]"), "{tb}");
    assert!(tb.contains("KeyError: 'boom'"), "{tb}");
}

#[test]
fn embedded_modules_import_each_other_in_any_order() {
    python();
    // Each order from a clean slate: the module loaded first pulls the other in through the
    // finder, and both see one `route_entry` (one module object per name).
    let code = r#"
import sys
import horrible._host as pkg
names = ("horrible._host.routes", "horrible._host.websocket_routes")
saved = {n: sys.modules.pop(n) for n in names if n in sys.modules}
try:
    for order in (names, names[::-1]):
        for n in names:
            sys.modules.pop(n, None)
        __import__(order[0])
        if order[0] == "horrible._host.websocket_routes":
            assert "horrible._host.routes" in sys.modules, "websocket_routes imports routes itself"
        w = __import__("horrible._host.websocket_routes", fromlist=["_"])
        r = __import__("horrible._host.routes", fromlist=["_"])
        assert w.route_entry is r.route_entry, order
        assert r.__file__.endswith("python/horrible/_host/routes.py"), r.__file__
        assert r.__loader__.get_source("horrible._host.routes").startswith('"""Enumerates'), r.__loader__
finally:
    for n, m in saved.items():
        sys.modules[n] = m
        setattr(pkg, n.rsplit(".", 1)[1], m)
"#;
    Python::attach(|py| {
        super::pymodule::install_finder(py).expect("the finder installs");
        py.run(&CString::new(code).expect("no NUL"), None, None).map_err(|e| format_traceback(py, &e))
    })
    .expect("embedded modules import each other");
}

#[tokio::test]
async fn the_loop_thread_runs_jobs() {
    python();
    let v = tokio::time::timeout(Duration::from_secs(10), loop_thread::run(|_py| 42)).await;
    assert!(matches!(v, Ok(Ok(42))), "the loop did not run a job: {v:?}");
}
