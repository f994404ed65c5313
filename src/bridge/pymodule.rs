//! The host's own Python package, `horrible._host` (`python/horrible/_host/*.py`), compiled into
//! the binary and imported through a finder on `sys.meta_path`, so Rust can call small,
//! unit-tested Python functions by name and those modules can import each other in any order
//! (`from horrible._host.routes import ...` works whichever module is loaded first).
//!
//! Why not import it from disk: the binary must work wherever it is copied. Why the real file
//! name: tracebacks then name `python/horrible/_host/<name>.py` and its lines, and the source is
//! put in `linecache` (and served by the loader's `get_source`) so those lines show even where
//! the file is not on disk.
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyModule};

/// One embedded module: its dotted name, the file it was built from, its source text.
struct EmbeddedFile {
    name: &'static str,
    file: &'static str,
    text: &'static str,
    is_package: bool,
}

macro_rules! embedded {
    ($module:literal, $file:literal, $package:literal) => {
        EmbeddedFile {
            name: $module,
            file: concat!(env!("CARGO_MANIFEST_DIR"), "/python/", $file),
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/python/", $file)),
            is_package: $package,
        }
    };
    ($stem:literal) => {
        EmbeddedFile {
            name: concat!("horrible._host.", $stem),
            file: concat!(env!("CARGO_MANIFEST_DIR"), "/python/horrible/_host/", $stem, ".py"),
            text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/python/horrible/_host/", $stem, ".py")),
            is_package: false,
        }
    };
}

/// Every file of `python/horrible` (a unit test checks that none is missing).
static SOURCES: &[EmbeddedFile] = &[
    embedded!("horrible", "horrible/__init__.py", true),
    embedded!("horrible._host", "horrible/_host/__init__.py", true),
    embedded!("channels"),
    embedded!("fastpath"),
    embedded!("kernel"),
    embedded!("lifespans"),
    embedded!("main"),
    embedded!("openapi"),
    embedded!("outbound"),
    embedded!("plugin_control"),
    embedded!("pylog"),
    embedded!("registry"),
    embedded!("routes"),
    embedded!("sdk"),
    embedded!("websocket_routes"),
];

fn lookup(name: &str) -> Option<&'static EmbeddedFile> {
    SOURCES.iter().find(|s| s.name == name)
}

/// Declares an [`EmbeddedModule`] for `python/horrible/_host/<name>.py` (the file must exist).
#[macro_export]
macro_rules! host_module {
    ($name:literal) => {{
        const _: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/python/horrible/_host/", $name, ".py"));
        $crate::bridge::pymodule::EmbeddedModule::new(concat!("horrible._host.", $name))
    }};
}

/// A handle on an embedded module: imported (through the finder) on first use and cached for
/// the life of the process. The module object is the one in `sys.modules`, the same one any
/// Python `import` of that name gets.
pub(crate) struct EmbeddedModule {
    name: &'static str,
    cell: PyOnceLock<Py<PyModule>>,
}

impl EmbeddedModule {
    pub(crate) const fn new(name: &'static str) -> Self {
        Self { name, cell: PyOnceLock::new() }
    }

    pub(crate) fn get<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyModule>> {
        self.cell
            .get_or_try_init(py, || {
                install_finder(py)?;
                Ok(py.import(self.name)?.unbind())
            })
            .map(|m| m.bind(py))
    }

    pub(crate) fn func<'py>(&self, py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        self.get(py)?.getattr(name)
    }
}

/// Puts [`EmbeddedFinder`] first on `sys.meta_path` (once), so `horrible` and `horrible._host.*`
/// always come from the binary, never from some `horrible` package on `sys.path`.
pub(super) fn install_finder(py: Python<'_>) -> PyResult<()> {
    static INSTALLED: PyOnceLock<()> = PyOnceLock::new();
    INSTALLED.get_or_try_init(py, || {
        let meta_path = py.import("sys")?.getattr("meta_path")?;
        meta_path.call_method1("insert", (0, Bound::new(py, EmbeddedFinder)?))?;
        Ok::<_, PyErr>(())
    })?;
    Ok(())
}

/// A meta-path finder and loader over [`SOURCES`] (PEP 451: `find_spec`, `create_module`,
/// `exec_module`; `get_source` and `is_package` for `linecache`, `inspect` and `pkgutil`).
#[pyclass(frozen, module = "horrible")]
struct EmbeddedFinder;

#[pymethods]
impl EmbeddedFinder {
    #[pyo3(signature = (fullname, path = None, target = None))]
    fn find_spec<'py>(
        slf: &Bound<'py, Self>,
        fullname: &str,
        path: Option<Bound<'py, PyAny>>,
        target: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        let _ = (path, target);
        let Some(source) = lookup(fullname) else { return Ok(None) };
        let py = slf.py();
        let kwargs = PyDict::new(py);
        kwargs.set_item("origin", source.file)?;
        kwargs.set_item("is_package", source.is_package)?;
        let spec = py.import("importlib.util")?.call_method("spec_from_loader", (fullname, slf), Some(&kwargs))?;
        // `__file__` is the origin, as for a module loaded from that file.
        spec.setattr("has_location", true)?;
        Ok(Some(spec))
    }

    #[staticmethod]
    fn create_module(spec: &Bound<'_, PyAny>) -> Option<Py<PyAny>> {
        let _ = spec;
        None // the default module object
    }

    #[staticmethod]
    fn exec_module(module: &Bound<'_, PyModule>) -> PyResult<()> {
        let py = module.py();
        let name: String = module.getattr("__spec__")?.getattr("name")?.extract()?;
        let source = lookup(&name)
            .ok_or_else(|| pyo3::exceptions::PyImportError::new_err(format!("{name} is not embedded in horrible")))?;
        remember_source(py, source.file, source.text)?;
        let builtins = py.import("builtins")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("dont_inherit", true)?;
        let code = builtins.call_method("compile", (source.text, source.file, "exec"), Some(&kwargs))?;
        builtins.call_method1("exec", (code, module.dict()))?;
        Ok(())
    }

    #[staticmethod]
    fn get_source(fullname: &str) -> Option<&'static str> {
        lookup(fullname).map(|s| s.text)
    }

    #[staticmethod]
    fn is_package(fullname: &str) -> PyResult<bool> {
        lookup(fullname)
            .map(|s| s.is_package)
            .ok_or_else(|| pyo3::exceptions::PyImportError::new_err(format!("{fullname} is not embedded in horrible")))
    }
}

/// Puts the source in `linecache`, as `(size, mtime=None, lines, name)`: entries with no mtime
/// are never checked against the disk, so tracebacks show the embedded lines.
fn remember_source(py: Python<'_>, file: &str, source: &str) -> PyResult<()> {
    let lines: Vec<String> = source.split_inclusive('\n').map(str::to_string).collect();
    let entry = (source.len(), py.None(), lines, file);
    py.import("linecache")?.getattr("cache")?.set_item(file, entry)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn every_file_of_the_package_is_embedded() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("python");
        let mut on_disk = Vec::new();
        for dir in ["horrible", "horrible/_host"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("python/horrible is readable") {
                let path = entry.expect("a directory entry").path();
                if path.extension().is_some_and(|e| e == "py") {
                    on_disk.push(path.strip_prefix(&root).expect("under python/").to_string_lossy().replace('\\', "/"));
                }
            }
        }
        on_disk.sort();
        let mut embedded: Vec<String> = super::SOURCES
            .iter()
            .map(|s| s.file.rsplit_once("/python/").expect("under python/").1.to_string())
            .collect();
        embedded.sort();
        assert_eq!(embedded, on_disk, "list every python/horrible file in SOURCES (src/bridge/pymodule.rs)");
    }

    #[test]
    fn names_match_files() {
        for s in super::SOURCES {
            let expected = if s.is_package {
                format!("{}/__init__.py", s.name.replace('.', "/"))
            } else {
                format!("{}.py", s.name.replace('.', "/"))
            };
            assert!(s.file.ends_with(&expected), "{} is not {}", s.name, s.file);
        }
    }
}
