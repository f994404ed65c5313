//! Runs plugin channel handlers, one frame at a time per connection (so a connection's frames
//! are handled in order), off the reader loop (so core channels keep flowing meanwhile).
use super::conn::ConnShared;
use crate::bridge::{convert, exc_summary, format_traceback, loop_thread, pool};
use pyo3::prelude::*;
use serde_json::Value;
use std::sync::Arc;
use tokio::sync::mpsc;

/// Frames waiting for a slow handler before new ones are refused with an error frame.
const BACKLOG: usize = 256;

pub struct Dispatcher {
    tx: mpsc::Sender<(String, Value)>,
    conn: Arc<ConnShared>,
}

impl Dispatcher {
    pub fn spawn(conn: Arc<ConnShared>) -> Self {
        let (tx, mut rx) = mpsc::channel::<(String, Value)>(BACKLOG);
        let worker_conn = conn.clone();
        tokio::spawn(async move {
            while let Some((channel, frame)) = rx.recv().await {
                run_one(&worker_conn, &channel, frame).await;
            }
        });
        Self { tx, conn }
    }

    pub fn dispatch(&self, channel: &str, frame: Value) {
        let reg = crate::plugins::registry::current();
        if !reg.channels.contains_key(channel) {
            self.conn.error(&format!("unknown channel {channel:?}"));
            return;
        }
        if self.tx.try_send((channel.to_string(), frame)).is_err() {
            self.conn.error(&format!("channel {channel:?} is busy: too many frames waiting; this one was dropped"));
        }
    }
}

async fn run_one(conn: &Arc<ConnShared>, channel: &str, frame: Value) {
    let reg = crate::plugins::registry::current();
    let Some(entry) = reg.channels.get(channel) else { return };
    let plugin = entry.plugin.clone();
    let (c1, c2) = (conn.clone(), conn.clone());
    let ch = channel.to_string();
    let report = move |py: pyo3::Python<'_>, e: pyo3::PyErr| {
        if e.is_instance_of::<super::conn::ConnectionClosed>(py) {
            // The client left while its handler was still answering: nothing to report.
            tracing::debug!(plugin = %plugin, channel = %ch, "handler replied to a closed connection");
            return;
        }
        tracing::error!(plugin = %plugin, channel = %ch, "channel handler failed:\n{}", format_traceback(py, &e));
        c2.error(&format!("channel {ch:?} (plugin {plugin:?}) failed: {}", exc_summary(py, &e)));
    };
    if entry.is_async {
        let reg2 = reg.clone();
        let ch = channel.to_string();
        loop_thread::call(
            move |py| {
                let handler = reg2.channels[&ch].handler.bind(py).clone();
                handler.call1((c1.python(py)?, convert::to_py(py, &frame)?))
            },
            move |py, outcome| {
                if let Err(e) = outcome {
                    report(py, e);
                }
            },
        )
        .await;
    } else {
        let reg2 = reg.clone();
        let ch = channel.to_string();
        let _ = pool::run(move |py| {
            let result = (|| {
                let handler = reg2.channels[&ch].handler.bind(py).clone();
                handler.call1((c1.python(py)?, convert::to_py(py, &frame)?))
            })();
            if let Err(e) = result {
                report(py, e);
            }
        })
        .await;
    }
}
