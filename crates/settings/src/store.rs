//! The [`Store`]: opening the database, the settings map and its read cache.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use parking_lot::{Mutex, MutexGuard, RwLock};
use rusqlite::{params, Connection};
use serde_json::{Map, Value};

use crate::error::Error;
use crate::import::{self, ImportReport};
use crate::keys::{is_secret_key, validate_key};

/// The database file name inside the data directory.
pub const DB_FILE: &str = "horrible.db";
/// The largest value accepted, measured as compact JSON text (1 MiB).
pub const MAX_VALUE_BYTES: usize = 1024 * 1024;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS settings (
    key        TEXT PRIMARY KEY NOT NULL,
    value      TEXT NOT NULL,
    updated_at REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS plugin_kv (
    plugin     TEXT NOT NULL,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (plugin, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS workspaces (
    id     TEXT PRIMARY KEY NOT NULL,
    name   TEXT NOT NULL,
    layout TEXT NOT NULL,
    seq    INTEGER NOT NULL
);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1');
";

pub(crate) struct Inner {
    conn: Mutex<Connection>,
    cache: RwLock<BTreeMap<String, Value>>,
    dir: PathBuf,
    import: Option<ImportReport>,
    workspaces_import: Option<ImportReport>,
}

/// The settings store. Cheap to clone (an `Arc` inside); `Send + Sync`.
///
/// One `SQLite` connection behind a mutex serves all writes (they are rare); settings reads
/// come from an in-memory copy loaded at open and updated after each committed write.
#[derive(Clone)]
pub struct Store {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("dir", &self.inner.dir).finish_non_exhaustive()
    }
}

/// Current time as unix seconds, for `updated_at` columns.
pub(crate) fn now() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64())
}

/// Serializes `value` compactly, rejecting text over [`MAX_VALUE_BYTES`].
pub(crate) fn encode(key: &str, value: &Value) -> Result<String, Error> {
    let text = serde_json::to_string(value)?;
    if text.len() > MAX_VALUE_BYTES {
        return Err(Error::ValueTooLarge { key: key.to_owned(), size: text.len(), max: MAX_VALUE_BYTES });
    }
    Ok(text)
}

/// Parses stored JSON text.
pub(crate) fn decode(key: &str, text: &str) -> Result<Value, Error> {
    serde_json::from_str(text).map_err(|source| Error::Corrupt { key: key.to_owned(), source })
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Creates an empty database file readable only by the owner (`SQLite` gives the `-wal` and
/// `-shm` files the same permissions). An empty file is a valid empty database.
fn create_private_file(path: &Path) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    match opts.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e),
    }
}

fn load_cache(conn: &Connection) -> Result<BTreeMap<String, Value>, Error> {
    let mut stmt = conn.prepare("SELECT key, value FROM settings")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut cache = BTreeMap::new();
    for row in rows {
        let (key, text) = row?;
        let value = decode(&key, &text)?;
        cache.insert(key, value);
    }
    Ok(cache)
}

impl Store {
    /// Opens (creating if needed) `data_dir/horrible.db`.
    ///
    /// Creates the directory (mode 0700) and database file (0600) when missing, switches the
    /// database to WAL with `synchronous=FULL` and a busy timeout, creates the tables, and on
    /// first start imports upstream's `data_dir/settings.json` and `workspaces.json` (see
    /// [`crate::import`]; the outcomes are kept in [`Store::import_report`] and
    /// [`Store::workspaces_import_report`]). Then loads the settings cache.
    pub fn open(data_dir: &Path) -> Result<Store, Error> {
        create_private_dir(data_dir)?;
        let path = data_dir.join(DB_FILE);
        create_private_file(&path)?;
        let mut conn = Connection::open(&path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        debug_assert!(mode.eq_ignore_ascii_case("wal"), "journal_mode is {mode}");
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)?;
        conn.execute_batch(crate::plugin_state::SCHEMA)?;
        let import = import::first_start(&mut conn, data_dir)?;
        let workspaces_import = import::first_start_workspaces(&mut conn, data_dir)?;
        let cache = load_cache(&conn)?;
        Ok(Store {
            inner: Arc::new(Inner {
                conn: Mutex::new(conn),
                cache: RwLock::new(cache),
                dir: data_dir.to_owned(),
                import,
                workspaces_import,
            }),
        })
    }

    /// Checks a settings key; see [`crate::keys::validate_key`].
    pub fn validate_key(key: &str) -> Result<(), Error> {
        validate_key(key)
    }

    /// Whether a key looks like it holds a credential; see [`crate::is_secret_key`].
    pub fn is_secret_key(key: &str) -> bool {
        is_secret_key(key)
    }

    /// The data directory this store lives in.
    pub fn data_dir(&self) -> &Path {
        &self.inner.dir
    }

    /// Path of the database file.
    pub fn db_path(&self) -> PathBuf {
        self.inner.dir.join(DB_FILE)
    }

    /// What the first-start import of `settings.json` did, if it ran during this open.
    pub fn import_report(&self) -> Option<&ImportReport> {
        self.inner.import.as_ref()
    }

    /// What the first-start import of `workspaces.json` did, if it ran during this open.
    pub fn workspaces_import_report(&self) -> Option<&ImportReport> {
        self.inner.workspaces_import.as_ref()
    }

    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        self.inner.conn.lock()
    }

    /// A setting's value, from memory (no database access).
    pub fn get(&self, key: &str) -> Option<Value> {
        self.inner.cache.read().get(key).cloned()
    }

    /// All settings, sorted by key.
    pub fn all(&self) -> Map<String, Value> {
        self.inner.cache.read().iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    /// Sets a setting. The write is committed (and fsynced) before this returns; the cache
    /// is updated afterwards, so a failed write changes nothing.
    pub fn set(&self, key: &str, value: &Value) -> Result<(), Error> {
        validate_key(key)?;
        let text = encode(key, value)?;
        let conn = self.conn();
        conn.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            params![key, text, now()],
        )?;
        // Still under the connection lock, so the cache sees writes in commit order.
        self.inner.cache.write().insert(key.to_owned(), value.clone());
        Ok(())
    }

    /// Deletes a setting; `Ok(false)` when it did not exist.
    pub fn delete(&self, key: &str) -> Result<bool, Error> {
        validate_key(key)?;
        let conn = self.conn();
        let n = conn.execute("DELETE FROM settings WHERE key = ?1", params![key])?;
        self.inner.cache.write().remove(key);
        Ok(n > 0)
    }
}

#[cfg(test)]
#[path = "store_tests.rs"]
mod tests;
