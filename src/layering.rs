//! The layering rule as a test: the top-level modules of `src/` form a directed acyclic graph
//! (no two import each other, directly or through others), the bridge imports nothing of the
//! crate, and nothing imports the composition root (`app`) but `main`.
//!
//! It reads the sources as text: every `crate::name` path (including inside `use crate::{..}`
//! groups) and every crate-root macro is an edge from the module the file belongs to.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Macros exported at the crate root, and the module that defines them.
const ROOT_MACROS: &[(&str, &str)] = &[("host_module", "bridge")];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`src/http/asgi.rs` -> `http`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).expect("under src");
    let first = rel.components().next().expect("non-empty").as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

/// Names after `crate::`, including each name of a `crate::{a, b::c}` group.
fn crate_refs(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let ident = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let body = &group[..group.find('}').unwrap_or(group.len())];
            out.extend(body.split(',').map(|p| ident(p.trim())).filter(|n| !n.is_empty()));
        } else {
            out.insert(ident(rest));
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = modules.iter().map(|m| (m.clone(), BTreeSet::new())).collect();
    for file in &files {
        let from = module_of(&src, file);
        let text = std::fs::read_to_string(file).expect("read source");
        let mut targets = crate_refs(&text);
        for (name, owner) in ROOT_MACROS {
            if targets.remove(*name) {
                targets.insert(owner.to_string());
            }
        }
        for to in targets {
            if to != from && modules.contains(&to) {
                edges.get_mut(&from).expect("module").insert(to);
            }
        }
    }
    edges.remove("layering");
    edges
}

/// A cycle through `start`, if any (depth-first search).
fn cycle_from(edges: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    fn walk(
        edges: &BTreeMap<String, BTreeSet<String>>,
        node: &str,
        start: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in edges.get(node).into_iter().flatten() {
            if next == start {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(edges, next, start, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![start.to_string()];
    walk(edges, start, start, &mut path, &mut BTreeSet::new()).then_some(path)
}

#[test]
fn top_level_modules_form_a_dag() {
    let edges = graph();
    assert!(edges.len() >= 10, "found too few modules: {edges:?}");
    for module in edges.keys() {
        if let Some(cycle) = cycle_from(&edges, module) {
            panic!("modules import each other: {}\nall edges: {edges:#?}", cycle.join(" -> "));
        }
    }
}

#[test]
fn bridge_is_the_bottom_and_app_the_top() {
    let edges = graph();
    assert_eq!(edges["bridge"], BTreeSet::new(), "the bridge must import nothing of the crate");
    for (module, targets) in &edges {
        if module != "main" {
            assert!(!targets.contains("app"), "{module} imports the composition root `app`");
        }
    }
    for capability in ["http", "ws", "tools", "repl", "telemetry", "settings"] {
        assert!(!edges["plugins"].contains(capability) && !edges["sdk"].contains(capability));
    }
    assert!(!edges["ws"].contains("repl") && !edges["ws"].contains("tools"), "ws must not know its channels");
}

#[test]
fn the_reader_sees_groups_and_paths() {
    let refs = crate_refs("use crate::{bridge::x, services};\nlet a = crate::ws::hub();");
    assert_eq!(refs, ["bridge", "services", "ws"].iter().map(std::string::ToString::to_string).collect());
}
