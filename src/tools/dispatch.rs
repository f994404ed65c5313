//! Runs a plugin tool in the backend: arguments checked against its schema, async handlers on
//! the loop, sync ones on the pool, a timeout, and every failure returned as a value.
use crate::bridge::{convert, exc_summary, format_traceback, loop_thread, pool};
use pyo3::prelude::*;
use serde_json::{json, Value};
use std::time::Duration;

/// protocol.md / issue: 30 s unless the tool sets its own `timeout`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Invokes plugin tool `name` (no permission check: callers go through [`super::gate`]).
pub async fn invoke(name: &str, args: Value) -> Value {
    let reg = crate::plugins::registry::current();
    let Some(entry) = reg.tool(name) else { return json!({"error": format!("unknown plugin tool {name}")}) };
    let tool = entry.tool.get();
    let args = match args {
        Value::Object(m) => m,
        Value::Null => Default::default(),
        other => return json!({"error": format!("arguments must be an object, got {other}")}),
    };
    if let Err(e) = super::schema::validate(&tool.parameters, &tool.required, &args) {
        return json!({"error": e});
    }
    let timeout = tool.timeout.map(Duration::from_secs_f64).unwrap_or(DEFAULT_TIMEOUT);
    let plugin = entry.plugin.clone();
    let name = name.to_string();
    let args = Value::Object(args);
    let finish = {
        let (plugin, name) = (plugin.clone(), name.clone());
        move |py: pyo3::Python<'_>, outcome: pyo3::PyResult<pyo3::Bound<'_, pyo3::PyAny>>| -> Value {
            match outcome {
                Ok(v) => convert::from_py(&v).unwrap_or_else(|e| json!({"error": format!("tool {name} returned a value that is not JSON-able: {e}")})),
                Err(e) => {
                    tracing::warn!(plugin = %plugin, tool = %name, "tool raised:\n{}", format_traceback(py, &e));
                    json!({"error": exc_summary(py, &e)})
                }
            }
        }
    };
    let outcome = if tool.is_async {
        let (reg2, name2) = (reg.clone(), name.clone());
        let call = loop_thread::call(move |py| call_tool(py, &reg2, &name2, &args), finish);
        tokio::time::timeout(timeout, call).await.map(|v| v.unwrap_or_else(|| json!({"error": "tool was cancelled"})))
    } else {
        // A sync handler blocks a pool thread, never the loop; if it returns an awaitable
        // anyway, that is awaited on the loop.
        let (reg2, name2, name3) = (reg.clone(), name.clone(), name.clone());
        let run = async move {
            let first = pool::run(move |py| match call_tool(py, &reg2, &name2, &args) {
                Ok(v) if v.hasattr("__await__").unwrap_or(false) => Err(v.unbind()),
                other => Ok(finish(py, other)),
            })
            .await;
            match first {
                Ok(Ok(v)) => v,
                Ok(Err(awaitable)) => loop_thread::call(move |py| Ok(awaitable.into_bound(py)), move |py, o| match o {
                    Ok(v) => convert::from_py(&v).unwrap_or_else(|e| json!({"error": format!("tool {name3} returned a value that is not JSON-able: {e}")})),
                    Err(e) => json!({"error": exc_summary(py, &e)}),
                })
                .await
                .unwrap_or_else(|| json!({"error": "tool was cancelled"})),
                Err(_) => json!({"error": "tool worker failed"}),
            }
        };
        tokio::time::timeout(timeout, run).await
    };
    outcome.unwrap_or_else(|_| {
        tracing::warn!(plugin = %plugin, tool = %name, "tool timed out after {timeout:?}");
        json!({"error": "tool timed out"})
    })
}

fn call_tool<'py>(py: Python<'py>, reg: &crate::plugins::registry::Registry, name: &str, args: &Value) -> PyResult<Bound<'py, PyAny>> {
    let handler = reg.tool(name).expect("tool exists").tool.get().handler.bind(py).clone();
    handler.call1((convert::to_py(py, args)?,))
}
