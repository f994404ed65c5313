//! `host.store`: a persistent, per-plugin key-value store (JSON values) on the settings database.
//! Usable from sync code directly and from async code (calls are short `SQLite` transactions).
use crate::bridge::convert;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;

#[pyclass(frozen, module = "backend.sdk")]
pub(crate) struct PluginStore {
    plugin: String,
}

fn store() -> PyResult<&'static horrible_settings::Store> {
    crate::services::try_get()
        .map(|s| &s.settings)
        .ok_or_else(|| PyRuntimeError::new_err("the plugin store is only available while the host is running"))
}

fn err(e: &horrible_settings::Error) -> PyErr {
    PyValueError::new_err(e.to_string())
}

#[pymethods]
impl PluginStore {
    /// The stored value for `key`, or `default`.
    #[pyo3(signature = (key, default = None))]
    fn get<'py>(&self, py: Python<'py>, key: &str, default: Option<Bound<'py, PyAny>>) -> PyResult<Bound<'py, PyAny>> {
        let value = py.detach(|| store()?.plugin_get(&self.plugin, key).map_err(|e| err(&e)))?;
        match value {
            Some(v) => convert::to_py(py, &v),
            None => Ok(default.unwrap_or_else(|| py.None().into_bound(py))),
        }
    }

    /// Store a JSON-able value; durable when this returns.
    fn set(&self, py: Python<'_>, key: &str, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let json = convert::from_py(value).map_err(PyValueError::new_err)?;
        py.detach(|| store()?.plugin_set(&self.plugin, key, &json).map_err(|e| err(&e)))
    }

    fn delete(&self, py: Python<'_>, key: &str) -> PyResult<bool> {
        py.detach(|| store()?.plugin_delete(&self.plugin, key).map_err(|e| err(&e)))
    }

    fn keys(&self, py: Python<'_>) -> PyResult<Vec<String>> {
        py.detach(|| store()?.plugin_keys(&self.plugin).map_err(|e| err(&e)))
    }

    fn __repr__(&self) -> String {
        format!("<PluginStore {:?}>", self.plugin)
    }
}

impl PluginStore {
    /// The store of one plugin, as handed to it as `host.store`.
    pub(crate) fn for_plugin(py: Python<'_>, plugin: &str) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, PluginStore { plugin: plugin.to_string() })?.into_any())
    }
}
