//! The running host's shared state: configuration, the settings store, the telemetry recorder
//! and the /ws hub. One instance per process, reachable from Python-facing code via [`get`].
use horrible_settings::Store;
use horrible_telemetry::Recorder;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

#[derive(Debug, Clone)]
pub struct Config {
    pub bind: std::net::IpAddr,
    pub port: u16,
    pub data_dir: PathBuf,
    /// Extra `Host` names accepted besides loopback addresses and `localhost`.
    pub allowed_hosts: Vec<String>,
    /// Extra `Origin`s accepted besides the same origin.
    pub allowed_origins: Vec<String>,
    /// Required on every request when bound off loopback.
    pub token: Option<String>,
    pub max_body_bytes: usize,
    pub max_frame_bytes: usize,
    /// How long a plugin route may take to start its response.
    pub request_timeout: std::time::Duration,
}

pub struct App {
    pub config: Config,
    pub settings: Store,
    pub telemetry: Recorder,
    pub ws: crate::ws::Hub,
}

static APP: OnceLock<Arc<App>> = OnceLock::new();

impl App {
    pub fn init(config: Config) -> anyhow::Result<Arc<App>> {
        let settings = Store::open(&config.data_dir)?;
        if let Some(report) = settings.import_report() {
            match &report.error {
                Some(e) => tracing::warn!("could not import {}: {e}", report.path.display()),
                None => tracing::info!("imported {} settings from {}", report.imported.len(), report.path.display()),
            }
        }
        let telemetry = Recorder::new(horrible_telemetry::DEFAULT_CAPACITY);
        let app = Arc::new(App { config, settings, telemetry, ws: crate::ws::Hub::default() });
        app.apply_settings();
        let _ = APP.set(app.clone());
        Ok(get().clone())
    }

    /// Re-reads settings that tune the host (called after every settings write).
    pub fn apply_settings(&self) {
        // A deleted (or non-numeric) setting means the default again.
        let number = |key: &str| self.settings.get(key).and_then(|v| v.as_u64()).map(|n| n as usize);
        self.telemetry.set_max_body_chars(
            number("observability.maxBodyChars").unwrap_or(horrible_telemetry::DEFAULT_MAX_BODY_CHARS),
        );
        self.telemetry
            .set_capacity(number("observability.ringSize").unwrap_or(horrible_telemetry::DEFAULT_CAPACITY).max(1));
    }
}

/// The process's host state (panics before [`App::init`]: only the server creates it).
pub fn get() -> &'static Arc<App> {
    APP.get().expect("the host is not initialized")
}

pub fn try_get() -> Option<&'static Arc<App>> {
    APP.get()
}
