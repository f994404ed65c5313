use super::*;
use serde_json::json;

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(dir.path()).unwrap();
    (dir, s)
}

fn patch(name: Option<&str>, layout: Option<Value>) -> WorkspacePatch {
    WorkspacePatch { name: name.map(String::from), layout }
}

#[test]
fn first_becomes_active_and_order_is_kept() {
    let (dir, s) = open();
    assert_eq!(s.workspaces().unwrap(), (None, vec![]));
    s.upsert_workspace("w1", patch(Some("One"), Some(json!({"panes": 1})))).unwrap();
    s.upsert_workspace("w0", patch(Some("Zero"), Some(json!({"panes": 0})))).unwrap();
    s.upsert_workspace("w2", patch(None, None)).unwrap();
    let w = s.upsert_workspace("w1", patch(Some("Uno"), Some(json!({"panes": 11})))).unwrap();
    assert_eq!(w, Workspace { id: "w1".into(), name: "Uno".into(), layout: json!({"panes": 11}) });
    let (active, list) = s.workspaces().unwrap();
    assert_eq!(active.as_deref(), Some("w1"), "the first workspace became active");
    let ids: Vec<_> = list.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(ids, ["w1", "w0", "w2"]);
    assert_eq!(list[2], Workspace { id: "w2".into(), name: "w2".into(), layout: Value::Null });

    assert!(s.set_active_workspace("w2").unwrap());
    assert!(!s.set_active_workspace("nope").unwrap());
    drop(s);
    let s = Store::open(dir.path()).unwrap();
    let (active, list) = s.workspaces().unwrap();
    assert_eq!(active.as_deref(), Some("w2"));
    assert_eq!(list[0].layout, json!({"panes": 11}));
}

#[test]
fn partial_upserts_keep_other_fields() {
    let (_d, s) = open();
    s.upsert_workspace("a", patch(Some("A"), Some(json!({"grid": 1})))).unwrap();
    let w = s.upsert_workspace("a", patch(Some("Renamed"), None)).unwrap();
    assert_eq!(w.layout, json!({"grid": 1}), "a rename keeps the layout");
    let w = s.upsert_workspace("a", patch(None, Some(json!({"grid": 2})))).unwrap();
    assert_eq!(w.name, "Renamed", "a layout save keeps the name");
    let w = s.upsert_workspace("a", patch(None, Some(Value::Null))).unwrap();
    assert_eq!(w.layout, Value::Null, "an explicit null clears the layout");
}

#[test]
fn create_appends_and_activates_the_first() {
    let (_d, s) = open();
    let w = s.create_workspace("abcd1234", "").unwrap();
    assert_eq!(w, Workspace { id: "abcd1234".into(), name: String::new(), layout: Value::Null });
    s.create_workspace("ffff0000", "Two").unwrap();
    let (active, list) = s.workspaces().unwrap();
    assert_eq!(active.as_deref(), Some("abcd1234"));
    assert_eq!(list.len(), 2);
}

#[test]
fn delete_moves_active_to_the_first_remaining() {
    let (_d, s) = open();
    for id in ["a", "b", "c"] {
        s.upsert_workspace(id, WorkspacePatch::default()).unwrap();
    }
    assert!(s.set_active_workspace("b").unwrap());
    let (active, list) = s.delete_workspace("zzz").unwrap();
    assert_eq!((active.as_deref(), list.len()), (Some("b"), 3), "deleting an unknown id changes nothing");
    let (active, _) = s.delete_workspace("c").unwrap();
    assert_eq!(active.as_deref(), Some("b"));
    let (active, list) = s.delete_workspace("b").unwrap();
    assert_eq!(active.as_deref(), Some("a"));
    assert_eq!(list.len(), 1);
    assert_eq!(s.delete_workspace("a").unwrap(), (None, vec![]));
    s.upsert_workspace("d", WorkspacePatch::default()).unwrap();
    assert_eq!(s.workspaces().unwrap().0.as_deref(), Some("d"), "a new first workspace is active again");
}

#[test]
fn ids_follow_upstreams_pattern() {
    for ok in ["dashboard", "a", "9", "ws-1.x_y", "abcd1234"] {
        validate_workspace_id(ok).unwrap_or_else(|e| panic!("{ok}: {e}"));
    }
    for bad in ["", "-a", ".a", "_a", "a b", "a:b", "a/b", "é", "a\n"] {
        assert!(matches!(validate_workspace_id(bad), Err(Error::InvalidWorkspace { what: "id", .. })), "{bad:?}");
    }
    assert!(validate_workspace_id(&"a".repeat(257)).is_err());
}

#[test]
fn rejects_bad_input() {
    let (_d, s) = open();
    let e = s.upsert_workspace("", WorkspacePatch::default()).unwrap_err();
    assert!(matches!(e, Error::InvalidWorkspace { what: "id", .. }), "{e}");
    let e = s.upsert_workspace("x", patch(Some(&"n".repeat(2000)), None)).unwrap_err();
    assert!(matches!(e, Error::InvalidWorkspace { what: "name", .. }), "{e}");
    let big = json!({"x": "x".repeat(crate::MAX_VALUE_BYTES)});
    assert!(matches!(s.upsert_workspace("x", patch(None, Some(big))), Err(Error::ValueTooLarge { .. })));
    assert_eq!(s.workspaces().unwrap(), (None, vec![]), "nothing half-written");
}

#[test]
fn serializes_as_wire_shape() {
    let w = Workspace { id: "i".into(), name: "n".into(), layout: json!({"a": 1}) };
    assert_eq!(serde_json::to_value(&w).unwrap(), json!({"id": "i", "name": "n", "layout": {"a": 1}}));
}

#[test]
fn imports_workspaces_json_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = json!({
        "active": "b",
        "workspaces": [
            {"id": "a", "name": "A", "layout": {"grid": 1}},
            {"id": "b", "name": "B", "layout": null},
            {"id": "bad id", "name": "X", "layout": null},
            {"id": "c", "name": 3, "layout": null},
            {"id": "d", "name": "D", "layout": [1]},
            {"id": "a", "name": "again", "layout": null},
        ],
    });
    std::fs::write(dir.path().join("workspaces.json"), file.to_string()).unwrap();
    let s = Store::open(dir.path()).unwrap();
    let report = s.workspaces_import_report().expect("import ran").clone();
    assert_eq!(report.imported, ["a", "b"]);
    let skipped: Vec<_> = report.skipped.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(skipped, ["bad id", "c", "d", "a"]);
    let (active, list) = s.workspaces().unwrap();
    assert_eq!(active.as_deref(), Some("b"));
    assert_eq!(list[0], Workspace { id: "a".into(), name: "A".into(), layout: json!({"grid": 1}) });
    s.upsert_workspace("e", WorkspacePatch::default()).unwrap();
    assert_eq!(s.workspaces().unwrap().1.last().unwrap().id, "e", "new ones go after the imported ones");
    s.delete_workspace("a").unwrap();
    drop(s);
    let s = Store::open(dir.path()).unwrap();
    assert!(s.workspaces_import_report().is_none(), "imported once");
    let ids: Vec<_> = s.workspaces().unwrap().1.into_iter().map(|w| w.id).collect();
    assert_eq!(ids, ["b", "e"], "a deleted workspace stays deleted");
}

#[test]
fn workspaces_json_without_a_valid_active_activates_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let file = json!({"active": "gone", "workspaces": [{"id": "x", "name": "X"}, {"id": "y", "name": "Y"}]});
    std::fs::write(dir.path().join("workspaces.json"), file.to_string()).unwrap();
    let s = Store::open(dir.path()).unwrap();
    assert_eq!(s.workspaces().unwrap().0.as_deref(), Some("x"));
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("workspaces.json"), "not json").unwrap();
    let s = Store::open(dir.path()).unwrap();
    assert!(s.workspaces_import_report().unwrap().error.is_some());
    assert_eq!(s.workspaces().unwrap(), (None, vec![]));
}
