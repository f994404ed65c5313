//! The one tool catalog: the browser's layout tools (protocol.md section 7, relayed) followed by
//! every plugin tool, each in the provider form a model sees.
use serde_json::{json, Value};

/// A relayed browser tool: its name, description, `(parameter, JSON type)` list and required ones.
pub struct BrowserTool(&'static str, &'static str, &'static [(&'static str, &'static str)], &'static [&'static str]);

pub const BROWSER_TOOLS: &[BrowserTool] = &[
    BrowserTool("list_available_panes", "List every pane (panel or widget) that can be opened.", &[], &[]),
    BrowserTool("list_open_panes", "List the panes open in the active workspace.", &[], &[]),
    BrowserTool("get_pane_context", "Read a live pane's state snapshot.", &[("instanceId", "string")], &["instanceId"]),
    BrowserTool("open_pane", "Open a pane by id.", &[("id", "string")], &["id"]),
    BrowserTool("close_pane", "Close an open pane by id.", &[("id", "string")], &["id"]),
    BrowserTool("get_pane_group", "The panel group a pane belongs to.", &[("id", "string")], &["id"]),
    BrowserTool("list_workspaces", "List workspaces and the active one.", &[], &[]),
    BrowserTool("create_workspace", "Create a workspace and switch to it.", &[("name", "string")], &["name"]),
    BrowserTool("switch_workspace", "Switch to a workspace.", &[("id", "string")], &["id"]),
    BrowserTool(
        "split_pane",
        "Split a pane: direction left/right/above/below.",
        &[("instanceId", "string"), ("direction", "string"), ("paneId", "string")],
        &["instanceId", "direction"],
    ),
    BrowserTool(
        "move_pane",
        "Move a pane relative to another: left/right/above/below/within.",
        &[("instanceId", "string"), ("reference", "string"), ("direction", "string")],
        &["instanceId", "reference", "direction"],
    ),
    BrowserTool(
        "resize_pane",
        "Resize a pane (pixels).",
        &[("instanceId", "string"), ("width", "number"), ("height", "number")],
        &["instanceId"],
    ),
    BrowserTool("float_pane", "Pop a pane out to a floating window.", &[("instanceId", "string")], &["instanceId"]),
    BrowserTool("dock_pane", "Dock a floating pane back.", &[("instanceId", "string")], &["instanceId"]),
    BrowserTool("maximize_pane", "Maximize a pane within its group.", &[("instanceId", "string")], &["instanceId"]),
    BrowserTool("restore_pane", "Restore a maximized pane.", &[("instanceId", "string")], &["instanceId"]),
];

/// The (properties, required) schema of a browser tool, or None if `name` is not one.
pub fn browser_schema(name: &str) -> Option<(Value, Vec<String>)> {
    let t = BROWSER_TOOLS.iter().find(|t| t.0 == name)?;
    let entry = browser_entry(t);
    Some((entry["function"]["parameters"]["properties"].clone(), t.3.iter().map(|r| r.to_string()).collect()))
}

fn browser_entry(t: &BrowserTool) -> Value {
    let props: serde_json::Map<String, Value> =
        t.2.iter().map(|(n, ty)| (n.to_string(), json!({"type": ty}))).collect();
    json!({
        "type": "function",
        "function": {"name": t.0, "description": t.1, "parameters": {"type": "object", "properties": props, "required": t.3}},
        "source": "browser", "sideEffect": false,
    })
}

/// Every tool in provider form, with `source` (`browser` or the plugin id) and `sideEffect`.
pub fn all() -> Vec<Value> {
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
