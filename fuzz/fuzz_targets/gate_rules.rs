//! `horrible-gate`: rule parsing and glob matching (checked against a plain dynamic-programming
//! glob), "allow always" allowing the call it was made from, and specifier rendering, where
//! only `{name}` placeholders may change the template.
//!
//! Input: up to five lines: rule, tool, specifier (`-` = none), template, args (a JSON object,
//! else no arguments).
#![no_main]

use horrible_gate::rules::parse_rule;
use horrible_gate::specifier::{python_float, python_str};
use horrible_gate::{always_rule, decide, glob_match, render_specifier, rule_matches, Call, Decision, Mode, Policy};
use libfuzzer_sys::fuzz_target;
use regex::Regex;
use serde_json::{Map, Value};
use std::sync::OnceLock;

/// Whole-string glob: `*` any run, everything else (`?` included) literal, as upstream.
fn glob_dp(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    // m[j] = pattern[..i] matches text[..j]
    let mut m = vec![false; t.len() + 1];
    m[0] = true;
    for &pc in &p {
        let mut next = vec![false; t.len() + 1];
        for j in 0..=t.len() {
            next[j] = match pc {
                '*' => m[j] || (j > 0 && next[j - 1]),
                c => j > 0 && m[j - 1] && t[j - 1] == c,
            };
        }
        m = next;
    }
    m[t.len()]
}

fn check_float(f: f64) {
    let s = python_float(f);
    if !f.is_finite() {
        return;
    }
    assert_eq!(s.parse::<f64>().unwrap().to_bits(), f.to_bits(), "{f:?} printed as {s}");
    static SCI: OnceLock<Regex> = OnceLock::new();
    let sci = SCI.get_or_init(|| Regex::new(r"^-?[0-9](\.[0-9]+)?e[+-][0-9]{2,3}$").unwrap());
    assert!(s.contains('.') || sci.is_match(&s), "{f:?} printed as {s}");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut lines = text.splitn(5, '\n');
    let rule = lines.next().unwrap_or("");
    let tool = lines.next().unwrap_or("");
    let spec = lines.next().filter(|s| *s != "-");
    let template = lines.next();
    let args: Map<String, Value> = lines.next().and_then(|a| serde_json::from_str(a).ok()).unwrap_or_default();

    // Parsing: the tool part is trimmed, the scope is exactly what the parentheses held.
    let (tool_pat, scope) = parse_rule(rule);
    assert_eq!(tool_pat.trim(), tool_pat);
    match scope {
        Some(s) => assert!(rule.trim().ends_with(&format!("({s})")) && rule.trim().starts_with(tool_pat)),
        None => assert_eq!(tool_pat, rule.trim()),
    }

    // Globs: against the reference (short inputs: the reference is quadratic), and themselves.
    if rule.len() <= 64 && tool.len() <= 64 {
        assert_eq!(glob_match(rule, tool), glob_dp(rule, tool), "{rule:?} vs {tool:?}");
    }
    assert!(glob_match(tool, tool) && glob_match("*", tool));

    let call = Call { tool, side_effect: true, specifier: spec, editing: false };
    let expected = !tool_pat.is_empty()
        && glob_match(tool_pat, tool)
        && match (scope, spec) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(g), Some(s)) => glob_match(g, s),
        };
    assert_eq!(rule_matches(rule, &call), expected);

    // "Allow always" on a plainly named tool must allow that same call afterwards.
    let plain_name = !tool.is_empty() && tool.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
    if plain_name {
        let policy = Policy { allow: vec![always_rule(&call, None)], ..Policy::default() };
        assert_eq!(decide(&policy, &call), Decision::Allow, "{:?} for {call:?}", policy.allow);
        let deny = Policy { deny: vec![always_rule(&call, None)], mode: Mode::Autonomous, ..Policy::default() };
        assert_eq!(decide(&deny, &call), Decision::Deny);
    }

    // Rendering: the output is the template with each `{word}` (letters, digits, `_`: upstream's
    // `\{(\w+)\}`) replaced; an empty template, like none, means no specifier.
    static PLACEHOLDER: OnceLock<Regex> = OnceLock::new();
    let placeholder = PLACEHOLDER.get_or_init(|| Regex::new(r"\{([\p{Alphabetic}\p{N}_]+)\}").unwrap());
    let rendered = render_specifier(template, &args);
    assert_eq!(rendered.is_some(), template.is_some_and(|t| !t.is_empty()));
    if let (Some(t), Some(r)) = (template, rendered) {
        let expected = placeholder.replace_all(t, |c: &regex::Captures| python_str(args.get(&c[1])));
        assert_eq!(r, expected, "template {t:?}");
    }
    for v in args.values() {
        if let Some(f) = v.as_f64().filter(|_| v.is_f64()) {
            check_float(f);
        }
    }
    if data.len() >= 8 {
        check_float(f64::from_le_bytes(data[..8].try_into().unwrap()));
    }
});
