//! The one gated way to run a tool, shared by HTTP invoke, the `agent` channel and MCP
//! (the `dash` REPL is the user's own hand and bypasses it, as the seed says).
use crate::app::App;
use horrible_gate::{always_rule, decide, is_editing_tool, render_specifier, Call, Decision, Policy, DENIED};
use parking_lot::Mutex;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;
use tokio::sync::oneshot;

/// protocol.md: an unanswered approval request denies after 300 s.
pub const APPROVAL_TIMEOUT: Duration = Duration::from_secs(300);

static APPROVALS: LazyLock<Mutex<HashMap<String, oneshot::Sender<Value>>>> = LazyLock::new(Default::default);
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn fresh(prefix: &str) -> String {
    format!("{prefix}{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

/// An `approval_response` frame's data; false if no request waits for that id.
pub fn resolve_approval(data: &Value) -> bool {
    let Some(id) = data.get("approvalId").and_then(Value::as_str) else { return false };
    match APPROVALS.lock().remove(id) {
        Some(tx) => tx.send(data.clone()).is_ok(),
        None => false,
    }
}

/// Checks the policy, asks the browser when it says so, and runs the tool.
/// `turn` is the agent turn id (HTTP and MCP calls get a fresh one).
pub async fn run(app: &Arc<App>, name: &str, args: Value, turn: Option<String>) -> Value {
    let turn = turn.unwrap_or_else(|| fresh("turn-"));
    let reg = crate::plugins::registry::current();
    let (side_effect, template) = match reg.tool(name) {
        Some(e) => (e.tool.get().side_effect, e.tool.get().specifier_template.clone()),
        None if super::catalog::is_browser_tool(name) => (false, None),
        None => return json!({"error": format!("unknown tool: {name}")}),
    };
    let empty = serde_json::Map::new();
    let specifier = render_specifier(template.as_deref(), args.as_object().unwrap_or(&empty));
    let call = Call { tool: name, side_effect, specifier: specifier.as_deref(), editing: is_editing_tool(name) };
    let policy = Policy::from_settings(|k| app.settings.get(k));
    match decide(&policy, &call) {
        Decision::Deny => return json!({"error": DENIED}),
        Decision::Allow => {}
        Decision::Ask => {
            if let Err(denied) = ask(app, &call, &policy, &turn).await {
                return denied;
            }
        }
    }
    execute(app, name, args, &turn).await
}

async fn ask(app: &Arc<App>, call: &Call<'_>, policy: &Policy, turn: &str) -> Result<(), Value> {
    let Some(conn) = app.ws.newest() else {
        return Err(json!({"error": format!("{DENIED}: approval needed but no browser is connected to ask")}));
    };
    let approval_id = fresh("approval-");
    let (tx, rx) = oneshot::channel();
    APPROVALS.lock().insert(approval_id.clone(), tx);
    let _ = conn.send(&json!({"channel": "agent", "event": "approval_request", "data": {
        "turnId": turn, "approvalId": approval_id, "tool": call.tool, "specifier": call.specifier, "mode": policy.mode.as_str(),
    }}));
    let answer = tokio::time::timeout(APPROVAL_TIMEOUT, rx).await;
    APPROVALS.lock().remove(&approval_id);
    let answer = match answer {
        Ok(Ok(a)) => a,
        _ => return Err(json!({"error": DENIED})),
    };
    match answer.get("decision").and_then(Value::as_str) {
        Some("allow_once") => Ok(()),
        Some("allow_always") => {
            let rule = always_rule(call, answer.get("rule").and_then(Value::as_str));
            let mut allow = policy.allow.clone();
            if !allow.contains(&rule) {
                allow.push(rule);
            }
            let app = app.clone();
            let _ = tokio::task::spawn_blocking(move || app.settings.set(Policy::ALLOW_KEY, &json!(allow))).await;
            Ok(())
        }
        _ => Err(json!({"error": DENIED})),
    }
}

/// Runs an allowed call: plugin tools in the backend, browser tools relayed to a tab.
pub async fn execute(app: &Arc<App>, name: &str, args: Value, turn: &str) -> Value {
    if crate::plugins::registry::current().tool(name).is_some() {
        return super::dispatch::invoke(name, args).await;
    }
    let Some(conn) = app.ws.newest() else { return json!({"error": "no browser connected to run this tool"}) };
    let (call_id, rx) = conn.relay.register();
    let _ = conn.send(&json!({"channel": "agent", "event": "tool_call", "data": {"turnId": turn, "callId": call_id, "name": name, "args": args}}));
    match tokio::time::timeout(super::relay::RELAY_TIMEOUT, rx).await {
        Ok(Ok(v)) => v,
        _ => {
            conn.relay.forget(&call_id);
            super::relay::timed_out()
        }
    }
}
