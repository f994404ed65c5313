//! Tests of the decision order, one per rule of protocol.md section 6.

use super::*;
use serde_json::json;
use std::collections::HashMap;

fn pol(allow: &[&str], ask: &[&str], deny: &[&str], mode: Mode) -> Policy {
    let v = |l: &[&str]| l.iter().map(std::string::ToString::to_string).collect();
    Policy { allow: v(allow), ask: v(ask), deny: v(deny), mode }
}

fn se<'a>(tool: &'a str, spec: Option<&'a str>) -> Call<'a> {
    Call { tool, side_effect: true, specifier: spec, editing: is_edit_safe_tool(tool) }
}

fn pure(tool: &str) -> Call<'_> {
    Call { tool, side_effect: false, specifier: None, editing: false }
}

#[test]
fn mode_parse() {
    assert_eq!(Mode::parse(None), Mode::Default);
    assert_eq!(Mode::parse(Some("default")), Mode::Default);
    assert_eq!(Mode::parse(Some("plan")), Mode::Plan);
    assert_eq!(Mode::parse(Some("acceptEdits")), Mode::AcceptEdits);
    assert_eq!(Mode::parse(Some("autonomous")), Mode::Autonomous);
    assert_eq!(Mode::parse(Some("AUTONOMOUS")), Mode::Default);
    assert_eq!(Mode::parse(Some("accept_edits")), Mode::Default);
    assert_eq!(Mode::parse(Some("")), Mode::Default);
    for m in [Mode::Default, Mode::Plan, Mode::AcceptEdits, Mode::Autonomous] {
        assert_eq!(Mode::parse(Some(m.as_str())), m);
    }
}

#[test]
fn from_settings_reads_lists_and_mode() {
    let mut s: HashMap<&str, Value> = HashMap::new();
    s.insert("agent.permissions.allow", json!(["files.*", 3, "shell(ls *)"]));
    s.insert("agent.permissions.ask", json!("shell"));
    s.insert("agent.permissions.deny", json!(["net"]));
    s.insert("agent.permissions.mode", json!("plan"));
    let p = Policy::from_settings(|k| s.get(k).cloned());
    assert_eq!(p.allow, vec!["files.*", "shell(ls *)"]);
    assert!(p.ask.is_empty(), "non-array ignored");
    assert_eq!(p.deny, vec!["net"]);
    assert_eq!(p.mode, Mode::Plan);
}

#[test]
fn from_settings_bad_mode_is_default() {
    let p = Policy::from_settings(|k| (k == Policy::MODE_KEY).then(|| json!("yolo")));
    assert_eq!(p.mode, Mode::Default);
    let p = Policy::from_settings(|k| (k == Policy::MODE_KEY).then(|| json!(1)));
    assert_eq!(p.mode, Mode::Default);
    assert_eq!(Policy::from_settings(|_| None), Policy::default());
}

#[test]
fn non_side_effect_runs_without_check() {
    for mode in [Mode::Default, Mode::Plan, Mode::AcceptEdits, Mode::Autonomous] {
        assert_eq!(decide(&pol(&[], &[], &[], mode), &pure("files.read")), Decision::Allow);
    }
}

#[test]
fn deny_beats_everything_even_autonomous() {
    let p = pol(&["shell"], &["shell"], &["shell"], Mode::Autonomous);
    assert_eq!(decide(&p, &se("shell", Some("ls"))), Decision::Deny);
}

#[test]
fn read_only_tools_pass_straight_through() {
    // No deny, no ask: rules only apply to side-effecting tools (seed 000, upstream dispatch).
    let p = pol(&[], &["files.*"], &["files.read", "*"], Mode::Plan);
    assert_eq!(decide(&p, &pure("files.read")), Decision::Allow);
    assert_eq!(decide(&p, &se("files.read", None)), Decision::Deny);
}

#[test]
fn ask_beats_allow_and_modes() {
    let p = pol(&["shell"], &["shell(rm *)"], &[], Mode::Default);
    assert_eq!(decide(&p, &se("shell", Some("rm -rf /"))), Decision::Ask);
    assert_eq!(decide(&p, &se("shell", Some("ls"))), Decision::Allow);
    let p = pol(&[], &["files.write"], &[], Mode::Autonomous);
    assert_eq!(decide(&p, &se("files.write", None)), Decision::Ask);
    let p = pol(&[], &["files.write"], &[], Mode::AcceptEdits);
    assert_eq!(decide(&p, &se("files.write", None)), Decision::Ask);
}

#[test]
fn plan_denies_side_effects() {
    let p = pol(&["shell"], &[], &[], Mode::Plan);
    assert_eq!(decide(&p, &se("shell", None)), Decision::Deny);
    assert_eq!(decide(&p, &pure("shell")), Decision::Allow);
}

#[test]
fn autonomous_allows() {
    let p = pol(&[], &[], &[], Mode::Autonomous);
    assert_eq!(decide(&p, &se("shell", Some("rm -rf /"))), Decision::Allow);
}

#[test]
fn accept_edits_allows_only_upstreams_edit_safe_tools() {
    let p = pol(&[], &[], &[], Mode::AcceptEdits);
    for t in ["editor.save", "editor.applyEdit", "files.create", "files.write", "files.mkdir"] {
        assert_eq!(decide(&p, &se(t, Some("/a"))), Decision::Allow, "{t}");
    }
    // Never by a name guess: these look like edits but are not on the list.
    for t in ["notes.write", "files.rename", "files.delete", "saveFile", "files.write2", "shell.run"] {
        assert_eq!(decide(&p, &se(t, None)), Decision::Ask, "{t}");
    }
    let p = pol(&["shell.run"], &[], &[], Mode::AcceptEdits);
    assert_eq!(decide(&p, &se("shell.run", None)), Decision::Allow);
    // `editing` comes from the call, not the name.
    let c = Call { tool: "x", side_effect: true, specifier: None, editing: true };
    assert_eq!(decide(&pol(&[], &[], &[], Mode::AcceptEdits), &c), Decision::Allow);
    assert_eq!(decide(&pol(&[], &[], &[], Mode::Default), &c), Decision::Ask);
}

#[test]
fn allow_rule_then_ask_fallback() {
    let p = pol(&["files.*", "shell(git *)"], &[], &[], Mode::Default);
    assert_eq!(decide(&p, &se("files.delete", None)), Decision::Allow);
    assert_eq!(decide(&p, &se("shell", Some("git log"))), Decision::Allow);
    assert_eq!(decide(&p, &se("shell", Some("rm x"))), Decision::Ask);
    assert_eq!(decide(&p, &se("net.fetch", None)), Decision::Ask);
}

#[test]
fn scoped_rule_vs_missing_specifier() {
    let p = pol(&["shell(*)"], &[], &["net(*)"], Mode::Default);
    assert_eq!(decide(&p, &se("shell", None)), Decision::Ask);
    assert_eq!(decide(&p, &se("shell", Some(""))), Decision::Allow);
    assert_eq!(decide(&p, &se("net", None)), Decision::Ask, "scoped deny skips");
    assert_eq!(decide(&p, &se("net", Some("x"))), Decision::Deny);
}

#[test]
fn glob_tool_names_in_deny() {
    let p = pol(&[], &[], &["files.*"], Mode::Autonomous);
    assert_eq!(decide(&p, &se("files.write", None)), Decision::Deny);
    assert_eq!(decide(&p, &se("shell", None)), Decision::Allow);
}

#[test]
fn rendered_specifier_end_to_end() {
    let args = json!({"path": "/tmp/x", "n": null}).as_object().unwrap().clone();
    let spec = crate::render_specifier(Some("{path}{n}{missing}"), &args).unwrap();
    assert_eq!(spec, "/tmp/x");
    let p = pol(&["files.write(/tmp/*)"], &[], &[], Mode::Default);
    assert_eq!(decide(&p, &se("files.write", Some(&spec))), Decision::Allow);
}

#[test]
fn always_rule_forms() {
    let c = se("shell", Some("ls -l"));
    assert_eq!(always_rule(&c, Some("shell(ls *)")), "shell(ls *)");
    assert_eq!(always_rule(&c, None), "shell(ls -l)");
    assert_eq!(always_rule(&c, Some("  ")), "shell(ls -l)");
    assert_eq!(always_rule(&se("shell", None), None), "shell");
    // The stored rule then allows the same call.
    let p = pol(&[&always_rule(&c, None)], &[], &[], Mode::Default);
    assert_eq!(decide(&p, &c), Decision::Allow);
}

#[test]
fn edit_safe_list_is_exact() {
    for n in EDIT_SAFE_TOOLS {
        assert!(is_edit_safe_tool(n), "{n}");
    }
    for n in ["files.Write", "write", "editor.save.x", "notes.create_note", "patch", ""] {
        assert!(!is_edit_safe_tool(n), "{n}");
    }
}

#[test]
fn decision_and_mode_serialize() {
    assert_eq!(serde_json::to_value(Decision::Ask).unwrap(), json!("ask"));
    assert_eq!(serde_json::to_value(Mode::AcceptEdits).unwrap(), json!("acceptEdits"));
    assert_eq!(crate::DENIED, "denied by permission policy");
}

/// The non-shell cases of upstream's `backend/tests/test_agent_permissions.py`, restated against
/// this engine (upstream's shell-aware matching and circuit breakers concern its `terminal.exec`,
/// which this host does not have).
#[test]
fn upstream_engine_cases() {
    let ev = |tool: &str, spec: Option<&str>, side_effect: bool, mode: Mode, rules: &Policy| {
        let policy = Policy { mode, ..rules.clone() };
        decide(&policy, &Call { tool, side_effect, specifier: spec, editing: is_edit_safe_tool(tool) })
    };
    let none = Policy::default();
    let rules = pol(&["files.delete"], &[], &["files.delete"], Mode::Default);
    assert_eq!(ev("files.delete", Some("/x"), true, Mode::Default, &rules), Decision::Deny);
    let rules = pol(&["files.write(/src/foo.ts)"], &["files.write(/src/*)"], &[], Mode::Default);
    assert_eq!(ev("files.write", Some("/src/foo.ts"), true, Mode::Default, &rules), Decision::Ask);
    let rules = pol(&["terminal.exec(npm run *)"], &[], &[], Mode::Default);
    assert_eq!(ev("terminal.exec", Some("npm run build"), true, Mode::Default, &rules), Decision::Allow);
    let rules = pol(&[], &[], &["files.delete"], Mode::Default);
    assert_eq!(ev("files.delete", Some("/x"), true, Mode::Autonomous, &rules), Decision::Deny);
    assert_eq!(ev("files.delete", Some("/x"), true, Mode::Default, &none), Decision::Ask);
    assert_eq!(ev("files.write", Some("/x"), true, Mode::Plan, &none), Decision::Deny);
    assert_eq!(ev("files.read", Some("/x"), false, Mode::Plan, &none), Decision::Allow);
    assert_eq!(ev("editor.save", Some("/x"), true, Mode::Autonomous, &none), Decision::Allow);
    assert_eq!(ev("editor.save", Some("note:1"), true, Mode::AcceptEdits, &none), Decision::Allow);
    assert_eq!(ev("files.create", Some("/src/new.ts"), true, Mode::AcceptEdits, &none), Decision::Allow);
    assert_eq!(ev("files.delete", Some("/src/old.ts"), true, Mode::AcceptEdits, &none), Decision::Ask);
    assert_eq!(ev("terminal.exec", Some("rm foo"), true, Mode::AcceptEdits, &none), Decision::Ask);
    for mode in [Mode::Default, Mode::Plan, Mode::AcceptEdits, Mode::Autonomous] {
        assert_eq!(ev("files.list", Some("/x"), false, mode, &none), Decision::Allow);
    }
    let args = json!({"command": "npm run test"}).as_object().unwrap().clone();
    assert_eq!(crate::render_specifier(Some("{command}"), &args).as_deref(), Some("npm run test"));
    assert_eq!(crate::render_specifier(None, &args), None);
    assert_eq!(crate::render_specifier(Some("{path}"), &args).as_deref(), Some(""));
}
