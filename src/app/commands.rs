//! `horrible plugins list` and `horrible python`: the same boot as `serve`, no server. (The
//! commands that ask a running host are in `control`.)
use super::boot;
use crate::bridge::format_traceback;
use crate::bridge::pymodule::EmbeddedModule;
use crate::cli::PluginSource;
use crate::services::Config;
use anyhow::Result;
use pyo3::prelude::*;
use std::path::PathBuf;

static MAIN_PY: EmbeddedModule = crate::host_module!("main");

/// The configuration of commands that do not serve: defaults, with the data directory from
/// `HORRIBLE_DATA_DIR` as `serve` reads it.
fn offline_config() -> Config {
    let mut config = Config::default();
    if let Some(dir) = std::env::var_os("HORRIBLE_DATA_DIR") {
        config.data_dir = PathBuf::from(dir);
    }
    config
}

pub(crate) async fn list(venv: Option<PathBuf>, source: PluginSource, json: bool) -> Result<u8> {
    let mut opts = boot::load_options(&source);
    boot::boot(venv.as_deref(), offline_config(), &mut opts, true)?;
    let reg = boot::load_plugins(opts).await;
    let report = crate::http::plugins_report(&reg);
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(0);
    }
    print!("{}", super::listing::human(&report));
    Ok(0)
}

pub(crate) async fn python(venv: Option<PathBuf>, args: Vec<String>) -> Result<u8> {
    let mut opts = boot::load_options(&PluginSource { plugins_dirs: vec![], no_entry_points: false });
    boot::boot(venv.as_deref(), offline_config(), &mut opts, true)?;
    // Runs on a plain thread: the interpreter may block for as long as it likes.
    let code = tokio::task::spawn_blocking(move || Python::attach(|py| run_python_main(py, &args))).await?;
    Ok(code)
}

/// `horrible._host.main.main(args)`; the exit code, as `python` would give it.
fn run_python_main(py: Python<'_>, args: &[String]) -> u8 {
    let outcome = MAIN_PY.func(py, "main").and_then(|f| f.call1((args.to_vec(),)));
    let _ = py.import("sys").and_then(|s| s.getattr("stdout")).and_then(|o| o.call_method0("flush"));
    match outcome {
        Ok(_) => 0,
        Err(e) if e.is_instance_of::<pyo3::exceptions::PySystemExit>(py) => match e.value(py).getattr("code").ok() {
            Some(c) if c.is_none() => 0,
            Some(c) => c.extract::<i64>().map_or_else(
                |_| {
                    eprintln!("{c}");
                    1
                },
                |n| u8::try_from(n.clamp(0, 255)).expect("clamped to 0..=255"),
            ),
            None => 0,
        },
        Err(e) => {
            eprint!("{}", format_traceback(py, &e));
            1
        }
    }
}
