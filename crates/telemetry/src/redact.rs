//! Header redaction and body truncation.

use std::collections::BTreeMap;

/// Appended to a body that was cut.
pub const TRUNCATED_SUFFIX: &str = "… [truncated]";

/// Header names whose values are always recorded as `***`.
const CREDENTIAL_HEADERS: &[&str] =
    &["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "x-auth-token"];

/// Substrings that mark any header name as a credential.
const CREDENTIAL_WORDS: &[&str] = &["token", "secret", "api-key", "apikey", "password"];

/// Whether a header (by name, any case) carries credentials and must be recorded as `***`.
///
/// True for `authorization`, `proxy-authorization`, `cookie`, `set-cookie`, `x-api-key`,
/// `x-auth-token`, and any name containing `token`, `secret`, `api-key`, `apikey` or
/// `password`.
pub fn is_credential_header(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    CREDENTIAL_HEADERS.contains(&name.as_str()) || CREDENTIAL_WORDS.iter().any(|w| name.contains(w))
}

/// Builds the recorded header map: names lower-cased, values decoded as lossy UTF-8,
/// repeated names joined with `", "` in order, and credential headers
/// ([`is_credential_header`]) replaced by `***`.
pub fn redact_headers<'a>(headers: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in headers {
        let name = name.to_ascii_lowercase();
        let value =
            if is_credential_header(&name) { "***".to_owned() } else { String::from_utf8_lossy(value).into_owned() };
        match out.get_mut(&name) {
            // A repeated credential header stays a single "***".
            Some(existing) if value == "***" && existing == "***" => {}
            Some(existing) => {
                existing.push_str(", ");
                existing.push_str(&value);
            }
            None => {
                out.insert(name, value);
            }
        }
    }
    out
}

/// Cuts `body` to at most `max_chars` characters (Unicode scalar values, never splitting
/// one) and appends [`TRUNCATED_SUFFIX`] when anything was cut.
pub fn truncate_body(body: &str, max_chars: usize) -> String {
    match body.char_indices().nth(max_chars) {
        None => body.to_owned(),
        Some((cut, _)) => {
            let mut s = String::with_capacity(cut + TRUNCATED_SUFFIX.len());
            s.push_str(&body[..cut]);
            s.push_str(TRUNCATED_SUFFIX);
            s
        }
    }
}

/// A body as recorded: lossy UTF-8 then [`truncate_body`]; `None` for an empty body.
///
/// Only the bytes that can contribute to the first `max_chars` characters are decoded, so a
/// huge body costs no more than a small one.
pub fn body_text(bytes: &[u8], max_chars: usize) -> Option<String> {
    if bytes.is_empty() {
        return None;
    }
    // A char is at most 4 bytes (a lossy U+FFFD stands for at least one byte), so
    // 4 * (max_chars + 1) bytes always decode to more than max_chars chars if the body is
    // longer; the +1 char tells truncate_body that a cut happened.
    let window = max_chars.saturating_add(1).saturating_mul(4);
    if bytes.len() > window {
        let text = String::from_utf8_lossy(&bytes[..window]);
        let mut out = truncate_body(&text, max_chars);
        if !out.ends_with(TRUNCATED_SUFFIX) {
            // Only possible if the window held <= max_chars chars, which cannot happen,
            // but stay correct anyway.
            out.push_str(TRUNCATED_SUFFIX);
        }
        return Some(out);
    }
    Some(truncate_body(&String::from_utf8_lossy(bytes), max_chars))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h<'a>(pairs: &'a [(&'a str, &'a str)]) -> Vec<(&'a str, &'a [u8])> {
        pairs.iter().map(|(k, v)| (*k, v.as_bytes())).collect()
    }

    #[test]
    fn credential_headers_are_masked() {
        let got = redact_headers(h(&[
            ("Authorization", "Bearer abc"),
            ("Proxy-Authorization", "Basic x"),
            ("Cookie", "sid=1"),
            ("Set-Cookie", "sid=2"),
            ("X-Api-Key", "k"),
            ("X-Auth-Token", "t"),
            ("X-GitHub-Token", "t"),
            ("X-Client-Secret", "s"),
            ("My-ApiKey", "s"),
            ("X-Password-Hint", "p"),
            ("Content-Type", "application/json"),
            ("Accept", "*/*"),
        ]));
        for k in [
            "authorization",
            "proxy-authorization",
            "cookie",
            "set-cookie",
            "x-api-key",
            "x-auth-token",
            "x-github-token",
            "x-client-secret",
            "my-apikey",
            "x-password-hint",
        ] {
            assert_eq!(got[k], "***", "{k}");
        }
        assert_eq!(got["content-type"], "application/json");
        assert_eq!(got["accept"], "*/*");
        assert!(got.keys().all(|k| k == &k.to_lowercase()));
    }

    #[test]
    fn repeated_headers_joined() {
        let got = redact_headers(h(&[("Accept", "a"), ("ACCEPT", "b"), ("set-cookie", "1"), ("Set-Cookie", "2")]));
        assert_eq!(got["accept"], "a, b");
        assert_eq!(got["set-cookie"], "***");
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn non_utf8_values_are_lossy() {
        let bad: &[u8] = b"a\xffb";
        let got = redact_headers([("X-Bin", bad)]);
        assert_eq!(got["x-bin"], "a\u{FFFD}b");
    }

    #[test]
    fn truncate_counts_characters_not_bytes() {
        let s = "héllo wörld ✓✓✓";
        assert_eq!(truncate_body(s, 100), s);
        assert_eq!(truncate_body(s, s.chars().count()), s);
        assert_eq!(truncate_body(s, 2), "hé… [truncated]");
        assert_eq!(truncate_body("✓✓✓", 1), "✓… [truncated]");
        assert_eq!(truncate_body("abc", 0), "… [truncated]");
        assert_eq!(truncate_body("", 0), "");
        assert_eq!(truncate_body("🦀🦀", 1), "🦀… [truncated]");
    }

    #[test]
    fn body_text_rules() {
        assert_eq!(body_text(b"", 10), None);
        assert_eq!(body_text(b"hi", 10).as_deref(), Some("hi"));
        assert_eq!(body_text(b"abcdef", 3).as_deref(), Some("abc… [truncated]"));
        assert_eq!(body_text(b"\xff\xfe", 10).as_deref(), Some("\u{FFFD}\u{FFFD}"));
        assert_eq!(body_text("ééé".as_bytes(), 2).as_deref(), Some("éé… [truncated]"));
    }

    #[test]
    fn body_text_large_body_window() {
        let big = "✓".repeat(100_000);
        let got = body_text(big.as_bytes(), 10).unwrap();
        assert_eq!(got, format!("{}{}", "✓".repeat(10), TRUNCATED_SUFFIX));
        let ascii = "a".repeat(50);
        assert_eq!(body_text(ascii.as_bytes(), 50).unwrap(), ascii);
        assert_eq!(body_text(ascii.as_bytes(), 49).unwrap(), format!("{}{}", &ascii[..49], TRUNCATED_SUFFIX));
        // Exactly at the window boundary.
        let edge = "a".repeat(44);
        assert_eq!(body_text(edge.as_bytes(), 10).unwrap(), format!("{}{}", &edge[..10], TRUNCATED_SUFFIX));
    }
}
