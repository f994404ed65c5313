//! Command-line arguments: `serve`, `plugins list|reload|enable|disable|rescan`, `python`. Only
//! their shape: the commands themselves live in the composition root (`app`), the defaults in
//! `services::config`.
mod control;

pub(crate) use control::{ControlAction, HostAddress};

use crate::services::config as defaults;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(name = "horrible", version, about = "A fast Rust host for Python backend plugins")]
pub(crate) struct Cli {
    /// The virtualenv to run plugins in (default: $`VIRTUAL_ENV`, ./.venv, or the one beside the binary).
    #[arg(long, global = true)]
    pub(crate) venv: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Load the plugins and serve HTTP, /ws and MCP.
    Serve(ServeArgs),
    /// Inspect plugins without serving.
    Plugins {
        #[command(subcommand)]
        command: PluginsCommand,
    },
    /// Run the embedded interpreter (with `backend.sdk` importable), like `python ARGS...`.
    Python {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum PluginsCommand {
    /// List plugins with their routes, tools, channels and facades, then load errors.
    List {
        #[command(flatten)]
        source: PluginSource,
        /// Print JSON (the same as GET /api/plugins).
        #[arg(long)]
        json: bool,
        /// List what a running host at this URL serves (with disabled and blocked plugins and
        /// the last failed reload of each) instead of loading the plugins here.
        #[arg(long)]
        url: Option<String>,
    },
    /// Reload one plugin in a running host (its dependents after it); the old version keeps
    /// serving if the new one fails.
    Reload {
        /// The plugin id.
        id: String,
        #[command(flatten)]
        host: HostAddress,
    },
    /// Enable a disabled plugin in a running host (and load it).
    Enable {
        /// The plugin id.
        id: String,
        #[command(flatten)]
        host: HostAddress,
    },
    /// Disable a plugin in a running host (unload it; it stays disabled across restarts).
    Disable {
        /// The plugin id.
        id: String,
        /// Disable the plugins that depend on it too (without it, dependents refuse the call).
        #[arg(long)]
        cascade: bool,
        #[command(flatten)]
        host: HostAddress,
    },
    /// Look for plugins installed or removed since the host started, and load or unload them.
    Rescan {
        #[command(flatten)]
        host: HostAddress,
    },
}

impl PluginsCommand {
    /// The action on a running host this command asks for, if it is one (all but `list`).
    pub(crate) fn control(self) -> Option<(ControlAction, HostAddress)> {
        Some(match self {
            Self::List { .. } => return None,
            Self::Reload { id, host } => (ControlAction::Reload(id), host),
            Self::Enable { id, host } => (ControlAction::Enable(id), host),
            Self::Disable { id, cascade, host } => (ControlAction::Disable { id, cascade }, host),
            Self::Rescan { host } => (ControlAction::Rescan, host),
        })
    }
}

#[derive(Args, Debug, Clone)]
pub(crate) struct PluginSource {
    /// A directory of plugin packages/modules (repeatable; `HORRIBLE_PLUGINS_DIR` entries follow).
    #[arg(long = "plugins-dir")]
    pub(crate) plugins_dirs: Vec<PathBuf>,
    /// Skip `horrible.plugins` entry points of installed distributions.
    #[arg(long)]
    pub(crate) no_entry_points: bool,
}

#[derive(Args, Debug, Clone)]
pub(crate) struct ServeArgs {
    /// Address to bind; anything but loopback requires the token.
    #[arg(long, default_value_t = defaults::DEFAULT_BIND)]
    pub(crate) host: std::net::IpAddr,
    #[arg(long, default_value_t = defaults::DEFAULT_PORT)]
    pub(crate) port: u16,
    #[command(flatten)]
    pub(crate) source: PluginSource,
    /// Where settings and plugin data live.
    #[arg(long, env = "HORRIBLE_DATA_DIR", default_value = defaults::DEFAULT_DATA_DIR)]
    pub(crate) data_dir: PathBuf,
    /// Another Host name to accept (besides loopback and localhost). Repeatable.
    #[arg(long = "allow-host")]
    pub(crate) allow_hosts: Vec<String>,
    /// Another Origin to accept on state-changing requests and the WebSocket (and to answer with
    /// CORS headers), besides upstream's dev and desktop origins. Repeatable.
    #[arg(long = "allow-origin")]
    pub(crate) allow_origins: Vec<String>,
    /// Largest request body accepted.
    #[arg(long, default_value_t = defaults::DEFAULT_MAX_BODY_BYTES)]
    pub(crate) max_body_bytes: usize,
    /// Largest request body a plugin route receives (streamed to it); no limit unless given,
    /// as under uvicorn.
    #[arg(long)]
    pub(crate) max_route_body_bytes: Option<usize>,
    /// Largest /ws frame accepted (bigger ones close the socket with 1009).
    #[arg(long, default_value_t = defaults::DEFAULT_MAX_FRAME_BYTES)]
    pub(crate) max_frame_bytes: usize,
    /// Seconds a plugin route may take to start its response before it gets 504 (and is cancelled).
    #[arg(long, default_value_t = defaults::DEFAULT_REQUEST_TIMEOUT_SECS)]
    pub(crate) request_timeout: u64,
    /// Seconds a plugin agent tool may run when it sets no `timeout` of its own.
    #[arg(long, default_value_t = defaults::DEFAULT_TOOL_TIMEOUT_SECS)]
    pub(crate) tool_timeout: u64,
    /// Seconds in-flight requests get to finish at shutdown.
    #[arg(long, default_value_t = defaults::DEFAULT_GRACE_SECS)]
    pub(crate) grace_seconds: u64,
    /// Dev mode: watch each plugin's files and reload the plugin that changed (and rescan when
    /// a plugin is added or a package installed).
    #[arg(long)]
    pub(crate) reload: bool,
    /// Refuse plugin reload, enable, disable and rescan requests (403), for locked-down hosts.
    #[arg(long)]
    pub(crate) locked: bool,
}
