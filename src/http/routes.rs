//! The plugin route table: the registry's route specs compiled into one `matchit` router, so
//! requests are routed in Rust and only the matched route's own ASGI app runs in Python.
//! Built on the loop thread after each registry publication ([`build`]), read lock-free.
use crate::plugins::registry::Registry;
use crate::plugins::routes::{normalize, RouteSpec};
use parking_lot::RwLock;
use pyo3::prelude::*;
use regex::Regex;
use std::collections::HashMap;
use std::sync::Arc;

/// One plugin route, ready to be called.
pub(crate) struct HttpRoute {
    spec: Arc<RouteSpec>,
    /// Per path parameter: the convertor's regex, unless it is a plain string.
    regexes: Vec<Option<Regex>>,
    /// The fast path (`fastpath.py`'s `FastRoute`) when the route qualifies.
    pub(crate) fast: Option<super::fastpath::FastRoute>,
}

impl std::ops::Deref for HttpRoute {
    type Target = RouteSpec;
    fn deref(&self) -> &RouteSpec {
        &self.spec
    }
}

struct PathEntry {
    /// (method, index into `routes`) in registration order.
    methods: Vec<(String, usize)>,
}

/// Result of matching a request path.
pub(crate) enum Match<'a> {
    Found { route: &'a Arc<HttpRoute>, values: Vec<String> },
    MethodNotAllowed { allow: Vec<String> },
    NotFound,
}

#[derive(Default)]
pub(crate) struct RouteTable {
    matcher: matchit::Router<usize>,
    entries: Vec<PathEntry>,
    by_pattern: HashMap<String, usize>,
    routes: Vec<Arc<HttpRoute>>,
}

static CURRENT: RwLock<Option<Arc<RouteTable>>> = RwLock::new(None);

/// The table in force (empty before the first [`publish`]).
pub(crate) fn current() -> Arc<RouteTable> {
    CURRENT.read().clone().unwrap_or_default()
}

pub(crate) fn publish(table: RouteTable) -> Arc<RouteTable> {
    let table = Arc::new(table);
    *CURRENT.write() = Some(table.clone());
    table
}

/// Compiles the registry's routes (with the GIL: the fast path is prepared in Python). A route
/// that cannot be routed is logged and left out; the loader has already refused collisions.
pub(crate) fn build(py: Python<'_>, reg: &Registry) -> RouteTable {
    let mut table = RouteTable::default();
    for spec in &reg.routes {
        if let Err(e) = table.add(py, spec.clone()) {
            tracing::error!(plugin = %spec.plugin, "route {} {} cannot be routed: {e}", spec.methods.join(","), spec.path);
        }
    }
    table
}

impl RouteTable {
    fn add(&mut self, py: Python<'_>, spec: Arc<RouteSpec>) -> Result<(), String> {
        let pattern = normalize(&spec.path)?;
        let regexes = spec
            .params
            .iter()
            .map(|p| p.convertor.as_ref().and_then(|_| Regex::new(&format!("^(?:{})$", p.regex)).ok()))
            .collect();
        let fast = match super::fastpath::build(py, &spec) {
            Ok(fast) => fast,
            Err(e) => {
                tracing::debug!(plugin = %spec.plugin, "route {} takes the full path: {e}", spec.path);
                None
            }
        };
        let e = if let Some(&e) = self.by_pattern.get(&pattern) {
            e
        } else {
            self.matcher.insert(pattern.clone(), self.entries.len()).map_err(|e| e.to_string())?;
            self.by_pattern.insert(pattern, self.entries.len());
            self.entries.push(PathEntry { methods: Vec::new() });
            self.entries.len() - 1
        };
        let idx = self.routes.len();
        self.entries[e].methods.extend(spec.methods.iter().map(|m| (m.clone(), idx)));
        self.routes.push(Arc::new(HttpRoute { spec, regexes, fast }));
        Ok(())
    }

    /// Whether the route at `path` of `plugin` takes the fast path (for the plugins report).
    pub(crate) fn is_fast(&self, spec: &RouteSpec) -> bool {
        self.routes.iter().any(|r| std::ptr::eq(&raw const *r.spec, spec) && r.fast.is_some())
    }

    /// Routes a request the way Starlette would: a path match with the wrong method is a 405
    /// naming the allowed methods; no match is a 404.
    pub(crate) fn lookup(&self, method: &str, path: &str) -> Match<'_> {
        let Ok(m) = self.matcher.at(path) else { return Match::NotFound };
        let entry = &self.entries[*m.value];
        let values: Vec<String> = m.params.iter().map(|(_, v)| v.to_string()).collect();
        // A convertor whose regex rejects the value (e.g. `{id:int}` given "abc") is no match.
        let fits =
            |r: &HttpRoute| r.regexes.iter().zip(&values).all(|(re, v)| re.as_ref().is_none_or(|re| re.is_match(v)));
        let mut allow = None;
        for (m, i) in &entry.methods {
            let r = &self.routes[*i];
            if !fits(r) {
                continue;
            }
            if m == method {
                return Match::Found { route: r, values };
            }
            // Starlette answers 405 with the methods of the first route whose path matched.
            allow.get_or_insert_with(|| r.methods.clone());
        }
        match allow {
            Some(allow) => Match::MethodNotAllowed { allow },
            None => Match::NotFound,
        }
    }
}
