//! The backend-local half of `dash`: `dash.io` and `dash.settings` read and write the host's
//! telemetry ring and settings store directly, with no browser round-trip.
use crate::bridge::convert;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use serde_json::json;

#[pyclass(frozen, module = "horrible")]
pub(crate) struct HostFacade;

fn app() -> PyResult<&'static std::sync::Arc<crate::services::Services>> {
    crate::services::try_get().ok_or_else(|| PyRuntimeError::new_err("the host is not running"))
}

fn events<'py>(py: Python<'py>, evs: &[std::sync::Arc<horrible_telemetry::IoEvent>]) -> PyResult<Bound<'py, PyAny>> {
    let list: Vec<serde_json::Value> = evs.iter().map(|e| serde_json::to_value(&**e).unwrap_or_default()).collect();
    convert::to_py(py, &serde_json::Value::Array(list))
}

// `HostFacade` is a stateless unit struct: its methods are instance methods for Python
// (`dash.io.recent()`) but read the global services, never `self`.
#[allow(clippy::unused_self)]
#[pymethods]
impl HostFacade {
    fn io_recent<'py>(&self, py: Python<'py>, limit: i64) -> PyResult<Bound<'py, PyAny>> {
        events(py, &app()?.telemetry.recent(limit))
    }

    fn io_errors<'py>(&self, py: Python<'py>, limit: i64) -> PyResult<Bound<'py, PyAny>> {
        events(py, &app()?.telemetry.errors(limit))
    }

    fn io_clear<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        app()?.telemetry.clear();
        convert::to_py(py, &json!({"ok": true, "cleared": true}))
    }

    #[pyo3(signature = (key, default = None))]
    fn settings_get<'py>(
        &self,
        py: Python<'py>,
        key: &str,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        match app()?.settings.get(key) {
            Some(v) => convert::to_py(py, &v),
            None => Ok(default.unwrap_or_else(|| py.None().into_bound(py))),
        }
    }

    fn settings_set<'py>(&self, py: Python<'py>, key: &str, value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let json = convert::from_py(value).map_err(PyValueError::new_err)?;
        let app = app()?;
        py.detach(|| app.set_setting(key, &json)).map_err(|e| PyValueError::new_err(e.to_string()))?;
        // As upstream: the value echoed is the very object given (a tuple stays a tuple).
        let out = pyo3::types::PyDict::new(py);
        out.set_item("ok", true)?;
        out.set_item("key", key)?;
        out.set_item("value", value)?;
        Ok(out.into_any())
    }

    fn settings_all<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &serde_json::Value::Object(app()?.settings.all()))
    }
}
