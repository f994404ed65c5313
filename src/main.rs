//! horrible: one Rust binary that embeds `CPython` 3.11 and hosts Python backend plugins.
//!
//! Layers, bottom to top; each module imports only those below it (`tests/layers.rs` checks):
//! - `bridge`: the interpreter and every thread that runs Python; `reply`, `endpoints`: HTTP
//!   leaf helpers; `cli`'s argument shapes sit beside them.
//! - `services`: configuration, the settings store, the telemetry ring.
//! - `sdk`: the native `backend.sdk` pyclasses; `plugins`: discovery, loading, the registry.
//! - capabilities: `http` (plugin routes, guard), `ws` (/ws hub), `tools`, `repl`, `telemetry`,
//!   `settings`, each owning its endpoints and channels.
//! - `app`: the composition root (boot, router, lifespan, commands); only `main` imports it.
//!
//! See docs/architecture.md.
mod app;
mod bridge;
mod cli;
mod endpoints;
mod http;
mod plugins;
mod repl;
mod reply;
mod sdk;
mod services;
mod settings;
mod telemetry;
mod tools;
mod ws;

#[cfg(test)]
mod layering;

use clap::Parser;
use std::process::ExitCode;

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
    bridge::runtime::set(rt.handle().clone());
    match rt.block_on(app::run(cli)) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("horrible: {e:#}");
            ExitCode::FAILURE
        }
    }
}
