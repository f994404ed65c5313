//! `horrible-settings` owns everything the host persists: the flat settings map
//! (protocol.md section 5), each plugin's private key-value store, and the dashboard's
//! saved workspaces, all in one `SQLite` database `horrible.db` inside the data directory.
//!
//! - [`Store`] (in [`store`]): open/migrate the database, the settings map with its
//!   in-memory read cache, and the one-time imports of upstream's `settings.json` and
//!   `workspaces.json` ([`import`]);
//! - [`keys`]: key validation and which keys look secret;
//! - [`plugin`]: the per-plugin namespaced store;
//! - [`plugin_state`]: which plugins are disabled;
//! - [`workspace`]: saved dashboard layouts and the active one, with upstream's semantics;
//! - [`error`]: the [`Error`] type.
//!
//! Every write is committed (WAL, `synchronous=FULL`, so fsynced) before the call
//! returns: a write the caller saw succeed survives a crash or `SIGKILL`.

pub mod error;
pub mod import;
pub mod keys;
pub mod plugin;
pub mod plugin_state;
pub mod store;
pub mod workspace;

#[cfg(test)]
mod kill_tests;

pub use error::Error;
pub use import::ImportReport;
pub use plugin_state::DisabledPlugin;
pub use keys::{is_secret_key, validate_key, KEY_PATTERN, MAX_KEY_CHARS};
pub use store::{Store, DB_FILE, MAX_VALUE_BYTES};
pub use workspace::{validate_workspace_id, Workspace, WorkspacePatch, WorkspacesState, WORKSPACE_ID_PATTERN};
