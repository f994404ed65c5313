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
    /// Upstream's edit-safe tools ([`EDIT_SAFE_TOOLS`]) run without asking.
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
    /// Whether `acceptEdits` allows the tool (the host passes [`is_edit_safe_tool`] of its name).
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
/// 1. the tool is not side-effecting → [`Decision::Allow`] (no rule applies to it);
/// 2. any deny rule matches → [`Decision::Deny`] (even in autonomous mode);
/// 3. any ask rule matches → [`Decision::Ask`];
/// 4. mode `plan` → Deny; mode `autonomous` → Allow; mode `acceptEdits` and an edit-safe
///    call → Allow;
/// 5. any allow rule matches → Allow;
/// 6. otherwise → Ask.
pub fn decide(policy: &Policy, call: &Call) -> Decision {
    // Read-only tools pass straight through, before any rule (the seed: "read-only tools pass
    // straight through"; upstream's dispatch never consults the engine for them).
    if !call.side_effect {
        return Decision::Allow;
    }
    if any_matches(&policy.deny, call) {
        return Decision::Deny;
    }
    if any_matches(&policy.ask, call) {
        return Decision::Ask;
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
    match (given.map(str::trim).filter(|g| !g.is_empty()), call.specifier) {
        (Some(g), _) => g.to_owned(),
        (None, Some(spec)) => format!("{}({})", call.tool, spec),
        (None, None) => call.tool.to_owned(),
    }
}

/// The tools `acceptEdits` allows without asking: upstream's fixed list (editor saves and safe
/// filesystem creation). Never guessed from a name: `delete`, `rename` and shell execution keep
/// asking, and so does every tool not named here.
pub const EDIT_SAFE_TOOLS: &[&str] = &["editor.save", "editor.applyEdit", "files.create", "files.write", "files.mkdir"];

/// Whether `acceptEdits` allows `name` ([`EDIT_SAFE_TOOLS`], exact names).
pub fn is_edit_safe_tool(name: &str) -> bool {
    EDIT_SAFE_TOOLS.contains(&name)
}

#[cfg(test)]
#[path = "policy_tests.rs"]
mod tests;
