//! `AgentTool`: a server-side tool a model can call, with its JSON schema and gate metadata.
use crate::bridge::{convert, PyCallable};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::{json, Value};

#[pyclass(frozen, module = "backend.sdk")]
pub(crate) struct AgentTool {
    #[pyo3(get)]
    pub(crate) name: String,
    #[pyo3(get)]
    description: String,
    /// The handler and where it runs.
    pub(crate) handler: PyCallable,
    /// The JSON-schema `properties` object, as JSON.
    pub(crate) parameters: Value,
    #[pyo3(get)]
    pub(crate) required: Vec<String>,
    #[pyo3(get)]
    pub(crate) side_effect: bool,
    #[pyo3(get)]
    pub(crate) specifier_template: Option<String>,
    /// Seconds before a call gives up with `{"error": "tool timed out"}`; `None` = host default.
    #[pyo3(get)]
    pub(crate) timeout: Option<f64>,
}

#[pymethods]
impl AgentTool {
    #[new]
    #[pyo3(signature = (name, description, handler, parameters = None, required = None, side_effect = false, specifier_template = None, timeout = None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        name: String,
        description: String,
        handler: &Bound<'_, PyAny>,
        parameters: Option<Bound<'_, PyDict>>,
        required: Option<Vec<String>>,
        side_effect: bool,
        specifier_template: Option<String>,
        timeout: Option<f64>,
    ) -> PyResult<Self> {
        if name.trim().is_empty() {
            return Err(PyValueError::new_err("AgentTool name must not be empty"));
        }
        if !handler.is_callable() {
            return Err(PyTypeError::new_err(format!("AgentTool {name:?}: handler must be callable")));
        }
        let parameters = match parameters {
            Some(p) => convert::from_py(p.as_any())
                .map_err(|e| PyValueError::new_err(format!("AgentTool {name:?}: parameters are not JSON: {e}")))?,
            None => json!({}),
        };
        let required = required.unwrap_or_default();
        if let Some(missing) = required.iter().find(|r| parameters.get(r.as_str()).is_none()) {
            return Err(PyValueError::new_err(format!(
                "AgentTool {name:?}: required parameter {missing:?} is not in parameters"
            )));
        }
        if let Some(t) = timeout {
            if !(t > 0.0 && t.is_finite()) {
                return Err(PyValueError::new_err(format!(
                    "AgentTool {name:?}: timeout must be a positive number of seconds"
                )));
            }
        }
        let handler = PyCallable::new(handler)?;
        Ok(Self { name, description, handler, parameters, required, side_effect, specifier_template, timeout })
    }

    #[getter]
    fn handler<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        self.handler.object(py).clone()
    }

    #[getter]
    fn parameters<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &self.parameters)
    }

    /// The provider form a model sees: `{"type": "function", "function": {...}}`.
    fn provider_form<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &self.provider_json())
    }

    /// The permission gate's view: `{"name", "sideEffect", "specifierTemplate"}`.
    fn gate_metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(
            py,
            &json!({"name": self.name, "sideEffect": self.side_effect, "specifierTemplate": self.specifier_template}),
        )
    }

    fn __repr__(&self) -> String {
        format!("AgentTool(name={:?}, side_effect={})", self.name, if self.side_effect { "True" } else { "False" })
    }
}

impl AgentTool {
    fn input_schema(&self) -> Value {
        json!({"type": "object", "properties": self.parameters, "required": self.required})
    }
    pub(crate) fn provider_json(&self) -> Value {
        json!({"type": "function", "function": {"name": self.name, "description": self.description, "parameters": self.input_schema()}})
    }
}
