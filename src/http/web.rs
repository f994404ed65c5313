//! The dashboard page: `web/dist` embedded in release builds (read from disk in debug builds).
use crate::endpoints::Endpoints;
use crate::services::Services;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use std::sync::Arc;

#[derive(rust_embed::Embed)]
#[folder = "$CARGO_MANIFEST_DIR/web/dist"]
#[allow_missing = true]
pub(super) struct Assets;

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new()
        .route("/", get(index))
        .route("/assets/{*path}", get(asset))
        .route("/favicon.svg", get(|| async { asset_at("favicon.svg") }))
}

async fn index() -> Response {
    match Assets::get("index.html") {
        Some(f) => ([(header::CACHE_CONTROL, "no-cache")], Html(f.data.into_owned())).into_response(),
        None => Html("<!doctype html><title>horrible</title><p>The dashboard is not built: run <code>scripts/setup.sh</code> (it runs <code>npm ci &amp;&amp; npm run build</code> in <code>web/</code>).</p>").into_response(),
    }
}

async fn asset(Path(path): Path<String>) -> Response {
    asset_at(&format!("assets/{path}"))
}

fn asset_at(path: &str) -> Response {
    match Assets::get(path) {
        Some(f) => {
            let mime = mime_guess::from_path(path).first_or_octet_stream();
            (
                [
                    (header::CONTENT_TYPE, mime.as_ref().to_string()),
                    (header::CACHE_CONTROL, "public, max-age=31536000, immutable".to_string()),
                ],
                f.data.into_owned(),
            )
                .into_response()
        }
        None => crate::reply::detail(StatusCode::NOT_FOUND, "Not Found"),
    }
}
