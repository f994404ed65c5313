//! `horrible-frames`: the pure part of reading a `/ws` frame.
//!
//! Every incoming WebSocket message is checked the same way before it is routed: size
//! against the configured limit (over it, the socket is closed with 1009), then JSON, then
//! a `"channel"` string. Keeping that here, apart from the socket loop, lets it be unit
//! tested and fuzzed without a server, and pins the exact error texts clients see in
//! `system/error` frames.

use serde_json::Value;
use std::fmt;

/// Close code for a frame over the size limit (RFC 6455 "message too big").
pub const CLOSE_TOO_BIG: u16 = 1009;

/// A valid frame: a JSON object with a `"channel"` string.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The `"channel"` value (may be empty: routing such a frame is the caller's business).
    pub channel: String,
    /// The `"event"` value when it is a string.
    pub event: Option<String>,
    /// The whole frame, keys in the client's order.
    pub value: Value,
}

/// Why a frame was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameError {
    /// Over the byte limit: the caller closes the socket with [`FrameError::close_code`].
    TooBig { len: usize, limit: usize },
    /// Not JSON; carries `serde_json`'s message.
    BadJson(String),
    /// JSON, but not an object.
    NotAnObject,
    /// An object without a `"channel"` string.
    NoChannel,
    /// A binary message under the limit (binary is never accepted).
    Binary,
}

impl FrameError {
    /// The text sent to the client: a `system/error` frame's message, or the close reason
    /// for [`FrameError::TooBig`].
    pub fn message(&self) -> String {
        match self {
            FrameError::TooBig { len, limit } => format!("frame of {len} bytes is over the {limit} byte limit"),
            FrameError::BadJson(e) => format!("frame is not valid JSON: {e}"),
            FrameError::NotAnObject => "frame must be a JSON object {\"channel\", \"event\", \"data\"}".to_string(),
            FrameError::NoChannel => "frame has no \"channel\" string".to_string(),
            FrameError::Binary => "binary frames are not supported: send JSON text frames".to_string(),
        }
    }

    /// `Some(code)` when the socket must be closed with that code instead of answering with
    /// an error frame.
    pub fn close_code(&self) -> Option<u16> {
        match self {
            FrameError::TooBig { .. } => Some(CLOSE_TOO_BIG),
            _ => None,
        }
    }
}

impl fmt::Display for FrameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for FrameError {}

/// Checks a text frame: at most `max_bytes` bytes of UTF-8, a JSON object, a `"channel"` string.
pub fn parse_text(text: &str, max_bytes: usize) -> Result<Frame, FrameError> {
    if text.len() > max_bytes {
        return Err(FrameError::TooBig { len: text.len(), limit: max_bytes });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| FrameError::BadJson(e.to_string()))?;
    let Some(obj) = value.as_object() else { return Err(FrameError::NotAnObject) };
    let channel = obj.get("channel").and_then(Value::as_str).ok_or(FrameError::NoChannel)?.to_string();
    let event = obj.get("event").and_then(Value::as_str).map(str::to_string);
    Ok(Frame { channel, event, value })
}

/// The answer to a binary frame of `len` bytes: always an error, [`FrameError::TooBig`]
/// (close) over the limit, else [`FrameError::Binary`] (error frame, socket stays open).
pub fn check_binary(len: usize, max_bytes: usize) -> FrameError {
    if len > max_bytes {
        FrameError::TooBig { len, limit: max_bytes }
    } else {
        FrameError::Binary
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_frame() {
        let f = parse_text(r#"{"channel":"repl","event":"eval","data":{"z":1,"a":2}}"#, 1000).unwrap();
        assert_eq!(f.channel, "repl");
        assert_eq!(f.event.as_deref(), Some("eval"));
        // Key order is the client's (preserve_order), not sorted.
        let keys: Vec<_> = f.value["data"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["z", "a"]);
    }

    #[test]
    fn floats_are_read_exactly() {
        // The doubles Python's json.loads gives (bits printed by CPython 3.11); serde_json
        // without float_roundtrip reads the first and third one ulp off.
        for (text, bits) in [
            ("3e91", 0x52ed_745e_1896_c42b_u64),
            ("30e90", 0x52ed_745e_1896_c42b),
            ("3.0000000000000004e91", 0x52ed_745e_1896_c42c),
            ("2.2250738585072014e-308", 0x0010_0000_0000_0000),
            ("0.1", 0x3fb9_9999_9999_999a),
        ] {
            let f = parse_text(&format!(r#"{{"channel":"x","n":{text}}}"#), 100).unwrap();
            assert_eq!(f.value["n"].as_f64().unwrap().to_bits(), bits, "{text}");
        }
    }

    #[test]
    fn event_only_when_a_string() {
        assert_eq!(parse_text(r#"{"channel":"x"}"#, 100).unwrap().event, None);
        assert_eq!(parse_text(r#"{"channel":"x","event":3}"#, 100).unwrap().event, None);
        assert_eq!(parse_text(r#"{"channel":""}"#, 100).unwrap().channel, "");
    }

    #[test]
    fn too_big_closes_with_1009() {
        let text = r#"{"channel":"x"}"#;
        assert!(parse_text(text, text.len()).is_ok());
        let e = parse_text(text, text.len() - 1).unwrap_err();
        assert_eq!(e, FrameError::TooBig { len: 15, limit: 14 });
        assert_eq!(e.message(), "frame of 15 bytes is over the 14 byte limit");
        assert_eq!(e.close_code(), Some(1009));
        // The size check comes first: an oversized non-JSON frame still closes.
        assert_eq!(parse_text("xxxx", 3).unwrap_err().close_code(), Some(1009));
    }

    #[test]
    fn bad_json() {
        let e = parse_text("{nope", 100).unwrap_err();
        assert!(matches!(e, FrameError::BadJson(_)));
        assert_eq!(e.message(), "frame is not valid JSON: key must be a string at line 1 column 2");
        assert_eq!(e.close_code(), None);
        assert!(matches!(parse_text("", 100), Err(FrameError::BadJson(_))));
    }

    #[test]
    fn not_an_object() {
        for text in ["[1]", "\"channel\"", "null", "3"] {
            let e = parse_text(text, 100).unwrap_err();
            assert_eq!(e, FrameError::NotAnObject, "{text}");
            assert_eq!(e.message(), "frame must be a JSON object {\"channel\", \"event\", \"data\"}");
        }
    }

    #[test]
    fn no_channel() {
        for text in ["{}", r#"{"channel":1}"#, r#"{"channel":null}"#, r#"{"Channel":"x"}"#] {
            let e = parse_text(text, 100).unwrap_err();
            assert_eq!(e, FrameError::NoChannel, "{text}");
            assert_eq!(e.message(), "frame has no \"channel\" string");
        }
    }

    #[test]
    fn binary_is_never_accepted() {
        let e = check_binary(10, 10);
        assert_eq!(e, FrameError::Binary);
        assert_eq!(e.message(), "binary frames are not supported: send JSON text frames");
        assert_eq!(e.close_code(), None);
        let e = check_binary(11, 10);
        assert_eq!(e.message(), "frame of 11 bytes is over the 10 byte limit");
        assert_eq!(e.close_code(), Some(CLOSE_TOO_BIG));
        assert_eq!(e.to_string(), e.message());
    }
}
