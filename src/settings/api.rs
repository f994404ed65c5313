//! `GET/PUT/DELETE /api/settings[/{key}]` and `GET/PUT/DELETE /api/workspaces[/{id}]`.
use crate::endpoints::Endpoints;
use crate::reply::{detail, json_response};
use crate::services::Services;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, put};
use horrible_settings::Error;
use serde_json::{json, Value};
use std::sync::Arc;

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new()
        .route("/api/settings", get(all))
        .route("/api/settings/{key}", put(set).delete(delete))
        .route("/api/workspaces", get(workspaces))
        .route("/api/workspaces/{id}", put(put_workspace).delete(delete_workspace))
}

fn store_error(e: &Error) -> Response {
    let status = match e {
        Error::Db(_) | Error::Io(_) | Error::Corrupt { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::BAD_REQUEST,
    };
    detail(status, &e.to_string())
}

/// Parses a JSON object body; the error is the 400 message.
fn json_object(body: &Bytes) -> Result<serde_json::Map<String, Value>, String> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err("body must be a JSON object".into()),
        Err(e) => Err(format!("body is not valid JSON: {e}")),
    }
}

async fn all(State(app): State<Arc<Services>>) -> Response {
    json_response(StatusCode::OK, &json!({"values": app.settings.all_masked()}))
}

/// Runs a store write off the tokio workers (`SQLite` fsyncs before it returns); the error is
/// the response to send.
async fn write<T: Send + 'static>(
    app: &Arc<Services>,
    f: impl FnOnce(&Services) -> Result<T, Error> + Send + 'static,
) -> Result<T, Response> {
    let app = app.clone();
    match tokio::task::spawn_blocking(move || f(&app)).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(store_error(&e)),
        Err(_) => Err(detail(StatusCode::INTERNAL_SERVER_ERROR, "the settings store failed")),
    }
}

async fn set(State(app): State<Arc<Services>>, Path(key): Path<String>, body: Bytes) -> Response {
    let obj = match json_object(&body) {
        Ok(o) => o,
        Err(message) => return detail(StatusCode::BAD_REQUEST, &message),
    };
    let Some(value) = obj.get("value").cloned() else {
        return detail(StatusCode::BAD_REQUEST, "body must be {\"value\": <any JSON>}");
    };
    let (k, v) = (key.clone(), value.clone());
    match write(&app, move |services| services.set_setting(&k, &v)).await {
        Ok(()) => json_response(StatusCode::OK, &json!({"key": key, "value": value})),
        Err(resp) => resp,
    }
}

async fn delete(State(app): State<Arc<Services>>, Path(key): Path<String>) -> Response {
    match write(&app, move |services| services.delete_setting(&key)).await {
        Ok(_) => json_response(StatusCode::OK, &json!({"values": app.settings.all_masked()})),
        Err(resp) => resp,
    }
}

async fn workspaces(State(app): State<Arc<Services>>) -> Response {
    match app.settings.workspaces() {
        Ok((active, list)) => json_response(StatusCode::OK, &json!({"active": active, "workspaces": list})),
        Err(e) => store_error(&e),
    }
}

async fn put_workspace(State(app): State<Arc<Services>>, Path(id): Path<String>, body: Bytes) -> Response {
    let obj = match json_object(&body) {
        Ok(o) => o,
        Err(message) => return detail(StatusCode::BAD_REQUEST, &message),
    };
    let name = obj.get("name").and_then(Value::as_str).unwrap_or(&id).to_string();
    let layout = obj.get("layout").cloned().unwrap_or(Value::Null);
    let active = obj.get("active").and_then(Value::as_bool).unwrap_or(false);
    match write(&app, move |services| services.settings.put_workspace(&id, &name, &layout, active)).await {
        Ok(ws) => json_response(StatusCode::OK, &serde_json::to_value(ws).unwrap_or_default()),
        Err(resp) => resp,
    }
}

async fn delete_workspace(State(app): State<Arc<Services>>, Path(id): Path<String>) -> Response {
    match write(&app, move |services| services.settings.delete_workspace(&id)).await {
        Ok(deleted) => json_response(StatusCode::OK, &json!({"deleted": deleted})),
        Err(resp) => resp,
    }
}
