//! The native `backend.sdk` module: the contract plugin authors code against
//! (`PluginManifest`, `BackendPlugin`, `AgentTool`, `PluginHost`), implemented as Rust
//! pyclasses, plus the documented `backend.sdk.loader` and `backend.sdk.registry` modules, which
//! read the one Rust registry. `python/backend/sdk/*.pyi` describes the same API for editors.
mod host;
mod manifest;
mod modules;
mod plugin;
mod tool;

pub use host::{PluginHost, Registrations};
pub use manifest::PluginManifest;
pub use modules::install;
pub use plugin::BackendPlugin;
pub use tool::{is_coroutine_callable, AgentTool};

/// Channel names the host owns; a plugin channel may not take them.
pub const CORE_CHANNELS: &[&str] = &["system", "repl", "agent", "telemetry"];
/// Names on `dash` the host owns; a plugin facade may not take them.
pub const CORE_FACADES: &[&str] = &["panes", "workspaces", "layout", "io", "settings", "call", "context", "help"];
