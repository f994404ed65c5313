//! `GET/PUT/DELETE /api/settings[/{key}]` and `GET/PUT/DELETE /api/workspaces[/{id}]`.
use crate::app::App;
use crate::http::{detail, json_response};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, put};
use axum::Router;
use horrible_settings::Error;
use serde_json::{json, Value};
use std::sync::Arc;

pub fn routes() -> Router<Arc<App>> {
    Router::new()
        .route("/api/settings", get(all))
        .route("/api/settings/{key}", put(set).delete(delete))
        .route("/api/workspaces", get(workspaces))
        .route("/api/workspaces/{id}", put(put_workspace).delete(delete_workspace))
}

fn store_error(e: Error) -> Response {
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

async fn all(State(app): State<Arc<App>>) -> Response {
    json_response(StatusCode::OK, &json!({"values": app.settings.all_masked()}))
}

async fn set(State(app): State<Arc<App>>, Path(key): Path<String>, body: Bytes) -> Response {
    let obj = match json_object(&body) {
        Ok(o) => o,
        Err(message) => return detail(StatusCode::BAD_REQUEST, &message),
    };
    let Some(value) = obj.get("value") else { return detail(StatusCode::BAD_REQUEST, "body must be {\"value\": <any JSON>}") };
    let app2 = app.clone();
    let (k, v) = (key.clone(), value.clone());
    // SQLite's fsync must not stall a tokio worker.
    match tokio::task::spawn_blocking(move || app2.settings.set(&k, &v)).await {
        Ok(Ok(())) => {
            app.apply_settings();
            json_response(StatusCode::OK, &json!({"key": key, "value": value}))
        }
        Ok(Err(e)) => store_error(e),
        Err(_) => detail(StatusCode::INTERNAL_SERVER_ERROR, "settings write failed"),
    }
}

async fn delete(State(app): State<Arc<App>>, Path(key): Path<String>) -> Response {
    let app2 = app.clone();
    match tokio::task::spawn_blocking(move || app2.settings.delete(&key)).await {
        Ok(Ok(_)) => {
            app.apply_settings();
            json_response(StatusCode::OK, &json!({"values": app.settings.all_masked()}))
        }
        Ok(Err(e)) => store_error(e),
        Err(_) => detail(StatusCode::INTERNAL_SERVER_ERROR, "settings write failed"),
    }
}

async fn workspaces(State(app): State<Arc<App>>) -> Response {
    match app.settings.workspaces() {
        Ok((active, list)) => json_response(StatusCode::OK, &json!({"active": active, "workspaces": list})),
        Err(e) => store_error(e),
    }
}

async fn put_workspace(State(app): State<Arc<App>>, Path(id): Path<String>, body: Bytes) -> Response {
    let obj = match json_object(&body) {
        Ok(o) => o,
        Err(message) => return detail(StatusCode::BAD_REQUEST, &message),
    };
    let name = obj.get("name").and_then(Value::as_str).unwrap_or(&id).to_string();
    let layout = obj.get("layout").cloned().unwrap_or(Value::Null);
    let active = obj.get("active").and_then(Value::as_bool).unwrap_or(false);
    let app2 = app.clone();
    match tokio::task::spawn_blocking(move || app2.settings.put_workspace(&id, &name, &layout, active)).await {
        Ok(Ok(ws)) => json_response(StatusCode::OK, &serde_json::to_value(ws).unwrap_or_default()),
        Ok(Err(e)) => store_error(e),
        Err(_) => detail(StatusCode::INTERNAL_SERVER_ERROR, "workspace write failed"),
    }
}

async fn delete_workspace(State(app): State<Arc<App>>, Path(id): Path<String>) -> Response {
    let app2 = app.clone();
    match tokio::task::spawn_blocking(move || app2.settings.delete_workspace(&id)).await {
        Ok(Ok(deleted)) => json_response(StatusCode::OK, &json!({"deleted": deleted})),
        Ok(Err(e)) => store_error(e),
        Err(_) => detail(StatusCode::INTERNAL_SERVER_ERROR, "workspace write failed"),
    }
}
