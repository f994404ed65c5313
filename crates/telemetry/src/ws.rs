//! Building the telemetry event for one `/ws` frame.

use serde_json::Value;

use crate::event::{NewEvent, Source};
use crate::redact::truncate_body;

/// Direction of a `/ws` frame, seen from the server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WsDirection {
    /// Browser → server; method `recv`.
    Recv,
    /// Server → browser; method `send`.
    Send,
}

impl WsDirection {
    /// The event's `method`: `recv` or `send`.
    pub fn as_str(self) -> &'static str {
        match self {
            WsDirection::Recv => "recv",
            WsDirection::Send => "send",
        }
    }
}

/// A JSON value as Python's `str()` shows it (upstream builds the target with f-strings).
fn python_str(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => "None".to_owned(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        other => other.to_string(),
    }
}

/// Python truthiness of a JSON value: `null`, `false`, `0`, `""`, `[]` and `{}` are false.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// The event's target, as upstream names it: `channel/event`, where the event is the frame's
/// `event`, else its `type` (either only when truthy), else just the channel; a frame without
/// a channel shows as `?`.
pub fn ws_target(frame: &Value) -> String {
    let channel = frame.get("channel").map_or_else(|| "?".to_owned(), python_str);
    let event = ["event", "type"].iter().find_map(|k| frame.get(*k).filter(|v| truthy(v)));
    match event {
        Some(e) => format!("{channel}/{}", python_str(e)),
        None => channel,
    }
}

/// The event for one frame: source `ws`, method `recv`/`send`, target [`ws_target`],
/// `request_bytes` the compact JSON byte length, `request_body` the
/// frame pretty-printed with a 2-space indent and cut to `max_chars` characters.
///
/// The caller skips frames of the `telemetry` channel itself.
pub fn ws_event(direction: WsDirection, frame: &Value, max_chars: usize) -> NewEvent {
    let compact_len = serde_json::to_vec(frame).map_or(0, |v| v.len());
    ws_event_sized(direction, frame, compact_len, max_chars)
}

/// [`ws_event`] for a frame whose compact JSON length the caller already knows (it serialized
/// the frame compactly itself), which saves serializing it once more per frame.
pub fn ws_event_sized(direction: WsDirection, frame: &Value, compact_len: usize, max_chars: usize) -> NewEvent {
    let pretty = pretty_prefix(frame, max_chars);
    NewEvent {
        source: Source::Ws,
        method: direction.as_str().to_owned(),
        target: ws_target(frame),
        request_bytes: Some(compact_len as u64),
        request_body: Some(truncate_body(&pretty, max_chars)),
        ..Default::default()
    }
}

/// The pretty-printed frame, rendered only as far as `max_chars` characters can reach (a 1 MiB
/// frame is not rendered whole just to be cut to 16 KiB). Each char is at most 4 UTF-8 bytes.
fn pretty_prefix(frame: &Value, max_chars: usize) -> String {
    struct Capped {
        buf: Vec<u8>,
        cap: usize,
    }
    impl std::io::Write for Capped {
        fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
            let room = self.cap.saturating_sub(self.buf.len());
            if room == 0 {
                return Err(std::io::Error::other("enough"));
            }
            let n = room.min(data.len());
            self.buf.extend_from_slice(&data[..n]);
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    // One more char than the limit, so truncate_body still sees that it must cut.
    let mut out = Capped { buf: Vec::new(), cap: max_chars.saturating_add(1).saturating_mul(4) };
    let _ = serde_json::to_writer_pretty(&mut out, frame);
    String::from_utf8_lossy(&out.buf).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn recv_frame() {
        let frame = json!({"channel": "repl", "event": "exec", "data": {"id": "a", "code": "1+1"}});
        let ev = ws_event(WsDirection::Recv, &frame, 16384);
        assert_eq!(ev.source, Source::Ws);
        assert_eq!(ev.method, "recv");
        assert_eq!(ev.target, "repl/exec");
        assert_eq!(ev.request_bytes, Some(serde_json::to_string(&frame).unwrap().len() as u64));
        let body = ev.request_body.unwrap();
        assert!(body.starts_with("{\n  \""), "{body}");
        assert!(body.contains("\n    \"code\": \"1+1\""), "{body}");
        assert_eq!(serde_json::from_str::<Value>(&body).unwrap(), frame);
        assert_eq!(ev.status, None);
        assert_eq!(ev.response_body, None);
    }

    #[test]
    fn send_frame_truncated_and_bytes_are_utf8_length() {
        let frame = json!({"channel": "agent", "event": "delta", "data": "é".repeat(100)});
        let ev = ws_event(WsDirection::Send, &frame, 20);
        assert_eq!(ev.method, "send");
        assert_eq!(ev.target, "agent/delta");
        let compact = serde_json::to_string(&frame).unwrap();
        assert_eq!(ev.request_bytes, Some(compact.len() as u64));
        assert!(compact.len() > compact.chars().count());
        let body = ev.request_body.unwrap();
        assert!(body.ends_with("… [truncated]"));
        assert_eq!(body.chars().count(), 20 + "… [truncated]".chars().count());
    }

    #[test]
    fn targets_fall_back_as_upstream() {
        let t = |v: Value| ws_event(WsDirection::Recv, &v, 100).target;
        assert_eq!(t(json!({"channel": "c", "event": "e", "type": "t"})), "c/e");
        assert_eq!(t(json!({"channel": "c", "type": "t"})), "c/t");
        assert_eq!(t(json!({"channel": "c", "event": "", "type": "t"})), "c/t");
        assert_eq!(t(json!({"channel": "c", "event": null, "type": 0})), "c");
        assert_eq!(t(json!({"channel": "c"})), "c");
        assert_eq!(t(json!({"event": "x"})), "?/x");
        assert_eq!(t(json!({"channel": 3, "event": true})), "3/True");
        assert_eq!(t(json!({"channel": null, "type": 1.5})), "None/1.5");
        let ev = ws_event(WsDirection::Recv, &json!([1, 2]), 100);
        assert_eq!(ev.target, "?");
        assert_eq!(ev.request_bytes, Some(5));
    }

    #[test]
    fn big_frames_are_rendered_only_up_to_the_limit() {
        let frame = json!({"channel": "c", "event": "e", "data": "é".repeat(100_000)});
        let full = serde_json::to_string_pretty(&frame).unwrap();
        let ev = ws_event(WsDirection::Send, &frame, 50);
        assert_eq!(ev.request_body.as_deref(), Some(truncate_body(&full, 50).as_str()));
        assert_eq!(ev.request_bytes, Some(serde_json::to_vec(&frame).unwrap().len() as u64));
        let small = json!({"channel": "c", "event": "e"});
        let ev = ws_event_sized(WsDirection::Recv, &small, 33, 16384);
        assert_eq!(ev.request_body.as_deref(), Some(serde_json::to_string_pretty(&small).unwrap().as_str()));
        assert_eq!(ev.request_bytes, Some(33));
    }
}
