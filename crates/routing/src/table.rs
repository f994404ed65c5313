//! The route table: Starlette's declaration-order matching over one `RegexSet`.

use crate::compile::{compile_path, CompiledPath, RouteError};
use regex::RegexSet;
use std::sync::OnceLock;

struct Route<T> {
    path: CompiledPath,
    methods: Vec<String>,
    payload: T,
}

/// The outcome of [`RouteTable::lookup`].
#[derive(Debug, PartialEq)]
pub enum Match<'a, T> {
    /// The first route, in declaration order, whose path and method both match.
    Found {
        route: &'a T,
        index: usize,
        params: Vec<(String, String)>,
    },
    /// Some route's path matched but none took the method: 405 with the methods of the
    /// first such route (Starlette's "partial" match).
    MethodNotAllowed {
        allow: &'a [String],
    },
    NotFound,
}

/// Routes in declaration order, matched as Starlette's `Router` matches them.
pub struct RouteTable<T> {
    routes: Vec<Route<T>>,
    /// All route regexes in one set, so one pass over the path finds every candidate. Built
    /// on first lookup after a push (pushing is done at load time, lookups per request);
    /// `None` if the set is over the regex size limit, and lookups then test routes one by one.
    set: OnceLock<Option<RegexSet>>,
}

impl<T> Default for RouteTable<T> {
    fn default() -> Self {
        RouteTable { routes: Vec::new(), set: OnceLock::new() }
    }
}

impl<T> RouteTable<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a route with built-in convertors only; returns its index. `methods` are
    /// compared exactly (Starlette upper-cases them when the route is made; `FastAPI` adds
    /// no `HEAD` for `GET`, plain Starlette `Route` does: that is the caller's choice).
    /// No methods means every method, like Starlette's `methods=None`. The same path and
    /// method twice is allowed: both are kept and the first wins.
    pub fn push(&mut self, template: &str, methods: Vec<String>, payload: T) -> Result<usize, RouteError> {
        let path = compile_path(template, &|_| None)?;
        Ok(self.push_compiled(path, methods, payload))
    }

    /// Adds a route compiled by the caller (e.g. with custom convertors); returns its index.
    pub fn push_compiled(&mut self, path: CompiledPath, methods: Vec<String>, payload: T) -> usize {
        self.routes.push(Route { path, methods, payload });
        self.set = OnceLock::new();
        self.routes.len() - 1
    }

    pub fn len(&self) -> usize {
        self.routes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    /// The payload of route `index`.
    pub fn get(&self, index: usize) -> Option<&T> {
        self.routes.get(index).map(|r| &r.payload)
    }

    /// The compiled path of route `index`.
    pub fn path(&self, index: usize) -> Option<&CompiledPath> {
        self.routes.get(index).map(|r| &r.path)
    }

    fn set(&self) -> Option<&RegexSet> {
        self.set.get_or_init(|| RegexSet::new(self.routes.iter().map(|r| r.path.as_str())).ok()).as_ref()
    }

    /// Indexes of the routes whose path matches, ascending (= declaration order).
    fn candidates<'s>(&'s self, path: &'s str) -> Box<dyn Iterator<Item = usize> + 's> {
        match self.set() {
            Some(set) => Box::new(set.matches(path).into_iter()),
            None => Box::new((0..self.routes.len()).filter(move |&i| self.routes[i].path.regex.is_match(path))),
        }
    }

    /// Routes `method path` (path percent-decoded by the caller, query string removed).
    /// Parameter values are the matched strings; converting them (`int(...)`, custom
    /// convertors' `convert`) is the caller's job.
    pub fn lookup(&self, method: &str, path: &str) -> Match<'_, T> {
        let mut partial: Option<usize> = None;
        for i in self.candidates(path) {
            let r = &self.routes[i];
            if r.methods.is_empty() || r.methods.iter().any(|m| m == method) {
                // The set said this regex matches, so captures cannot fail.
                let params = r.path.captures(path).unwrap_or_default();
                return Match::Found { route: &r.payload, index: i, params };
            }
            partial.get_or_insert(i);
        }
        match partial {
            Some(i) => Match::MethodNotAllowed { allow: &self.routes[i].methods },
            None => Match::NotFound,
        }
    }

    /// Whether any route's path matches, whatever the method: Starlette's test for the
    /// trailing-slash redirect (the caller toggles the slash and asks this).
    pub fn matches_any_method(&self, path: &str) -> bool {
        match self.set() {
            Some(set) => set.is_match(path),
            None => self.routes.iter().any(|r| r.path.regex.is_match(path)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(v: &[&str]) -> Vec<String> {
        v.iter().map(std::string::ToString::to_string).collect()
    }

    fn found<T: Copy>(r: Match<'_, T>) -> (T, Vec<(String, String)>) {
        match r {
            Match::Found { route, params, .. } => (*route, params),
            _ => panic!("not found"),
        }
    }

    #[test]
    fn declaration_order_wins() {
        let mut t = RouteTable::new();
        t.push("/users/{id}", m(&["GET"]), "id").unwrap();
        t.push("/users/me", m(&["GET"]), "me").unwrap();
        assert_eq!(found(t.lookup("GET", "/users/me")), ("id", vec![("id".into(), "me".into())]));
    }

    #[test]
    fn full_match_later_beats_partial_earlier() {
        let mut t = RouteTable::new();
        t.push("/items/special", m(&["POST"]), "special").unwrap();
        t.push("/items/{id}", m(&["GET"]), "id").unwrap();
        assert_eq!(found(t.lookup("GET", "/items/special")).0, "id");
        assert_eq!(found(t.lookup("POST", "/items/special")).0, "special");
        // And the other order from the brief: GET {id} first, POST special second.
        let mut t = RouteTable::new();
        t.push("/items/{id}", m(&["GET"]), "id").unwrap();
        t.push("/items/special", m(&["POST"]), "special").unwrap();
        assert_eq!(found(t.lookup("GET", "/items/special")).0, "id");
        assert_eq!(found(t.lookup("POST", "/items/special")).0, "special");
        assert_eq!(t.lookup("DELETE", "/items/special"), Match::MethodNotAllowed { allow: &m(&["GET"])[..] });
    }

    #[test]
    fn allow_comes_from_first_partial_route() {
        let mut t = RouteTable::new();
        t.push("/x/{id:int}", m(&["PUT", "PATCH"]), 0).unwrap();
        t.push("/x/{id}", m(&["POST"]), 1).unwrap();
        assert_eq!(t.lookup("GET", "/x/1"), Match::MethodNotAllowed { allow: &m(&["PUT", "PATCH"])[..] });
        assert_eq!(t.lookup("GET", "/x/a"), Match::MethodNotAllowed { allow: &m(&["POST"])[..] });
        assert_eq!(t.lookup("GET", "/y"), Match::NotFound);
    }

    #[test]
    fn duplicates_kept_first_wins() {
        let mut t = RouteTable::new();
        assert_eq!(t.push("/d", m(&["GET"]), "a").unwrap(), 0);
        assert_eq!(t.push("/d", m(&["GET"]), "b").unwrap(), 1);
        assert_eq!(t.len(), 2);
        assert!(matches!(t.lookup("GET", "/d"), Match::Found { route: &"a", index: 0, .. }));
    }

    #[test]
    fn no_methods_means_any() {
        let mut t = RouteTable::new();
        t.push("/any", vec![], 0).unwrap();
        assert_eq!(found(t.lookup("BREW", "/any")).0, 0);
    }

    #[test]
    fn lookups_see_later_pushes() {
        let mut t = RouteTable::new();
        t.push("/a", m(&["GET"]), 0).unwrap();
        assert_eq!(t.lookup("GET", "/b"), Match::NotFound);
        t.push("/b", m(&["GET"]), 1).unwrap();
        assert_eq!(found(t.lookup("GET", "/b")).0, 1);
        assert!(t.matches_any_method("/a") && !t.matches_any_method("/a/"));
    }

    #[test]
    fn many_routes() {
        let mut t = RouteTable::new();
        for i in 0..200 {
            t.push(&format!("/r{i}/{{id:int}}/{{rest:path}}"), m(&["GET"]), i).unwrap();
        }
        let (i, params) = found(t.lookup("GET", "/r150/7/a/b"));
        assert_eq!(i, 150);
        assert_eq!(params, vec![("id".into(), "7".into()), ("rest".into(), "a/b".into())]);
    }
}
