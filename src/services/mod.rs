//! The host's shared services, below every capability: the configuration, the settings store
//! and the telemetry recorder. One instance per process ([`init`] once, [`get`] after).
//!
//! Settings that tune the host have effects (the telemetry ring's size, its body limit), so
//! every settings write goes through [`Services::set_setting`] / [`Services::delete_setting`],
//! which apply them: no writer can forget to.
pub(crate) mod config;

pub(crate) use config::Config;
use horrible_settings::{Error, Store};
use horrible_telemetry::Recorder;
use serde_json::Value;
use std::sync::{Arc, OnceLock};

pub(crate) struct Services {
    pub(crate) config: Config,
    /// Read freely; write settings only through [`Services::set_setting`] /
    /// [`Services::delete_setting`]. Workspaces and plugin stores have no effects.
    pub(crate) settings: Store,
    pub(crate) telemetry: Recorder,
}

static SERVICES: OnceLock<Arc<Services>> = OnceLock::new();

/// Opens the settings store and the telemetry ring (once per process).
pub(crate) fn init(config: Config) -> anyhow::Result<Arc<Services>> {
    if let Some(s) = SERVICES.get() {
        return Ok(s.clone());
    }
    let settings = Store::open(&config.data_dir)?;
    if let Some(report) = settings.import_report() {
        if let Some(e) = &report.error {
            tracing::warn!("could not import {}: {e}", report.path.display());
        } else {
            tracing::info!("imported {} settings from {}", report.imported.len(), report.path.display());
        }
    }
    if let Some(report) = settings.workspaces_import_report() {
        if let Some(e) = &report.error {
            tracing::warn!("could not import {}: {e}", report.path.display());
        } else {
            let (n, path, skipped) = (report.imported.len(), report.path.display(), &report.skipped);
            tracing::info!("imported {n} workspaces from {path} (skipped: {skipped:?})");
        }
    }
    let telemetry = Recorder::new(horrible_telemetry::DEFAULT_CAPACITY);
    let services = Arc::new(Services { config, settings, telemetry });
    services.apply_settings();
    let _ = SERVICES.set(services);
    Ok(get().clone())
}

/// The process's services (panics before [`init`]: only a command that serves creates them).
pub(crate) fn get() -> &'static Arc<Services> {
    SERVICES.get().expect("the host is not initialized")
}

pub(crate) fn try_get() -> Option<&'static Arc<Services>> {
    SERVICES.get()
}

impl Services {
    /// Stores a setting and applies its effects (blocking: `SQLite` syncs before it returns).
    pub(crate) fn set_setting(&self, key: &str, value: &Value) -> Result<(), Error> {
        self.settings.set(key, value)?;
        self.apply_settings();
        Ok(())
    }

    /// Deletes a setting (its default applies again); whether it existed.
    pub(crate) fn delete_setting(&self, key: &str) -> Result<bool, Error> {
        let existed = self.settings.delete(key)?;
        self.apply_settings();
        Ok(existed)
    }

    /// Runs a store write (settings, workspaces, plugin stores) on tokio's blocking pool: `SQLite`
    /// fsyncs before it returns, which must not hold up a tokio worker. The one way async code
    /// writes the store (`f` calls [`Services::set_setting`] and friends, so effects still apply).
    pub(crate) async fn write<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Services) -> Result<T, Error> + Send + 'static,
    ) -> Result<T, Error> {
        let services = self.clone();
        match tokio::task::spawn_blocking(move || f(&services)).await {
            Ok(outcome) => outcome,
            Err(e) => Err(Error::Io(std::io::Error::other(format!("the settings store write failed: {e}")))),
        }
    }

    /// Re-reads the settings that tune the host.
    fn apply_settings(&self) {
        // A deleted (or non-numeric) setting means the default again.
        let number = |key: &str| self.settings.get(key).and_then(|v| v.as_u64()).and_then(|n| usize::try_from(n).ok());
        self.telemetry.set_max_body_chars(
            number("observability.maxBodyChars").unwrap_or(horrible_telemetry::DEFAULT_MAX_BODY_CHARS),
        );
        self.telemetry
            .set_capacity(number("observability.ringSize").unwrap_or(horrible_telemetry::DEFAULT_CAPACITY).max(1));
    }
}
