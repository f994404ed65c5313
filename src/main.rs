//! horrible: one Rust binary that embeds CPython 3.11 and hosts Python backend plugins.
//!
//! Folders are capabilities: `bridge` (the Python threads), `sdk` (native `backend.sdk`),
//! `plugins` (discovery, loading, registry), `http` (axum, routing, ASGI, guard), `ws` (/ws),
//! `tools` (catalog, gate, relay, dispatch), `repl` (the `dash` REPL), `telemetry`, `settings`.
//! `serve` is the lifespan. See docs/architecture.md.
mod app;
mod bridge;
mod cli;
mod http;
mod plugins;
mod repl;
mod sdk;
mod serve;
mod settings;
mod telemetry;
mod tools;
mod ws;

use clap::Parser;
use std::process::ExitCode;
use std::sync::OnceLock;

static TOKIO: OnceLock<tokio::runtime::Handle> = OnceLock::new();

/// The tokio runtime, for Python-side code that must wait on Rust futures from a plain thread.
pub fn runtime() -> &'static tokio::runtime::Handle {
    TOKIO.get().expect("runtime started")
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_env("HORRIBLE_LOG").unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = cli::Cli::parse();
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    // HORRIBLE_WORKERS: tokio worker threads (default: one per core).
    if let Some(n) = std::env::var("HORRIBLE_WORKERS").ok().and_then(|v| v.parse::<usize>().ok()).filter(|n| *n > 0) {
        builder.worker_threads(n);
    }
    let rt = match builder.enable_all().thread_name("tokio-worker").build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("horrible: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let _ = TOKIO.set(rt.handle().clone());
    let outcome = rt.block_on(serve::main(cli));
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("horrible: {e:#}");
            ExitCode::FAILURE
        }
    }
}
