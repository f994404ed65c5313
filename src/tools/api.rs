//! `GET /api/agent/tools` and `POST /api/agent/tools/{name}/invoke`.
use crate::endpoints::Endpoints;
use crate::reply::{detail, json_response};
use crate::services::Services;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use serde_json::{json, Value};
use std::sync::Arc;

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new().route("/api/agent/tools", get(list)).route("/api/agent/tools/{name}/invoke", post(invoke))
}

async fn list() -> Response {
    json_response(StatusCode::OK, &json!({"tools": super::catalog::all()}))
}

async fn invoke(State(app): State<Arc<Services>>, Path(name): Path<String>, body: Bytes) -> Response {
    let args = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Object(mut m)) => m.remove("args").unwrap_or(json!({})),
            Ok(_) => return detail(StatusCode::BAD_REQUEST, "body must be {\"args\": {...}}"),
            Err(e) => return detail(StatusCode::BAD_REQUEST, &format!("body is not valid JSON: {e}")),
        }
    };
    let result = super::gate::run(&app, &name, args, None, None).await;
    json_response(StatusCode::OK, &result)
}
