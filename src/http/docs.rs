//! `GET /openapi.json`, `/docs` (Swagger UI), `/docs/oauth2-redirect` and `/redoc`.
//!
//! The document is made by `horrible._host.openapi` (`FastAPI`'s own generator for the plugins'
//! routers at their mount prefixes, plus typed models for the host's API) on the loop thread,
//! once per registry, and served from memory. The pages are `FastAPI`'s own HTML pointing at the
//! Swagger UI and `ReDoc` files embedded with the dashboard (`web/dist/docs`, copied from their
//! npm packages at build time): nothing comes from a CDN.
use super::web::Assets;
use crate::bridge::pymodule::EmbeddedModule;
use crate::bridge::{format_traceback, loop_thread};
use crate::endpoints::Endpoints;
use crate::plugins::registry::{self, Registry};
use crate::reply::detail;
use crate::services::Services;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use bytes::Bytes;
use parking_lot::RwLock;
use pyo3::prelude::*;
use std::sync::Arc;

static OPENAPI_PY: EmbeddedModule = crate::host_module!("openapi");

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new()
        .route("/openapi.json", get(|| serve(Doc::OpenApi)))
        .route("/docs", get(|| serve(Doc::SwaggerUi)))
        .route("/docs/oauth2-redirect", get(|| serve(Doc::OAuth2Redirect)))
        .route("/redoc", get(|| serve(Doc::Redoc)))
        .route("/docs/assets/{*path}", get(asset))
}

#[derive(Clone, Copy)]
enum Doc {
    OpenApi,
    SwaggerUi,
    Redoc,
    OAuth2Redirect,
}

/// The four documents, for one registry.
struct Documents {
    openapi: Bytes,
    swagger_ui: Bytes,
    redoc: Bytes,
    oauth2_redirect: Bytes,
}

/// The documents and the registry they describe (compared by address).
static CACHE: RwLock<Option<(usize, Arc<Documents>)>> = RwLock::new(None);

async fn serve(which: Doc) -> Response {
    let docs = match documents().await {
        Ok(d) => d,
        Err(e) => {
            tracing::error!("cannot make the OpenAPI document:\n{e}");
            return detail(StatusCode::INTERNAL_SERVER_ERROR, "Internal Server Error");
        }
    };
    let (body, content_type) = match which {
        Doc::OpenApi => (&docs.openapi, "application/json"),
        Doc::SwaggerUi => (&docs.swagger_ui, "text/html; charset=utf-8"),
        Doc::Redoc => (&docs.redoc, "text/html; charset=utf-8"),
        Doc::OAuth2Redirect => (&docs.oauth2_redirect, "text/html; charset=utf-8"),
    };
    ([(header::CONTENT_TYPE, content_type)], body.clone()).into_response()
}

async fn documents() -> Result<Arc<Documents>, String> {
    let reg = registry::current();
    let key = Arc::as_ptr(&reg) as usize;
    if let Some((k, d)) = CACHE.read().as_ref() {
        if *k == key {
            return Ok(d.clone());
        }
    }
    let made = loop_thread::run(move |py| make(py, &reg).map_err(|e| format_traceback(py, &e)))
        .await
        .map_err(|_| "the Python loop is not running".to_string())??;
    let made = Arc::new(made);
    *CACHE.write() = Some((key, made.clone()));
    Ok(made)
}

/// A plugin id and its routers with their mount prefixes.
type PluginRouters = (String, Vec<(Py<PyAny>, String)>);

fn make(py: Python<'_>, reg: &Registry) -> PyResult<Documents> {
    // Each plugin's routers with their mount prefixes, in load order (the lifespan specs
    // carry exactly that).
    let plugins: Vec<PluginRouters> = reg
        .lifespans
        .iter()
        .map(|l| (l.plugin.clone(), l.routers.iter().map(|(r, p)| (r.clone_ref(py), p.clone())).collect()))
        .collect();
    let built = OPENAPI_PY.func(py, "build_documents")?.call1((plugins, env!("CARGO_PKG_VERSION")))?;
    let (openapi, swagger_ui, redoc, oauth2_redirect): (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>) = built.extract()?;
    Ok(Documents {
        openapi: openapi.into(),
        swagger_ui: swagger_ui.into(),
        redoc: redoc.into(),
        oauth2_redirect: oauth2_redirect.into(),
    })
}

async fn asset(Path(path): Path<String>) -> Response {
    match Assets::get(&format!("docs/{path}")) {
        Some(f) => {
            let mime = mime_guess::from_path(&path).first_or_octet_stream();
            (
                [
                    (header::CONTENT_TYPE, mime.as_ref().to_string()),
                    // Not content-hashed names: cache, but not for ever.
                    (header::CACHE_CONTROL, "public, max-age=3600".to_string()),
                ],
                f.data.into_owned(),
            )
                .into_response()
        }
        None => detail(StatusCode::NOT_FOUND, "Not Found"),
    }
}
