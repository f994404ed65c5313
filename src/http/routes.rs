//! The plugin route table: FastAPI paths compiled into one `matchit` router, so requests are
//! routed in Rust and only the matched route's own ASGI app runs in Python.
use crate::bridge::pymodule::EmbeddedModule;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use regex::Regex;
use std::collections::HashMap;
use std::sync::Arc;

static ROUTES_PY: EmbeddedModule = crate::host_module!("routes");

/// A path parameter: its name and, unless it is a plain string, the Starlette convertor.
pub struct PathParam {
    pub name: String,
    pub convertor: Option<Py<PyAny>>,
    pub regex: Option<Regex>,
}

/// One FastAPI route, ready to be called.
pub struct HttpRoute {
    pub plugin: String,
    pub path: String,
    pub methods: Vec<String>,
    pub params: Vec<PathParam>,
    /// `APIRoute.handle`, the route's own ASGI entry point.
    pub handle: Py<PyAny>,
    /// Scope entries FastAPI's router would have set (app, router, route, endpoint, handlers).
    pub scope_extras: Py<PyDict>,
    /// The `fastapi` scope entry naming the effective (included) route context, if any.
    pub fastapi_scope: Option<Py<PyDict>>,
    /// The fast path (`fastpath.py`'s `FastRoute`) when the route qualifies.
    pub fast: Option<super::fastpath::FastRoute>,
}

struct PathEntry {
    /// (method, index into `routes`) in registration order.
    methods: Vec<(String, usize)>,
}

/// Result of matching a request path.
pub enum Match<'a> {
    Found { route: &'a Arc<HttpRoute>, values: Vec<String> },
    MethodNotAllowed { allow: Vec<String> },
    NotFound,
}

#[derive(Default)]
pub struct RouteTable {
    matcher: matchit::Router<usize>,
    entries: Vec<PathEntry>,
    by_pattern: HashMap<String, usize>,
    routes: Vec<Arc<HttpRoute>>,
}

/// Paths the host itself serves; a plugin route may not shadow them.
const CORE_PATTERNS: &[&str] = &[
    "/",
    "/ws",
    "/mcp",
    "/api/health",
    "/api/plugins",
    "/api/settings",
    "/api/settings/{p0}",
    "/api/telemetry/recent",
    "/api/agent/tools",
    "/api/agent/tools/{p0}/invoke",
    "/api/workspaces",
    "/api/workspaces/{p0}",
];

/// `/items/{id}/{rest:path}` -> `/items/{p0}/{*p1}`. Parameters are renamed by position (their
/// names come from the route's convertors, in the same order) so two plugins' `{id}` and
/// `{name}` at the same place do not conflict in matchit.
pub fn normalize(path: &str) -> Result<String, String> {
    let mut out = String::with_capacity(path.len());
    let mut i = 0;
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..].find('}').ok_or_else(|| format!("unbalanced braces in path {path:?}"))? + start;
        let inner = &rest[start + 1..end];
        let conv = inner.split_once(':').map_or("str", |(_, c)| c);
        if conv == "path" {
            if end + 1 != rest.len() {
                return Err(format!("a {{name:path}} parameter must end the path {path:?}"));
            }
            out.push_str(&format!("{{*p{i}}}"));
        } else {
            out.push_str(&format!("{{p{i}}}"));
        }
        i += 1;
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    if out.is_empty() {
        out.push('/');
    }
    Ok(out)
}

impl RouteTable {
    /// Adds all of one plugin's routes, or none: a collision names the plugin already there.
    pub fn try_add(&mut self, plugin: &str, routes: Vec<HttpRoute>) -> Result<(), String> {
        let mut matcher = self.matcher.clone();
        let mut staged: Vec<(String, usize, Vec<String>)> = Vec::new(); // (pattern, route offset, methods)
        let mut new_patterns: Vec<String> = Vec::new();
        for (offset, r) in routes.iter().enumerate() {
            let pattern = normalize(&r.path)?;
            if CORE_PATTERNS.contains(&pattern.as_str()) {
                return Err(format!("route {} {} collides with a route of the host", r.methods.join(","), r.path));
            }
            let clash = |methods: &[(String, usize)], table: &[Arc<HttpRoute>]| -> Option<String> {
                methods.iter().find(|(m, _)| r.methods.contains(m)).map(|(m, i)| {
                    let other = &table[*i];
                    format!("route {m} {} collides with {m} {} of plugin {:?}", r.path, other.path, other.plugin)
                })
            };
            if let Some(&e) = self.by_pattern.get(&pattern) {
                if let Some(msg) = clash(&self.entries[e].methods, &self.routes) {
                    return Err(msg);
                }
            }
            for (p, o, ms) in &staged {
                if p == &pattern && ms.iter().any(|m| r.methods.contains(m)) {
                    return Err(format!(
                        "route {} {} is registered twice by plugin {plugin:?} ({})",
                        r.methods.join(","),
                        r.path,
                        routes[*o].path
                    ));
                }
            }
            if !self.by_pattern.contains_key(&pattern) && !new_patterns.contains(&pattern) {
                matcher
                    .insert(pattern.clone(), self.entries.len() + new_patterns.len())
                    .map_err(|e| format!("route {} cannot be routed: {e}", r.path))?;
                new_patterns.push(pattern.clone());
            }
            staged.push((pattern, offset, r.methods.clone()));
        }
        // Commit.
        self.matcher = matcher;
        for p in new_patterns {
            self.by_pattern.insert(p.clone(), self.entries.len());
            self.entries.push(PathEntry { methods: Vec::new() });
        }
        for ((pattern, _, methods), route) in staged.into_iter().zip(routes) {
            let idx = self.routes.len();
            self.routes.push(Arc::new(route));
            let e = self.by_pattern[&pattern];
            self.entries[e].methods.extend(methods.into_iter().map(|m| (m, idx)));
        }
        Ok(())
    }

    /// Routes a request the way Starlette would: a path match with the wrong method is a 405
    /// naming the allowed methods; no match is a 404.
    pub fn lookup(&self, method: &str, path: &str) -> Match<'_> {
        let Ok(m) = self.matcher.at(path) else { return Match::NotFound };
        let entry = &self.entries[*m.value];
        let values: Vec<String> = m.params.iter().map(|(_, v)| v.to_string()).collect();
        // A convertor whose regex rejects the value (e.g. `{id:int}` given "abc") is no match.
        let fits =
            |r: &HttpRoute| r.params.iter().zip(&values).all(|(p, v)| p.regex.as_ref().is_none_or(|re| re.is_match(v)));
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

/// Asks Python for a plugin's effective routes and prepares them for the table.
pub fn enumerate(py: Python<'_>, plugin: &str, routers: &[(Py<PyAny>, String)]) -> PyResult<Vec<HttpRoute>> {
    if routers.is_empty() {
        return Ok(Vec::new());
    }
    let pairs: Vec<(Py<PyAny>, String)> = routers.iter().map(|(r, p)| (r.clone_ref(py), p.clone())).collect();
    let build_fast = super::fastpath::builder(py)?;
    let raw = ROUTES_PY.func(py, "enumerate_routes")?.call1((plugin, pairs, build_fast))?;
    let mut out = Vec::new();
    for item in raw.try_iter()? {
        #[allow(clippy::type_complexity)]
        let (path, methods, params, handle, extras, fastapi_scope, fast): (
            String,
            Vec<String>,
            Vec<(String, Option<Py<PyAny>>, String)>,
            Py<PyAny>,
            Py<PyDict>,
            Option<Py<PyDict>>,
            Option<Bound<'_, PyAny>>,
        ) = item?.extract()?;
        let fast = fast.map(|f| super::fastpath::FastRoute::new(&f, &extras)).transpose()?;
        let params = params
            .into_iter()
            .map(|(name, convertor, regex)| PathParam {
                name,
                regex: convertor.as_ref().and_then(|_| Regex::new(&format!("^(?:{regex})$")).ok()),
                convertor,
            })
            .collect();
        out.push(HttpRoute {
            plugin: plugin.to_string(),
            path,
            methods,
            params,
            handle,
            scope_extras: extras,
            fastapi_scope,
            fast,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn normalizes_params_by_position() {
        assert_eq!(normalize("/a/{id}/b/{x:int}").unwrap(), "/a/{p0}/b/{p1}");
        assert_eq!(normalize("/f/{rest:path}").unwrap(), "/f/{*p0}");
        assert!(normalize("/f/{rest:path}/x").is_err());
        assert_eq!(normalize("").unwrap(), "/");
    }
}
