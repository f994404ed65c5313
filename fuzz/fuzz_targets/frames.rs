//! `horrible_frames::parse_text` and `check_binary`. Input: one byte giving the size limit
//! (`byte * 8`, so seeds stay printable: `z` = 976 bytes), then the frame text.
#![no_main]

use horrible_frames::{check_binary, parse_text, FrameError, CLOSE_TOO_BIG};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Some((&limit_byte, rest)) = data.split_first() else { return };
    let limit = limit_byte as usize * 8;
    let Ok(text) = std::str::from_utf8(rest) else { return };
    match parse_text(text, limit) {
        Ok(frame) => {
            assert!(text.len() <= limit);
            let obj = frame.value.as_object().expect("a frame is an object");
            assert_eq!(obj.get("channel").and_then(Value::as_str), Some(frame.channel.as_str()));
            assert_eq!(obj.get("event").and_then(Value::as_str), frame.event.as_deref());
            // What the host forwards re-parses to the same frame, keys in the same order.
            let again = parse_text(&serde_json::to_string(&frame.value).unwrap(), usize::MAX).unwrap();
            assert_eq!(again, frame);
        }
        Err(e) => {
            assert_eq!(matches!(e, FrameError::TooBig { .. }), text.len() > limit, "{e:?}");
            assert_eq!(e.close_code(), matches!(e, FrameError::TooBig { .. }).then_some(CLOSE_TOO_BIG));
            assert!(!matches!(e, FrameError::Binary));
            match &e {
                // Exactly what serde_json says, so the classification below must agree with it.
                FrameError::BadJson(msg) => {
                    assert_eq!(&serde_json::from_str::<Value>(text).unwrap_err().to_string(), msg)
                }
                FrameError::NotAnObject => assert!(!serde_json::from_str::<Value>(text).unwrap().is_object()),
                FrameError::NoChannel => {
                    let v: Value = serde_json::from_str(text).unwrap();
                    assert!(v.is_object() && !v.get("channel").is_some_and(Value::is_string));
                }
                _ => {}
            }
            assert!(!e.message().is_empty());
        }
    }
    let b = check_binary(rest.len(), limit);
    assert_eq!(b.close_code().is_some(), rest.len() > limit);
    assert!(matches!(b, FrameError::Binary | FrameError::TooBig { .. }));
});
