//! Settings key rules: validation and which keys look like they hold secrets.

use crate::error::Error;

/// The pattern every settings key must match (protocol.md section 5).
pub const KEY_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";
/// The longest allowed settings key, in characters.
pub const MAX_KEY_CHARS: usize = 256;

/// Checks `key` against [`KEY_PATTERN`] and [`MAX_KEY_CHARS`].
pub fn validate_key(key: &str) -> Result<(), Error> {
    // Count characters, not bytes: a 254-character key with a few multi-byte characters is not
    // "too long" (it is refused below, for its characters), and the error must say what it is.
    let chars = key.chars().count();
    if chars > MAX_KEY_CHARS {
        return Err(Error::KeyTooLong(chars));
    }
    let mut bytes = key.bytes();
    let first_ok = bytes.next().is_some_and(|b| b.is_ascii_alphanumeric());
    let rest_ok = bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'));
    if first_ok && rest_ok {
        Ok(())
    } else {
        Err(Error::InvalidKey(key.to_owned()))
    }
}

/// Whether a key looks like it holds a credential (values are still served as stored, as
/// upstream: a mask a page read back and saved would replace the secret): its name contains (case-insensitively)
/// `token`, `secret`, `password`, `apikey`, `api_key` or `api-key`.
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    ["token", "secret", "password", "apikey", "api_key", "api-key"].iter().any(|w| k.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_keys() {
        for k in ["a", "Z", "0", "agent.permissions.allow", "ui:theme", "a-b_c.d:e", "9lives"] {
            validate_key(k).unwrap_or_else(|e| panic!("{k}: {e}"));
        }
        validate_key(&"a".repeat(256)).unwrap();
    }

    #[test]
    fn invalid_keys() {
        for k in ["", " a", "a b", ".a", "-a", "_a", ":a", "a/b", "é", "a\n", "a\0", "a*"] {
            assert!(matches!(validate_key(k), Err(Error::InvalidKey(_))), "{k:?}");
        }
        assert!(matches!(validate_key(&"a".repeat(257)), Err(Error::KeyTooLong(257))));
    }

    #[test]
    fn multibyte_keys_are_judged_by_characters() {
        // Found by the settings_keys fuzz target: 258 bytes but 254 characters.
        let key = format!("{}{}", "k".repeat(250), "é".repeat(4));
        let err = validate_key(&key).expect_err("é is not allowed in keys");
        assert!(!matches!(err, Error::KeyTooLong(_)), "{err:?}");
    }

    #[test]
    fn secret_keys() {
        for k in
            ["github.token", "openai.apiKey", "x.API_KEY", "svc.api-key", "db.password", "oauth.clientSecret", "TOKEN"]
        {
            assert!(is_secret_key(k), "{k}");
        }
        for k in ["ui.theme", "agent.model", "api.url", "keyboard", "pass"] {
            assert!(!is_secret_key(k), "{k}");
        }
    }
}
