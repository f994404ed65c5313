//! `horrible-discovery`: finding plugin candidates, without importing anything.
//!
//! The host lists what may hold a plugin before Python imports any of it: modules and
//! packages in the plugin directories (`HORRIBLE_PLUGINS_DIR`), and `horrible.plugins`
//! entry points read straight from `*.dist-info/entry_points.txt` in site-packages. This is
//! plain file and text work, kept apart from the `PyO3` binary so it is tested and fuzzed alone.

use std::path::{Path, PathBuf};

/// Something that may hold a plugin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidate {
    /// A package (`name/__init__.py`) or module (`name.py`) in a plugin directory.
    Module { dir: PathBuf, name: String, path: PathBuf },
    /// An entry point `name = module[:attr]` of the `horrible.plugins` group.
    EntryPoint { name: String, module: String, attr: Option<String>, dist: String },
}

impl Candidate {
    /// The error source named in `registry.errors`: a file path or `entry_point:<name>`.
    pub fn source(&self) -> String {
        match self {
            Candidate::Module { path, .. } => path.display().to_string(),
            Candidate::EntryPoint { name, .. } => format!("entry_point:{name}"),
        }
    }
}

/// Candidates of one directory, in sorted order; names starting with `.` or `_` are skipped.
pub fn scan_dir(dir: &Path) -> Vec<Candidate> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<_> =
        entries.filter_map(std::result::Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
        .into_iter()
        .filter(|n| !n.starts_with('.') && !n.starts_with('_'))
        .filter_map(|n| {
            let path = dir.join(&n);
            let name = if path.join("__init__.py").is_file() {
                n.clone()
            } else {
                n.strip_suffix(".py").filter(|_| path.is_file())?.to_string()
            };
            Some(Candidate::Module { dir: dir.to_path_buf(), name, path })
        })
        .collect()
}

/// `HORRIBLE_PLUGINS_DIR` split on the OS path separator, blanks skipped.
pub fn split_path_list(value: &str) -> Vec<PathBuf> {
    std::env::split_paths(value).filter(|p| !p.as_os_str().is_empty()).collect()
}

/// Entry points of the `horrible.plugins` group from every `*.dist-info/entry_points.txt`
/// directly under the given site-packages directories (sorted by distribution).
pub fn entry_points(site_packages: &[PathBuf]) -> Vec<Candidate> {
    let mut files: Vec<PathBuf> = Vec::new();
    for sp in site_packages {
        for entry in walkdir::WalkDir::new(sp).min_depth(2).max_depth(2).into_iter().filter_map(std::result::Result::ok)
        {
            let p = entry.path();
            let in_dist_info =
                p.parent().and_then(|d| d.file_name()).is_some_and(|d| d.to_string_lossy().ends_with(".dist-info"));
            if in_dist_info && p.file_name().is_some_and(|f| f == "entry_points.txt") {
                files.push(p.to_path_buf());
            }
        }
    }
    files.sort();
    files.dedup();
    files
        .iter()
        .flat_map(|f| {
            let dist = f
                .parent()
                .and_then(|d| d.file_name())
                .map(|d| d.to_string_lossy().trim_end_matches(".dist-info").to_string())
                .unwrap_or_default();
            parse_entry_points(&std::fs::read_to_string(f).unwrap_or_default(), &dist)
        })
        .collect()
}

/// Parses the `[horrible.plugins]` section of an INI-format `entry_points.txt`.
pub fn parse_entry_points(text: &str, dist: &str) -> Vec<Candidate> {
    let mut in_group = false;
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if line.starts_with('[') {
            in_group = line == "[horrible.plugins]";
            continue;
        }
        if !in_group {
            continue;
        }
        let Some((name, value)) = line.split_once('=') else { continue };
        // Drop extras: `module:attr [extra1,extra2]`.
        let value = value.split('[').next().unwrap_or("").trim();
        let (module, attr) = match value.split_once(':') {
            Some((m, a)) => (m.trim().to_string(), Some(a.trim().to_string())),
            None => (value.to_string(), None),
        };
        if !module.is_empty() {
            out.push(Candidate::EntryPoint { name: name.trim().to_string(), module, attr, dist: dist.to_string() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_group_and_ignores_others() {
        let text = "[console_scripts]\nx = a:b\n\n[horrible.plugins]\nhello = hello_plugin:PLUGIN\nbare = bare_mod\nextra = m:attr [fast]\n";
        let eps = parse_entry_points(text, "d");
        assert_eq!(eps.len(), 3);
        assert_eq!(
            eps[0],
            Candidate::EntryPoint {
                name: "hello".into(),
                module: "hello_plugin".into(),
                attr: Some("PLUGIN".into()),
                dist: "d".into()
            }
        );
        assert_eq!(
            eps[1],
            Candidate::EntryPoint { name: "bare".into(), module: "bare_mod".into(), attr: None, dist: "d".into() }
        );
        assert_eq!(
            eps[2],
            Candidate::EntryPoint {
                name: "extra".into(),
                module: "m".into(),
                attr: Some("attr".into()),
                dist: "d".into()
            }
        );
    }

    #[test]
    fn scans_sorted_and_skips_private() {
        let dir = std::env::temp_dir().join(format!("horrible-scan-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("zpkg")).unwrap();
        std::fs::write(dir.join("zpkg/__init__.py"), "").unwrap();
        std::fs::write(dir.join("amod.py"), "").unwrap();
        std::fs::write(dir.join("_private.py"), "").unwrap();
        std::fs::write(dir.join(".hidden.py"), "").unwrap();
        std::fs::create_dir_all(dir.join("notapkg")).unwrap();
        let names: Vec<_> = scan_dir(&dir)
            .into_iter()
            .map(|c| match c {
                Candidate::Module { name, .. } => name,
                Candidate::EntryPoint { .. } => unreachable!(),
            })
            .collect();
        assert_eq!(names, vec!["amod", "zpkg"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn entry_points_from_dist_info_sorted_by_dist() {
        let sp = std::env::temp_dir().join(format!("horrible-eps-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&sp);
        for (dist, text) in
            [("zeta-1.0", "[horrible.plugins]\nz = zmod:P\n"), ("alpha-2.0", "[horrible.plugins]\na = amod\n")]
        {
            std::fs::create_dir_all(sp.join(format!("{dist}.dist-info"))).unwrap();
            std::fs::write(sp.join(format!("{dist}.dist-info/entry_points.txt")), text).unwrap();
        }
        // Not a dist-info directory, and a file too deep: both ignored.
        std::fs::create_dir_all(sp.join("pkg/deeper.dist-info")).unwrap();
        std::fs::write(sp.join("pkg/entry_points.txt"), "[horrible.plugins]\nx = x\n").unwrap();
        std::fs::write(sp.join("pkg/deeper.dist-info/entry_points.txt"), "[horrible.plugins]\ny = y\n").unwrap();
        let got = entry_points(&[sp.clone(), sp.clone(), sp.join("missing")]);
        let names: Vec<_> = got
            .iter()
            .map(|c| match c {
                Candidate::EntryPoint { name, dist, .. } => format!("{dist}:{name}"),
                Candidate::Module { .. } => unreachable!(),
            })
            .collect();
        assert_eq!(names, vec!["alpha-2.0:a", "zeta-1.0:z"]);
        assert_eq!(got[0].source(), "entry_point:a");
        std::fs::remove_dir_all(&sp).unwrap();
    }

    #[test]
    fn splits_path_lists() {
        assert_eq!(split_path_list("/a::/b:"), vec![PathBuf::from("/a"), PathBuf::from("/b")]);
    }
}
