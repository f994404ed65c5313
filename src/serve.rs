//! The lifespan: start Python, load plugins, run startup hooks, serve until SIGINT/SIGTERM,
//! let in-flight requests finish (bounded), run shutdown hooks. Also `plugins list` and
//! `python`, which share the same boot.
use crate::app::{App, Config};
use crate::bridge::{exc_summary, format_traceback, interpreter, loop_thread};
use crate::cli::{Cli, Command, PluginSource, PluginsCommand, ServeArgs};
use crate::plugins::loader::LoadOptions;
use crate::plugins::registry::{self, HookEntry, Registry};
use anyhow::{Context, Result};
use pyo3::prelude::*;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Where `python/` (the bundled plugin dir and the SDK stubs) lives.
fn home() -> PathBuf {
    std::env::var_os("HORRIBLE_HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
}

fn load_options(source: &PluginSource) -> LoadOptions {
    let mut dirs = source.plugins_dirs.clone();
    if let Ok(v) = std::env::var("HORRIBLE_PLUGINS_DIR") {
        dirs.extend(crate::plugins::discovery::split_path_list(&v));
    }
    LoadOptions {
        bundled_dir: Some(home().join("python/backend/plugins")),
        plugin_dirs: dirs,
        entry_points: !source.no_entry_points,
    }
}

/// Starts CPython from the venv, the loop thread, and `backend.sdk`.
fn boot(cli_venv: Option<&std::path::Path>, opts: LoadOptions, quiet: bool) -> Result<()> {
    let venv = interpreter::find_venv(cli_venv);
    let info = interpreter::start(venv.as_deref())?;
    if !quiet {
        tracing::info!("python: {info}");
    }
    if !info.built_against.is_empty()
        && info.libpython.as_deref().is_some_and(|l| !l.starts_with(info.base_prefix.as_str()))
    {
        tracing::warn!(
            "libpython {} is not from {} (built against {})",
            info.libpython.as_deref().unwrap_or("?"),
            info.base_prefix,
            info.built_against
        );
    }
    Python::attach(|py| -> PyResult<()> {
        crate::sdk::install(py, &home().join("python"), opts)?;
        crate::bridge::pylog::install(py)
    })
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    loop_thread::start()?;
    Ok(())
}

pub async fn main(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Serve(args) => serve(cli.venv, args).await,
        Command::Plugins { command: PluginsCommand::List { source, json } } => list(cli.venv, source, json).await,
        Command::Python { args } => python(cli.venv, args).await,
    }
}

async fn load_plugins(opts: LoadOptions) -> std::sync::Arc<registry::Registry> {
    let reg = loop_thread::run(move |py| crate::plugins::loader::load(py, &opts)).await.expect("loop thread alive");
    registry::publish(reg)
}

async fn list(venv: Option<PathBuf>, source: PluginSource, json: bool) -> Result<u8> {
    let opts = load_options(&source);
    boot(venv.as_deref(), opts.clone(), true)?;
    let reg = load_plugins(opts).await;
    if json {
        println!("{}", serde_json::to_string_pretty(&reg.summary())?);
        return Ok(0);
    }
    for p in &reg.plugins {
        let m = p.manifest.get();
        println!("{} {} ({})  {}", m.id, m.version, m.name, p.source);
        for (methods, path, fast) in &p.routes {
            println!("    route    {} {}{}", methods.join(","), path, if *fast { "  (fast path)" } else { "" });
        }
        p.tools.iter().for_each(|t| println!("    tool     {t}"));
        p.channels.iter().for_each(|c| println!("    channel  {c}"));
        p.facades.iter().for_each(|f| println!("    facade   dash.{f}"));
        println!("    hooks    {} startup, {} shutdown", p.startup_hooks, p.shutdown_hooks);
    }
    if reg.plugins.is_empty() {
        println!("no plugins loaded");
    }
    if !reg.errors.is_empty() {
        println!("\nerrors:");
        reg.errors.iter().for_each(|(s, e)| println!("    {s}: {e}"));
    }
    Ok(0)
}

async fn python(venv: Option<PathBuf>, args: Vec<String>) -> Result<u8> {
    let opts = load_options(&PluginSource { plugins_dirs: vec![], no_entry_points: false });
    boot(venv.as_deref(), opts, true)?;
    let data_dir = std::env::var_os("HORRIBLE_DATA_DIR").map(PathBuf::from).unwrap_or_else(|| ".data".into());
    App::init(Config {
        bind: [127, 0, 0, 1].into(),
        port: 0,
        data_dir,
        allowed_hosts: vec![],
        allowed_origins: vec![],
        token: None,
        max_body_bytes: 1 << 24,
        max_frame_bytes: 1 << 20,
        request_timeout: Duration::from_secs(120),
    })?;
    // Runs on a plain thread: the interpreter may block for as long as it likes.
    let code = tokio::task::spawn_blocking(move || Python::attach(|py| run_python_main(py, &args))).await?;
    Ok(code)
}

fn run_python_main(py: Python<'_>, args: &[String]) -> u8 {
    let code = c"
import sys, runpy, code as _code
def main(args):
    if args[:1] == ['-m'] and len(args) > 1:
        sys.argv = [args[1]] + args[2:]
        sys.path.insert(0, '')
        runpy.run_module(args[1], run_name='__main__', alter_sys=True)
    elif args[:1] == ['-c'] and len(args) > 1:
        sys.argv = ['-c'] + args[2:]
        sys.path.insert(0, '')
        exec(compile(args[1], '<string>', 'exec'), {'__name__': '__main__'})
    elif args:
        sys.argv = list(args)
        runpy.run_path(args[0], run_name='__main__')
    else:
        sys.argv = ['']
        _code.interact(banner='horrible python ' + sys.version, exitmsg='')
";
    let globals = pyo3::types::PyDict::new(py);
    if let Err(e) = py.run(code, Some(&globals), None) {
        eprintln!("{}", format_traceback(py, &e));
        return 1;
    }
    let outcome = globals.get_item("main").ok().flatten().map(|f| f.call1((args.to_vec(),)));
    let _ = py.import("sys").and_then(|s| s.getattr("stdout")).and_then(|o| o.call_method0("flush"));
    match outcome {
        Some(Ok(_)) | None => 0,
        Some(Err(e)) if e.is_instance_of::<pyo3::exceptions::PySystemExit>(py) => {
            let v = e.value(py).getattr("code").ok();
            match v {
                Some(c) if c.is_none() => 0,
                Some(c) => c.extract::<i64>().map(|n| n.clamp(0, 255) as u8).unwrap_or_else(|_| {
                    eprintln!("{}", c);
                    1
                }),
                None => 0,
            }
        }
        Some(Err(e)) => {
            eprint!("{}", format_traceback(py, &e));
            1
        }
    }
}

/// Runs one phase's hooks in plugin order; a hook that raises is logged and skipped.
async fn run_hooks(reg: &Arc<Registry>, phase: &'static str, hooks: fn(&Registry) -> &[HookEntry]) {
    for i in 0..hooks(reg).len() {
        let plugin = hooks(reg)[i].plugin.clone();
        let reg = reg.clone();
        let outcome = loop_thread::call(
            move |py| hooks(&reg)[i].hook.bind(py).call0(),
            move |py, outcome| outcome.map(|_| ()).map_err(|e| (exc_summary(py, &e), format_traceback(py, &e))),
        )
        .await;
        match outcome {
            Some(Ok(())) => tracing::debug!(plugin = %plugin, "{phase} hook ran"),
            Some(Err((summary, tb))) => {
                tracing::error!(plugin = %plugin, "{phase} hook failed ({summary}); skipped:\n{tb}")
            }
            None => tracing::error!(plugin = %plugin, "{phase} hook was cancelled"),
        }
    }
}

async fn serve(venv: Option<PathBuf>, args: ServeArgs) -> Result<u8> {
    let opts = load_options(&args.source);
    boot(venv.as_deref(), opts.clone(), false)?;
    let token = if args.host.is_loopback() { None } else { Some(token_for(&args.data_dir)?) };
    let app = App::init(Config {
        bind: args.host,
        port: args.port,
        data_dir: args.data_dir.clone(),
        allowed_hosts: args.allow_hosts.clone(),
        allowed_origins: args.allow_origins.clone(),
        token,
        max_body_bytes: args.max_body_bytes,
        max_frame_bytes: args.max_frame_bytes,
        request_timeout: Duration::from_secs(args.request_timeout.max(1)),
    })?;
    let reg = load_plugins(opts).await;
    tracing::info!("{} plugin(s) loaded, {} error(s)", reg.plugins.len(), reg.errors.len());
    run_hooks(&reg, "startup", |r| &r.startup).await;

    let addr = SocketAddr::new(args.host, args.port);
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
    tracing::info!("serving on http://{}", listener.local_addr()?);
    let router = crate::http::router(app.clone());
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
    app.ws.close_all(1001, "server shutting down");
    if tokio::time::timeout(Duration::from_secs(args.grace_seconds), server).await.is_err() {
        tracing::warn!("in-flight requests did not finish in time");
    }
    run_hooks(&reg, "shutdown", |r| &r.shutdown).await;
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
