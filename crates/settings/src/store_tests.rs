//! Tests of [`Store`] opening, the settings map and the settings.json import.

use super::*;
use serde_json::json;

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(dir.path()).unwrap();
    (dir, s)
}

#[test]
fn store_is_send_sync_clone() {
    fn assert_traits<T: Send + Sync + Clone + 'static>() {}
    assert_traits::<Store>();
}

#[test]
fn open_creates_private_dir_and_wal_db() {
    let base = tempfile::tempdir().unwrap();
    let dir = base.path().join("nested").join(".data");
    let s = Store::open(&dir).unwrap();
    assert!(s.db_path().is_file());
    assert_eq!(s.data_dir(), dir.as_path());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        let mode = std::fs::metadata(s.db_path()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let conn = s.conn();
    let jm: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(jm, "wal");
    let sync: i64 = conn.query_row("PRAGMA synchronous", [], |r| r.get(0)).unwrap();
    assert_eq!(sync, 2, "FULL");
}

#[test]
fn round_trip_and_sorted_all() {
    let (_d, s) = open();
    assert_eq!(s.get("missing"), None);
    let values = [
        ("z.last", json!("text")),
        ("a.first", json!(1)),
        ("m.obj", json!({"nested": [1, 2.5, null, true]})),
        ("m.null", Value::Null),
        ("m.float", json!(0.1)),
    ];
    for (k, v) in &values {
        s.set(k, v).unwrap();
    }
    for (k, v) in &values {
        assert_eq!(s.get(k).as_ref(), Some(v), "{k}");
    }
    let keys: Vec<String> = s.all().keys().cloned().collect();
    assert_eq!(keys, ["a.first", "m.float", "m.null", "m.obj", "z.last"]);
    s.set("a.first", &json!(2)).unwrap();
    assert_eq!(s.get("a.first"), Some(json!(2)));
}

#[test]
fn reopen_persists() {
    let dir = tempfile::tempdir().unwrap();
    {
        let s = Store::open(dir.path()).unwrap();
        s.set("ui.theme", &json!("dark")).unwrap();
        s.set("gone", &json!(1)).unwrap();
        assert!(s.delete("gone").unwrap());
    }
    let s = Store::open(dir.path()).unwrap();
    assert_eq!(s.get("ui.theme"), Some(json!("dark")));
    assert_eq!(s.get("gone"), None);
    assert_eq!(s.all().len(), 1);
}

#[test]
fn durable_before_return() {
    // A second, independent connection sees the write as soon as set() returns.
    let (_d, s) = open();
    s.set("k", &json!([1])).unwrap();
    let other = rusqlite::Connection::open(s.db_path()).unwrap();
    let text: String = other.query_row("SELECT value FROM settings WHERE key = 'k'", [], |r| r.get(0)).unwrap();
    assert_eq!(text, "[1]");
}

#[test]
fn delete_reports_existence() {
    let (_d, s) = open();
    assert!(!s.delete("nope").unwrap());
    s.set("yes", &json!(true)).unwrap();
    assert!(s.delete("yes").unwrap());
    assert_eq!(s.get("yes"), None);
    assert!(matches!(s.delete("bad key"), Err(Error::InvalidKey(_))));
}

#[test]
fn invalid_keys_rejected_with_clear_message() {
    let (_d, s) = open();
    let e = s.set("a b", &json!(1)).unwrap_err();
    assert_eq!(e.to_string(), r#"invalid settings key "a b": keys must match ^[A-Za-z0-9][A-Za-z0-9._:-]*$"#);
    assert!(matches!(s.set(&"k".repeat(257), &json!(1)), Err(Error::KeyTooLong(257))));
    assert!(Store::validate_key("ok.key").is_ok());
    assert!(s.all().is_empty());
}

#[test]
fn value_size_limit() {
    let (_d, s) = open();
    // Exactly the limit: the string plus its two quotes.
    let at_limit = Value::String("x".repeat(MAX_VALUE_BYTES - 2));
    s.set("big", &at_limit).unwrap();
    let over = Value::String("x".repeat(MAX_VALUE_BYTES - 1));
    let e = s.set("big", &over).unwrap_err();
    assert!(matches!(e, Error::ValueTooLarge { size, .. } if size == MAX_VALUE_BYTES + 1));
    assert!(e.to_string().contains("too large"), "{e}");
    assert_eq!(s.get("big"), Some(at_limit), "failed write leaves the old value");
}

#[test]
fn concurrent_writers() {
    let (dir, s) = open();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let s = s.clone();
            std::thread::spawn(move || {
                for i in 0..25 {
                    s.set(&format!("t{t}.k{i}"), &json!(i)).unwrap();
                    assert_eq!(s.get(&format!("t{t}.k{i}")), Some(json!(i)));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    drop(s);
    let s = Store::open(dir.path()).unwrap();
    assert_eq!(s.all().len(), 100);
    assert_eq!(s.get("t3.k24"), Some(json!(24)));
}

#[test]
fn imports_settings_json_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("settings.json"),
        r#"{"ui.theme": "dark", "agent.permissions.allow": ["files.*"], "bad key": 1, "": 2, "n": null}"#,
    )
    .unwrap();
    let s = Store::open(dir.path()).unwrap();
    let report = s.import_report().expect("import ran").clone();
    assert_eq!(report.imported, ["agent.permissions.allow", "n", "ui.theme"]);
    let mut skipped: Vec<_> = report.skipped.iter().map(|(k, _)| k.as_str()).collect();
    skipped.sort_unstable();
    assert_eq!(skipped, ["", "bad key"]);
    assert!(report.skipped[0].1.contains("invalid settings key"));
    assert_eq!(report.error, None);
    assert_eq!(s.get("ui.theme"), Some(json!("dark")));
    assert_eq!(s.get("agent.permissions.allow"), Some(json!(["files.*"])));
    assert_eq!(s.get("n"), Some(Value::Null));
    assert_eq!(s.get("bad key"), None);

    // Delete everything; the second open must not re-import.
    for k in report.imported {
        s.delete(&k).unwrap();
    }
    drop(s);
    let s = Store::open(dir.path()).unwrap();
    assert!(s.import_report().is_none());
    assert!(s.all().is_empty(), "{:?}", s.all());
    assert!(dir.path().join("settings.json").exists(), "file left in place");
}

#[test]
fn no_settings_json_marks_first_start() {
    let dir = tempfile::tempdir().unwrap();
    Store::open(dir.path()).unwrap();
    // A file appearing after the first start is not imported.
    std::fs::write(dir.path().join("settings.json"), r#"{"late": 1}"#).unwrap();
    let s = Store::open(dir.path()).unwrap();
    assert!(s.import_report().is_none());
    assert_eq!(s.get("late"), None);
}

#[test]
fn no_import_into_non_empty_settings() {
    let dir = tempfile::tempdir().unwrap();
    {
        let s = Store::open(dir.path()).unwrap();
        s.set("existing", &json!(1)).unwrap();
        // Simulate a database that predates the marker.
        s.conn().execute("DELETE FROM meta WHERE key = ?1", [crate::import::MARKER]).unwrap();
    }
    std::fs::write(dir.path().join("settings.json"), r#"{"other": 2}"#).unwrap();
    let s = Store::open(dir.path()).unwrap();
    assert!(s.import_report().is_none());
    assert_eq!(s.get("other"), None);
    assert_eq!(s.get("existing"), Some(json!(1)));
}

#[test]
fn broken_settings_json_does_not_stop_open() {
    for (content, needle) in [("{\"a\": 1", "not valid JSON"), ("[1, 2]", "not a JSON object")] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("settings.json"), content).unwrap();
        let s = Store::open(dir.path()).unwrap();
        let report = s.import_report().unwrap();
        assert!(report.error.as_deref().unwrap().contains(needle), "{report:?}");
        assert!(report.imported.is_empty());
        assert!(s.all().is_empty());
        drop(s);
        assert!(Store::open(dir.path()).unwrap().import_report().is_none(), "tried once");
    }
}
