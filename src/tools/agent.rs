//! The `agent` /ws channel: the browser's tool manifest, `list_tools`, relayed `tool_result`s
//! and `approval_response`s.
use crate::ws::ConnShared;
use serde_json::{json, Value};
use std::sync::Arc;

pub fn on_frame(conn: &Arc<ConnShared>, frame: Value) {
    let event = frame.get("event").and_then(Value::as_str).unwrap_or("");
    let data = frame.get("data").cloned().unwrap_or(Value::Null);
    match event {
        "manifest" => {} // The browser's tools are the fixed section-7 set; nothing to store.
        "list_tools" => {
            let tools: Vec<Value> = super::catalog::all()
                .into_iter()
                .map(|t| json!({"name": t["function"]["name"], "description": t["function"]["description"], "source": t["source"]}))
                .collect();
            let _ = conn.send(&json!({"channel": "agent", "event": "tools", "data": {"tools": tools}}));
        }
        "tool_result" => {
            if !conn.relay.resolve(&data) {
                conn.error("agent tool_result for an unknown callId");
            }
        }
        "approval_response" => {
            if !super::gate::resolve_approval(&data) {
                conn.error("approval_response for an unknown approvalId");
            }
        }
        "call" | "invoke" => {
            // A browser-side agent asking the backend to run a tool through the gate.
            let conn = conn.clone();
            tokio::spawn(async move {
                let name = data.get("name").and_then(Value::as_str).unwrap_or("").to_string();
                let turn = data.get("turnId").and_then(Value::as_str).map(String::from);
                let call_id = data.get("callId").cloned().unwrap_or(Value::Null);
                let args = data.get("args").cloned().unwrap_or(json!({}));
                let result = super::gate::run(&conn.app, &name, args, turn.clone(), Some(conn.clone())).await;
                let _ = conn.send(&json!({"channel": "agent", "event": "result", "data": {"turnId": turn, "callId": call_id, "name": name, "result": result}}));
            });
        }
        other => conn.error(&format!("agent: unknown event {other:?}")),
    }
}

pub fn on_close(conn: &Arc<ConnShared>) {
    conn.relay.fail_all("the browser tab closed");
    super::gate::forget_connection(conn.id);
}
