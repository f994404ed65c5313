//! The one gated way to run a tool, shared by HTTP invoke, the `agent` channel and MCP
//! (the `dash` REPL is the user's own hand and bypasses it, as the seed says).
use super::relay::Pending;
use crate::services::Services;
use crate::ws::ConnShared;
use horrible_gate::{always_rule, decide, is_edit_safe_tool, render_specifier, Call, Decision, Policy, DENIED};
use parking_lot::Mutex;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;
use tokio::sync::oneshot;

/// protocol.md: an unanswered approval request denies after 300 s.
const APPROVAL_TIMEOUT: Duration = Duration::from_mins(5);

/// Pending approvals: id -> (the connection asked, where its answer goes).
type Approvals = HashMap<String, (u64, oneshot::Sender<Value>)>;
static APPROVALS: LazyLock<Mutex<Approvals>> = LazyLock::new(Default::default);
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn fresh(prefix: &str) -> String {
    format!("{prefix}{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

/// An `approval_response` frame's data; false if no request waits for that id.
pub(crate) fn resolve_approval(data: &Value) -> bool {
    let Some(id) = data.get("approvalId").and_then(Value::as_str) else { return false };
    match APPROVALS.lock().remove(id) {
        Some((_, tx)) => tx.send(data.clone()).is_ok(),
        None => false,
    }
}

/// Denies every approval a closing tab was asked for (nobody is left to answer).
pub(crate) fn forget_connection(conn_id: u64) {
    let mut map = APPROVALS.lock();
    let ids: Vec<String> = map.iter().filter(|(_, (c, _))| *c == conn_id).map(|(k, _)| k.clone()).collect();
    for id in ids {
        if let Some((_, tx)) = map.remove(&id) {
            let _ = tx.send(json!({"decision": "deny", "reason": "the tab closed"}));
        }
    }
}

/// Checks the policy, asks the browser when it says so, and runs the tool.
/// `turn` is the agent turn id (HTTP and MCP calls get a fresh one); `tab` is the socket the
/// call came from (approvals and browser relays go back to it), else the newest tab.
pub(crate) async fn run(
    app: &Arc<Services>,
    name: &str,
    args: Value,
    turn: Option<String>,
    tab: Option<Arc<ConnShared>>,
) -> Value {
    let turn = turn.unwrap_or_else(|| fresh("turn-"));
    let reg = crate::plugins::registry::current();
    let tab = tab.filter(|t| !t.is_closed()).or_else(|| crate::ws::hub().and_then(super::super::ws::Hub::newest));
    let announced = tab.as_ref().and_then(|t| super::catalog::manifest_tool(t, name));
    let (side_effect, template) = match reg.tool(name) {
        Some(e) => (e.tool.get().side_effect, e.tool.get().specifier_template.clone()),
        None => match super::catalog::browser_schema(name) {
            // Browser tools are checked against the schema the catalog advertises before
            // anything is sent to a tab, as plugin tools are before their handler runs; the
            // tab's manifest says whether one has side effects.
            Some((properties, required)) => {
                let empty = serde_json::Map::new();
                if let Err(e) = super::schema::validate(&properties, &required, args.as_object().unwrap_or(&empty)) {
                    return json!({"error": e});
                }
                announced.unwrap_or((false, None))
            }
            // A tool only the tab announced (upstream's widget tools): gated by its manifest entry.
            None => match announced {
                Some(facts) => facts,
                None => return json!({"error": format!("unknown tool: {name}")}),
            },
        },
    };
    let empty = serde_json::Map::new();
    let specifier = render_specifier(template.as_deref(), args.as_object().unwrap_or(&empty));
    let call = Call { tool: name, side_effect, specifier: specifier.as_deref(), editing: is_edit_safe_tool(name) };
    let policy = Policy::from_settings(|k| app.settings.get(k));
    match decide(&policy, &call) {
        Decision::Deny => return json!({"error": DENIED}),
        Decision::Allow => {}
        Decision::Ask => {
            if let Err(denied) = ask(app, tab.as_ref(), &call, &policy, &turn).await {
                return denied;
            }
        }
    }
    execute(name, args, &turn, tab.as_ref()).await
}

async fn ask(
    app: &Arc<Services>,
    tab: Option<&Arc<ConnShared>>,
    call: &Call<'_>,
    policy: &Policy,
    turn: &str,
) -> Result<(), Value> {
    let Some(conn) = tab else {
        return Err(json!({"error": format!("{DENIED}: approval needed but no browser is connected to ask")}));
    };
    let approval_id = fresh("approval-");
    let (tx, rx) = oneshot::channel();
    APPROVALS.lock().insert(approval_id.clone(), (conn.id, tx));
    let _ = conn.send(&json!({"channel": "agent", "event": "approval_request", "data": {
        "turnId": turn, "approvalId": approval_id, "tool": call.tool, "specifier": call.specifier, "mode": policy.mode.as_str(),
    }}));
    let answer = tokio::time::timeout(APPROVAL_TIMEOUT, rx).await;
    APPROVALS.lock().remove(&approval_id);
    let Ok(Ok(answer)) = answer else {
        return Err(json!({"error": DENIED}));
    };
    match answer.get("decision").and_then(Value::as_str) {
        Some("allow_once") => Ok(()),
        Some("allow_always") => {
            let rule = always_rule(call, answer.get("rule").and_then(Value::as_str));
            let mut allow = policy.allow.clone();
            if !allow.contains(&rule) {
                allow.push(rule.clone());
            }
            // The call is allowed now whatever happens to the rule; a rule that could not be
            // saved is only logged (the next call asks again).
            if let Err(e) = app.write(move |services| services.set_setting(Policy::ALLOW_KEY, &json!(allow))).await {
                tracing::warn!("could not save the permission rule {rule:?}: {e}");
            }
            Ok(())
        }
        _ => Err(json!({"error": DENIED})),
    }
}

/// Runs an allowed call: plugin tools in the backend, browser tools relayed to a tab.
async fn execute(name: &str, args: Value, turn: &str, tab: Option<&Arc<ConnShared>>) -> Value {
    if crate::plugins::registry::current().tool(name).is_some() {
        return super::dispatch::invoke(name, args).await;
    }
    let Some(conn) = tab else { return json!({"error": "no browser connected to run this tool"}) };
    let pending = conn.state::<Pending>();
    let (call_id, rx) = pending.register();
    let _ = conn.send(&json!({"channel": "agent", "event": "tool_call", "data": {"turnId": turn, "callId": call_id, "name": name, "args": args}}));
    if let Ok(Ok(v)) = tokio::time::timeout(super::relay::RELAY_TIMEOUT, rx).await {
        v
    } else {
        pending.forget(&call_id);
        super::relay::timed_out()
    }
}
