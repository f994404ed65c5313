//! Python `logging` -> Rust `tracing`: records of `plugin.<id>` loggers carry the plugin id.
use pyo3::prelude::*;
use pyo3::types::PyCFunction;

static PYLOG_PY: super::pymodule::EmbeddedModule = crate::host_module!("pylog");

fn emit(level: i32, name: &str, message: &str) {
    let plugin = name.strip_prefix("plugin.").unwrap_or("");
    match level {
        l if l >= 40 => tracing::error!(plugin, logger = name, "{message}"),
        l if l >= 30 => tracing::warn!(plugin, logger = name, "{message}"),
        l if l >= 20 => tracing::info!(plugin, logger = name, "{message}"),
        _ => tracing::debug!(plugin, logger = name, "{message}"),
    }
}

pub(crate) fn install(py: Python<'_>) -> PyResult<()> {
    let sink = PyCFunction::new_closure(py, None, None, |args, _| -> PyResult<()> {
        let (level, name, message): (i32, String, String) = args.extract()?;
        emit(level, &name, &message);
        Ok(())
    })?;
    PYLOG_PY.func(py, "install")?.call1((sink,))?;
    Ok(())
}
