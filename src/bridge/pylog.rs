//! Python `logging` -> Rust `tracing`: records of `plugin.<id>` loggers carry the plugin id.
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyDict};

fn emit(level: i32, name: &str, message: &str) {
    let plugin = name.strip_prefix("plugin.").unwrap_or("");
    match level {
        l if l >= 40 => tracing::error!(plugin, logger = name, "{message}"),
        l if l >= 30 => tracing::warn!(plugin, logger = name, "{message}"),
        l if l >= 20 => tracing::info!(plugin, logger = name, "{message}"),
        _ => tracing::debug!(plugin, logger = name, "{message}"),
    }
}

pub fn install(py: Python<'_>) -> PyResult<()> {
    let sink = PyCFunction::new_closure(py, None, None, |args, _| -> PyResult<()> {
        let (level, name, message): (i32, String, String) = args.extract()?;
        emit(level, &name, &message);
        Ok(())
    })?;
    let globals = PyDict::new(py);
    globals.set_item("_sink", sink)?;
    py.run(
        c"import logging
class TracingHandler(logging.Handler):
    def emit(self, record):
        try:
            _sink(record.levelno, record.name, self.format(record))
        except Exception:
            self.handleError(record)
root = logging.getLogger()
root.addHandler(TracingHandler())
if root.level == logging.WARNING:
    root.setLevel(logging.INFO)
logging.getLogger('plugin').setLevel(logging.DEBUG)
",
        Some(&globals),
        None,
    )
}
