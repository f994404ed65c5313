//! The one tool catalog: the browser's layout tools (protocol.md section 7, relayed) followed by
//! every plugin tool, each in the provider form a model sees.
//!
//! The browser's tools are data: `catalog/browser-tools.json`, the one list that Rust (here,
//! compiled in), the dashboard's executor and the REPL kernel all read.
use serde_json::{json, Value};
use std::sync::LazyLock;

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

/// Every tool in provider form, with `source` (`browser` or the plugin id) and `sideEffect`.
pub(crate) fn all() -> Vec<Value> {
    let reg = crate::plugins::registry::current();
    let mut out: Vec<Value> = BROWSER_TOOLS.iter().map(browser_entry).collect();
    for entry in &reg.tools {
        let tool = entry.tool.get();
        let mut v = tool.provider_json();
        v["source"] = json!(entry.plugin);
        v["sideEffect"] = json!(tool.side_effect);
        v["specifierTemplate"] = json!(tool.specifier_template);
        out.push(v);
    }
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
}
