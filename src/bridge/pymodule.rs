//! Loads the host's own Python helper modules (shipped inside the binary with `include_str!`)
//! into `sys.modules`, so Rust can call small, well-tested Python functions by name.
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyModule;
use std::ffi::CString;

/// An embedded Python module, compiled on first use and cached for the life of the process.
pub struct EmbeddedModule {
    name: &'static str,
    source: &'static str,
    cell: PyOnceLock<Py<PyModule>>,
}

impl EmbeddedModule {
    pub const fn new(name: &'static str, source: &'static str) -> Self {
        Self { name, source, cell: PyOnceLock::new() }
    }

    pub fn get<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyModule>> {
        self.cell
            .get_or_try_init(py, || {
                let code = CString::new(self.source).expect("module source has no NUL");
                let file = CString::new(format!("<horrible:{}>", self.name)).unwrap();
                let name = CString::new(self.name).unwrap();
                let module = PyModule::from_code(py, &code, &file, &name)?;
                py.import("sys")?.getattr("modules")?.set_item(self.name, &module)?;
                Ok(module.unbind())
            })
            .map(|m| m.bind(py))
    }

    pub fn func<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        self.get(py)?.getattr(name)
    }
}
