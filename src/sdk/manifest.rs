//! A plugin's identity as the host keeps it: read once from its `PluginManifest` (or any object
//! with the same attributes, as upstream only reads them).
use pyo3::prelude::*;

pub(crate) struct Manifest {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) version: String,
    pub(crate) description: String,
    /// The plugin's own object, handed back to Python (`registry.loaded`).
    pub(crate) object: Py<PyAny>,
}

fn text(obj: &Bound<'_, PyAny>, attr: &str, default: Option<&str>) -> PyResult<String> {
    match (obj.getattr(attr), default) {
        (Ok(v), _) => v.str().map(|s| s.to_string()),
        (Err(_), Some(d)) => Ok(d.to_string()),
        (Err(e), None) => Err(e),
    }
}

impl Manifest {
    pub(crate) fn read(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        let id: String = obj.getattr("id")?.extract()?;
        Ok(Self {
            id,
            name: text(obj, "name", Some(""))?,
            version: text(obj, "version", Some("0.0.0"))?,
            description: text(obj, "description", Some(""))?,
            object: obj.clone().unbind(),
        })
    }

    /// Why the id is unusual (it still loads, as upstream; its default prefix carries the id).
    pub(crate) fn id_warning(&self) -> Option<String> {
        let plain = self.id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
            && self.id.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
        (!plain).then(|| {
            format!(
                "plugin id {:?} has characters other than letters, digits, '.', '_' and '-' (its default route prefix is /api/plugins/{})",
                self.id, self.id
            )
        })
    }
}
