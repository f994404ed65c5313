//! The tokio runtime's handle, for code on Python threads (which are outside the runtime) that
//! must spawn a task or wait on a Rust future.
use std::sync::OnceLock;

static TOKIO: OnceLock<tokio::runtime::Handle> = OnceLock::new();

/// Records the runtime (once, by `main`).
pub(crate) fn set(handle: tokio::runtime::Handle) {
    let _ = TOKIO.set(handle);
}

/// The tokio runtime (panics before `main` started it).
pub(crate) fn handle() -> &'static tokio::runtime::Handle {
    TOKIO.get().expect("runtime started")
}
