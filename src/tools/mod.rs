//! Agent tools: one catalog (the browser's relayed layout tools plus every plugin tool) and one
//! gated way to run them. [`dispatch`] runs plugin tools in the backend (schema check, timeout,
//! failures as values); [`relay`] sends browser tools over a socket and waits for the result;
//! [`gate`] applies the permission policy; [`agent`] is the `agent` /ws channel; [`api`] is
//! HTTP; [`mcp`] is `/mcp`.
pub(crate) mod agent;
mod api;
pub(crate) mod catalog;
mod dispatch;
mod gate;
mod mcp;
pub(crate) mod relay;
mod schema;

use crate::bridge::{convert, pymodule::EmbeddedModule};
use crate::endpoints::Endpoints;
use crate::services::Services;
use pyo3::prelude::*;
use pyo3::types::PyModule;
use std::sync::Arc;

static REGISTRY_PY: EmbeddedModule = crate::host_module!("registry");

/// `/api/agent/tools[/{name}/invoke]` and `/mcp`.
pub(crate) fn endpoints(services: &Arc<Services>) -> Endpoints<Arc<Services>> {
    api::routes().nest_service("/mcp", mcp::service(services))
}

/// Adds `invoke_agent_tool(name, args)` to `backend.sdk.registry`.
pub(crate) fn install_python(registry: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = registry.py();
    let blocking = wrap_pyfunction!(invoke_agent_tool_blocking, registry)?;
    let invoke = REGISTRY_PY.func(py, "make_invoke_agent_tool")?.call1((blocking,))?;
    registry.add("invoke_agent_tool", invoke)?;
    Ok(())
}

/// Runs a plugin tool (schema-checked, no gate: the caller is plugin code) and waits for it.
#[pyfunction]
fn invoke_agent_tool_blocking<'py>(
    py: Python<'py>,
    name: &str,
    args: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let args = convert::from_py(args).map_err(pyo3::exceptions::PyValueError::new_err)?;
    let result = py.detach(|| crate::bridge::runtime::handle().block_on(dispatch::invoke(name, args)));
    convert::to_py(py, &result)
}
