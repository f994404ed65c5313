//! `GET /api/telemetry/recent?limit=N`: the ring, oldest first.
use crate::app::App;
use crate::http::json_response;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use std::collections::HashMap;
use std::sync::Arc;

pub fn routes() -> Router<Arc<App>> {
    Router::new().route("/api/telemetry/recent", get(recent))
}

async fn recent(State(app): State<Arc<App>>, Query(q): Query<HashMap<String, String>>) -> Response {
    let limit = q.get("limit").and_then(|l| l.parse::<i64>().ok()).unwrap_or(0);
    let events: Vec<_> =
        app.telemetry.recent(limit).iter().map(|e| serde_json::to_value(&**e).unwrap_or_default()).collect();
    json_response(StatusCode::OK, &serde_json::json!({ "events": events }))
}
