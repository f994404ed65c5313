//! Core endpoints: health and the loaded-plugins report.
use crate::endpoints::Endpoints;
use crate::plugins::registry;
use crate::reply::json_response;
use crate::services::Services;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use serde_json::json;
use std::sync::Arc;

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new().route("/api/health", get(health)).route("/api/plugins", get(plugins))
}

async fn health() -> Response {
    let reg = registry::current();
    json_response(
        StatusCode::OK,
        &json!({"status": "ok", "version": env!("CARGO_PKG_VERSION"), "plugins": reg.plugins.len(), "errors": reg.errors.len()}),
    )
}

async fn plugins() -> Response {
    json_response(StatusCode::OK, &super::plugins_report(&registry::current()))
}
