//! Builds the `backend`, `backend.sdk`, `backend.sdk.loader` and `backend.sdk.registry` modules
//! and puts them in `sys.modules`, so plugin code imports them as documented.
use super::{AgentTool, BackendPlugin, PluginHost, PluginManifest};
use crate::bridge::convert;
use crate::plugins::{loader, registry};
use pyo3::exceptions::PyAttributeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyModule, PyTuple};
use std::path::Path;
use std::sync::OnceLock;

static LOAD_OPTIONS: OnceLock<loader::LoadOptions> = OnceLock::new();

/// Installs the modules; `load_options` is what `backend.sdk.loader.load_plugins()` uses.
pub fn install(py: Python<'_>, python_dir: &Path, load_options: loader::LoadOptions) -> PyResult<()> {
    let _ = LOAD_OPTIONS.set(load_options);
    let modules = py.import("sys")?.getattr("modules")?;

    let backend = PyModule::new(py, "backend")?;
    backend.setattr("__path__", vec![python_dir.join("backend").display().to_string()])?;
    let sdk = PyModule::new(py, "backend.sdk")?;
    sdk.setattr("__path__", vec![python_dir.join("backend").join("sdk").display().to_string()])?;
    sdk.add_class::<PluginManifest>()?;
    sdk.add_class::<BackendPlugin>()?;
    sdk.add_class::<AgentTool>()?;
    sdk.add_class::<PluginHost>()?;
    sdk.add_class::<crate::ws::Connection>()?;
    sdk.add_class::<crate::settings::plugin_store::PluginStore>()?;
    sdk.add("ConnectionClosed", py.get_type::<crate::ws::conn::ConnectionClosed>())?;
    sdk.add(
        "__all__",
        vec![
            "AgentTool",
            "BackendPlugin",
            "PluginHost",
            "PluginManifest",
            "Connection",
            "ConnectionClosed",
            "PluginStore",
        ],
    )?;

    let loader_mod = PyModule::new(py, "backend.sdk.loader")?;
    loader_mod.add_function(wrap_pyfunction!(load_plugins, &loader_mod)?)?;

    let registry_mod = PyModule::new(py, "backend.sdk.registry")?;
    registry_mod.add_function(wrap_pyfunction!(registry_getattr, &registry_mod)?)?;
    registry_mod.add_function(wrap_pyfunction!(provider_tools, &registry_mod)?)?;
    registry_mod.add_function(wrap_pyfunction!(invoke_agent_tool_blocking, &registry_mod)?)?;
    let code = c"import asyncio\nasync def invoke_agent_tool(name, args):\n    \"\"\"Run a plugin tool in the backend; failures come back as {'error': ...}.\"\"\"\n    return await asyncio.get_running_loop().run_in_executor(None, _invoke_agent_tool_blocking, name, dict(args or {}))\n";
    py.run(code, Some(&registry_mod.dict()), None)?;

    sdk.setattr("loader", &loader_mod)?;
    sdk.setattr("registry", &registry_mod)?;
    backend.setattr("sdk", &sdk)?;
    modules.set_item("backend", backend)?;
    modules.set_item("backend.sdk", sdk)?;
    modules.set_item("backend.sdk.loader", loader_mod)?;
    modules.set_item("backend.sdk.registry", registry_mod)?;
    Ok(())
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

#[pyfunction]
#[pyo3(name = "_invoke_agent_tool_blocking")]
fn invoke_agent_tool_blocking<'py>(
    py: Python<'py>,
    name: String,
    args: Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let args = convert::from_py(&args).map_err(pyo3::exceptions::PyValueError::new_err)?;
    let result = py.detach(|| crate::runtime().block_on(crate::tools::dispatch::invoke(&name, args)));
    convert::to_py(py, &result)
}
