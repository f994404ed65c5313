//! The host's configuration and its defaults: the one place a default is written. The CLI
//! (`cli.rs`) shows these as its defaults and `horrible python` runs with [`Config::default`].
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

pub(crate) const DEFAULT_BIND: IpAddr = IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
pub(crate) const DEFAULT_PORT: u16 = 8000;
pub(crate) const DEFAULT_DATA_DIR: &str = ".data";
/// Largest request body accepted (16 MiB).
pub(crate) const DEFAULT_MAX_BODY_BYTES: usize = 16 * 1024 * 1024;
/// Largest /ws frame accepted (16 MiB: uvicorn's `ws_max_size`, what upstream accepted).
pub(crate) const DEFAULT_MAX_FRAME_BYTES: usize = 16 * 1024 * 1024;
/// Seconds a plugin agent tool may run when it sets no `timeout` of its own. Upstream had no
/// limit at all; this one only stops a tool that hangs for good, never real work.
pub(crate) const DEFAULT_TOOL_TIMEOUT_SECS: u64 = 3600;
/// Foreign origins upstream's CORS middleware allowed (its Vite dev server and the Tauri
/// desktop webviews): they get CORS answers and pass the Origin check, /ws included.
pub(crate) const CORS_ORIGINS: [&str; 3] = ["http://localhost:5173", "tauri://localhost", "http://tauri.localhost"];
/// Seconds a plugin route may take to start its response.
pub(crate) const DEFAULT_REQUEST_TIMEOUT_SECS: u64 = 120;
/// Seconds in-flight requests get to finish at shutdown.
pub(crate) const DEFAULT_GRACE_SECS: u64 = 10;

#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) bind: IpAddr,
    pub(crate) port: u16,
    pub(crate) data_dir: PathBuf,
    /// Extra `Host` names accepted besides loopback addresses and `localhost`.
    pub(crate) allowed_hosts: Vec<String>,
    /// Extra `Origin`s accepted besides the same origin: [`CORS_ORIGINS`] plus `--allow-origin`s.
    /// Each gets CORS headers, as upstream's `CORSMiddleware` answered its list.
    pub(crate) allowed_origins: Vec<String>,
    /// Required on every request when bound off loopback.
    pub(crate) token: Option<String>,
    pub(crate) max_body_bytes: usize,
    /// Largest request body a plugin route receives; `None`: no limit, as under uvicorn.
    pub(crate) max_route_body_bytes: Option<usize>,
    pub(crate) max_frame_bytes: usize,
    /// How long a plugin route may take to start its response.
    pub(crate) request_timeout: Duration,
    /// How long a plugin tool without its own `timeout` may run.
    pub(crate) tool_timeout: Duration,
    /// Plugin changes (reload, enable, disable, rescan) are refused.
    pub(crate) locked: bool,
    /// Dev mode: plugin files are watched and reloaded.
    pub(crate) reload: bool,
}

/// [`CORS_ORIGINS`] followed by the configured extra origins.
pub(crate) fn allowed_origins(extra: &[String]) -> Vec<String> {
    CORS_ORIGINS.iter().map(ToString::to_string).chain(extra.iter().cloned()).collect()
}

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: DEFAULT_BIND,
            port: DEFAULT_PORT,
            data_dir: PathBuf::from(DEFAULT_DATA_DIR),
            allowed_hosts: Vec::new(),
            allowed_origins: allowed_origins(&[]),
            token: None,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_route_body_bytes: None,
            max_frame_bytes: DEFAULT_MAX_FRAME_BYTES,
            request_timeout: Duration::from_secs(DEFAULT_REQUEST_TIMEOUT_SECS),
            tool_timeout: Duration::from_secs(DEFAULT_TOOL_TIMEOUT_SECS),
            locked: false,
            reload: false,
        }
    }
}
