//! The dashboard's saved workspaces, with upstream's semantics: `{id, name, layout}` in
//! creation order plus which one is active (the `active_workspace` row of `meta`).
//!
//! - The first workspace saved or created becomes active when none is.
//! - An upsert applies only the fields it was given, so a rename keeps the layout.
//! - Deleting the active workspace makes the first remaining one active.

use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Error;
use crate::store::{decode, encode, Store};

const ACTIVE: &str = "active_workspace";
/// The pattern a workspace id must match (upstream's `WORKSPACE_ID_PATTERN`).
pub const WORKSPACE_ID_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
/// The longest workspace id, in characters (ours: upstream has no limit).
pub const MAX_WORKSPACE_ID_CHARS: usize = 256;
/// The longest workspace name, in characters (ours: upstream has no limit).
pub const MAX_WORKSPACE_NAME_CHARS: usize = 1024;

/// One saved dashboard layout. `layout` is opaque JSON owned by the web UI (upstream: an
/// object or null).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Workspace {
    pub id: String,
    pub name: String,
    pub layout: Value,
}

/// A partial update: `None` leaves a field as it is (a new workspace gets its id as its name
/// and a null layout).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkspacePatch {
    /// A new name; callers pass `None` for an absent, null or empty one (upstream's
    /// `body.name or existing.name`).
    pub name: Option<String>,
    /// A new layout (`Value::Null` clears it).
    pub layout: Option<Value>,
}

/// The whole collection: the active id (if any) and every workspace in creation order.
pub type WorkspacesState = (Option<String>, Vec<Workspace>);

/// Checks a workspace id against [`WORKSPACE_ID_PATTERN`] and [`MAX_WORKSPACE_ID_CHARS`].
pub fn validate_workspace_id(id: &str) -> Result<(), Error> {
    let mut bytes = id.bytes();
    let first_ok = bytes.next().is_some_and(|b| b.is_ascii_alphanumeric());
    let rest_ok = bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'));
    if first_ok && rest_ok && id.len() <= MAX_WORKSPACE_ID_CHARS {
        Ok(())
    } else {
        Err(Error::InvalidWorkspace { what: "id", value: id.to_owned(), max: MAX_WORKSPACE_ID_CHARS })
    }
}

fn check_name(name: &str) -> Result<(), Error> {
    if name.chars().count() <= MAX_WORKSPACE_NAME_CHARS {
        Ok(())
    } else {
        Err(Error::InvalidWorkspace { what: "name", value: name.to_owned(), max: MAX_WORKSPACE_NAME_CHARS })
    }
}

fn find(tx: &Transaction<'_>, id: &str) -> Result<Option<Workspace>, Error> {
    let row: Option<(String, String)> = tx
        .query_row("SELECT name, layout FROM workspaces WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match row {
        Some((name, layout)) => Ok(Some(Workspace { id: id.to_owned(), name, layout: decode(id, &layout)? })),
        None => Ok(None),
    }
}

/// Inserts a new workspace after all others.
fn insert(tx: &Transaction<'_>, ws: &Workspace) -> Result<(), Error> {
    tx.execute(
        "INSERT INTO workspaces (id, name, layout, seq)
         VALUES (?1, ?2, ?3, (SELECT COALESCE(MAX(seq), 0) + 1 FROM workspaces))",
        params![ws.id, ws.name, encode(&ws.id, &ws.layout)?],
    )?;
    Ok(())
}

/// Makes `id` active when no existing workspace is.
fn activate_if_none(tx: &Transaction<'_>, id: &str) -> Result<(), Error> {
    let active: Option<String> = tx
        .query_row("SELECT m.value FROM meta m JOIN workspaces w ON w.id = m.value WHERE m.key = ?1", [ACTIVE], |r| {
            r.get(0)
        })
        .optional()?;
    if active.is_none() {
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", params![ACTIVE, id])?;
    }
    Ok(())
}

impl Store {
    /// The active workspace id (if any, and only if it exists) and all workspaces in
    /// creation order.
    pub fn workspaces(&self) -> Result<WorkspacesState, Error> {
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

    /// Creates (after all others) or partially updates (keeping its place) a workspace; the
    /// first one becomes active. One transaction.
    pub fn upsert_workspace(&self, id: &str, patch: WorkspacePatch) -> Result<Workspace, Error> {
        validate_workspace_id(id)?;
        if let Some(name) = &patch.name {
            check_name(name)?;
        }
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ws = if let Some(mut ws) = find(&tx, id)? {
            if let Some(name) = patch.name {
                ws.name = name;
            }
            if let Some(layout) = patch.layout {
                ws.layout = layout;
            }
            tx.execute(
                "UPDATE workspaces SET name = ?2, layout = ?3 WHERE id = ?1",
                params![id, ws.name, encode(id, &ws.layout)?],
            )?;
            ws
        } else {
            let ws = Workspace {
                id: id.to_owned(),
                name: patch.name.unwrap_or_else(|| id.to_owned()),
                layout: patch.layout.unwrap_or(Value::Null),
            };
            insert(&tx, &ws)?;
            ws
        };
        activate_if_none(&tx, id)?;
        tx.commit()?;
        Ok(ws)
    }

    /// Adds a new workspace named `name` (any text, even empty, as upstream) with no layout;
    /// the first one becomes active. The caller picks a fresh `id`.
    pub fn create_workspace(&self, id: &str, name: &str) -> Result<Workspace, Error> {
        validate_workspace_id(id)?;
        check_name(name)?;
        let ws = Workspace { id: id.to_owned(), name: name.to_owned(), layout: Value::Null };
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        insert(&tx, &ws)?;
        activate_if_none(&tx, id)?;
        tx.commit()?;
        Ok(ws)
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

    /// Deletes a workspace if it exists; when it was active, the first remaining one becomes
    /// active (none if it was the last). Returns the state after.
    pub fn delete_workspace(&self, id: &str) -> Result<WorkspacesState, Error> {
        {
            let mut conn = self.conn();
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute("DELETE FROM workspaces WHERE id = ?1", [id])?;
            let was_active = tx.execute("DELETE FROM meta WHERE key = ?1 AND value = ?2", params![ACTIVE, id])? > 0;
            if was_active {
                tx.execute(
                    "INSERT INTO meta (key, value)
                     SELECT ?1, id FROM workspaces ORDER BY seq LIMIT 1",
                    [ACTIVE],
                )?;
            }
            tx.commit()?;
        }
        self.workspaces()
    }
}

#[cfg(test)]
#[path = "workspace_tests.rs"]
mod tests;
