//! The human form of a plugin listing (`GET /api/plugins`'s JSON): what `plugins list` prints,
//! whether it loaded the plugins itself or asked a running host (`--url`). A running host's
//! listing also has disabled and blocked plugins and each plugin's last failed reload.
use serde_json::Value;
use std::fmt::Write as _;

fn items<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    items(v, key).iter().map(|s| s.as_str().map_or_else(|| s.to_string(), str::to_string)).collect()
}

/// The listing, one block per plugin, then disabled, blocked and failed ones.
pub(crate) fn human(report: &Value) -> String {
    let mut out = String::new();
    let plugins = items(report, "plugins");
    for p in plugins {
        plugin(&mut out, p);
    }
    if plugins.is_empty() {
        out.push_str("no plugins loaded\n");
    }
    let disabled = items(report, "disabled");
    if !disabled.is_empty() {
        out.push_str("\ndisabled:\n");
        for d in disabled {
            let by = d.get("by").and_then(Value::as_str).map(|b| format!("  (with {b})")).unwrap_or_default();
            let _ = writeln!(out, "    {}  {}{by}", text(d, "id"), text(d, "source"));
        }
    }
    let blocked = items(report, "blocked");
    if !blocked.is_empty() {
        out.push_str("\nblocked:\n");
        for b in blocked {
            let _ = writeln!(out, "    {}: {}  {}", text(b, "id"), text(b, "reason"), text(b, "source"));
        }
    }
    let errors = items(report, "errors");
    if !errors.is_empty() {
        out.push_str("\nerrors:\n");
        for e in errors {
            let _ = writeln!(out, "    {}: {}", text(e, "source"), text(e, "error"));
        }
    }
    let flags: Vec<&str> = [("reload", "dev mode (--reload)"), ("locked", "plugin control locked (--locked)")]
        .into_iter()
        .filter(|(key, _)| report.get(*key) == Some(&Value::Bool(true)))
        .map(|(_, label)| label)
        .collect();
    if !flags.is_empty() {
        let _ = writeln!(out, "\nhost: {}", flags.join(", "));
    }
    out
}

fn plugin(out: &mut String, p: &Value) {
    let _ = writeln!(out, "{} {} ({})  {}", text(p, "id"), text(p, "version"), text(p, "name"), text(p, "source"));
    for r in items(p, "routes") {
        let fast = if r.get("fast") == Some(&Value::Bool(true)) { "  (fast path)" } else { "" };
        let _ = writeln!(out, "    route    {} {}{fast}", strings(r, "methods").join(","), text(r, "path"));
    }
    for (key, label, prefix) in
        [("tools", "tool    ", ""), ("channels", "channel ", ""), ("facades", "facade  ", "dash.")]
    {
        for name in strings(p, key) {
            let _ = writeln!(out, "    {label} {prefix}{name}");
        }
    }
    if let Some(hooks) = p.get("hooks") {
        let n = |k: &str| hooks.get(k).and_then(Value::as_u64).unwrap_or(0);
        let _ = writeln!(out, "    hooks    {} startup, {} shutdown", n("startup"), n("shutdown"));
    }
    let requires = strings(p, "requires");
    if !requires.is_empty() {
        let _ = writeln!(out, "    requires {}", requires.join(", "));
    }
    for w in strings(p, "warnings") {
        let _ = writeln!(out, "    warning  {w}");
    }
    if let Some(e) = p.get("last_error").filter(|e| e.is_object()) {
        let place = match (e.get("file").and_then(Value::as_str), e.get("line").and_then(Value::as_u64)) {
            (Some(f), Some(l)) => format!(" ({f}:{l})"),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "    last reload failed at {}: {}{place}; the version above still serves",
            text(e, "stage"),
            text(e, "error")
        );
        for line in text(e, "traceback").lines() {
            let _ = writeln!(out, "        {line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn remote_listing() {
        let report = json!({
            "plugins": [{"id": "b", "name": "B", "version": "1.0.0", "source": "/p/b", "routes": [{"methods": ["GET"], "path": "/x", "fast": true}],
                         "tools": [], "channels": [], "facades": ["b"], "hooks": {"startup": 1, "shutdown": 0}, "warnings": [],
                         "requires": ["a"], "last_error": {"stage": "import", "error": "SyntaxError: bad", "traceback": "T1\nT2", "file": "/p/b/x.py", "line": 2}}],
            "errors": [], "disabled": [{"id": "c", "source": "/p/c", "by": "a"}], "blocked": [{"id": "d", "source": "/p/d", "reason": "needs e"}],
            "locked": true, "reload": false,
        });
        let text = human(&report);
        for needle in [
            "b 1.0.0 (B)  /p/b\n", "    route    GET /x  (fast path)\n", "    facade   dash.b\n", "    requires a\n",
            "    last reload failed at import: SyntaxError: bad (/p/b/x.py:2); the version above still serves\n        T1\n        T2\n",
            "disabled:\n    c  /p/c  (with a)\n", "blocked:\n    d: needs e  /p/d\n", "host: plugin control locked (--locked)\n",
        ] {
            assert!(text.contains(needle), "{needle:?} not in\n{text}");
        }
    }
}
