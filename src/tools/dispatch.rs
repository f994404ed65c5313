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
    let (p, n) = (plugin.clone(), name.clone());
    let outcome = if tool.is_async {
        let (reg, n2) = (reg.clone(), name.clone());
        let call =
            loop_thread::call(move |py| call_tool(py, &reg, &n2, &args), move |py, o| result_value(py, &p, &n, o));
        tokio::time::timeout(timeout, call).await.map(|v| v.unwrap_or_else(|| json!({"error": "tool was cancelled"})))
    } else {
        // A sync handler blocks a pool thread, never the loop; if it returns an awaitable
        // anyway, that is awaited on the loop.
        let (reg, n2) = (reg.clone(), name.clone());
        let run = async move {
            let (p2, n3) = (p.clone(), n.clone());
            let first = pool::run(move |py| match call_tool(py, &reg, &n2, &args) {
                Ok(v) if loop_thread::is_awaitable(&v) => Err(v.unbind()),
                other => Ok(result_value(py, &p2, &n3, other)),
            })
            .await;
            match first {
                Ok(Ok(v)) => v,
                Ok(Err(awaitable)) => {
                    loop_thread::call(move |py| Ok(awaitable.into_bound(py)), move |py, o| result_value(py, &p, &n, o))
                        .await
                        .unwrap_or_else(|| json!({"error": "tool was cancelled"}))
                }
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

fn call_tool<'py>(
    py: Python<'py>,
    reg: &crate::plugins::registry::Registry,
    name: &str,
    args: &Value,
) -> PyResult<Bound<'py, PyAny>> {
    let handler = reg.tool(name).expect("tool exists").tool.get().handler.bind(py).clone();
    handler.call1((convert::to_py(py, args)?,))
}
