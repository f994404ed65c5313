//! HTTP: the plugin routes and the host's front door.
//!
//! Every plugin route is found in the Rust route table ([`routes`], built from the registry's
//! specs) by the fallback [`dispatch`] and served by its own ASGI app ([`asgi`]) or the fast
//! path ([`fastpath`]). Upgrades to plugin websocket routes are served by [`websocket`] (the
//! fallback in front of [`dispatch`]). The localhost [`guard`] is the middleware in front of
//! every route and upgrade. [`core`] serves health and the plugins report; [`web`] the
//! dashboard page; [`docs`] `/openapi.json`, `/docs` and `/redoc`.
mod asgi;
mod core;
pub(crate) mod dispatch;
mod docs;
mod fastpath;
pub(crate) mod guard;
mod plugin_control;
mod receive;
pub(crate) mod routes;
mod web;
pub(crate) mod websocket;

use crate::endpoints::Endpoints;
use crate::plugins::registry::Registry;
use crate::services::Services;
use serde_json::{json, Value};
use std::sync::Arc;

/// The host's own HTTP endpoints owned by this capability (health, plugins, the page, the
/// `OpenAPI` document and its pages).
pub(crate) fn endpoints() -> Endpoints<Arc<Services>> {
    core::routes().merge(web::routes()).merge(docs::routes()).merge(plugin_control::routes())
}

pub(crate) use plugin_control::install_python as install_plugin_control;

/// `GET /api/plugins` and `horrible plugins list --json`: the registry, with what the route
/// table knows of each route.
pub(crate) fn plugins_report(reg: &Registry) -> Value {
    let table = routes::current();
    let mut report = reg.summary(&|spec| json!({"fast": table.is_fast(spec)}));
    let config = crate::services::try_get().map(|s| &s.config);
    report["locked"] = json!(config.is_some_and(|c| c.locked));
    report["reload"] = json!(config.is_some_and(|c| c.reload));
    report
}
