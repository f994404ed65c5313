//! The telemetry event types.

use std::collections::BTreeMap;

use serde::Serialize;

/// Where an event came from; serializes as `"inbound"`, `"outbound"` or `"ws"`.
#[derive(Serialize, Clone, Copy, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// An HTTP request the host served.
    #[default]
    Inbound,
    /// An HTTP request the backend made.
    Outbound,
    /// A `/ws` frame.
    Ws,
}

/// One recorded I/O event, as sent on the wire.
///
/// All 14 fields are always serialized, `None` as `null`, under exactly these names.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct IoEvent {
    /// From 1, never reused (keeps counting after a clear).
    pub id: u64,
    /// Unix seconds.
    pub ts: f64,
    pub source: Source,
    /// HTTP method, or `recv`/`send` for ws frames.
    pub method: String,
    /// Path (inbound), `scheme://host/path` (outbound) or `channel/event` (ws).
    pub target: String,
    pub status: Option<u16>,
    pub duration_ms: Option<f64>,
    pub request_bytes: Option<u64>,
    pub response_bytes: Option<u64>,
    /// Exception type name or message when the exchange failed.
    pub error: Option<String>,
    pub request_headers: Option<BTreeMap<String, String>>,
    pub response_headers: Option<BTreeMap<String, String>>,
    pub request_body: Option<String>,
    pub response_body: Option<String>,
}

impl IoEvent {
    /// Whether this event belongs in `errors()`: `error` is set or `status >= 400`.
    pub fn is_error(&self) -> bool {
        self.error.is_some() || self.status.is_some_and(|s| s >= 400)
    }
}

/// An event as the caller fills it in; the [`crate::Recorder`] assigns `id` and `ts`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewEvent {
    pub source: Source,
    pub method: String,
    pub target: String,
    pub status: Option<u16>,
    pub duration_ms: Option<f64>,
    pub request_bytes: Option<u64>,
    pub response_bytes: Option<u64>,
    pub error: Option<String>,
    pub request_headers: Option<BTreeMap<String, String>>,
    pub response_headers: Option<BTreeMap<String, String>>,
    pub request_body: Option<String>,
    pub response_body: Option<String>,
}

impl NewEvent {
    /// Completes the event with its id and timestamp.
    pub(crate) fn into_event(self, id: u64, ts: f64) -> IoEvent {
        IoEvent {
            id,
            ts,
            source: self.source,
            method: self.method,
            target: self.target,
            status: self.status,
            duration_ms: self.duration_ms,
            request_bytes: self.request_bytes,
            response_bytes: self.response_bytes,
            error: self.error,
            request_headers: self.request_headers,
            response_headers: self.response_headers,
            request_body: self.request_body,
            response_body: self.response_body,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn serializes_all_fourteen_fields_with_nulls() {
        let ev = NewEvent { method: "GET".into(), target: "/x".into(), ..Default::default() }.into_event(1, 12.5);
        let v = serde_json::to_value(&ev).unwrap();
        let obj = v.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut want = vec![
            "id",
            "ts",
            "source",
            "method",
            "target",
            "status",
            "duration_ms",
            "request_bytes",
            "response_bytes",
            "error",
            "request_headers",
            "response_headers",
            "request_body",
            "response_body",
        ];
        want.sort_unstable();
        assert_eq!(keys, want);
        assert_eq!(v["source"], json!("inbound"));
        assert_eq!(v["id"], json!(1));
        assert_eq!(v["ts"], json!(12.5));
        assert_eq!(v["status"], Value::Null);
        assert_eq!(v["request_headers"], Value::Null);
    }

    #[test]
    fn source_names() {
        assert_eq!(serde_json::to_value(Source::Outbound).unwrap(), json!("outbound"));
        assert_eq!(serde_json::to_value(Source::Ws).unwrap(), json!("ws"));
    }

    #[test]
    fn is_error_rules() {
        let mk = |status, error: Option<&str>| {
            NewEvent { status, error: error.map(Into::into), ..Default::default() }.into_event(1, 0.0)
        };
        assert!(!mk(None, None).is_error());
        assert!(!mk(Some(399), None).is_error());
        assert!(mk(Some(400), None).is_error());
        assert!(mk(Some(503), None).is_error());
        assert!(mk(None, Some("ValueError")).is_error());
        assert!(mk(Some(200), Some("x")).is_error());
    }
}
