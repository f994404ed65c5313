//! Plugin discovery, loading and the one process-global registry.
//!
//! - [`discovery`]: finds candidates in Rust, in the documented order (bundled dir,
//!   `HORRIBLE_PLUGINS_DIR` entries, `horrible.plugins` entry points read from site-packages).
//! - [`loader`]: imports each candidate, runs `setup(host)`, and commits its registrations
//!   atomically; every failure becomes a `(source, "ExcType: message")` load error.
//! - [`registry`]: what was loaded, read by HTTP, /ws, tools, the REPL and `backend.sdk.registry`.
pub mod discovery;
pub mod loader;
pub mod registry;
