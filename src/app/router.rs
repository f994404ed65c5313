//! The capabilities put together: one HTTP router, one /ws hub.
use crate::endpoints::Endpoints;
use crate::services::Services;
use crate::ws::Channel;
use std::sync::Arc;

/// Every endpoint the host serves itself, from each capability's own registrations.
pub(crate) fn endpoints(services: &Arc<Services>) -> Endpoints<Arc<Services>> {
    crate::http::endpoints()
        .merge(crate::settings::api::routes())
        .merge(crate::telemetry::api::routes())
        .merge(crate::ws::routes())
        .merge(crate::tools::endpoints(services))
}

/// The core /ws channels.
pub(crate) fn channels() -> Vec<Arc<dyn Channel>> {
    vec![
        crate::ws::system_channel(),
        Arc::new(crate::repl::ReplChannel),
        Arc::new(crate::tools::agent::AgentChannel),
        Arc::new(crate::telemetry::channel::TelemetryChannel),
    ]
}

/// The whole HTTP surface: the endpoints, plugin routes as the fallback (websocket routes for
/// upgrades, else HTTP routes), CORS, then the telemetry recorder (so it records CORS headers, as
/// upstream) and, outermost, the guard.
pub(crate) fn router(services: Arc<Services>) -> axum::Router {
    let routes =
        endpoints(&services).into_router().fallback(crate::http::websocket::fallback).with_state(services.clone());
    // The layers wrap the whole router as one service (not each route), so what they answer
    // themselves (a CORS preflight) gets no per-route additions such as axum's `Allow`.
    axum::Router::new()
        .fallback_service(routes)
        .layer(axum::middleware::from_fn_with_state(services.clone(), crate::http::guard::cors))
        .layer(axum::middleware::from_fn_with_state(services.clone(), crate::telemetry::middleware::record))
        .layer(axum::middleware::from_fn_with_state(services, crate::http::guard::check))
}

/// A change to the served plugins (`plugins::control`): a `system` frame to every tab, which
/// the Plugins pane refreshes on and shows as a toast.
pub(crate) fn plugin_event(event: &serde_json::Value) {
    if let Some(hub) = crate::ws::hub() {
        hub.broadcast(&serde_json::json!({"channel": "system", "event": "plugins", "data": event}));
    }
}
