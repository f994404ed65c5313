//! The one tool catalog: the browser's layout tools (protocol.md section 7, relayed) followed by
//! every plugin tool, each in the provider form a model sees.
//!
//! The browser's tools are data: `catalog/browser-tools.json`, the one list that Rust (here,
//! compiled in), the dashboard's executor and the REPL kernel all read.
use crate::ws::ConnShared;
use serde_json::{json, Value};
use std::sync::{Arc, LazyLock};

/// `catalog/browser-tools.json`'s `tools`: `{name, description, parameters, result}` each.
pub(crate) static BROWSER_TOOLS: LazyLock<Vec<Value>> = LazyLock::new(|| {
    let doc: Value =
        serde_json::from_str(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/catalog/browser-tools.json")))
            .expect("catalog/browser-tools.json is valid JSON");
    doc["tools"].as_array().cloned().expect("catalog/browser-tools.json has a tools list")
});

fn browser_tool(name: &str) -> Option<&'static Value> {
    BROWSER_TOOLS.iter().find(|t| t["name"] == name)
}

/// The (properties, required) schema of a browser tool, or None if `name` is not one.
pub(crate) fn browser_schema(name: &str) -> Option<(Value, Vec<String>)> {
    let params = &browser_tool(name)?["parameters"];
    let required = params["required"].as_array().into_iter().flatten().filter_map(|r| r.as_str().map(String::from));
    Some((params["properties"].clone(), required.collect()))
}

fn browser_entry(t: &Value) -> Value {
    json!({
        "type": "function",
        "function": {"name": t["name"], "description": t["description"], "parameters": t["parameters"]},
        "source": "browser", "sideEffect": false,
    })
}

/// A tool a tab announced in its manifest that is not one of the fixed layout tools, in
/// provider form (upstream's `_manifest_to_tools`: `params`, else an empty object schema).
fn manifest_entry(t: &Value) -> Option<Value> {
    let name = t.get("name").and_then(Value::as_str).filter(|n| !n.is_empty())?;
    let params = match t.get("params") {
        Some(p) if !p.is_null() => p.clone(),
        _ => json!({"type": "object", "properties": {}, "required": []}),
    };
    let description =
        t.get("description").map_or_else(String::new, |d| d.as_str().map_or_else(|| d.to_string(), String::from));
    Some(json!({
        "type": "function",
        "function": {"name": name, "description": description, "parameters": params},
        "source": "browser", "sideEffect": t.get("sideEffect").and_then(Value::as_bool).unwrap_or(false),
        "specifierTemplate": t.get("specifierTemplate").cloned().unwrap_or(Value::Null),
    }))
}

/// The tab's announced tools beyond the fixed ones and the plugin tools (those win, as
/// upstream's static tools win over pushed ones).
fn manifest_extras(conn: Option<&Arc<ConnShared>>) -> Vec<Value> {
    let Some(conn) = conn else { return Vec::new() };
    let reg = crate::plugins::registry::current();
    let mut seen: std::collections::HashSet<String> =
        BROWSER_TOOLS.iter().filter_map(|t| t["name"].as_str().map(String::from)).collect();
    seen.extend(reg.tools.iter().map(|e| e.tool.get().name.clone()));
    let mut out = Vec::new();
    for t in conn.state::<super::agent::Manifest>().tools() {
        if let Some(entry) = manifest_entry(&t) {
            if seen.insert(entry["function"]["name"].as_str().unwrap_or_default().to_string()) {
                out.push(entry);
            }
        }
    }
    out
}

/// A browser tool's gate facts from `conn`'s manifest: `(side effect, specifier template)`;
/// `None` when the tab announced no such tool.
pub(crate) fn manifest_tool(conn: &Arc<ConnShared>, name: &str) -> Option<(bool, Option<String>)> {
    let t = conn.state::<super::agent::Manifest>().tool(name)?;
    let side_effect = t.get("sideEffect").and_then(Value::as_bool).unwrap_or(false);
    let template = t.get("specifierTemplate").and_then(Value::as_str).map(String::from);
    Some((side_effect, template))
}

/// The `list_tools` answer for a tab: `{name, description, source}` for the fixed layout tools,
/// every plugin tool, then what the tab announced beyond them. `source` is upstream's label, the
/// tool's group ([`group_of`]), whoever provides the tool.
pub(crate) fn list_tools(conn: &Arc<ConnShared>) -> Vec<Value> {
    let entry = |t: &Value| {
        let name = t["function"]["name"].as_str().unwrap_or_default();
        json!({"name": name, "description": t["function"]["description"], "source": group_of(name)})
    };
    let reg = crate::plugins::registry::current();
    let mut out: Vec<Value> = BROWSER_TOOLS.iter().map(|t| entry(&browser_entry(t))).collect();
    out.extend(reg.tools.iter().map(|e| entry(&e.tool.get().provider_json())));
    out.extend(manifest_extras(Some(conn)).iter().map(entry));
    out
}

/// A tool's group as upstream's orchestrator names it (`_group_of`): the namespace before the
/// first dot (`ping.echo` → `ping`), or `layout` for a name without a dot (`open_pane`, and a
/// dotless plugin or widget tool alike).
fn group_of(name: &str) -> &str {
    name.split_once('.').map_or("layout", |(group, _)| group)
}

/// Every tool in provider form, with `source` (`browser` or the plugin id) and `sideEffect`:
/// the fixed browser tools, every plugin tool, then what the newest tab announced beyond them.
pub(crate) fn all() -> Vec<Value> {
    let reg = crate::plugins::registry::current();
    let mut out: Vec<Value> = BROWSER_TOOLS.iter().map(browser_entry).collect();
    let newest = crate::ws::hub().and_then(crate::ws::Hub::newest);
    for entry in &reg.tools {
        let tool = entry.tool.get();
        let mut v = tool.provider_json();
        v["source"] = json!(entry.plugin);
        v["sideEffect"] = json!(tool.side_effect);
        v["specifierTemplate"] = json!(tool.specifier_template);
        out.push(v);
    }
    out.extend(manifest_extras(newest.as_ref()));
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn browser_tools_have_names_descriptions_and_object_schemas() {
        let tools = &*super::BROWSER_TOOLS;
        assert_eq!(tools.len(), 16);
        for t in tools {
            assert!(t["name"].as_str().is_some_and(|n| !n.is_empty()), "{t}");
            assert!(t["description"].as_str().is_some_and(|d| !d.is_empty()), "{t}");
            assert_eq!(t["parameters"]["type"], "object", "{t}");
        }
        let (props, required) = super::browser_schema("open_pane").expect("open_pane is a browser tool");
        assert_eq!(props["id"]["type"], "string");
        assert_eq!(required, vec!["id".to_string()]);
        assert!(super::browser_schema("no_such_tool").is_none());
    }

    #[test]
    fn group_is_the_namespace_before_the_first_dot() {
        assert_eq!(super::group_of("open_pane"), "layout");
        assert_eq!(super::group_of("ping.echo"), "ping");
        assert_eq!(super::group_of("a.b.c"), "a");
        assert_eq!(super::group_of(".hidden"), "");
        assert_eq!(super::group_of(""), "layout");
    }
}
