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
/// Largest /ws frame accepted (1 MiB).
pub(crate) const DEFAULT_MAX_FRAME_BYTES: usize = 1024 * 1024;
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
    /// Extra `Origin`s accepted besides the same origin.
    pub(crate) allowed_origins: Vec<String>,
    /// Required on every request when bound off loopback.
    pub(crate) token: Option<String>,
    pub(crate) max_body_bytes: usize,
    /// Largest request body a plugin route receives; `None`: no limit, as under uvicorn.
    pub(crate) max_route_body_bytes: Option<usize>,
    pub(crate) max_frame_bytes: usize,
    /// How long a plugin route may take to start its response.
    pub(crate) request_timeout: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: DEFAULT_BIND,
            port: DEFAULT_PORT,
            data_dir: PathBuf::from(DEFAULT_DATA_DIR),
            allowed_hosts: Vec::new(),
            allowed_origins: Vec::new(),
            token: None,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_route_body_bytes: None,
            max_frame_bytes: DEFAULT_MAX_FRAME_BYTES,
            request_timeout: Duration::from_secs(DEFAULT_REQUEST_TIMEOUT_SECS),
        }
    }
}
