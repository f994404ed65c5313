//! Runs a plugin tool in the backend: arguments checked against its schema, async handlers on
//! the loop, sync ones on the pool, a timeout, and every failure returned as a value.
use crate::bridge::{convert, exc_summary, format_traceback};
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use serde_json::{json, Value};
use std::time::Duration;

/// Invokes plugin tool `name` (no permission check: callers go through [`super::gate`]).
pub(crate) async fn invoke(name: &str, args: Value) -> Value {
    let reg = crate::plugins::registry::current();
    let Some(entry) = reg.tool(name) else { return json!({"error": format!("unknown plugin tool {name}")}) };
    let tool = entry.tool.get();
    let args = match args {
        Value::Object(m) => m,
        Value::Null => serde_json::Map::default(),
        other => return json!({"error": format!("arguments must be an object, got {other}")}),
    };
    if let Err(e) = super::schema::validate(&tool.parameters, &tool.required, &args) {
        return json!({"error": e});
    }
    // The tool's own `timeout`, else the host's generous default (`--tool-timeout`): upstream
    // had no limit, so the default must never cut a tool that is still doing real work.
    let default = crate::services::try_get()
        .map_or(Duration::from_secs(crate::services::config::DEFAULT_TOOL_TIMEOUT_SECS), |s| s.config.tool_timeout);
    let timeout = tool.timeout.map_or(default, Duration::from_secs_f64);
    let (plugin, name) = (entry.plugin.clone(), name.to_string());
    let (p, n) = (plugin.clone(), name.clone());
    let args = Value::Object(args);
    // Async handlers run on the loop, sync ones on the pool (never the loop); the PyCallable decides.
    let call = tool.handler.call(
        move |py| PyTuple::new(py, [convert::to_py(py, &args)?]),
        move |py, outcome| result_value(py, &p, &n, outcome),
    );
    match tokio::time::timeout(timeout, call).await {
        Ok(Some(v)) => v,
        Ok(None) => json!({"error": "tool was cancelled"}),
        Err(_) => {
            tracing::warn!(plugin = %plugin, tool = %name, "tool timed out after {timeout:?}");
            json!({"error": "tool timed out"})
        }
    }
}

/// A handler's outcome as the tool's result: failures (a raise, a non-JSON-able value) are values.
fn result_value(py: Python<'_>, plugin: &str, name: &str, outcome: PyResult<Bound<'_, PyAny>>) -> Value {
    match outcome {
        Ok(v) => convert::from_py(&v)
            .unwrap_or_else(|e| json!({"error": format!("tool {name} returned a value that is not JSON-able: {e}")})),
        Err(e) => {
            tracing::warn!(plugin, tool = name, "tool raised:\n{}", format_traceback(py, &e));
            json!({"error": exc_summary(py, &e)})
        }
    }
}
