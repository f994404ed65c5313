//! I/O telemetry, on the `horrible-telemetry` ring held by the shared services: the inbound
//! HTTP recorder ([`middleware`]), `GET /api/telemetry/recent` ([`api`]) and the `telemetry`
//! /ws channel ([`channel`]). /ws frames are recorded by the socket itself; outbound calls by
//! the SDK's `host.http_client()`.
pub(crate) mod api;
pub(crate) mod channel;
pub(crate) mod middleware;
