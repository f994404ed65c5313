//! `GET /api/telemetry/recent`: the ring, oldest first, as a bare JSON list of `IoEvent`s (as
//! upstream's `response_model=list[IoEvent]`). `?limit=N` (ours; `FastAPI` ignores unknown query
//! parameters, so upstream clients never send it) keeps only the newest N.
use crate::endpoints::Endpoints;
use crate::reply::json_response;
use crate::services::Services;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use std::collections::HashMap;
use std::sync::Arc;

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new().route("/api/telemetry/recent", get(recent))
}

async fn recent(State(app): State<Arc<Services>>, Query(q): Query<HashMap<String, String>>) -> Response {
    let limit = q.get("limit").and_then(|l| l.parse::<i64>().ok()).unwrap_or(0);
    let events: Vec<_> =
        app.telemetry.recent(limit).iter().map(|e| serde_json::to_value(&**e).unwrap_or_default()).collect();
    json_response(StatusCode::OK, &serde_json::Value::Array(events))
}
