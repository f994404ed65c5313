//! The `dash` REPL on the `repl` /ws channel: sessions ([`session`]) each own a long-lived
//! Python thread and a persistent namespace; the kernel and the `dash` handle are Python
//! (`horrible._host.kernel`); backend-local facades call into Rust ([`host`]).
mod host;
mod session;

use crate::ws::{Channel, ConnShared};
use pyo3::prelude::*;
use serde_json::Value;
use std::sync::Arc;

/// The `repl` channel.
pub(crate) struct ReplChannel;

impl Channel for ReplChannel {
    fn name(&self) -> &'static str {
        "repl"
    }
    fn on_frame(&self, conn: &Arc<ConnShared>, frame: Value) {
        session::on_frame(conn, &frame);
    }
    fn on_close(&self, conn: &Arc<ConnShared>) {
        session::on_close(conn);
    }
}

/// Prepares the kernel: hands it the browser's tool catalog (it checks that every tool a
/// `dash` facade relays is there) and returns the names `dash` owns, which plugin facades may
/// not take.
pub(crate) fn install(py: Python<'_>) -> PyResult<Vec<String>> {
    let kernel = session::kernel(py)?;
    let tools = crate::bridge::convert::to_py(py, &Value::Array(crate::tools::catalog::BROWSER_TOOLS.clone()))?;
    kernel.call_method1("set_browser_tools", (tools,))?;
    kernel.call_method0("core_names")?.extract()
}
