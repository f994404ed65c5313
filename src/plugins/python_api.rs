//! `backend.sdk.loader` and `backend.sdk.registry`: the documented Python view of plugin loading
//! and of the one Rust registry.
use super::{loader, registry};
use crate::bridge::convert;
use pyo3::exceptions::PyAttributeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyModule, PyTuple};
use std::sync::OnceLock;

static LOAD_OPTIONS: OnceLock<loader::LoadOptions> = OnceLock::new();

/// Adds the two submodules to `backend.sdk`; `load_options` is what `load_plugins()` uses.
/// Returns `backend.sdk.registry`, which the tools capability extends with `invoke_agent_tool`.
pub(crate) fn install<'py>(
    sdk: &Bound<'py, PyModule>,
    load_options: loader::LoadOptions,
) -> PyResult<Bound<'py, PyModule>> {
    let _ = LOAD_OPTIONS.set(load_options);
    let loader_mod = crate::sdk::add_submodule(sdk, "loader")?;
    loader_mod.add_function(wrap_pyfunction!(load_plugins, &loader_mod)?)?;
    let registry_mod = crate::sdk::add_submodule(sdk, "registry")?;
    registry_mod.add_function(wrap_pyfunction!(registry_getattr, &registry_mod)?)?;
    registry_mod.add_function(wrap_pyfunction!(provider_tools, &registry_mod)?)?;
    // The documented names (PyO3's automatic `__all__` would list `__getattr__` instead).
    registry_mod.setattr("__all__", vec!["errors", "invoke_agent_tool", "loaded", "provider_tools"])?;
    Ok(registry_mod)
}

/// Loads plugins once (later calls return what was loaded); returns the loaded manifests.
#[pyfunction]
fn load_plugins(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    if !registry::is_loaded() {
        let opts = LOAD_OPTIONS.get().cloned().unwrap_or_default();
        registry::publish(loader::load(py, &opts));
    }
    loaded(py)
}

fn loaded(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let reg = registry::current();
    PyList::new(py, reg.plugins.iter().map(|p| p.manifest.clone_ref(py)))
}

/// `registry.loaded` and `registry.errors`, read live from the Rust registry.
#[pyfunction]
#[pyo3(name = "__getattr__")]
fn registry_getattr<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    match name {
        "loaded" => Ok(loaded(py)?.into_any()),
        "errors" => {
            let reg = registry::current();
            let items: Vec<Bound<'_, PyTuple>> =
                reg.errors.iter().map(|(s, e)| PyTuple::new(py, [s, e])).collect::<PyResult<_>>()?;
            Ok(PyList::new(py, items)?.into_any())
        }
        _ => Err(PyAttributeError::new_err(format!("module 'backend.sdk.registry' has no attribute {name:?}"))),
    }
}

/// Every plugin tool in the provider form a model sees.
#[pyfunction]
fn provider_tools(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let reg = registry::current();
    let tools: Vec<serde_json::Value> = reg.tools.iter().map(|t| t.tool.get().provider_json()).collect();
    convert::to_py(py, &serde_json::Value::Array(tools))
}
