//! The crate's error type.

use crate::keys::{KEY_PATTERN, MAX_KEY_CHARS};

/// Everything that can go wrong in the store. Messages are meant for end users.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A settings key that does not match [`KEY_PATTERN`].
    #[error("invalid settings key {0:?}: keys must match {KEY_PATTERN}")]
    InvalidKey(String),
    /// A settings key longer than [`MAX_KEY_CHARS`].
    #[error("invalid settings key ({0} characters): keys are at most {MAX_KEY_CHARS} characters")]
    KeyTooLong(usize),
    /// An empty or oversized plugin id.
    #[error("invalid plugin id {0:?}: must be 1 to 256 characters without control characters")]
    InvalidPluginId(String),
    /// An empty or oversized plugin storage key.
    #[error("invalid plugin storage key {0:?}: must be 1 to 1024 characters without control characters")]
    InvalidPluginKey(String),
    /// An empty or oversized workspace id or name.
    #[error("invalid workspace {what} {value:?}: must be 1 to {max} characters without control characters")]
    InvalidWorkspace { what: &'static str, value: String, max: usize },
    /// A value whose JSON text exceeds [`crate::MAX_VALUE_BYTES`].
    #[error("value for {key:?} is too large: {size} bytes of JSON, the limit is {max} bytes")]
    ValueTooLarge { key: String, size: usize, max: usize },
    /// A stored value that is not valid JSON (the database was edited by hand or damaged).
    #[error("stored value for {key:?} is not valid JSON: {source}")]
    Corrupt {
        key: String,
        #[source]
        source: serde_json::Error,
    },
    /// A value that cannot be serialized (never happens for `serde_json::Value`).
    #[error("cannot serialize value: {0}")]
    Json(#[from] serde_json::Error),
    /// `SQLite` failed.
    #[error("settings database error: {0}")]
    Db(#[from] rusqlite::Error),
    /// Creating the data directory or database file failed.
    #[error("settings storage I/O error: {0}")]
    Io(#[from] std::io::Error),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_clear() {
        assert_eq!(
            Error::InvalidKey("a b".into()).to_string(),
            r#"invalid settings key "a b": keys must match ^[A-Za-z0-9][A-Za-z0-9._:-]*$"#
        );
        assert_eq!(
            Error::KeyTooLong(300).to_string(),
            "invalid settings key (300 characters): keys are at most 256 characters"
        );
        let e = Error::ValueTooLarge { key: "k".into(), size: 2_000_000, max: 1_048_576 };
        assert_eq!(e.to_string(), r#"value for "k" is too large: 2000000 bytes of JSON, the limit is 1048576 bytes"#);
    }
}
