//! I/O telemetry, on the `horrible-telemetry` ring: the inbound HTTP recorder ([`middleware`]),
//! `GET /api/telemetry/recent` ([`api`]), and the recorded outbound HTTP client ([`outbound`]).
//! /ws frames are recorded by the socket itself and pushed on the `telemetry` channel.
pub mod api;
pub mod middleware;
pub mod outbound;
