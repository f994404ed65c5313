//! Plugin control over HTTP and for the REPL: `POST /api/plugins/{id}/reload|enable|disable`
//! and `POST /api/plugins/rescan` (state-changing, so behind the guard's Origin check like every
//! POST), and the same answers in-process as `plugins_control(action, id, cascade)` for
//! `dash.plugins`. A host started with `--locked` refuses them all with 403.
use crate::endpoints::Endpoints;
use crate::plugins::control::{self, Answer};
use crate::reply::json_response;
use crate::services::Services;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::post;
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new()
        .route("/api/plugins/rescan", post(rescan))
        .route("/api/plugins/{id}/reload", post(reload))
        .route("/api/plugins/{id}/enable", post(enable))
        .route("/api/plugins/{id}/disable", post(disable))
}

#[derive(Deserialize, Default)]
struct DisableQuery {
    #[serde(default)]
    cascade: Option<String>,
}

fn truthy(v: Option<&str>) -> bool {
    matches!(v, Some("1" | "true" | "yes" | ""))
}

/// The answer for `action`, or the 403 of a locked host.
pub(crate) async fn run(action: &str, id: Option<&str>, cascade: bool) -> Answer {
    if crate::services::try_get().is_some_and(|s| s.config.locked) && action != "list" {
        return Answer {
            status: 403,
            body: json!({"detail": "plugin control is locked: the host was started with --locked"}),
        };
    }
    match (action, id) {
        ("reload", Some(id)) => control::reload(id).await,
        ("enable", Some(id)) => control::enable(id).await,
        ("disable", Some(id)) => control::disable(id, cascade).await,
        ("rescan", _) => control::rescan().await,
        ("list", _) => Answer { status: 200, body: super::plugins_report(&crate::plugins::registry::current()) },
        _ => Answer {
            status: 422,
            body: json!({"detail": format!("unknown action {action:?} (reload, enable, disable, rescan, list; with an id where one is needed)")}),
        },
    }
}

fn reply(answer: &Answer) -> Response {
    json_response(StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), &answer.body)
}

async fn reload(Path(id): Path<String>) -> Response {
    reply(&run("reload", Some(&id), false).await)
}

async fn enable(Path(id): Path<String>) -> Response {
    reply(&run("enable", Some(&id), false).await)
}

async fn disable(Path(id): Path<String>, Query(q): Query<DisableQuery>) -> Response {
    reply(&run("disable", Some(&id), truthy(q.cascade.as_deref())).await)
}

async fn rescan() -> Response {
    reply(&run("rescan", None, false).await)
}

/// `plugins_control(action, plugin_id, cascade) -> (status, json)` for `dash.plugins`: blocks
/// the calling thread (a REPL session's, never the loop thread), with the GIL released.
pub(crate) fn install_python(py: pyo3::Python<'_>) -> pyo3::PyResult<()> {
    crate::sdk::install_native(py, "plugins_control", |args| {
        use pyo3::prelude::*;
        let py = args.py();
        let action: String = args.get_item(0)?.extract()?;
        let id: Option<String> = args.get_item(1)?.extract()?;
        let cascade: bool = args.get_item(2)?.extract()?;
        if crate::bridge::loop_thread::is_loop_thread() {
            return Err(pyo3::exceptions::PyRuntimeError::new_err(
                "plugins_control cannot run on the event loop thread (it waits for the loop)",
            ));
        }
        let answer = py.detach(|| {
            crate::bridge::runtime::handle().block_on(async move { run(&action, id.as_deref(), cascade).await })
        });
        let body = serde_json::to_string(&answer.body).unwrap_or_default();
        Ok((answer.status, body).into_pyobject(py)?.into_any().unbind())
    })
}
