//! Starts the embedded `CPython` once, as if it were the virtualenv's own `bin/python`.
//!
//! Two `CPython` 3.11 builds can live on one machine. The binary links (with an rpath, see
//! `build.rs`) the libpython of the interpreter that made `.venv`; here we point `CPython`'s path
//! computation at `<venv>/bin/python` so `pyvenv.cfg` is honoured and the venv's site-packages
//! (and only those) are on `sys.path`. [`PythonInfo`] says at start-up exactly what was loaded.
use anyhow::{bail, Context, Result};
use pyo3::ffi;
use pyo3::prelude::*;
use std::ffi::CString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// What the running interpreter is, printed at start-up.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct PythonInfo {
    version: String,
    executable: String,
    prefix: String,
    pub(crate) base_prefix: String,
    pub(crate) libpython: Option<String>,
    venv: Option<PathBuf>,
    pub(crate) built_against: &'static str,
}

impl std::fmt::Display for PythonInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "CPython {} from {} (libpython {}), environment {}",
            self.version.split_whitespace().next().unwrap_or("?"),
            self.base_prefix,
            self.libpython.as_deref().unwrap_or("statically linked"),
            match &self.venv {
                Some(v) => v.display().to_string(),
                None => format!("{} (no virtualenv found)", self.prefix),
            }
        )
    }
}

static INFO: OnceLock<PythonInfo> = OnceLock::new();

/// The virtualenv to use: `--venv`, else `$VIRTUAL_ENV`, else `./.venv`, else a `.venv` beside
/// (or above) the binary, which is where `target/release/horrible` finds the repo's.
pub(crate) fn find_venv(explicit: Option<&Path>) -> Option<PathBuf> {
    let is_venv = |p: &Path| p.join("pyvenv.cfg").is_file();
    if let Some(p) = explicit {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("VIRTUAL_ENV").map(PathBuf::from) {
        if is_venv(&p) {
            return Some(p);
        }
    }
    if let Ok(cwd) = std::env::current_dir() {
        if is_venv(&cwd.join(".venv")) {
            return Some(cwd.join(".venv"));
        }
    }
    let exe = std::env::current_exe().ok()?;
    exe.ancestors().skip(1).map(|a| a.join(".venv")).find(|p| is_venv(p))
}

/// Initializes `CPython` (once) and returns what was loaded.
pub(crate) fn start(venv: Option<&Path>) -> Result<&'static PythonInfo> {
    if let Some(info) = INFO.get() {
        return Ok(info);
    }
    if let Some(v) = venv {
        if !v.join("pyvenv.cfg").is_file() {
            bail!(
                "{} is not a virtualenv (no pyvenv.cfg); create it with `python3.11 -m venv {}`",
                v.display(),
                v.display()
            );
        }
    }
    // SAFETY: called once, before any other Python API, from the main thread.
    unsafe { init_from_config(venv)? };
    let info = Python::attach(|py| {
        // `threading` decides which thread is Python's main thread when it is first imported.
        // Import it here, on the thread that initialized CPython (the one signal handling
        // belongs to): if the loop thread imported it first (through asyncio), uvloop would take
        // that thread for the main one, try `signal.set_wakeup_fd` there and stop at once.
        py.import("threading")?;
        read_info(py, venv)
    })
    .context("reading interpreter info")?;
    Ok(INFO.get_or_init(|| info))
}

unsafe fn init_from_config(venv: Option<&Path>) -> Result<()> {
    unsafe {
        if ffi::Py_IsInitialized() != 0 {
            return Ok(());
        }
        let mut config = std::mem::MaybeUninit::<ffi::PyConfig>::zeroed();
        ffi::PyConfig_InitPythonConfig(config.as_mut_ptr());
        let mut config = config.assume_init();
        // tokio owns SIGINT/SIGTERM; argv is set by `horrible python` itself.
        config.install_signal_handlers = 0;
        config.parse_argv = 0;
        if let Some(v) = venv {
            let program = CString::new(v.join("bin").join("python").to_string_lossy().as_bytes())?;
            let status = ffi::PyConfig_SetBytesString(&raw mut config, &raw mut config.program_name, program.as_ptr());
            if ffi::PyStatus_Exception(status) != 0 {
                ffi::PyConfig_Clear(&raw mut config);
                bail!("could not set the interpreter's program name");
            }
        }
        let status = ffi::Py_InitializeFromConfig(&raw const config);
        ffi::PyConfig_Clear(&raw mut config);
        if ffi::PyStatus_Exception(status) != 0 {
            let msg = if status.err_msg.is_null() {
                "unknown error".to_string()
            } else {
                std::ffi::CStr::from_ptr(status.err_msg).to_string_lossy().into_owned()
            };
            bail!("CPython failed to start: {msg}");
        }
        // Release the GIL taken by initialization; every thread attaches when it needs Python.
        ffi::PyEval_SaveThread();
        Ok(())
    }
}

fn read_info(py: Python<'_>, venv: Option<&Path>) -> PyResult<PythonInfo> {
    let sys = py.import("sys")?;
    let s = |name: &str| -> PyResult<String> { sys.getattr(name)?.extract() };
    Ok(PythonInfo {
        version: s("version")?,
        executable: s("executable")?,
        prefix: s("prefix")?,
        base_prefix: s("base_prefix")?,
        libpython: loaded_libpython(),
        venv: venv.map(Path::to_path_buf),
        built_against: env!("HORRIBLE_BUILD_PYTHON"),
    })
}

/// The libpython shared object actually mapped into this process.
fn loaded_libpython() -> Option<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    maps.lines().filter_map(|l| l.split_whitespace().nth(5)).find(|p| p.contains("libpython3")).map(str::to_string)
}
