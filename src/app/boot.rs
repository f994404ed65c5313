//! What every command does first: start `CPython` from the venv, the shared services, the
//! `backend.sdk` module with every layer's Python pieces, and the loop thread; then load the
//! plugins and build what the capabilities derive from the registry.
use crate::bridge::{interpreter, loop_thread};
use crate::cli::PluginSource;
use crate::plugins::loader::{LoadOptions, Reserved};
use crate::plugins::registry::{self, Registry};
use crate::services::{Config, Services};
use anyhow::Result;
use pyo3::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where `python/` (the bundled plugin dir and the SDK stubs) lives.
fn home() -> PathBuf {
    std::env::var_os("HORRIBLE_HOME").map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// Plugin directories: `--plugins-dir` flags, then `HORRIBLE_PLUGINS_DIR` entries.
pub(crate) fn load_options(source: &PluginSource) -> LoadOptions {
    let mut dirs = source.plugins_dirs.clone();
    if let Ok(v) = std::env::var("HORRIBLE_PLUGINS_DIR") {
        dirs.extend(crate::plugins::discovery::split_path_list(&v));
    }
    LoadOptions {
        bundled_dir: Some(home().join("python/backend/plugins")),
        plugin_dirs: dirs,
        entry_points: !source.no_entry_points,
        reserved: Reserved::default(),
    }
}

/// Starts everything below the lifespan; `opts` gains the host's reserved names.
pub(crate) fn boot(venv: Option<&Path>, config: Config, opts: &mut LoadOptions, quiet: bool) -> Result<Arc<Services>> {
    let venv = interpreter::find_venv(venv);
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
    let services = crate::services::init(config)?;
    let facades = Python::attach(|py| -> PyResult<Vec<String>> {
        crate::bridge::pylog::install(py)?;
        let sdk = crate::sdk::install(py, &home().join("python"))?;
        crate::ws::install_python(&sdk)?;
        let registry_module = crate::plugins::python_api::install(&sdk, opts.clone())?;
        crate::tools::install_python(&registry_module)?;
        crate::http::install_plugin_control(py)?;
        crate::repl::install(py)
    })
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    opts.reserved = reserved(&services, facades)?;
    crate::plugins::loader::set_options(opts.clone());
    registry::on_publish(crate::http::routes::rebuild);
    registry::on_publish(crate::http::websocket::rebuild);
    loop_thread::start()?;
    Ok(services)
}

/// The names plugins may not take, from the capabilities' own registrations.
fn reserved(services: &Arc<Services>, facades: Vec<String>) -> Result<Reserved> {
    let routes = super::router::endpoints(services)
        .paths()
        .iter()
        .map(|p| crate::plugins::routes::normalize(p))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| anyhow::anyhow!(e))?;
    let channels = super::router::channels().iter().map(|c| c.name().to_string()).collect();
    Ok(Reserved { channels, facades, routes })
}

/// Loads the plugins on the loop thread and publishes the registry (the route table is
/// rebuilt with it: `http::routes::rebuild`).
pub(crate) async fn load_plugins(opts: LoadOptions) -> Arc<Registry> {
    loop_thread::run(move |py| registry::publish(py, crate::plugins::loader::load(py, &opts)))
    .await
    .expect("loop thread alive")
}
