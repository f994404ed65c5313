//! Plugin discovery, loading and the one process-global registry.
//!
//! - discovery (crate `horrible-discovery`, re-exported as [`discovery`]): finds candidates
//!   in Rust, in the documented order (bundled dir, `HORRIBLE_PLUGINS_DIR` entries,
//!   `horrible.plugins` entry points read from site-packages).
//! - [`loader`]: imports each candidate, runs `setup(host)`, and commits its registrations
//!   atomically; every failure becomes a `(source, "ExcType: message")` load error.
//! - [`version`]: one version of one plugin (imported, set up, not yet judged).
//! - [`registry`]: what is served, assembled from the versions, read by every capability.
//! - [`lifecycle`]: starting and stopping versions (hooks, router lifespans).
//! - [`control`]: reload, enable, disable, rescan while the host runs.
//! - [`routes`]: a plugin's `FastAPI` routes as plain specs, and the collision check.
//! - [`lifespan`]: a plugin's router lifespan as a plain spec, and the state it yielded.
//! - [`websocket_routes`]: a plugin's websocket routes as plain specs.
//! - [`python_api`]: `backend.sdk.loader` and `backend.sdk.registry`.
//!
//! Layering: above the SDK and the bridge; it knows no capability. The names the host's
//! capabilities own come in through [`loader::Reserved`].
pub(crate) use horrible_discovery as discovery;
pub(crate) mod control;
pub(crate) mod lifecycle;
pub(crate) mod lifespan;
pub(crate) mod loader;
pub(crate) mod python_api;
pub(crate) mod registry;
pub(crate) mod routes;
pub(crate) mod version;
pub(crate) mod websocket_routes;
