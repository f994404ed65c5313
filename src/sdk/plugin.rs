//! `BackendPlugin`: the subclassable base every plugin's `PLUGIN` derives from.
use pyo3::exceptions::PyNotImplementedError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

/// Base class: subclasses set a `manifest` class attribute and override `setup(self, host)`.
#[pyclass(subclass, module = "backend.sdk")]
pub(crate) struct BackendPlugin;

#[pymethods]
impl BackendPlugin {
    #[new]
    #[pyo3(signature = (*_args, **_kwargs))]
    fn new(_args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>) -> Self {
        BackendPlugin
    }

    /// Register this plugin's capabilities on `host`.
    #[allow(unused_variables)]
    fn setup(slf: &Bound<'_, Self>, host: &Bound<'_, PyAny>) -> PyResult<()> {
        let name = slf.get_type().name()?.to_string();
        Err(PyNotImplementedError::new_err(format!("{name}.setup(host) is not implemented")))
    }
}
