//! The binary's side of `backend.sdk.loader` and `backend.sdk.registry`: discovery and the
//! serving registry for `load_plugins()` (`horrible._host.sdk`), and the registry module's own
//! read-only views of what is served (`loaded`, `errors`, `provider_tools()`).
use super::{loader, registry};
use crate::bridge::convert;
use pyo3::exceptions::PyAttributeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyModule, PyTuple};
use std::path::PathBuf;

fn options(extra_dirs: &Bound<'_, PyTuple>) -> PyResult<loader::LoadOptions> {
    let mut opts = loader::options();
    let extra: Vec<PathBuf> = extra_dirs.get_item(0)?.extract()?;
    opts.plugin_dirs.extend(extra);
    Ok(opts)
}

/// Extends `backend.sdk.registry`; `load_options` is what `load_plugins()` uses. Returns the
/// registry module, which the tools capability extends with `invoke_agent_tool`.
pub(crate) fn install<'py>(
    sdk: &Bound<'py, PyModule>,
    load_options: loader::LoadOptions,
) -> PyResult<Bound<'py, PyModule>> {
    let py = sdk.py();
    loader::set_options(load_options);
    // `load_plugins(extra_dirs=...)`: the serving registry, loaded once per process.
    crate::sdk::install_native(py, "load_serving", |args| {
        if !registry::is_loaded() {
            let opts = options(args)?;
            registry::publish(args.py(), loader::load(args.py(), &opts));
        }
        Ok(args.py().None())
    })?;
    // `load_plugins(reg=...)`: what to import, for a registry of the caller's own.
    crate::sdk::install_native(py, "candidates", |args| {
        let py = args.py();
        let opts = options(args)?;
        let (found, _missing) = loader::candidates(py, &opts);
        let items = found
            .iter()
            .map(|c| loader::candidate_args(py, c, opts.bundled_dir.as_ref()))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any().unbind())
    })?;
    // From sys.modules: the package attribute `registry` is the registry object, as upstream.
    let registry_mod = py.import("backend.sdk.registry")?;
    registry_mod.add_function(wrap_pyfunction!(registry_getattr, &registry_mod)?)?;
    registry_mod.add_function(wrap_pyfunction!(provider_tools, &registry_mod)?)?;
    // The documented names (PyO3's automatic `__all__` would list `__getattr__` instead).
    registry_mod.setattr(
        "__all__",
        vec!["PluginRegistry", "errors", "invoke_agent_tool", "loaded", "provider_tools", "registry"],
    )?;
    Ok(registry_mod)
}

fn loaded(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let reg = registry::current();
    PyList::new(py, reg.plugins.iter().map(|p| p.manifest.get().object.clone_ref(py)))
}

/// `registry.loaded` and `registry.errors`: what is served, read live from the Rust registry.
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

/// Every served plugin tool in the provider form a model sees.
#[pyfunction]
fn provider_tools(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let reg = registry::current();
    let tools: Vec<serde_json::Value> = reg.tools.iter().map(|t| t.tool.get().provider_json()).collect();
    convert::to_py(py, &serde_json::Value::Array(tools))
}
