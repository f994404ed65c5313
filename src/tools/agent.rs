//! The `agent` /ws channel: the browser's tool manifest, `list_tools`, relayed `tool_result`s
//! and `approval_response`s.
use super::relay::Pending;
use crate::services::Services;
use crate::ws::{Channel, ConnShared};
use serde_json::{json, Value};
use std::sync::Arc;

/// The `agent` channel.
pub(crate) struct AgentChannel;

impl Channel for AgentChannel {
    fn name(&self) -> &'static str {
        "agent"
    }

    fn on_frame(&self, conn: &Arc<ConnShared>, frame: Value) {
        on_frame(crate::services::get(), conn, &frame);
    }

    fn on_close(&self, conn: &Arc<ConnShared>) {
        conn.state::<Pending>().fail_all("the browser tab closed");
        super::gate::forget_connection(conn.id);
    }
}

fn on_frame(services: &Arc<Services>, conn: &Arc<ConnShared>, frame: &Value) {
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
            if !conn.state::<Pending>().resolve(&data) {
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
            let (conn, services) = (conn.clone(), services.clone());
            tokio::spawn(async move {
                let name = data.get("name").and_then(Value::as_str).unwrap_or("").to_string();
                let turn = data.get("turnId").and_then(Value::as_str).map(String::from);
                let call_id = data.get("callId").cloned().unwrap_or(Value::Null);
                let args = data.get("args").cloned().unwrap_or(json!({}));
                let result = super::gate::run(&services, &name, args, turn.clone(), Some(conn.clone())).await;
                let _ = conn.send(&json!({"channel": "agent", "event": "result", "data": {"turnId": turn, "callId": call_id, "name": name, "result": result}}));
            });
        }
        other => conn.error(&format!("agent: unknown event {other:?}")),
    }
}
