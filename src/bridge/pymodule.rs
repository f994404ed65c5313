//! The host's own Python package, `horrible._host` (`python/horrible/_host/*.py`), compiled into
//! the binary and loaded into `sys.modules` on first use, so Rust can call small, unit-tested
//! Python functions by name.
//!
//! Why not import it from disk: the binary must work wherever it is copied. Why the real file
//! name: tracebacks then name `python/horrible/_host/<name>.py` and its lines, and the source is
//! put in `linecache` so those lines show even where the file is not on disk.
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyModule;
use std::ffi::CString;

/// Declares an [`EmbeddedModule`] for `python/horrible/_host/<name>.py`.
#[macro_export]
macro_rules! host_module {
    ($name:literal) => {
        $crate::bridge::pymodule::EmbeddedModule::new(
            concat!("horrible._host.", $name),
            concat!(env!("CARGO_MANIFEST_DIR"), "/python/horrible/_host/", $name, ".py"),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/python/horrible/_host/", $name, ".py")),
        )
    };
}

/// An embedded Python module, compiled on first use and cached for the life of the process.
pub(crate) struct EmbeddedModule {
    name: &'static str,
    file: &'static str,
    source: &'static str,
    cell: PyOnceLock<Py<PyModule>>,
}

impl EmbeddedModule {
    pub(crate) const fn new(name: &'static str, file: &'static str, source: &'static str) -> Self {
        Self { name, file, source, cell: PyOnceLock::new() }
    }

    pub(crate) fn get<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyModule>> {
        self.cell
            .get_or_try_init(py, || {
                ensure_packages(py)?;
                remember_source(py, self.file, self.source)?;
                let code = CString::new(self.source).expect("module source has no NUL");
                let file = CString::new(self.file).expect("path has no NUL");
                let name = CString::new(self.name).expect("name has no NUL");
                let module = PyModule::from_code(py, &code, &file, &name)?;
                py.import("sys")?.getattr("modules")?.set_item(self.name, &module)?;
                let short = self.name.rsplit('.').next().unwrap_or(self.name);
                py.import("horrible._host")?.setattr(short, &module)?;
                Ok(module.unbind())
            })
            .map(|m| m.bind(py))
    }

    pub(crate) fn func<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        self.get(py)?.getattr(name)
    }
}

/// `horrible` and `horrible._host` as (empty) packages, unless a real one is importable.
fn ensure_packages(py: Python<'_>) -> PyResult<()> {
    let modules = py.import("sys")?.getattr("modules")?;
    for (name, parent) in [("horrible", None), ("horrible._host", Some("horrible"))] {
        if modules.contains(name)? {
            continue;
        }
        let module = PyModule::new(py, name)?;
        module.setattr("__path__", Vec::<String>::new())?;
        modules.set_item(name, &module)?;
        if let Some(parent) = parent {
            modules.get_item(parent)?.setattr("_host", &module)?;
        }
    }
    Ok(())
}

/// Puts the source in `linecache`, as `(size, mtime=None, lines, name)`: entries with no mtime
/// are never checked against the disk, so tracebacks show the embedded lines.
fn remember_source(py: Python<'_>, file: &str, source: &str) -> PyResult<()> {
    let lines: Vec<String> = source.split_inclusive('\n').map(str::to_string).collect();
    let entry = (source.len(), py.None(), lines, file);
    py.import("linecache")?.getattr("cache")?.set_item(file, entry)?;
    Ok(())
}
