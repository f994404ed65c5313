//! Which plugins the user disabled, kept across restarts.
//!
//! A disabled plugin is discovered but never imported, so its id cannot be read from its
//! manifest at the next start: each row keeps the plugin's discovery `source` (a path or an
//! entry point) beside the id, and `by` names the plugin whose disabling cascaded to it (None
//! when the user disabled it directly), so enabling that plugin can bring its dependents back.

use rusqlite::params;

use crate::error::Error;
use crate::store::{now, Store};

pub(crate) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS disabled_plugins (
    id          TEXT PRIMARY KEY NOT NULL,
    source      TEXT NOT NULL,
    by          TEXT,
    disabled_at REAL NOT NULL
) WITHOUT ROWID;
";

/// One disabled plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisabledPlugin {
    pub id: String,
    pub source: String,
    pub by: Option<String>,
}

impl Store {
    /// Every disabled plugin, by id.
    pub fn disabled_plugins(&self) -> Result<Vec<DisabledPlugin>, Error> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT id, source, by FROM disabled_plugins ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| Ok(DisabledPlugin { id: r.get(0)?, source: r.get(1)?, by: r.get(2)? }))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Marks a plugin disabled (committed before it returns); disabling again updates the row.
    pub fn disable_plugin(&self, id: &str, source: &str, by: Option<&str>) -> Result<(), Error> {
        self.conn().execute(
            "INSERT INTO disabled_plugins (id, source, by, disabled_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(id) DO UPDATE SET source = excluded.source, by = excluded.by, disabled_at = excluded.disabled_at",
            params![id, source, by, now()],
        )?;
        Ok(())
    }

    /// Enables a plugin again; `Ok(false)` when it was not disabled.
    pub fn enable_plugin(&self, id: &str) -> Result<bool, Error> {
        let n = self.conn().execute("DELETE FROM disabled_plugins WHERE id = ?1", params![id])?;
        Ok(n > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disabled_plugins_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store.disable_plugin("a", "/p/a.py", None).unwrap();
            store.disable_plugin("b", "ep:b", Some("a")).unwrap();
            store.disable_plugin("a", "/p/a2.py", None).unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            store.disabled_plugins().unwrap(),
            [
                DisabledPlugin { id: "a".into(), source: "/p/a2.py".into(), by: None },
                DisabledPlugin { id: "b".into(), source: "ep:b".into(), by: Some("a".into()) },
            ]
        );
        assert!(store.enable_plugin("b").unwrap());
        assert!(!store.enable_plugin("b").unwrap());
        assert_eq!(store.disabled_plugins().unwrap().len(), 1);
    }
}
