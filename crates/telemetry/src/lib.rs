//! `horrible-telemetry` owns the I/O telemetry ring of protocol.md section 4.
//!
//! - [`event`]: the wire shape [`IoEvent`] (all 14 fields, always serialized) and the
//!   caller-filled [`NewEvent`];
//! - [`recorder`]: the [`Recorder`], a bounded ring of the last N events plus a broadcast
//!   feed for live subscribers (recording never blocks; a lagging subscriber misses events);
//! - [`redact`]: credential-header redaction and body truncation helpers;
//! - [`ws`]: building the event for one `/ws` frame.

pub mod event;
pub mod recorder;
pub mod redact;
pub mod ws;

pub use event::{IoEvent, NewEvent, Source};
pub use recorder::{Recorder, CHANNEL_CAPACITY, DEFAULT_CAPACITY, DEFAULT_MAX_BODY_CHARS};
pub use redact::{body_text, is_credential_header, redact_headers, truncate_body, TRUNCATED_SUFFIX};
pub use ws::{ws_event, ws_event_sized, ws_target, WsDirection};
