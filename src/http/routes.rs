//! The plugin route table: the registry's route specs in one `horrible_routing::RouteTable`,
//! which answers as Starlette's router does (declaration order, the first route whose path and
//! method match; 405 only when no route matches both), so requests are routed in Rust and only
//! the matched route's own ASGI app runs in Python. Built on the loop thread after each registry
//! publication ([`build`]), read lock-free.
use crate::plugins::registry::Registry;
use crate::plugins::routes::RouteSpec;
use parking_lot::RwLock;
use pyo3::prelude::*;
use std::sync::Arc;

/// One plugin route, ready to be called.
pub(crate) struct HttpRoute {
    spec: Arc<RouteSpec>,
    /// The fast path (`fastpath.py`'s `FastRoute`) when the route qualifies.
    pub(crate) fast: Option<super::fastpath::FastRoute>,
}

impl std::ops::Deref for HttpRoute {
    type Target = RouteSpec;
    fn deref(&self) -> &RouteSpec {
        &self.spec
    }
}

/// Result of matching a request path.
pub(crate) enum Match<'a> {
    /// `values`: the path parameters' matched strings, in path order.
    Found {
        route: &'a Arc<HttpRoute>,
        values: Vec<String>,
    },
    MethodNotAllowed {
        allow: &'a [String],
    },
    NotFound,
}

#[derive(Default)]
pub(crate) struct RouteTable {
    table: horrible_routing::RouteTable<Arc<HttpRoute>>,
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

/// Builds the table from the registry's routes, in load and declaration order (with the GIL:
/// the fast path is prepared in Python). The loader has compiled every path already. A route
/// the `previous` table already served (the same spec: its plugin was not reloaded) is reused
/// as it is.
pub(crate) fn build(py: Python<'_>, reg: &Registry, previous: Option<&RouteTable>) -> RouteTable {
    let mut table = RouteTable::default();
    for spec in &reg.routes {
        let reused = previous.and_then(|p| p.find(spec));
        match reused {
            Some(route) => table.push(route),
            None => table.add(py, spec.clone()),
        }
    }
    table
}

/// The registry's listener: the table follows every publication (a reload, a late router).
pub(crate) fn rebuild(py: Python<'_>, reg: &Arc<Registry>) {
    let previous = CURRENT.read().clone();
    publish(build(py, reg, previous.as_deref()));
}

impl RouteTable {
    fn add(&mut self, py: Python<'_>, spec: Arc<RouteSpec>) {
        let fast = match super::fastpath::build(py, &spec) {
            Ok(fast) => fast,
            Err(e) => {
                tracing::debug!(plugin = %spec.plugin, "route {} takes the full path: {e}", spec.path);
                None
            }
        };
        self.push(Arc::new(HttpRoute { spec, fast }));
    }

    fn push(&mut self, route: Arc<HttpRoute>) {
        let (compiled, methods) = (route.spec.compiled.clone(), route.spec.methods.clone());
        self.table.push_compiled(compiled, methods, route);
    }

    /// The route serving exactly this spec.
    fn find(&self, spec: &Arc<RouteSpec>) -> Option<Arc<HttpRoute>> {
        (0..self.table.len()).filter_map(|i| self.table.get(i)).find(|r| Arc::ptr_eq(&r.spec, spec)).cloned()
    }

    /// Whether the route `spec` takes the fast path (for the plugins report).
    pub(crate) fn is_fast(&self, spec: &RouteSpec) -> bool {
        (0..self.table.len())
            .filter_map(|i| self.table.get(i))
            .any(|r| std::ptr::eq(&raw const *r.spec, spec) && r.fast.is_some())
    }

    /// Routes a request the way Starlette would (`path` percent-decoded).
    pub(crate) fn lookup(&self, method: &str, path: &str) -> Match<'_> {
        match self.table.lookup(method, path) {
            horrible_routing::Match::Found { route, params, .. } => {
                Match::Found { route, values: params.into_iter().map(|(_, v)| v).collect() }
            }
            horrible_routing::Match::MethodNotAllowed { allow } => Match::MethodNotAllowed { allow },
            horrible_routing::Match::NotFound => Match::NotFound,
        }
    }

    /// Whether some route's path matches `path`, whatever the method (Starlette's test for
    /// the trailing-slash redirect).
    pub(crate) fn matches_any_method(&self, path: &str) -> bool {
        self.table.matches_any_method(path)
    }
}
