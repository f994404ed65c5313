//! The dashboard's saved workspaces: `{id, name, layout}` in creation order, plus which
//! one is active (the `active_workspace` row of `meta`).

use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Error;
use crate::plugin::plain_text;
use crate::store::{decode, encode, Store};

const ACTIVE: &str = "active_workspace";
/// The longest workspace id, in characters.
pub const MAX_WORKSPACE_ID_CHARS: usize = 256;
/// The longest workspace name, in characters.
pub const MAX_WORKSPACE_NAME_CHARS: usize = 1024;

/// One saved dashboard layout. `layout` is opaque JSON owned by the web UI.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Workspace {
    pub id: String,
    pub name: String,
    pub layout: Value,
}

fn check(what: &'static str, value: &str, max: usize) -> Result<(), Error> {
    if plain_text(value, max) {
        Ok(())
    } else {
        Err(Error::InvalidWorkspace { what, value: value.to_owned(), max })
    }
}

impl Store {
    /// The active workspace id (if any, and only if it exists) and all workspaces in
    /// creation order.
    pub fn workspaces(&self) -> Result<(Option<String>, Vec<Workspace>), Error> {
        let conn = self.conn();
        let mut stmt = conn.prepare("SELECT id, name, layout FROM workspaces ORDER BY seq")?;
        let rows =
            stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
        let mut list = Vec::new();
        for row in rows {
            let (id, name, layout) = row?;
            let layout = decode(&id, &layout)?;
            list.push(Workspace { id, name, layout });
        }
        let active: Option<String> =
            conn.query_row("SELECT value FROM meta WHERE key = ?1", [ACTIVE], |r| r.get(0)).optional()?;
        let active = active.filter(|a| list.iter().any(|w| &w.id == a));
        Ok((active, list))
    }

    /// Creates or updates (keeping its place in the order) a workspace, optionally making it
    /// the active one, in one transaction.
    pub fn put_workspace(&self, id: &str, name: &str, layout: &Value, make_active: bool) -> Result<Workspace, Error> {
        check("id", id, MAX_WORKSPACE_ID_CHARS)?;
        check("name", name, MAX_WORKSPACE_NAME_CHARS)?;
        let text = encode(id, layout)?;
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO workspaces (id, name, layout, seq)
             VALUES (?1, ?2, ?3, (SELECT COALESCE(MAX(seq), 0) + 1 FROM workspaces))
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, layout = excluded.layout",
            params![id, name, text],
        )?;
        if make_active {
            tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", params![ACTIVE, id])?;
        }
        tx.commit()?;
        Ok(Workspace { id: id.to_owned(), name: name.to_owned(), layout: layout.clone() })
    }

    /// Makes an existing workspace active; `Ok(false)` if there is no such workspace.
    pub fn set_active_workspace(&self, id: &str) -> Result<bool, Error> {
        let conn = self.conn();
        let n = conn.execute(
            "INSERT OR REPLACE INTO meta (key, value)
             SELECT ?1, id FROM workspaces WHERE id = ?2",
            params![ACTIVE, id],
        )?;
        Ok(n > 0)
    }

    /// Deletes a workspace (clearing the active mark if it was active); `Ok(false)` when it
    /// did not exist.
    pub fn delete_workspace(&self, id: &str) -> Result<bool, Error> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute("DELETE FROM workspaces WHERE id = ?1", [id])?;
        tx.execute("DELETE FROM meta WHERE key = ?1 AND value = ?2", params![ACTIVE, id])?;
        tx.commit()?;
        Ok(n > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn creation_order_update_and_active() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        assert_eq!(s.workspaces().unwrap(), (None, vec![]));
        s.put_workspace("w1", "One", &json!({"panes": 1}), false).unwrap();
        s.put_workspace("w0", "Zero", &json!({"panes": 0}), true).unwrap();
        s.put_workspace("w2", "Two", &json!([]), false).unwrap();
        // Update w1: keeps its place, new name and layout.
        let w = s.put_workspace("w1", "Uno", &json!({"panes": 11}), false).unwrap();
        assert_eq!(w, Workspace { id: "w1".into(), name: "Uno".into(), layout: json!({"panes": 11}) });
        let (active, list) = s.workspaces().unwrap();
        assert_eq!(active.as_deref(), Some("w0"));
        let ids: Vec<_> = list.iter().map(|w| w.id.as_str()).collect();
        assert_eq!(ids, ["w1", "w0", "w2"]);
        assert_eq!(list[0].name, "Uno");

        assert!(s.set_active_workspace("w2").unwrap());
        assert!(!s.set_active_workspace("nope").unwrap());
        assert_eq!(s.workspaces().unwrap().0.as_deref(), Some("w2"));

        // Persisted.
        drop(s);
        let s = Store::open(dir.path()).unwrap();
        let (active, list) = s.workspaces().unwrap();
        assert_eq!(active.as_deref(), Some("w2"));
        assert_eq!(list.len(), 3);
        assert_eq!(list[0].layout, json!({"panes": 11}));
    }

    #[test]
    fn delete_clears_active() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        s.put_workspace("a", "A", &json!(1), true).unwrap();
        s.put_workspace("b", "B", &json!(2), false).unwrap();
        assert!(!s.delete_workspace("zzz").unwrap());
        assert!(s.delete_workspace("b").unwrap());
        assert_eq!(s.workspaces().unwrap().0.as_deref(), Some("a"));
        assert!(s.delete_workspace("a").unwrap());
        assert_eq!(s.workspaces().unwrap(), (None, vec![]));
        // A re-created "a" is not silently active again.
        s.put_workspace("a", "A", &json!(1), false).unwrap();
        assert_eq!(s.workspaces().unwrap().0, None);
        // New workspaces go after existing ones even after deletes.
        s.put_workspace("c", "C", &json!(3), false).unwrap();
        let ids: Vec<_> = s.workspaces().unwrap().1.into_iter().map(|w| w.id).collect();
        assert_eq!(ids, ["a", "c"]);
    }

    #[test]
    fn rejects_bad_input() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        let e = s.put_workspace("", "x", &json!({}), false).unwrap_err();
        assert!(matches!(e, Error::InvalidWorkspace { what: "id", .. }), "{e}");
        let e = s.put_workspace("x", "", &json!({}), false).unwrap_err();
        assert!(matches!(e, Error::InvalidWorkspace { what: "name", .. }), "{e}");
        let big = json!("x".repeat(crate::MAX_VALUE_BYTES));
        assert!(matches!(s.put_workspace("x", "X", &big, true), Err(Error::ValueTooLarge { .. })));
        assert_eq!(s.workspaces().unwrap(), (None, vec![]), "nothing half-written");
    }

    #[test]
    fn serializes_as_wire_shape() {
        let w = Workspace { id: "i".into(), name: "n".into(), layout: json!({"a": 1}) };
        assert_eq!(serde_json::to_value(&w).unwrap(), json!({"id": "i", "name": "n", "layout": {"a": 1}}));
    }
}
