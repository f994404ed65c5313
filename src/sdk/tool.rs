//! A plugin's agent tool as the host serves it: read once from its `AgentTool` dataclass (or a
//! subclass) when it is registered, so tool calls and listings never touch Python objects.
use crate::bridge::{convert, PyCallable};
use pyo3::prelude::*;
use serde_json::{json, Value};

pub(crate) struct AgentTool {
    pub(crate) name: String,
    /// The handler and where it runs.
    pub(crate) handler: PyCallable,
    /// The JSON-schema `properties` object, as JSON.
    pub(crate) parameters: Value,
    pub(crate) required: Vec<String>,
    pub(crate) side_effect: bool,
    pub(crate) specifier_template: Option<String>,
    /// Seconds before a call gives up; `None` = the host's default.
    pub(crate) timeout: Option<f64>,
    /// What `provider_tool()` returned (a subclass may shape it).
    provider: Value,
    /// The plugin's own object (mirrored into Python's `registry.agent_tools`).
    pub(crate) object: Py<PyAny>,
}

impl AgentTool {
    /// Reads a registered tool; `Err` says why it cannot be served (the plugin still loads).
    pub(crate) fn read(obj: &Bound<'_, PyAny>) -> Result<Self, String> {
        let e = |what: &str, err: PyErr| format!("{what}: {err}");
        let name: String = obj.getattr("name").and_then(|n| n.extract()).map_err(|err| e("name", err))?;
        let handler = obj.getattr("handler").map_err(|err| e("handler", err))?;
        if !handler.is_callable() {
            return Err(format!("tool {name:?}: handler is not callable"));
        }
        let params = obj.getattr("parameters").map_err(|err| e("parameters", err))?;
        let parameters = if params.is_none() { json!({}) } else { convert::from_py(&params)? };
        let required: Vec<String> = match obj.getattr("required") {
            Ok(r) if !r.is_none() => r.extract().map_err(|err| e("required", err))?,
            _ => Vec::new(),
        };
        let timeout = match obj.getattr("timeout") {
            Ok(t) if !t.is_none() => Some(t.extract::<f64>().map_err(|err| e("timeout", err))?),
            _ => None,
        }
        .filter(|t| *t > 0.0 && t.is_finite());
        let provider = match obj.call_method0("provider_tool") {
            Ok(p) => convert::from_py(&p).map_err(|err| format!("tool {name:?}: provider_tool(): {err}"))?,
            Err(_) => Value::Null,
        };
        let tool = Self {
            handler: PyCallable::new(&handler).map_err(|err| e("handler", err))?,
            parameters,
            required,
            side_effect: obj.getattr("side_effect").and_then(|s| s.is_truthy()).unwrap_or(false),
            specifier_template: obj.getattr("specifier_template").and_then(|s| s.extract()).unwrap_or(None),
            timeout,
            provider,
            object: obj.clone().unbind(),
            name,
        };
        Ok(tool)
    }

    /// `required` names missing from `parameters` (upstream accepts them; we say so).
    pub(crate) fn warnings(&self) -> Vec<String> {
        self.required
            .iter()
            .filter(|r| self.parameters.get(r.as_str()).is_none())
            .map(|r| format!("tool {:?}: required parameter {r:?} is not in parameters", self.name))
            .collect()
    }

    pub(crate) fn provider_json(&self) -> Value {
        if self.provider.is_object() {
            return self.provider.clone();
        }
        json!({"type": "function", "function": {"name": self.name, "description": "", "parameters":
            {"type": "object", "properties": self.parameters, "required": self.required}}})
    }
}
