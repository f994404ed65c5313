//! `horrible serve`: boot, load plugins, run startup hooks, serve until SIGINT/SIGTERM, let
//! in-flight requests finish (bounded), run shutdown hooks.
//!
//! Each plugin's router lifespan (`APIRouter(lifespan=...)`, `on_event`, `on_startup=`) runs
//! with its hooks in the order `FastAPI` gives an app whose own lifespan runs the hooks and
//! which then includes the routers: hooks, then router lifespans on the way up; router
//! lifespans, then hooks on the way down. Plugins go in load order both ways, as hooks did.
use super::boot;
use crate::bridge::{exc_summary, format_traceback, loop_thread};
use crate::cli::ServeArgs;
use crate::plugins::registry::{HookEntry, Registry};
use crate::services::Config;
use anyhow::{Context, Result};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub(crate) async fn serve(venv: Option<PathBuf>, args: ServeArgs) -> Result<u8> {
    let mut opts = boot::load_options(&args.source);
    let token = if args.host.is_loopback() { None } else { Some(token_for(&args.data_dir)?) };
    let config = Config {
        bind: args.host,
        port: args.port,
        data_dir: args.data_dir.clone(),
        allowed_hosts: args.allow_hosts.clone(),
        allowed_origins: crate::services::config::allowed_origins(&args.allow_origins),
        token,
        max_body_bytes: args.max_body_bytes,
        max_route_body_bytes: args.max_route_body_bytes,
        max_frame_bytes: args.max_frame_bytes,
        request_timeout: Duration::from_secs(args.request_timeout.max(1)),
        tool_timeout: Duration::from_secs(args.tool_timeout.max(1)),
    };
    let services = boot::boot(venv.as_deref(), config, &mut opts, false)?;
    let hub = crate::ws::install(super::router::channels());
    crate::sdk::set_broadcaster(crate::ws::broadcast_from_python);
    let reg = boot::load_plugins(opts).await;
    tracing::info!("{} plugin(s) loaded, {} error(s)", reg.plugins.len(), reg.errors.len());
    let running = start_plugins(&reg).await;

    let addr = SocketAddr::new(args.host, args.port);
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    tracing::info!("serving on http://{}", listener.local_addr()?);
    let router = super::router::router(services);
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async {
                let _ = stop_rx.await;
            })
            .await
    });
    shutdown_signal().await;
    tracing::info!("shutting down: no new connections; waiting up to {}s for in-flight requests", args.grace_seconds);
    let _ = stop_tx.send(());
    // Open sockets would hold the graceful shutdown forever: tell them we are going away.
    hub.close_all(1001, "server shutting down");
    crate::http::websocket::close_all(Duration::from_secs(3)).await;
    if tokio::time::timeout(Duration::from_secs(args.grace_seconds), server).await.is_err() {
        tracing::warn!("in-flight requests did not finish in time");
    }
    // The registry as it is now: hooks registered after setup() (e.g. by a startup hook) run too.
    stop_plugins(&crate::plugins::registry::current(), running).await;
    loop_thread::stop();
    Ok(0)
}

/// A plugin's router lifespan that has started: `lifespans.RouterLifespan`.
type Running = Vec<(String, Py<PyAny>)>;

/// Per plugin in load order: its startup hooks, then its router lifespan.
async fn start_plugins(reg: &Arc<Registry>) -> Running {
    let mut running = Running::new();
    for p in &reg.plugins {
        let id = p.manifest.get().id.as_str();
        run_hooks("startup", reg.startup.iter().filter(|h| h.plugin == id)).await;
        if let Some(index) = reg.lifespans.iter().position(|l| l.plugin == id) {
            if let Some(obj) = start_lifespan(reg, index).await {
                running.push((id.to_string(), obj));
            }
        }
    }
    running
}

/// Per plugin in load order: its router lifespan's shutdown part, then its shutdown hooks.
async fn stop_plugins(reg: &Arc<Registry>, mut running: Running) {
    for p in &reg.plugins {
        let id = p.manifest.get().id.as_str();
        if let Some(i) = running.iter().position(|(plugin, _)| plugin == id) {
            let (plugin, obj) = running.remove(i);
            let outcome = loop_thread::call(
                move |py| obj.bind(py).call_method0("shutdown"),
                |py, outcome| outcome.map(|_| ()).map_err(|e| (exc_summary(py, &e), format_traceback(py, &e))),
            )
            .await;
            report(&plugin, "router lifespan shutdown", outcome);
        }
        run_hooks("shutdown", reg.shutdown.iter().filter(|h| h.plugin == id)).await;
    }
}

/// Enters a plugin's router lifespan (`reg.lifespans[index]`) and records the state it
/// yielded; a failure is logged under the plugin id (the host and the plugin's routes stay up,
/// without that state).
async fn start_lifespan(reg: &Arc<Registry>, index: usize) -> Option<Py<PyAny>> {
    let plugin = reg.lifespans[index].plugin.clone();
    let started: Arc<parking_lot::Mutex<Option<Py<PyAny>>>> = Arc::default();
    let (slot, reg2, plugin2) = (started.clone(), reg.clone(), plugin.clone());
    let outcome = loop_thread::call(
        move |py| {
            let obj = reg2.lifespans[index].build(py)?;
            *slot.lock() = Some(obj.clone().unbind());
            obj.call_method0("startup")
        },
        move |py, outcome| match outcome {
            Ok(state) => {
                if let Ok(state) = state.cast_into::<PyDict>() {
                    crate::plugins::lifespan::set_state(&plugin2, state.unbind());
                }
                Ok(())
            }
            Err(e) => Err((exc_summary(py, &e), format_traceback(py, &e))),
        },
    )
    .await;
    let ok = matches!(outcome, Some(Ok(())));
    report(&plugin, "router lifespan startup", outcome);
    let obj = started.lock().take();
    if ok {
        obj
    } else {
        // Dropped on the loop thread: no GIL on a tokio worker.
        if let Some(obj) = obj {
            loop_thread::submit(Box::new(move |_py| drop(obj)));
        }
        None
    }
}

/// Logs how one lifespan step of a plugin went.
fn report(plugin: &str, what: &str, outcome: Option<Result<(), (String, String)>>) {
    match outcome {
        Some(Ok(())) => tracing::debug!(plugin = %plugin, "{what} ran"),
        Some(Err((summary, tb))) => tracing::error!(plugin = %plugin, "{what} failed ({summary}):\n{tb}"),
        None => tracing::error!(plugin = %plugin, "{what} was cancelled"),
    }
}

/// Runs hooks in order, on the loop as upstream runs them (sync ones too); a hook that raises
/// is logged and skipped.
async fn run_hooks(phase: &'static str, hooks: impl Iterator<Item = &HookEntry>) {
    for entry in hooks {
        let outcome = entry
            .hook
            .call_on_loop(
                |py| Ok(PyTuple::empty(py)),
                |py, outcome| outcome.map(|_| ()).map_err(|e| (exc_summary(py, &e), format_traceback(py, &e))),
            )
            .await;
        let plugin = &entry.plugin;
        match outcome {
            Some(Ok(())) => tracing::debug!(plugin = %plugin, "{phase} hook ran"),
            Some(Err((summary, tb))) => {
                tracing::error!(plugin = %plugin, "{phase} hook failed ({summary}); skipped:\n{tb}");
            }
            None => tracing::error!(plugin = %plugin, "{phase} hook was cancelled"),
        }
    }
}

async fn shutdown_signal() {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
}

/// The token for non-loopback binds: kept in `<data dir>/token` (0600), never printed whole.
fn token_for(data_dir: &std::path::Path) -> Result<String> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::create_dir_all(data_dir)?;
    let path = data_dir.join("token");
    let token = match std::fs::read_to_string(&path) {
        Ok(t) if t.trim().len() >= 32 => t.trim().to_string(),
        _ => {
            let t = crate::http::guard::new_token();
            let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&path)?;
            std::io::Write::write_all(&mut f, t.as_bytes())?;
            t
        }
    };
    tracing::info!("bound off loopback: a token is required; it is in {} ({}…)", path.display(), &token[..6]);
    Ok(token)
}
