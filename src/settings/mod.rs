//! Settings and workspaces over HTTP: `/api/settings[/{key}]` and `/api/workspaces[/{id}]`
//! ([`api`]), on the `SQLite` store of the `horrible-settings` crate held by the shared services
//! (writes go through `Services::set_setting`, which applies their effects).
pub(crate) mod api;
mod validation;
