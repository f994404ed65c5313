//! The policy (rule lists + mode), the call description, and the decision order.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::rules::any_matches;

/// The permission mode, setting `agent.permissions.mode`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Mode {
    /// Side-effecting tools need an allow rule, else the user is asked.
    #[default]
    Default,
    /// Side-effecting tools are denied (read-only planning).
    Plan,
    /// Editing tools (see [`is_editing_tool`]) run without asking.
    AcceptEdits,
    /// Everything not denied or explicitly `ask`ed runs.
    Autonomous,
}

impl Mode {
    /// Parses `default | plan | acceptEdits | autonomous`; a bad or missing value is `Default`.
    pub fn parse(s: Option<&str>) -> Mode {
        match s {
            Some("plan") => Mode::Plan,
            Some("acceptEdits") => Mode::AcceptEdits,
            Some("autonomous") => Mode::Autonomous,
            _ => Mode::Default,
        }
    }

    /// The setting's spelling of this mode.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Default => "default",
            Mode::Plan => "plan",
            Mode::AcceptEdits => "acceptEdits",
            Mode::Autonomous => "autonomous",
        }
    }
}

/// The rule lists and mode, as kept in settings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Policy {
    pub allow: Vec<String>,
    pub ask: Vec<String>,
    pub deny: Vec<String>,
    pub mode: Mode,
}

impl Policy {
    /// Settings key of the allow list.
    pub const ALLOW_KEY: &'static str = "agent.permissions.allow";
    /// Settings key of the ask list.
    pub const ASK_KEY: &'static str = "agent.permissions.ask";
    /// Settings key of the deny list.
    pub const DENY_KEY: &'static str = "agent.permissions.deny";
    /// Settings key of the mode.
    pub const MODE_KEY: &'static str = "agent.permissions.mode";

    /// Reads the policy through a settings getter.
    ///
    /// Each list must be a JSON array; non-string entries are skipped and any other value
    /// (missing, string, object...) counts as an empty list. The mode must be a string
    /// naming a mode, else [`Mode::Default`].
    pub fn from_settings(get: impl Fn(&str) -> Option<Value>) -> Policy {
        let list = |key: &str| -> Vec<String> {
            match get(key) {
                Some(Value::Array(items)) => items
                    .into_iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            }
        };
        let mode = get(Self::MODE_KEY);
        Policy {
            allow: list(Self::ALLOW_KEY),
            ask: list(Self::ASK_KEY),
            deny: list(Self::DENY_KEY),
            mode: Mode::parse(mode.as_ref().and_then(Value::as_str)),
        }
    }
}

/// What the gate sees of one tool call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Call<'a> {
    /// The tool's registered name, e.g. `files.write`.
    pub tool: &'a str,
    /// Whether the tool declared `side_effect=True`.
    pub side_effect: bool,
    /// The rendered specifier ([`crate::render_specifier`]), if the tool has a template.
    pub specifier: Option<&'a str>,
    /// Whether the tool counts as an editing tool for `acceptEdits` (usually
    /// [`is_editing_tool`] of its name).
    pub editing: bool,
}

/// The gate's verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Allow,
    Ask,
    Deny,
}

/// Decides a call, first match wins, in exactly this order:
///
/// 1. any deny rule matches → [`Decision::Deny`] (even in autonomous mode);
/// 2. any ask rule matches → [`Decision::Ask`];
/// 3. the tool is not side-effecting → [`Decision::Allow`];
/// 4. mode `plan` → Deny; mode `autonomous` → Allow; mode `acceptEdits` and an editing
///    call → Allow;
/// 5. any allow rule matches → Allow;
/// 6. otherwise → Ask.
pub fn decide(policy: &Policy, call: &Call) -> Decision {
    if any_matches(&policy.deny, call) {
        return Decision::Deny;
    }
    if any_matches(&policy.ask, call) {
        return Decision::Ask;
    }
    if !call.side_effect {
        return Decision::Allow;
    }
    match policy.mode {
        Mode::Plan => return Decision::Deny,
        Mode::Autonomous => return Decision::Allow,
        Mode::AcceptEdits if call.editing => return Decision::Allow,
        _ => {}
    }
    if any_matches(&policy.allow, call) {
        return Decision::Allow;
    }
    Decision::Ask
}

/// The rule `allow_always` stores: the `given` rule when non-empty, else
/// `name(specifier)` when the call has a specifier, else the bare tool name.
pub fn always_rule(call: &Call, given: Option<&str>) -> String {
    match (
        given.map(str::trim).filter(|g| !g.is_empty()),
        call.specifier,
    ) {
        (Some(g), _) => g.to_owned(),
        (None, Some(spec)) => format!("{}({})", call.tool, spec),
        (None, None) => call.tool.to_owned(),
    }
}

/// Verb prefixes that mark a tool as editing, for `acceptEdits`.
pub const EDITING_PREFIXES: &[&str] = &[
    "edit", "write", "create", "update", "rename", "move", "save", "patch", "insert", "replace",
    "append",
];

/// Heuristic used by `acceptEdits`: a tool is "editing" when its last dot-separated segment
/// (`files.write_text` → `write_text`) or its whole name starts, case-insensitively, with one
/// of [`EDITING_PREFIXES`] (edit, write, create, update, rename, move, save, patch, insert,
/// replace, append). So `files.write`, `notes.create_note`, `editFile` and `patch` are editing
/// tools; `shell.run`, `files.delete`, `http.post` are not (deletion is not an edit).
pub fn is_editing_tool(name: &str) -> bool {
    let starts = |s: &str| {
        let s = s.to_ascii_lowercase();
        EDITING_PREFIXES.iter().any(|p| s.starts_with(p))
    };
    let last = name.rsplit('.').next().unwrap_or(name);
    starts(last) || starts(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashMap;

    fn pol(allow: &[&str], ask: &[&str], deny: &[&str], mode: Mode) -> Policy {
        let v = |l: &[&str]| l.iter().map(|s| s.to_string()).collect();
        Policy {
            allow: v(allow),
            ask: v(ask),
            deny: v(deny),
            mode,
        }
    }

    fn se<'a>(tool: &'a str, spec: Option<&'a str>) -> Call<'a> {
        Call {
            tool,
            side_effect: true,
            specifier: spec,
            editing: is_editing_tool(tool),
        }
    }

    fn pure(tool: &str) -> Call<'_> {
        Call {
            tool,
            side_effect: false,
            specifier: None,
            editing: false,
        }
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
        for m in [
            Mode::Default,
            Mode::Plan,
            Mode::AcceptEdits,
            Mode::Autonomous,
        ] {
            assert_eq!(Mode::parse(Some(m.as_str())), m);
        }
    }

    #[test]
    fn from_settings_reads_lists_and_mode() {
        let mut s: HashMap<&str, Value> = HashMap::new();
        s.insert(
            "agent.permissions.allow",
            json!(["files.*", 3, "shell(ls *)"]),
        );
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
        for mode in [
            Mode::Default,
            Mode::Plan,
            Mode::AcceptEdits,
            Mode::Autonomous,
        ] {
            assert_eq!(
                decide(&pol(&[], &[], &[], mode), &pure("files.read")),
                Decision::Allow
            );
        }
    }

    #[test]
    fn deny_beats_everything_even_autonomous() {
        let p = pol(&["shell"], &["shell"], &["shell"], Mode::Autonomous);
        assert_eq!(decide(&p, &se("shell", Some("ls"))), Decision::Deny);
        // An explicit deny rule also covers non-side-effecting tools.
        let p = pol(&[], &[], &["files.read"], Mode::Default);
        assert_eq!(decide(&p, &pure("files.read")), Decision::Deny);
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
    fn accept_edits_allows_only_editing_tools() {
        let p = pol(&[], &[], &[], Mode::AcceptEdits);
        assert_eq!(decide(&p, &se("files.write", Some("/a"))), Decision::Allow);
        assert_eq!(decide(&p, &se("shell.run", None)), Decision::Ask);
        let p = pol(&["shell.run"], &[], &[], Mode::AcceptEdits);
        assert_eq!(decide(&p, &se("shell.run", None)), Decision::Allow);
        // `editing` comes from the call, not the name.
        let c = Call {
            tool: "x",
            side_effect: true,
            specifier: None,
            editing: true,
        };
        assert_eq!(
            decide(&pol(&[], &[], &[], Mode::AcceptEdits), &c),
            Decision::Allow
        );
        assert_eq!(
            decide(&pol(&[], &[], &[], Mode::Default), &c),
            Decision::Ask
        );
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
        assert_eq!(
            decide(&p, &se("net", None)),
            Decision::Ask,
            "scoped deny skips"
        );
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
        let args = json!({"path": "/tmp/x", "n": null})
            .as_object()
            .unwrap()
            .clone();
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
    fn editing_heuristic() {
        for n in [
            "files.write",
            "notes.create_note",
            "editFile",
            "patch",
            "a.b.Update",
            "save",
        ] {
            assert!(is_editing_tool(n), "{n}");
        }
        for n in [
            "shell.run",
            "files.delete",
            "http.post",
            "read",
            "files.read_write",
            "",
        ] {
            assert!(!is_editing_tool(n), "{n}");
        }
        // Whole name counts too: "write.files" starts with write.
        assert!(is_editing_tool("write.files"));
    }

    #[test]
    fn decision_and_mode_serialize() {
        assert_eq!(serde_json::to_value(Decision::Ask).unwrap(), json!("ask"));
        assert_eq!(
            serde_json::to_value(Mode::AcceptEdits).unwrap(),
            json!("acceptEdits")
        );
        assert_eq!(crate::DENIED, "denied by permission policy");
    }
}
