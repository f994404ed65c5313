//! The `dash` REPL on the `repl` /ws channel: sessions ([`session`]) each own a long-lived
//! Python thread and a persistent namespace; the kernel and the `dash` handle are Python
//! (`kernel.py`); backend-local facades call into Rust ([`host`]).
mod host;
mod session;

pub use session::{on_close, on_frame, Sessions};
