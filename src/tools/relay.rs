//! Browser tool calls awaiting their `tool_result` on one socket, keyed by `callId`.
use parking_lot::Mutex;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::oneshot;

/// protocol.md: the browser has 30 s to answer a relayed tool call.
pub(crate) const RELAY_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Default)]
pub(crate) struct Pending {
    waiting: Mutex<HashMap<String, oneshot::Sender<Value>>>,
    next: AtomicU64,
}

impl Pending {
    /// A fresh short call id and the receiver its result will arrive on.
    pub(crate) fn register(&self) -> (String, oneshot::Receiver<Value>) {
        let id = format!("c{}", self.next.fetch_add(1, Ordering::Relaxed) + 1);
        let (tx, rx) = oneshot::channel();
        self.waiting.lock().insert(id.clone(), tx);
        (id, rx)
    }

    pub(crate) fn forget(&self, call_id: &str) {
        self.waiting.lock().remove(call_id);
    }

    /// Resolves a waiting call from a `tool_result` frame's data; false if nobody waits.
    pub(crate) fn resolve(&self, data: &Value) -> bool {
        let Some(call_id) = data.get("callId").and_then(Value::as_str) else { return false };
        let Some(tx) = self.waiting.lock().remove(call_id) else { return false };
        let _ = tx.send(result_value(data));
        true
    }

    /// Ends every waiting call (the socket closed).
    pub(crate) fn fail_all(&self, message: &str) {
        for (_, tx) in self.waiting.lock().drain() {
            let _ = tx.send(json!({"error": message}));
        }
    }
}

/// protocol.md: `ok` false -> `{"error": <error or "tool failed">}`, else the result.
fn result_value(data: &Value) -> Value {
    if data.get("ok").and_then(Value::as_bool).unwrap_or(false) {
        data.get("result").cloned().unwrap_or(Value::Null)
    } else {
        let err = data.get("error").filter(|e| !e.is_null()).cloned().unwrap_or_else(|| json!("tool failed"));
        json!({ "error": err })
    }
}

pub(crate) fn timed_out() -> Value {
    json!({"error": "tool timed out"})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_shapes() {
        assert_eq!(result_value(&json!({"ok": true, "result": {"a": 1}})), json!({"a": 1}));
        assert_eq!(result_value(&json!({"ok": false, "error": "nope"})), json!({"error": "nope"}));
        assert_eq!(result_value(&json!({"ok": false})), json!({"error": "tool failed"}));
    }

    #[test]
    fn resolve_and_fail() {
        let p = Pending::default();
        let (id, mut rx) = p.register();
        assert!(p.resolve(&json!({"callId": id, "ok": true, "result": 5})));
        assert_eq!(rx.try_recv().unwrap(), json!(5));
        assert!(!p.resolve(&json!({"callId": "nope", "ok": true})));
        let (_, mut rx2) = p.register();
        p.fail_all("socket closed");
        assert_eq!(rx2.try_recv().unwrap(), json!({"error": "socket closed"}));
    }
}
