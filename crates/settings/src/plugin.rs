//! Per-plugin key-value storage, namespaced by plugin id.
//!
//! Rows live in the `plugin_kv` table keyed by `(plugin, key)`; a plugin only ever sees its
//! own keys. Plugin keys are free-form text (1..=1024 characters, no control characters),
//! unlike settings keys. Reads go to the database (plugins use this rarely).

use rusqlite::{params, OptionalExtension};
use serde_json::Value;

use crate::error::Error;
use crate::store::{decode, encode, now, Store};

/// The longest plugin id, in characters.
pub const MAX_PLUGIN_ID_CHARS: usize = 256;
/// The longest plugin storage key, in characters.
pub const MAX_PLUGIN_KEY_CHARS: usize = 1024;

/// Whether `s` is 1..=`max` characters with no control characters.
pub(crate) fn plain_text(s: &str, max: usize) -> bool {
    !s.is_empty() && s.chars().count() <= max && !s.chars().any(char::is_control)
}

fn check(plugin: &str, key: &str) -> Result<(), Error> {
    if !plain_text(plugin, MAX_PLUGIN_ID_CHARS) {
        return Err(Error::InvalidPluginId(plugin.to_owned()));
    }
    if !plain_text(key, MAX_PLUGIN_KEY_CHARS) {
        return Err(Error::InvalidPluginKey(key.to_owned()));
    }
    Ok(())
}

impl Store {
    /// A plugin's stored value for `key`.
    pub fn plugin_get(&self, plugin: &str, key: &str) -> Result<Option<Value>, Error> {
        check(plugin, key)?;
        let text: Option<String> = self
            .conn()
            .query_row("SELECT value FROM plugin_kv WHERE plugin = ?1 AND key = ?2", params![plugin, key], |r| r.get(0))
            .optional()?;
        text.map(|t| decode(key, &t)).transpose()
    }

    /// Stores a value for a plugin; committed (fsynced) before it returns. Values over
    /// [`crate::MAX_VALUE_BYTES`] of JSON are rejected.
    pub fn plugin_set(&self, plugin: &str, key: &str, value: &Value) -> Result<(), Error> {
        check(plugin, key)?;
        let text = encode(key, value)?;
        self.conn().execute(
            "INSERT INTO plugin_kv (plugin, key, value, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(plugin, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![plugin, key, text, now()],
        )?;
        Ok(())
    }

    /// Deletes a plugin's key; `Ok(false)` when it did not exist.
    pub fn plugin_delete(&self, plugin: &str, key: &str) -> Result<bool, Error> {
        check(plugin, key)?;
        let n = self.conn().execute("DELETE FROM plugin_kv WHERE plugin = ?1 AND key = ?2", params![plugin, key])?;
        Ok(n > 0)
    }

    /// A plugin's keys, sorted (byte order).
    pub fn plugin_keys(&self, plugin: &str) -> Result<Vec<String>, Error> {
        if !plain_text(plugin, MAX_PLUGIN_ID_CHARS) {
            return Err(Error::InvalidPluginId(plugin.to_owned()));
        }
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT key FROM plugin_kv WHERE plugin = ?1 ORDER BY key")?;
        let keys = stmt.query_map([plugin], |r| r.get(0))?.collect::<Result<Vec<String>, _>>()?;
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        (dir, s)
    }

    #[test]
    fn round_trip_and_delete() {
        let (_d, s) = store();
        assert_eq!(s.plugin_get("p", "k").unwrap(), None);
        s.plugin_set("p", "k", &json!({"n": [1, 2]})).unwrap();
        assert_eq!(s.plugin_get("p", "k").unwrap(), Some(json!({"n": [1, 2]})));
        s.plugin_set("p", "k", &json!(null)).unwrap();
        assert_eq!(s.plugin_get("p", "k").unwrap(), Some(Value::Null), "null is a value");
        assert!(s.plugin_delete("p", "k").unwrap());
        assert!(!s.plugin_delete("p", "k").unwrap());
        assert_eq!(s.plugin_get("p", "k").unwrap(), None);
    }

    #[test]
    fn namespaced_by_plugin() {
        let (_d, s) = store();
        s.plugin_set("a", "shared", &json!("from a")).unwrap();
        s.plugin_set("b", "shared", &json!("from b")).unwrap();
        s.plugin_set("b", "only-b", &json!(1)).unwrap();
        assert_eq!(s.plugin_get("a", "shared").unwrap(), Some(json!("from a")));
        assert_eq!(s.plugin_get("a", "only-b").unwrap(), None);
        assert_eq!(s.plugin_keys("a").unwrap(), vec!["shared"]);
        assert_eq!(s.plugin_keys("b").unwrap(), vec!["only-b", "shared"]);
        assert!(!s.plugin_delete("a", "only-b").unwrap());
        assert_eq!(s.plugin_get("b", "only-b").unwrap(), Some(json!(1)));
        // Plugin data never leaks into settings.
        assert!(s.all().is_empty());
    }

    #[test]
    fn keys_sorted_and_free_form() {
        let (_d, s) = store();
        for k in ["zeta", "alpha", "with space", "ünï", "Beta"] {
            s.plugin_set("p", k, &json!(k)).unwrap();
        }
        assert_eq!(s.plugin_keys("p").unwrap(), vec!["Beta", "alpha", "with space", "zeta", "ünï"]);
        assert!(s.plugin_keys("nobody").unwrap().is_empty());
    }

    #[test]
    fn rejects_bad_ids_and_keys() {
        let (_d, s) = store();
        assert!(matches!(s.plugin_set("", "k", &json!(1)), Err(Error::InvalidPluginId(_))));
        assert!(matches!(s.plugin_set("p", "", &json!(1)), Err(Error::InvalidPluginKey(_))));
        assert!(matches!(s.plugin_get("p", "a\nb"), Err(Error::InvalidPluginKey(_))));
        assert!(matches!(s.plugin_keys(&"p".repeat(257)), Err(Error::InvalidPluginId(_))));
        let big = Value::String("x".repeat(crate::MAX_VALUE_BYTES));
        assert!(matches!(s.plugin_set("p", "k", &big), Err(Error::ValueTooLarge { .. })));
    }

    #[test]
    fn persists_across_reopen() {
        let dir = tempfile::tempdir().unwrap();
        Store::open(dir.path()).unwrap().plugin_set("p", "k", &json!([true])).unwrap();
        let s = Store::open(dir.path()).unwrap();
        assert_eq!(s.plugin_get("p", "k").unwrap(), Some(json!([true])));
    }
}
