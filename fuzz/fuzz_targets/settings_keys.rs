//! Settings key rules of `horrible-settings`: `validate_key` against its own documented
//! pattern and length limit, and `is_secret_key`'s case-insensitivity.
#![no_main]

use horrible_settings::{is_secret_key, validate_key, Error, Store, KEY_PATTERN, MAX_KEY_CHARS};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    let Ok(key) = std::str::from_utf8(data) else { return };
    static PATTERN: OnceLock<regex::Regex> = OnceLock::new();
    let pattern = PATTERN.get_or_init(|| regex::Regex::new(KEY_PATTERN).unwrap());
    let chars = key.chars().count();
    let expected_ok = pattern.is_match(key) && chars <= MAX_KEY_CHARS;
    match validate_key(key) {
        Ok(()) => assert!(expected_ok, "accepted {key:?}"),
        Err(Error::KeyTooLong(n)) => {
            assert!(!expected_ok);
            // The message says "({n} characters): keys are at most {MAX_KEY_CHARS} characters".
            assert_eq!(n, chars);
            assert!(n > MAX_KEY_CHARS, "KeyTooLong({n}) for a key of {n} characters");
        }
        Err(Error::InvalidKey(k)) => {
            assert!(!expected_ok, "rejected {key:?}");
            assert_eq!(k, key);
        }
        Err(e) => panic!("unexpected error {e:?}"),
    }
    assert_eq!(Store::validate_key(key).is_ok(), validate_key(key).is_ok());
    let secret = is_secret_key(key);
    assert_eq!(secret, is_secret_key(&key.to_ascii_uppercase()));
    assert_eq!(secret, Store::is_secret_key(key));
    // Adding text around a secret key's name keeps it secret.
    if secret {
        assert!(is_secret_key(&format!("x.{key}.y")));
    }
});
