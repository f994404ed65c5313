//! `horrible serve`: boot, load plugins, start them (`plugins::lifecycle`), serve until
//! SIGINT/SIGTERM, let in-flight requests finish (bounded), stop the plugins.
use super::boot;
use crate::bridge::loop_thread;
use crate::cli::ServeArgs;
use crate::services::Config;
use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

pub(crate) async fn serve(venv: Option<PathBuf>, args: ServeArgs) -> Result<u8> {
    let mut opts = boot::load_options(&args.source);
    let watch_dirs: Vec<PathBuf> = opts.bundled_dir.iter().chain(&opts.plugin_dirs).cloned().collect();
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
        locked: args.locked,
        reload: args.reload,
    };
    let services = boot::boot(venv.as_deref(), config, &mut opts, false)?;
    let hub = crate::ws::install(super::router::channels());
    crate::sdk::set_broadcaster(crate::ws::broadcast_from_python);
    let reg = boot::load_plugins(opts).await;
    tracing::info!("{} plugin(s) loaded, {} error(s)", reg.plugins.len(), reg.errors.len());
    // Not kept: a snapshot held here would keep retired plugin versions alive.
    drop(reg);
    crate::plugins::control::set_event_sink(super::router::plugin_event);
    crate::plugins::control::start_all().await;
    if args.reload {
        let site = loop_thread::run(crate::plugins::loader::site_packages).await.unwrap_or_default();
        super::dev_reload::start(watch_dirs, site)?;
    }

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
    crate::plugins::control::stop_all().await;
    loop_thread::stop();
    Ok(0)
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
