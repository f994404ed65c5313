//! The native `backend.sdk` module: the contract plugin authors code against
//! (`PluginManifest`, `BackendPlugin`, `AgentTool`, `PluginHost`, `PluginStore`), implemented as
//! Rust pyclasses. `python/backend/sdk/*.pyi` describes the same API for editors (and is checked
//! against this module by the tests).
//!
//! Layering: the SDK sits on the bridge and the shared services. What a `PluginHost` offers that
//! belongs to a capability above it (broadcasting to `/ws` tabs) is installed into it by that
//! capability ([`set_broadcaster`]); the plugin registry adds `backend.sdk.loader` and
//! `backend.sdk.registry`, and `/ws` adds `Connection`, to the module [`install`] creates.
mod host;
mod http_client;
mod manifest;
mod plugin;
mod store;
mod tool;

pub(crate) use host::{set_broadcaster, PluginHost, Registrations};
pub(crate) use manifest::PluginManifest;
pub(crate) use plugin::BackendPlugin;
pub(crate) use store::PluginStore;
pub(crate) use tool::AgentTool;

use pyo3::prelude::*;
use pyo3::types::PyModule;
use std::path::Path;

/// Creates `backend` and `backend.sdk` in `sys.modules` (with `python_dir`'s stubs and bundled
/// plugins as their `__path__`) and returns `backend.sdk` for other layers to extend.
pub(crate) fn install<'py>(py: Python<'py>, python_dir: &Path) -> PyResult<Bound<'py, PyModule>> {
    let modules = py.import("sys")?.getattr("modules")?;
    let backend = PyModule::new(py, "backend")?;
    backend.setattr("__path__", vec![python_dir.join("backend").display().to_string()])?;
    let sdk = PyModule::new(py, "backend.sdk")?;
    sdk.setattr("__path__", vec![python_dir.join("backend").join("sdk").display().to_string()])?;
    sdk.add_class::<PluginManifest>()?;
    sdk.add_class::<BackendPlugin>()?;
    sdk.add_class::<AgentTool>()?;
    sdk.add_class::<PluginHost>()?;
    sdk.add_class::<PluginStore>()?;
    backend.setattr("sdk", &sdk)?;
    modules.set_item("backend", backend)?;
    modules.set_item("backend.sdk", &sdk)?;
    Ok(sdk)
}

/// Adds a submodule `backend.sdk.<name>` (registered in `sys.modules`) and returns it.
pub(crate) fn add_submodule<'py>(sdk: &Bound<'py, PyModule>, name: &str) -> PyResult<Bound<'py, PyModule>> {
    let py = sdk.py();
    let full = format!("backend.sdk.{name}");
    let module = PyModule::new(py, &full)?;
    sdk.setattr(name, &module)?;
    py.import("sys")?.getattr("modules")?.set_item(full, &module)?;
    Ok(module)
}
