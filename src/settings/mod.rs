//! Settings and plugin storage, on the SQLite store of the `horrible-settings` crate:
//! the `/api/settings` and `/api/workspaces` HTTP API ([`api`]) and the per-plugin
//! key-value store handed to plugins as `host.store` ([`plugin_store`]).
pub mod api;
pub mod plugin_store;
