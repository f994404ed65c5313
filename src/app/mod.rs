//! The composition root: the one place that knows every layer. It starts the interpreter and
//! the shared services, puts the capabilities together (their HTTP endpoints into one router,
//! their channels into the /ws hub, their Python pieces into `backend.sdk`), runs the lifespan
//! and the CLI commands. Nothing imports it but `main`.
mod boot;
mod commands;
mod control;
mod dev_reload;
mod lifespan;
mod listing;
mod router;

use crate::cli::{Cli, Command, PluginsCommand};

/// Runs the command the user asked for; the exit code.
pub(crate) async fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        Command::Serve(args) => lifespan::serve(cli.venv, args).await,
        Command::Plugins { command: PluginsCommand::List { source, json, url } } => match url {
            Some(url) => control::list_remote(&url, json).await,
            None => commands::list(cli.venv, source, json).await,
        },
        Command::Plugins { command } => match command.control() {
            Some((action, host)) => control::run(action, host).await,
            None => unreachable!("`plugins list` is matched above"),
        },
        Command::Python { args } => commands::python(cli.venv, args).await,
    }
}
