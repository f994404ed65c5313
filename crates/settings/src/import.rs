//! One-time imports of upstream's `settings.json` and `workspaces.json` on first start.
//!
//! Upstream kept settings in `$HORRIBLE_DATA_DIR/settings.json`, a flat JSON object. On the
//! first open of a database (no import marker in `meta` yet) whose settings table is empty,
//! that file's valid entries are copied in, in one transaction together with the marker.
//! Invalid keys and oversized values are skipped and reported; an unreadable or malformed
//! file is reported and does not stop the host. The marker is written whatever happens, so
//! a later open never re-imports (a deleted setting stays deleted). The file itself is left
//! in place.

use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde_json::Value;

use crate::error::Error;
use crate::keys::validate_key;
use crate::store::{encode, now};

/// Upstream's settings file name.
pub const SETTINGS_JSON: &str = "settings.json";
/// The `meta` row that marks the import as done; its value summarizes the outcome.
pub const MARKER: &str = "settings_json_import";

/// The outcome of an import that found a `settings.json`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// The file that was read.
    pub path: PathBuf,
    /// Keys copied into the database, sorted.
    pub imported: Vec<String>,
    /// Entries left out, as `(key, reason)`.
    pub skipped: Vec<(String, String)>,
    /// Why nothing could be imported (unreadable file, bad JSON, not an object).
    pub error: Option<String>,
}

impl ImportReport {
    fn summary(&self) -> String {
        match &self.error {
            Some(e) => format!("failed: {e}"),
            None => format!("imported {} keys, skipped {}", self.imported.len(), self.skipped.len()),
        }
    }
}

fn read_object(path: &Path) -> Result<serde_json::Map<String, Value>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(format!("{} is not a JSON object", path.display())),
        Err(e) => Err(format!("{} is not valid JSON: {e}", path.display())),
    }
}

/// Runs the import if this is the first start; returns a report when a file was found.
pub(crate) fn first_start(conn: &mut Connection, dir: &Path) -> Result<Option<ImportReport>, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let done: Option<String> =
        tx.query_row("SELECT value FROM meta WHERE key = ?1", [MARKER], |r| r.get(0)).optional()?;
    if done.is_some() {
        return Ok(None);
    }
    let count: i64 = tx.query_row("SELECT COUNT(*) FROM settings", [], |r| r.get(0))?;
    let path = dir.join(SETTINGS_JSON);
    let (marker, report) = if count > 0 {
        ("not imported: settings already present".to_owned(), None)
    } else if !path.exists() {
        ("not imported: no settings.json".to_owned(), None)
    } else {
        let mut report = ImportReport { path: path.clone(), ..Default::default() };
        match read_object(&path) {
            Err(e) => report.error = Some(e),
            Ok(map) => {
                let ts = now();
                for (key, value) in map {
                    let checked = validate_key(&key).and_then(|()| encode(&key, &value));
                    match checked {
                        Ok(text) => {
                            tx.execute(
                                "INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)",
                                params![key, text, ts],
                            )?;
                            report.imported.push(key);
                        }
                        Err(e) => report.skipped.push((key, e.to_string())),
                    }
                }
                report.imported.sort();
            }
        }
        (report.summary(), Some(report))
    };
    tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![MARKER, marker])?;
    tx.commit()?;
    Ok(report)
}

/// Upstream's workspaces file name.
pub const WORKSPACES_JSON: &str = "workspaces.json";
/// The `meta` row that marks the workspaces import as done.
pub const WORKSPACES_MARKER: &str = "workspaces_json_import";

/// Imports upstream's `workspaces.json` (`{"active": id|null, "workspaces": [{id, name,
/// layout}]}`) once, like `settings.json`: only into an empty workspaces table, valid entries
/// in file order (an id that breaks the pattern, a non-string name, a layout that is neither
/// an object nor null, or a repeated id is skipped and reported), `active` kept when it names
/// an imported workspace, else the first one. The marker is written whatever happens.
pub(crate) fn first_start_workspaces(conn: &mut Connection, dir: &Path) -> Result<Option<ImportReport>, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let done: Option<String> =
        tx.query_row("SELECT value FROM meta WHERE key = ?1", [WORKSPACES_MARKER], |r| r.get(0)).optional()?;
    if done.is_some() {
        return Ok(None);
    }
    let count: i64 = tx.query_row("SELECT COUNT(*) FROM workspaces", [], |r| r.get(0))?;
    let path = dir.join(WORKSPACES_JSON);
    let (marker, report) = if count > 0 {
        ("not imported: workspaces already present".to_owned(), None)
    } else if !path.exists() {
        ("not imported: no workspaces.json".to_owned(), None)
    } else {
        let mut report = ImportReport { path: path.clone(), ..Default::default() };
        match read_object(&path) {
            Err(e) => report.error = Some(e),
            Ok(state) => import_workspaces(&tx, &state, &mut report)?,
        }
        (report.summary(), Some(report))
    };
    tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![WORKSPACES_MARKER, marker])?;
    tx.commit()?;
    Ok(report)
}

fn import_workspaces(
    tx: &rusqlite::Transaction<'_>,
    state: &serde_json::Map<String, Value>,
    report: &mut ImportReport,
) -> Result<(), Error> {
    let list = match state.get("workspaces") {
        Some(Value::Array(list)) => list.as_slice(),
        None => &[],
        Some(_) => {
            report.error = Some("\"workspaces\" is not a list".to_owned());
            return Ok(());
        }
    };
    for (seq, item) in (1_i64..).zip(list) {
        let id = item.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
        let checked = (|| {
            crate::workspace::validate_workspace_id(&id)?;
            let name = item.get("name").and_then(Value::as_str).ok_or_else(|| Error::InvalidWorkspace {
                what: "name",
                value: item.get("name").map(Value::to_string).unwrap_or_default(),
                max: crate::workspace::MAX_WORKSPACE_NAME_CHARS,
            })?;
            let layout = item.get("layout").cloned().unwrap_or(Value::Null);
            if !(layout.is_null() || layout.is_object()) {
                return Err(Error::InvalidWorkspace { what: "layout", value: layout.to_string(), max: 0 });
            }
            Ok((name.to_owned(), encode(&id, &layout)?))
        })();
        match checked {
            Ok((name, layout)) => {
                let n = tx.execute(
                    "INSERT OR IGNORE INTO workspaces (id, name, layout, seq) VALUES (?1, ?2, ?3, ?4)",
                    params![id, name, layout, seq],
                )?;
                if n == 0 {
                    report.skipped.push((id, "a repeated id".to_owned()));
                } else {
                    report.imported.push(id);
                }
            }
            Err(e) => report.skipped.push((id, e.to_string())),
        }
    }
    let wanted = state.get("active").and_then(Value::as_str).filter(|a| report.imported.iter().any(|i| i == a));
    if let Some(active) = wanted.or(report.imported.first().map(String::as_str)) {
        tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('active_workspace', ?1)", [active])?;
    }
    Ok(())
}
