//! `horrible serve --reload`: the dev mode. Watches each plugin's files and reloads just the
//! plugin that changed (its dependents follow, `plugins::control::reload`); a new plugin in a
//! plugin directory, or a package installed into or removed from site-packages (its
//! `*.dist-info`), triggers a rescan. Events are debounced: one editor save (write, rename,
//! chmod...) is one reload. Each reload logs one line: plugin, version, time, what changed.
use crate::plugins::control;
use crate::plugins::discovery::Candidate;
use crate::plugins::registry;
use notify::{RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Quiet time after the last event before acting (editors write a file in several steps).
const DEBOUNCE: Duration = Duration::from_millis(250);

/// What a batch of file events asks for.
#[derive(Debug, Default, PartialEq, Eq)]
struct Plan {
    reload: BTreeSet<String>,
    rescan: bool,
}

/// Whether an event path is an editor's or Python's by-product, not a source change.
fn ignored(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    path.components().any(|c| c.as_os_str() == "__pycache__")
        || name.ends_with(".pyc")
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.starts_with(".#")
        || name == "4913"
}

/// Starts watching; the watcher lives as long as the process.
pub(crate) fn start(plugin_dirs: Vec<PathBuf>, site_packages: Vec<PathBuf>) -> anyhow::Result<()> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<PathBuf>();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(event) = event {
            if matches!(event.kind, notify::EventKind::Access(_)) {
                return;
            }
            for p in event.paths {
                let _ = tx.send(p);
            }
        }
    })?;
    for dir in plugin_dirs.iter().filter(|d| d.is_dir()) {
        watcher.watch(dir, RecursiveMode::Recursive)?;
    }
    for dir in site_packages.iter().filter(|d| d.is_dir()) {
        watcher.watch(dir, RecursiveMode::NonRecursive)?;
    }
    tracing::info!("--reload: watching {} plugin dir(s) and site-packages for changes", plugin_dirs.len());
    tokio::spawn(async move {
        let mut watched: BTreeSet<PathBuf> = BTreeSet::new();
        loop {
            watch_installed_plugins(&mut watcher, &mut watched, &plugin_dirs).await;
            let Some(first) = rx.recv().await else { return };
            let mut paths = vec![first];
            while let Ok(Some(p)) = tokio::time::timeout(DEBOUNCE, rx.recv()).await {
                paths.push(p);
            }
            let plan = plan(&paths, &plugin_dirs, &site_packages);
            if plan.rescan {
                let answer = control::rescan().await;
                tracing::info!("--reload: rescanned: {}", answer.body);
            }
            for id in &plan.reload {
                let answer = control::reload(id).await;
                if answer.status != 200 {
                    tracing::warn!("--reload: {id} not reloaded: {}", answer.body["error"]);
                }
            }
        }
    });
    Ok(())
}

/// Maps changed paths to the plugins they belong to (the served version whose file or package
/// holds them) or to a rescan (anything else in a plugin dir, a `*.dist-info` in site-packages).
fn plan(paths: &[PathBuf], plugin_dirs: &[PathBuf], site_packages: &[PathBuf]) -> Plan {
    let reg = registry::current();
    let mut out = Plan::default();
    for path in paths.iter().filter(|p| !ignored(p)) {
        if site_packages.iter().any(|s| path.parent() == Some(s.as_path())) {
            if path.extension().is_some_and(|e| e == "dist-info") {
                out.rescan = true;
            }
            continue;
        }
        let owner = reg.versions.iter().find(|v| match &v.candidate {
            Candidate::Module { path: p, .. } => path == p || path.starts_with(p),
            Candidate::EntryPoint { .. } => v.files.iter().any(|f| path == f || f.parent().is_some_and(|d| path.starts_with(d))),
        });
        match owner {
            // Reloading a plugin reloads its dependents: no need to name them too.
            Some(v) => {
                out.reload.insert(v.id().to_string());
            }
            None if plugin_dirs.iter().any(|d| path.starts_with(d)) => out.rescan = true,
            None => {}
        }
    }
    let reloaded: Vec<String> = out.reload.iter().cloned().collect();
    out.reload.retain(|id| !reloaded.iter().any(|other| other != id && reg.dependents(other).contains(id)));
    out
}

/// Watches the package directories of entry-point plugins (their files live in site-packages,
/// which is watched only for installs).
async fn watch_installed_plugins(
    watcher: &mut notify::RecommendedWatcher,
    watched: &mut BTreeSet<PathBuf>,
    plugin_dirs: &[PathBuf],
) {
    let reg = registry::current();
    for v in &reg.versions {
        for f in &v.files {
            let Some(dir) = f.parent() else { continue };
            if plugin_dirs.iter().any(|d| dir.starts_with(d)) || !watched.insert(dir.to_path_buf()) {
                continue;
            }
            if let Err(e) = watcher.watch(dir, RecursiveMode::NonRecursive) {
                tracing::warn!("--reload: cannot watch {}: {e}", dir.display());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ignored;
    use std::path::Path;

    #[test]
    fn editor_and_bytecode_files_are_ignored() {
        for p in ["/p/__pycache__/x.cpython-311.pyc", "/p/x.py~", "/p/.x.py.swp", "/p/.#x.py", "/p/4913"] {
            assert!(ignored(Path::new(p)), "{p}");
        }
        for p in ["/p/x.py", "/p/pkg/__init__.py", "/p/data.json"] {
            assert!(!ignored(Path::new(p)), "{p}");
        }
    }
}
