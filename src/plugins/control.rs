//! Changing the served plugins while the host runs: reload one in place (and its dependents
//! after it), enable, disable (cascading to dependents), rescan the plugin sources.
//!
//! A reload imports the plugin beside the running version, runs its `setup` and its startup
//! (hooks and router lifespan), and only then swaps it in: one registry publication, with the
//! derived tables rebuilt in the same step on the loop thread, so a request or frame sees the
//! whole old version or the whole new one. The old version is retired once nothing in flight
//! holds it (bounded by [`RETIRE_AFTER`]): its shutdown runs and its modules are dropped. If
//! anything fails before the swap, the old version keeps serving and the failure is recorded.
//!
//! Every change is reported to the sink the composition root installs ([`set_event_sink`]:
//! a `system` frame to every tab, a log line). One change runs at a time.
use super::discovery::Candidate;
use super::lifecycle;
use super::loader::{self, options};
use super::registry::{self, Registry, Status};
use super::version::{self, Failure, PluginVersion};
use crate::bridge::loop_thread;
use pyo3::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

/// How long a retired version may stay in use (an open websocket on one of its routes, a
/// long tool call) before its shutdown runs anyway.
const RETIRE_AFTER: Duration = Duration::from_secs(30);

/// How long a new version's startup (hooks, router lifespan) may take before the change is
/// given up (the old version keeps serving; a hook that hangs must not hold every later change).
const START_WITHIN: Duration = Duration::from_mins(1);

/// One change at a time: reloads, enables, disables and rescans never interleave.
static CHANGE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

type EventSink = Box<dyn Fn(&Value) + Send + Sync>;
static EVENTS: OnceLock<EventSink> = OnceLock::new();

/// Installs where change events go (once, by the composition root).
pub(crate) fn set_event_sink(sink: impl Fn(&Value) + Send + Sync + 'static) {
    let _ = EVENTS.set(Box::new(sink));
}

fn emit(event: &Value) {
    if let Some(sink) = EVENTS.get() {
        sink(event);
    }
}

/// An answer as the HTTP API gives it: status and JSON body.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: Value,
}

impl Answer {
    fn ok(body: Value) -> Self {
        Self { status: 200, body }
    }
    fn not_found(id: &str) -> Self {
        Self { status: 404, body: json!({"detail": format!("no plugin {id:?}")}) }
    }
    fn failed(id: &str, f: &Failure) -> Self {
        let mut body = f.to_json();
        body["ok"] = json!(false);
        body["plugin"] = json!(id);
        Self { status: 409, body }
    }
}

/// What a version serves, by kind, for the change summary.
fn names(v: &PluginVersion) -> [(&'static str, BTreeSet<String>); 4] {
    [
        ("routes", v.routes.iter().map(|r| format!("{} {}", r.methods.join(","), r.path)).collect()),
        ("tools", v.tools.iter().map(|t| t.get().name.clone()).collect()),
        ("channels", v.channels.iter().map(|(n, _)| n.clone()).collect()),
        ("facades", v.facades.iter().map(|(n, _)| n.clone()).collect()),
    ]
}

/// `{"routes": {"added": [...], "removed": [...]}, ...}` between two versions.
pub(crate) fn changes(old: Option<&PluginVersion>, new: Option<&PluginVersion>) -> Value {
    let empty = || -> [(&'static str, BTreeSet<String>); 4] {
        [
            ("routes", BTreeSet::new()),
            ("tools", BTreeSet::new()),
            ("channels", BTreeSet::new()),
            ("facades", BTreeSet::new()),
        ]
    };
    let (before, after) = (old.map_or_else(empty, names), new.map_or_else(empty, names));
    let mut out = serde_json::Map::new();
    for ((kind, b), (_, a)) in before.into_iter().zip(after) {
        out.insert(
            kind.to_string(),
            json!({"added": a.difference(&b).collect::<Vec<_>>(), "removed": b.difference(&a).collect::<Vec<_>>()}),
        );
    }
    Value::Object(out)
}

fn millis(since: Instant) -> f64 {
    (since.elapsed().as_secs_f64() * 1e4).round() / 10.0
}

/// Publishes what `change` makes of the registry in force, on the loop thread (where new
/// versions go live): read and publish are one step there, so a registration made meanwhile
/// (a plugin's late `add_agent_tool`) is never lost.
async fn swap<F>(change: F) -> Arc<Registry>
where
    F: FnOnce(&Registry) -> (Vec<Arc<PluginVersion>>, Status) + Send + 'static,
{
    loop_thread::run(move |py| {
        let (versions, status) = change(&registry::current());
        let versions = versions.iter().map(|v| v.go_live(py)).collect();
        registry::publish(py, Registry::assemble(versions, status, &options().reserved))
    })
    .await
    .expect("loop thread alive")
}

/// Retires a version no longer served: waits until nothing holds it, stops it, drops its
/// modules (unless `keep_module`: its successor was imported under the same name).
fn retire(old: Arc<PluginVersion>, keep_module: bool) {
    tokio::spawn(async move {
        let deadline = Instant::now() + RETIRE_AFTER;
        while old.in_use() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        if old.in_use() {
            tracing::warn!(plugin = %old.id(), "the previous version is still in use after {RETIRE_AFTER:?}; stopping it anyway");
        }
        lifecycle::stop(&old).await;
        let _ = loop_thread::run(move |py| {
            if !keep_module {
                version::forget_module(py, &old.module);
            }
            drop(old);
            let _ = py.import("gc").and_then(|gc| gc.call_method0("collect"));
        })
        .await;
    });
}

/// Starts a new version, strictly and bounded by [`START_WITHIN`].
async fn start_strict(v: &Arc<PluginVersion>) -> Result<(), Failure> {
    tokio::time::timeout(START_WITHIN, lifecycle::start(v, true)).await.unwrap_or_else(|_| {
        Err(Failure::plain("startup", format!("TimeoutError: startup did not finish within {START_WITHIN:?}")))
    })
}

/// Imports, sets up and starts a new version of a plugin from `candidate`; not served yet.
async fn prepare(candidate: Candidate, fresh: bool) -> Result<Arc<PluginVersion>, Failure> {
    let v = loop_thread::run(move |py| {
        let imported = version::import(py, &candidate, &options(), fresh)?;
        imported.setup(loader::apply_late).map(Arc::new)
    })
    .await
    .unwrap_or_else(|_| Err(Failure::plain("import", "RuntimeError: the Python loop is not running")))?;
    if let Err(f) = start_strict(&v).await {
        lifecycle::stop(&v).await;
        let module = v.module.clone();
        let _ = loop_thread::run(move |py| version::forget_module(py, &module)).await;
        return Err(f);
    }
    Ok(v)
}

/// `POST /api/plugins/{id}/reload`: the plugin, then each plugin depending on it.
pub(crate) async fn reload(id: &str) -> Answer {
    let _one = CHANGE.lock().await;
    let reg = registry::current();
    if reg.version(id).is_none() {
        return Answer::not_found(id);
    }
    let started = Instant::now();
    let order: Vec<String> = std::iter::once(id.to_string()).chain(reg.dependents(id)).collect();
    drop(reg);
    let mut all_changes = serde_json::Map::new();
    let mut version = String::new();
    for (i, plugin) in order.iter().enumerate() {
        let one = Instant::now();
        let reg = registry::current();
        let Some(old) = reg.version(plugin).cloned() else { continue };
        match prepare(old.candidate.clone(), true).await {
            Ok(new) if new.id() != plugin => {
                let f = Failure::plain(
                    "import",
                    format!("the new version's id is {:?}, not {plugin:?}: reload refused", new.id()),
                );
                lifecycle::stop(&new).await;
                let module = new.module.clone();
                let _ = loop_thread::run(move |py| version::forget_module(py, &module)).await;
                return reload_failed(plugin, &f, i > 0).await;
            }
            Ok(new) => {
                drop(reg);
                let (id, next) = (plugin.clone(), new.clone());
                let published = swap(move |cur| {
                    let mut status = cur.status.clone();
                    status.reload_failures.remove(&id);
                    let versions =
                        cur.versions.iter().map(|v| if v.id() == id { next.clone() } else { v.clone() }).collect();
                    (versions, status)
                })
                .await;
                let served = published.version(plugin).cloned();
                let change = changes(Some(&old), served.as_deref());
                let ms = millis(one);
                let new_version = new.manifest.get().version.clone();
                if i == 0 {
                    version.clone_from(&new_version);
                }
                log_reload(plugin, &new_version, ms, &change);
                emit(
                    &json!({"action": "reloaded", "plugin": plugin, "version": new_version, "ms": ms, "changes": change, "error": null}),
                );
                all_changes.insert(plugin.clone(), change);
                let same_module = served.as_ref().is_some_and(|s| s.module == old.module);
                drop((published, served, new));
                retire(old, same_module);
            }
            Err(f) => return reload_failed(plugin, &f, i > 0).await,
        }
    }
    let changes = all_changes.get(id).cloned().unwrap_or(Value::Null);
    Answer::ok(json!({
        "ok": true, "plugin": id, "version": version, "ms": millis(started), "reloaded": order,
        "changes": changes,
    }))
}

fn log_reload(plugin: &str, version: &str, ms: f64, change: &Value) {
    let mut parts = Vec::new();
    if let Some(kinds) = change.as_object() {
        for (kind, diff) in kinds {
            for (sign, key) in [("+", "added"), ("-", "removed")] {
                for name in diff[key].as_array().into_iter().flatten() {
                    parts.push(format!("{sign}{} {}", kind.trim_end_matches('s'), name.as_str().unwrap_or_default()));
                }
            }
        }
    }
    let what =
        if parts.is_empty() { "no routes, tools, channels or facades changed".to_string() } else { parts.join(", ") };
    tracing::info!("reloaded {plugin} {version} in {ms} ms: {what}");
}

/// Records a failed reload (the old version keeps serving), then reports it: the record is
/// published before the `system` frame goes out, so a tab that refreshes on the frame sees it.
async fn reload_failed(plugin: &str, f: &Failure, dependent: bool) -> Answer {
    tracing::error!(plugin = %plugin, "reload failed at {} ({}); the previous version keeps serving:\n{}", f.stage, f.error, f.traceback);
    let failure = Arc::new(f.clone());
    let id = plugin.to_string();
    swap(move |cur| {
        let mut status = cur.status.clone();
        status.reload_failures.insert(id, failure);
        (cur.versions.clone(), status)
    })
    .await;
    emit(&json!({"action": "reload_failed", "plugin": plugin, "error": f.error, "stage": f.stage,
                 "file": f.file, "line": f.line, "dependent": dependent}));
    Answer::failed(plugin, f)
}

/// `POST /api/plugins/{id}/disable`: with loaded dependents, only when `cascade`.
pub(crate) async fn disable(id: &str, cascade: bool) -> Answer {
    let _one = CHANGE.lock().await;
    let reg = registry::current();
    let Some(v) = reg.version(id).cloned() else {
        if reg.status.disabled.iter().any(|d| d.id == id) {
            return Answer::ok(json!({"ok": true, "disabled": []}));
        }
        return Answer::not_found(id);
    };
    let dependents = reg.dependents(id);
    if !dependents.is_empty() && !cascade {
        return Answer {
            status: 409,
            body: json!({
                "ok": false, "plugin": id, "dependents": dependents,
                "detail": format!("{} depend on {id:?}: disable them too (cascade) or not at all", dependents.join(", ")),
            }),
        };
    }
    let mut disabled = Vec::new();
    let mut off: Vec<Arc<PluginVersion>> = vec![v];
    off.extend(dependents.iter().filter_map(|d| reg.version(d).cloned()));
    for (i, o) in off.iter().enumerate() {
        let by = (i > 0).then_some(id);
        if let Some(s) = crate::services::try_get() {
            if let Err(e) = s.settings.disable_plugin(o.id(), &o.source, by) {
                return Answer {
                    status: 500,
                    body: json!({"detail": format!("could not save the plugin state: {e}")}),
                };
            }
        }
        disabled.push(horrible_settings::DisabledPlugin {
            id: o.id().to_string(),
            source: o.source.clone(),
            by: by.map(str::to_string),
        });
    }
    drop(reg);
    let ids: Vec<String> = off.iter().map(|o| o.id().to_string()).collect();
    let off_ids = ids.clone();
    swap(move |cur| {
        let mut status = cur.status.clone();
        status.disabled.retain(|d| !off_ids.contains(&d.id));
        status.disabled.extend(disabled);
        let versions = cur.versions.iter().filter(|v| !off_ids.iter().any(|o| o == v.id())).cloned().collect();
        (versions, status)
    })
    .await;
    // Dependents stop first, as they started last.
    for o in off.into_iter().rev() {
        let change = changes(Some(&o), None);
        tracing::info!(plugin = %o.id(), "disabled");
        emit(
            &json!({"action": "disabled", "plugin": o.id(), "version": o.manifest.get().version, "changes": change, "error": null}),
        );
        retire(o, false);
    }
    Answer::ok(json!({"ok": true, "disabled": ids}))
}

/// `POST /api/plugins/{id}/enable`: loads it (and the plugins disabled with it by a cascade).
pub(crate) async fn enable(id: &str) -> Answer {
    let _one = CHANGE.lock().await;
    let reg = registry::current();
    if reg.version(id).is_some() {
        return Answer::ok(json!({"ok": true, "enabled": []}));
    }
    let Some(row) = reg.status.disabled.iter().find(|d| d.id == id).cloned() else { return Answer::not_found(id) };
    let with: Vec<horrible_settings::DisabledPlugin> = std::iter::once(row.clone())
        .chain(reg.status.disabled.iter().filter(|d| d.by.as_deref() == Some(id)).cloned())
        .collect();
    let mut status = reg.status.clone();
    for d in &with {
        if let Some(s) = crate::services::try_get() {
            let _ = s.settings.enable_plugin(&d.id);
        }
        status.disabled.retain(|x| x.id != d.id);
    }
    drop(reg);
    let sources: Vec<String> = with.iter().map(|d| d.source.clone()).collect();
    let answer = load_new(status, &sources).await;
    if answer.body["loaded"].as_array().is_some_and(|l| l.iter().any(|x| x == id)) {
        Answer::ok(json!({"ok": true, "enabled": answer.body["loaded"]}))
    } else {
        let reg = registry::current();
        let failure = reg
            .status
            .failures
            .get(&row.source)
            .map(|f| (**f).clone())
            .or_else(|| {
                reg.status.blocked.iter().find(|b| b.id == id).map(|b| Failure::plain("import", b.reason.clone()))
            })
            .unwrap_or_else(|| Failure::plain("import", format!("{} was not found any more", row.source)));
        Answer::failed(id, &failure)
    }
}

/// Loads the candidates whose source is in `sources` (all new ones when `None`-like empty
/// means: every candidate not served), plus blocked plugins whose dependencies may now be met.
async fn load_new(status: Status, only: &[String]) -> Answer {
    let only: Vec<String> = only.to_vec();
    let prepared = loop_thread::run(move |py| {
        let opts = options();
        let reg = registry::current();
        let mut status = status;
        let (found, _missing) = loader::candidates(py, &opts);
        let retry: Vec<String> = status.blocked.iter().map(|b| b.source.clone()).collect();
        let todo: Vec<Candidate> = found
            .into_iter()
            .filter(|c| {
                let s = c.source();
                !reg.versions.iter().any(|v| v.source == s)
                    && (only.is_empty() || only.contains(&s) || retry.contains(&s))
            })
            .collect();
        let new = loader::load_candidates(py, &opts, todo, &reg.versions, &mut status, true);
        (new, status)
    })
    .await;
    let Ok((new, status)) = prepared else {
        return Answer { status: 503, body: json!({"detail": "the Python loop is not running"}) };
    };
    let mut started = Vec::new();
    let mut status = status;
    for v in new {
        match start_strict(&v).await {
            Ok(()) => started.push(v),
            Err(f) => {
                lifecycle::stop(&v).await;
                tracing::error!(plugin = %v.id(), "startup failed ({}); not served:\n{}", f.error, f.traceback);
                status.record_error(&v.source, f);
                let module = v.module.clone();
                let _ = loop_thread::run(move |py| version::forget_module(py, &module)).await;
            }
        }
    }
    let added = started.clone();
    let published = swap(move |cur| (cur.versions.iter().cloned().chain(added).collect(), status)).await;
    let loaded: Vec<String> = started.iter().map(|v| v.id().to_string()).collect();
    for v in &started {
        let change = changes(None, published.version(v.id()).map(AsRef::as_ref));
        tracing::info!(plugin = %v.id(), "loaded {} from {}", v.manifest.get().version, v.source);
        emit(
            &json!({"action": "enabled", "plugin": v.id(), "version": v.manifest.get().version, "changes": change, "error": null}),
        );
    }
    Answer::ok(json!({"ok": true, "loaded": loaded}))
}

/// `POST /api/plugins/rescan`: loads candidates found since (and retries failed ones), unloads
/// served plugins whose source is gone.
pub(crate) async fn rescan() -> Answer {
    let _one = CHANGE.lock().await;
    let found = loop_thread::run(|py| {
        let _ = py.import("importlib").and_then(|m| m.call_method0("invalidate_caches"));
        loader::candidates(py, &options()).0.iter().map(Candidate::source).collect::<Vec<_>>()
    })
    .await
    .unwrap_or_default();
    let reg = registry::current();
    let gone: Vec<Arc<PluginVersion>> = reg.versions.iter().filter(|v| !found.contains(&v.source)).cloned().collect();
    let mut status = reg.status.clone();
    let errored: Vec<String> = status.errors.iter().map(|(s, _)| s.clone()).collect();
    for s in &errored {
        status.forget_source(s);
    }
    status.errors.retain(|(s, _)| found.contains(s));
    drop(reg);
    if !gone.is_empty() {
        let (gone_sources, next_status) = (gone.iter().map(|g| g.source.clone()).collect::<Vec<_>>(), status.clone());
        swap(move |cur| {
            let versions = cur.versions.iter().filter(|v| !gone_sources.contains(&v.source)).cloned().collect();
            (versions, next_status)
        })
        .await;
    }
    let removed: Vec<String> = gone.iter().map(|v| v.id().to_string()).collect();
    for g in gone {
        tracing::info!(plugin = %g.id(), "its source {} is gone: unloaded", g.source);
        emit(
            &json!({"action": "removed", "plugin": g.id(), "version": g.manifest.get().version, "changes": changes(Some(&g), None), "error": null}),
        );
        retire(g, false);
    }
    let answer = load_new(status, &[]).await;
    let reg = registry::current();
    let errors: Vec<Value> = reg.errors.iter().map(|(s, e)| json!({"source": s, "error": e})).collect();
    Answer::ok(json!({"ok": true, "added": answer.body["loaded"], "removed": removed, "errors": errors}))
}

/// Stops every served version in load order, as they stopped before reloads existed (the
/// host is shutting down; no change starts after this).
pub(crate) async fn stop_all() {
    let _one = CHANGE.lock().await;
    let reg = registry::current();
    for v in &reg.versions {
        lifecycle::stop(v).await;
    }
}

/// Starts every served version in load order (boot; a failing hook is logged and skipped).
pub(crate) async fn start_all() {
    let reg = registry::current();
    for v in &reg.versions {
        let _ = lifecycle::start(v, false).await;
    }
}
