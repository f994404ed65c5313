//! The `agent` /ws channel: the browser's tool manifest (kept per tab, used by the catalog and
//! the gate), `list_tools`, `ask` (no model here: an `error` pointing at MCP), relayed
//! `tool_result`s and `approval_response`s.
use super::relay::Pending;
use crate::services::Services;
use crate::ws::{Channel, ConnShared};
use parking_lot::Mutex;
use serde_json::{json, Value};
use std::sync::Arc;

/// The tools a tab announced with its last `manifest` frame (`{name, description, params,
/// sideEffect, specifierTemplate, kind}` each), as upstream keeps `conn.agent_tools`.
#[derive(Default)]
pub(crate) struct Manifest(Mutex<Vec<Value>>);

impl Manifest {
    pub(crate) fn tools(&self) -> Vec<Value> {
        self.0.lock().clone()
    }

    /// The announced entry for `name`, if any.
    pub(crate) fn tool(&self, name: &str) -> Option<Value> {
        self.0.lock().iter().find(|t| t["name"] == name).cloned()
    }
}

/// What `ask` answers: this host runs no model of its own.
pub(crate) const NO_MODEL: &str = "No model is configured on this host: horrible runs no agent loop of its own. \
Connect an MCP client (e.g. Claude Code or Claude Desktop) to /mcp to drive the dashboard's tools.";

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
        "manifest" => {
            // Upstream: a list replaces the manifest, anything else empties it.
            let tools = data.get("tools").and_then(Value::as_array).cloned().unwrap_or_default();
            *conn.state::<Manifest>().0.lock() = tools;
        }
        "list_tools" => {
            let tools = super::catalog::list_tools(conn);
            let _ = conn.send(&json!({"channel": "agent", "event": "tools", "data": {"tools": tools}}));
        }
        "ask" => {
            let turn =
                data.get("turnId").map_or_else(String::new, |t| t.as_str().map_or_else(|| t.to_string(), String::from));
            let _ = conn
                .send(&json!({"channel": "agent", "event": "error", "data": {"turnId": turn, "message": NO_MODEL}}));
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
