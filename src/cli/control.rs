//! The shape of `horrible plugins reload|enable|disable|rescan`: which action, and how to reach
//! the running host that performs it (its URL, and the data directory holding its token).
use crate::services::config as defaults;
use clap::Args;
use std::fmt::Write as _;
use std::path::PathBuf;

/// A plugin control action, as `POST /api/plugins/...` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ControlAction {
    Reload(String),
    Enable(String),
    Disable { id: String, cascade: bool },
    Rescan,
}

impl ControlAction {
    /// The path (and query) of the endpoint, the id percent-encoded as one path segment.
    pub(crate) fn path(&self) -> String {
        match self {
            Self::Reload(id) => format!("/api/plugins/{}/reload", encode_segment(id)),
            Self::Enable(id) => format!("/api/plugins/{}/enable", encode_segment(id)),
            Self::Disable { id, cascade } => {
                format!("/api/plugins/{}/disable{}", encode_segment(id), if *cascade { "?cascade=1" } else { "" })
            }
            Self::Rescan => "/api/plugins/rescan".to_string(),
        }
    }

    /// The plugin id the action is about (none for a rescan).
    pub(crate) fn plugin(&self) -> Option<&str> {
        match self {
            Self::Reload(id) | Self::Enable(id) | Self::Disable { id, .. } => Some(id),
            Self::Rescan => None,
        }
    }
}

/// Where the running host is.
#[derive(Args, Debug, Clone)]
pub(crate) struct HostAddress {
    /// The running host's base URL (plain http).
    #[arg(long, env = "HORRIBLE_URL", default_value_t = default_url())]
    pub(crate) url: String,
    /// The host's data directory: when it holds a `token` (a host bound off loopback), the token
    /// is sent as `Authorization: Bearer`.
    #[arg(long, env = "HORRIBLE_DATA_DIR", default_value = defaults::DEFAULT_DATA_DIR)]
    pub(crate) data_dir: PathBuf,
    /// Print the host's JSON answer instead of one line.
    #[arg(long)]
    pub(crate) json: bool,
}

fn default_url() -> String {
    format!("http://{}:{}", defaults::DEFAULT_BIND, defaults::DEFAULT_PORT)
}

/// Percent-encodes everything but RFC 3986's unreserved characters: an id never escapes its
/// path segment (a `/` or `?` in it stays part of the id).
fn encode_segment(s: &str) -> String {
    s.bytes().fold(String::with_capacity(s.len()), |mut out, b| {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(ControlAction::Reload("ping".into()).path(), "/api/plugins/ping/reload");
        assert_eq!(ControlAction::Enable("a.b-c_d".into()).path(), "/api/plugins/a.b-c_d/enable");
        let d = ControlAction::Disable { id: "x".into(), cascade: true };
        assert_eq!(d.path(), "/api/plugins/x/disable?cascade=1");
        let d = ControlAction::Disable { id: "x/../y?z".into(), cascade: false };
        assert_eq!(d.path(), "/api/plugins/x%2F..%2Fy%3Fz/disable");
        assert_eq!(ControlAction::Rescan.path(), "/api/plugins/rescan");
    }
}
