//! Core endpoints: health and the loaded-plugins report.
use crate::app::App;
use crate::plugins::registry;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use serde_json::json;
use std::sync::Arc;

pub fn routes() -> Router<Arc<App>> {
    Router::new().route("/api/health", get(health)).route("/api/plugins", get(plugins))
}

async fn health() -> Response {
    let reg = registry::current();
    super::json_response(
        StatusCode::OK,
        &json!({"status": "ok", "version": env!("CARGO_PKG_VERSION"), "plugins": reg.plugins.len(), "errors": reg.errors.len()}),
    )
}

async fn plugins(State(_app): State<Arc<App>>) -> Response {
    super::json_response(StatusCode::OK, &registry::current().summary())
}
