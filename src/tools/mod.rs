//! Agent tools: one catalog (the browser's relayed layout tools plus every plugin tool) and one
//! gated way to run them. [`dispatch`] runs plugin tools in the backend (schema check, timeout,
//! failures as values); [`relay`] sends browser tools over a socket and waits for the result;
//! [`gate`] applies the permission policy; [`agent`] is the `agent` /ws channel; [`api`] is HTTP; [`mcp`] is `/mcp`.
pub mod agent;
mod api;
pub mod catalog;
pub mod dispatch;
pub mod gate;
pub mod mcp;
pub mod relay;
pub mod schema;

pub use api::routes;
