//! Rust objects that Python code can `await` without a coroutine or a task.
use pyo3::exceptions::PyStopIteration;
use pyo3::prelude::*;

/// An awaitable that is already complete: `await Ready(v)` returns `v` at once.
///
/// Used for ASGI `send`/`receive` and `conn.send_json`, whose work is a non-blocking hand-off
/// to a Rust channel, so there is nothing to wait for and no reason to build a coroutine.
#[pyclass(module = "backend.sdk")]
pub(crate) struct Ready {
    value: Py<PyAny>,
}

impl Ready {
    pub(crate) fn new(value: Py<PyAny>) -> Self {
        Self { value }
    }
    pub(crate) fn none(py: Python<'_>) -> Self {
        Self { value: py.None() }
    }
}

#[pymethods]
impl Ready {
    fn __await__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __next__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Err(PyStopIteration::new_err((self.value.clone_ref(py),)))
    }
}
