//! `PluginManifest`: a plugin's immutable identity.
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// `PluginManifest(id, name, version="0.0.0", description="")`, immutable.
#[pyclass(frozen, eq, hash, module = "backend.sdk", get_all)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub(crate) struct PluginManifest {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) version: String,
    pub(crate) description: String,
}

#[pymethods]
impl PluginManifest {
    #[new]
    #[pyo3(signature = (id, name, version = "0.0.0".to_string(), description = String::new()))]
    fn new(id: String, name: String, version: String, description: String) -> PyResult<Self> {
        let valid = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && id.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
        if !valid {
            return Err(PyValueError::new_err(format!(
                "invalid plugin id {id:?}: use letters, digits, '.', '_' or '-', starting with a letter or digit"
            )));
        }
        Ok(Self { id, name, version, description })
    }

    fn __repr__(&self) -> String {
        format!(
            "PluginManifest(id={:?}, name={:?}, version={:?}, description={:?})",
            self.id, self.name, self.version, self.description
        )
    }
}
