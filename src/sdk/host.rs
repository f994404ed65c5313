//! Running a plugin's `setup(host)` for the serving host: the `PluginHost` registers into a fresh
//! `PluginRegistry` of the plugin's own, which is read into [`Registrations`] once `setup`
//! returns. So a plugin whose setup raises half-way leaves nothing behind, and the loader can
//! check everything against what is already loaded before committing any of it.
use super::{AgentTool, SDK_PY};
use crate::bridge::PyCallable;
use pyo3::prelude::*;
use std::sync::OnceLock;

/// Sends a frame to every open `/ws` tab; installed by the `/ws` capability.
type Broadcaster = fn(&Bound<'_, PyAny>) -> PyResult<usize>;
static BROADCASTER: OnceLock<Broadcaster> = OnceLock::new();

/// Installs what `host.broadcast(frame)` does (once, by the `/ws` capability).
pub(crate) fn set_broadcaster(f: Broadcaster) {
    let _ = BROADCASTER.set(f);
}

pub(super) fn broadcast(frame: &Bound<'_, PyAny>) -> PyResult<usize> {
    BROADCASTER.get().map_or(Ok(0), |f| f(frame))
}

/// Everything one plugin registered, in order, as specs.
#[derive(Default)]
pub(crate) struct Registrations {
    /// `(router, mount prefix under /api)`.
    pub(crate) routers: Vec<(Py<PyAny>, String)>,
    pub(crate) tools: Vec<AgentTool>,
    pub(crate) channels: Vec<(String, PyCallable)>,
    pub(crate) facades: Vec<(String, Py<PyAny>)>,
    pub(crate) startup: Vec<PyCallable>,
    pub(crate) shutdown: Vec<PyCallable>,
}

/// A `PluginHost(manifest, staging)` and its fresh `PluginRegistry`.
pub(crate) fn new_host<'py>(
    py: Python<'py>,
    manifest: &Bound<'py, PyAny>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    let sdk = SDK_PY.get(py)?;
    let staging = sdk.getattr("PluginRegistry")?.call0()?;
    let host = sdk.getattr("PluginHost")?.call1((manifest, &staging))?;
    Ok((host, staging))
}

/// Where `host.add_router(router, prefix=p)` mounts: `/api` + the prefix upstream resolves.
pub(crate) fn mount_prefix(prefix: &str) -> String {
    format!("/api/{}", prefix.trim_matches('/')).trim_end_matches('/').to_string()
}

fn callable(kind: &str, name: &str, obj: &Bound<'_, PyAny>, warnings: &mut Vec<String>) -> Option<PyCallable> {
    if !obj.is_callable() {
        warnings.push(format!("{kind} {name}: not callable, not registered"));
        return None;
    }
    PyCallable::new(obj).map_err(|e| warnings.push(format!("{kind} {name}: {e}, not registered"))).ok()
}

/// One late registration (`kind` as `PluginHost` names it) read into `regs`.
pub(crate) fn read_one(kind: &str, args: &[Bound<'_, PyAny>], regs: &mut Registrations, warnings: &mut Vec<String>) {
    let text = |i: usize| args.get(i).and_then(|a| a.str().ok()).map(|s| s.to_string()).unwrap_or_default();
    match (kind, args) {
        ("router", [router, _]) => regs.routers.push((router.clone().unbind(), mount_prefix(&text(1)))),
        ("tool", [tool]) => match AgentTool::read(tool) {
            Ok(t) => {
                warnings.extend(t.warnings());
                regs.tools.push(t);
            }
            Err(e) => warnings.push(format!("agent tool not registered: {e}")),
        },
        ("channel", [_, handler]) => {
            let name = text(0);
            if let Some(h) = callable("channel", &format!("{name:?}"), handler, warnings) {
                regs.channels.push((name, h));
            }
        }
        ("facade", [_, factory]) => {
            if factory.is_callable() {
                regs.facades.push((text(0), factory.clone().unbind()));
            } else {
                warnings.push(format!("dash facade {:?}: factory is not callable, not registered", text(0)));
            }
        }
        ("startup", [hook]) => regs.startup.extend(callable("startup hook", "", hook, warnings)),
        ("shutdown", [hook]) => regs.shutdown.extend(callable("shutdown hook", "", hook, warnings)),
        _ => warnings.push(format!("unknown registration {kind:?} ignored")),
    }
}

/// Reads what `setup` registered into the plugin's own `PluginRegistry`; what cannot be served
/// is left out and said in the returned warnings.
pub(crate) fn read_registrations(staging: &Bound<'_, PyAny>) -> PyResult<(Registrations, Vec<String>)> {
    let mut regs = Registrations::default();
    let mut warnings = Vec::new();
    for mounted in staging.getattr("routers")?.try_iter()? {
        let mounted = mounted?;
        read_one("router", &[mounted.getattr("router")?, mounted.getattr("prefix")?], &mut regs, &mut warnings);
    }
    for tool in staging.getattr("agent_tools")?.call_method0("values")?.try_iter()? {
        read_one("tool", &[tool?], &mut regs, &mut warnings);
    }
    for item in staging.getattr("ws_channels")?.call_method0("items")?.try_iter()? {
        let (name, handler): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
        read_one("channel", &[name, handler], &mut regs, &mut warnings);
    }
    for item in staging.getattr("dash_facades")?.call_method0("items")?.try_iter()? {
        let (name, factory): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
        read_one("facade", &[name, factory], &mut regs, &mut warnings);
    }
    for hook in staging.getattr("startup_hooks")?.try_iter()? {
        read_one("startup", &[hook?], &mut regs, &mut warnings);
    }
    for hook in staging.getattr("shutdown_hooks")?.try_iter()? {
        read_one("shutdown", &[hook?], &mut regs, &mut warnings);
    }
    Ok((regs, warnings))
}
