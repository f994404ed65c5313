//! Starting and stopping plugin versions: each plugin's startup hooks, then its router lifespan
//! (`APIRouter(lifespan=...)`, `on_event`, `on_startup=`) on the way up; the lifespan's
//! shutdown, then the shutdown hooks on the way down. That is the order `FastAPI` gives an app
//! whose own lifespan runs the hooks and which then includes the routers. At boot and shutdown
//! plugins go in load order; a reload starts the new version before it is served and stops
//! the old one once nothing in flight holds it.
//!
//! At boot a hook that raises is logged and skipped, as upstream; a reload or an enable is
//! strict: the new version must start, or the old one keeps serving.
use super::version::{Failure, PluginVersion};
use crate::bridge::{exc_summary, format_traceback, loop_thread};
use parking_lot::Mutex;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use std::collections::HashMap;
use std::sync::Arc;

/// The router lifespans that started (`lifespans.RouterLifespan`), by plugin version.
static RUNNING: Mutex<Option<HashMap<u64, Py<PyAny>>>> = Mutex::new(None);

/// Runs a version's startup hooks and enters its router lifespan. `strict`: stop at the first
/// failure and return it (what was started of the version is stopped again).
pub(crate) async fn start(v: &Arc<PluginVersion>, strict: bool) -> Result<(), Failure> {
    let id = v.id().to_string();
    for hook in &v.startup {
        let outcome = hook
            .call_on_loop(
                |py| Ok(PyTuple::empty(py)),
                |py, outcome| outcome.map(|_| ()).map_err(|e| Failure::from_py(py, "startup", &e)),
            )
            .await
            .unwrap_or_else(|| Err(Failure::plain("startup", "CancelledError: the startup hook was cancelled")));
        match outcome {
            Ok(()) => tracing::debug!(plugin = %id, "startup hook ran"),
            Err(f) if strict => return Err(f),
            Err(f) => tracing::error!(plugin = %id, "startup hook failed ({}); skipped:\n{}", f.error, f.traceback),
        }
    }
    if v.lifespan.is_some() {
        if let Err(f) = start_lifespan(v).await {
            if strict {
                return Err(f);
            }
            tracing::error!(plugin = %id, "router lifespan startup failed ({}):\n{}", f.error, f.traceback);
        }
    }
    Ok(())
}

/// Stops a version: its router lifespan's shutdown, then its shutdown hooks (each failure
/// logged, the rest still run).
pub(crate) async fn stop(v: &Arc<PluginVersion>) {
    let id = v.id().to_string();
    let running = RUNNING.lock().as_mut().and_then(|m| m.remove(&v.generation));
    if let Some(obj) = running {
        let outcome = loop_thread::call(
            move |py| obj.bind(py).call_method0("shutdown"),
            |py, outcome| outcome.map(|_| ()).map_err(|e| (exc_summary(py, &e), format_traceback(py, &e))),
        )
        .await;
        match outcome {
            Some(Ok(())) => tracing::debug!(plugin = %id, "router lifespan shutdown ran"),
            Some(Err((summary, tb))) => tracing::error!(plugin = %id, "router lifespan shutdown failed ({summary}):\n{tb}"),
            None => tracing::error!(plugin = %id, "router lifespan shutdown was cancelled"),
        }
    }
    for hook in &v.shutdown {
        let outcome = hook
            .call_on_loop(
                |py| Ok(PyTuple::empty(py)),
                |py, outcome| outcome.map(|_| ()).map_err(|e| (exc_summary(py, &e), format_traceback(py, &e))),
            )
            .await;
        match outcome {
            Some(Ok(())) => tracing::debug!(plugin = %id, "shutdown hook ran"),
            Some(Err((summary, tb))) => tracing::error!(plugin = %id, "shutdown hook failed ({summary}); skipped:\n{tb}"),
            None => tracing::error!(plugin = %id, "shutdown hook was cancelled"),
        }
    }
}

/// Enters a version's router lifespan and records the state it yielded (its routes' requests
/// carry it as `request.state`).
async fn start_lifespan(v: &Arc<PluginVersion>) -> Result<(), Failure> {
    let Some(spec) = v.lifespan.clone() else { return Ok(()) };
    let plugin = v.id().to_string();
    let started: Arc<Mutex<Option<Py<PyAny>>>> = Arc::default();
    let slot = started.clone();
    let outcome = loop_thread::call(
        move |py| {
            let obj = spec.build(py)?;
            *slot.lock() = Some(obj.clone().unbind());
            obj.call_method0("startup")
        },
        move |py, outcome| match outcome {
            Ok(state) => {
                if let Ok(state) = state.cast_into::<PyDict>() {
                    super::lifespan::set_state(&plugin, state.unbind());
                }
                Ok(())
            }
            Err(e) => Err(Failure::from_py(py, "startup", &e)),
        },
    )
    .await
    .unwrap_or_else(|| Err(Failure::plain("startup", "CancelledError: the router lifespan was cancelled")));
    let obj = started.lock().take();
    match (outcome, obj) {
        (Ok(()), Some(obj)) => {
            RUNNING.lock().get_or_insert_with(HashMap::new).insert(v.generation, obj);
            Ok(())
        }
        (outcome, obj) => {
            // Dropped on the loop thread: no GIL on a tokio worker.
            if let Some(obj) = obj {
                loop_thread::submit(Box::new(move |_py| drop(obj)));
            }
            outcome
        }
    }
}
