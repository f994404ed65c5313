//! `backend.sdk`, the contract plugin authors code against. The types plugin code touches
//! (`PluginManifest`, `AgentTool`, `BackendPlugin`, `PluginHost`, `PluginRegistry`) are Python
//! dataclasses and classes embedded in the binary (`python/horrible/_host/sdk.py`), so they behave
//! as upstream's do; this module publishes them under upstream's module names and reads what a
//! plugin registered into plain Rust specs ([`AgentTool`], [`Manifest`]) for the capabilities.
//! `python/backend/sdk/*.pyi` describes the same API for editors (checked by stubtest).
//!
//! Layering: the SDK sits on the bridge and the shared services. What a `PluginHost` offers that
//! belongs to a capability above it (broadcasting to `/ws` tabs) is installed into it by that
//! capability ([`set_broadcaster`]); the plugin layer installs discovery and the serving registry
//! ([`install_native`]), and `/ws` adds `Connection`.
mod host;
mod http_client;
mod manifest;
mod store;
mod tool;

pub(crate) use host::{new_host, read_one, read_registrations, set_broadcaster, Registrations};
pub(crate) use manifest::Manifest;
pub(crate) use store::PluginStore;
pub(crate) use tool::AgentTool;

use crate::bridge::pymodule::EmbeddedModule;
use pyo3::prelude::*;
use pyo3::types::{IntoPyDict, PyCFunction, PyDict, PyModule, PyTuple};
use std::path::Path;
use std::sync::Arc;

pub(crate) static SDK_PY: EmbeddedModule = crate::host_module!("sdk");

/// A spec read from a plugin's Python object, shared by every registry snapshot that holds it.
/// (`get()` is how readers reach it, as they did when it was a frozen pyclass.)
pub(crate) struct Spec<T>(Arc<T>);

impl<T> Spec<T> {
    pub(crate) fn new(value: T) -> Self {
        Self(Arc::new(value))
    }
    pub(crate) fn get(&self) -> &T {
        &self.0
    }
    /// Whether this is the only handle (nothing in flight holds the spec).
    pub(crate) fn is_unique(&self) -> bool {
        Arc::strong_count(&self.0) == 1
    }
}

impl<T> Clone for Spec<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

/// Each public module and the names it exports, as upstream's `backend/sdk/` has them.
const MODULES: &[(&str, &[&str])] = &[
    (
        "types",
        &["AgentTool", "AgentToolHandler", "DashFacadeFactory", "LifecycleHook", "PluginManifest", "WsChannelHandler"],
    ),
    ("host", &["BackendPlugin", "PluginHost"]),
    ("registry", &["PluginRegistry", "_MountedRouter", "registry"]),
    ("loader", &["load_plugins"]),
];

/// Creates `backend`, `backend.sdk` and its submodules in `sys.modules` (with `python_dir`'s
/// stubs and bundled plugins as their `__path__`) and returns `backend.sdk` for other layers to
/// extend.
pub(crate) fn install<'py>(py: Python<'py>, python_dir: &Path) -> PyResult<Bound<'py, PyModule>> {
    let modules = py.import("sys")?.getattr("modules")?;
    let backend = PyModule::new(py, "backend")?;
    backend.setattr("__path__", vec![python_dir.join("backend").display().to_string()])?;
    let sdk = PyModule::new(py, "backend.sdk")?;
    sdk.setattr("__path__", vec![python_dir.join("backend").join("sdk").display().to_string()])?;
    backend.setattr("sdk", &sdk)?;
    modules.set_item("backend", backend)?;
    modules.set_item("backend.sdk", &sdk)?;
    let source = SDK_PY.get(py)?;
    let mut all: Vec<&str> = vec!["PluginStore"];
    for (name, names) in MODULES {
        let module = add_submodule(&sdk, name)?;
        for item in *names {
            module.setattr(*item, source.getattr(*item)?)?;
            if !item.starts_with('_') {
                sdk.setattr(*item, source.getattr(*item)?)?;
                all.push(item);
            }
        }
    }
    sdk.add_class::<PluginStore>()?;
    all.sort_unstable();
    sdk.setattr("__all__", all)?;
    install_native(py, "store", |args| {
        let plugin: String = args.get_item(0)?.extract()?;
        PluginStore::for_plugin(args.py(), &plugin)
    })?;
    install_native(py, "broadcast", |args| {
        let n = host::broadcast(&args.get_item(0)?)?;
        Ok(n.into_pyobject(args.py())?.into_any().unbind())
    })?;
    let client = PyCFunction::new_closure(
        py,
        None,
        None,
        |args: &Bound<'_, PyTuple>, kwargs: Option<&Bound<'_, PyDict>>| -> PyResult<Py<PyAny>> {
            let sync: bool = args.get_item(0)?.extract()?;
            Ok(http_client::make_client(args.py(), sync, kwargs)?.unbind())
        },
    )?;
    SDK_PY.func(py, "install_native")?.call((), Some(&[("http_client", client)].into_py_dict(py)?))?;
    Ok(sdk)
}

/// Gives `horrible._host.sdk` a function only the binary has (positional arguments only).
pub(crate) fn install_native(
    py: Python<'_>,
    name: &str,
    f: impl Fn(&Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> + Send + Sync + 'static,
) -> PyResult<()> {
    let func = PyCFunction::new_closure(py, None, None, move |args, _kwargs| f(args))?;
    SDK_PY.func(py, "install_native")?.call((), Some(&[(name, func)].into_py_dict(py)?))?;
    Ok(())
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
