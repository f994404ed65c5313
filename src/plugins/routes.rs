//! Plugin routes as plain specs: what `FastAPI` says a plugin's routers serve (asked of Python,
//! `horrible._host.routes`), and the check that no two plugins, and no plugin and the host,
//! serve the same method and path. The HTTP capability builds its route table from these.
use crate::bridge::pymodule::EmbeddedModule;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::fmt::Write as _;

static ROUTES_PY: EmbeddedModule = crate::host_module!("routes");

/// A path parameter: its name, its Starlette convertor unless it is a plain string, and the
/// convertor's regex.
pub(crate) struct ParamSpec {
    pub(crate) name: String,
    pub(crate) convertor: Option<Py<PyAny>>,
    pub(crate) regex: String,
}

/// One effective `FastAPI` route of a plugin (router prefixes applied).
pub(crate) struct RouteSpec {
    pub(crate) plugin: String,
    pub(crate) path: String,
    pub(crate) methods: Vec<String>,
    pub(crate) params: Vec<ParamSpec>,
    /// `APIRoute.handle` wrapped as `FastAPI`'s middleware would call it: the route's ASGI app.
    pub(crate) handle: Py<PyAny>,
    /// Scope entries `FastAPI`'s router would have set (app, router, route, endpoint, handlers).
    pub(crate) scope_extras: Py<PyDict>,
    /// The `fastapi` scope entry naming the effective (included) route context, if any.
    pub(crate) fastapi_scope: Option<Py<PyDict>>,
    /// The effective `APIRoute` object.
    pub(crate) route: Py<PyAny>,
}

/// Asks `FastAPI` for a plugin's effective routes, in declaration order.
pub(crate) fn enumerate(py: Python<'_>, plugin: &str, routers: &[(Py<PyAny>, String)]) -> PyResult<Vec<RouteSpec>> {
    if routers.is_empty() {
        return Ok(Vec::new());
    }
    let pairs: Vec<(Py<PyAny>, String)> = routers.iter().map(|(r, p)| (r.clone_ref(py), p.clone())).collect();
    let raw = ROUTES_PY.func(py, "enumerate_routes")?.call1((plugin, pairs))?;
    let mut out = Vec::new();
    for item in raw.try_iter()? {
        #[allow(clippy::type_complexity)]
        let (path, methods, params, handle, scope_extras, fastapi_scope, route): (
            String,
            Vec<String>,
            Vec<(String, Option<Py<PyAny>>, String)>,
            Py<PyAny>,
            Py<PyDict>,
            Option<Py<PyDict>>,
            Py<PyAny>,
        ) = item?.extract()?;
        let params = params.into_iter().map(|(name, convertor, regex)| ParamSpec { name, convertor, regex }).collect();
        out.push(RouteSpec {
            plugin: plugin.to_string(),
            path,
            methods,
            params,
            handle,
            scope_extras,
            fastapi_scope,
            route,
        });
    }
    Ok(out)
}

/// `/items/{id}/{rest:path}` -> `/items/{p0}/{*p1}`: parameters renamed by position, so two
/// routes that differ only in parameter names are recognized as the same path.
pub(crate) fn normalize(path: &str) -> Result<String, String> {
    let mut out = String::with_capacity(path.len());
    let mut i = 0;
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..].find('}').ok_or_else(|| format!("unbalanced braces in path {path:?}"))? + start;
        let inner = &rest[start + 1..end];
        let conv = inner.split_once(':').map_or("str", |(_, c)| c);
        if conv == "path" || inner.starts_with('*') {
            if end + 1 != rest.len() {
                return Err(format!("a {{name:path}} parameter must end the path {path:?}"));
            }
            let _ = write!(out, "{{*p{i}}}");
        } else {
            let _ = write!(out, "{{p{i}}}");
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

/// Checks one plugin's routes against the host's paths and the routes already loaded: a
/// collision names what is already there. All or nothing, like the rest of a registration.
pub(crate) fn check(
    plugin: &str,
    new: &[RouteSpec],
    loaded: &[std::sync::Arc<RouteSpec>],
    reserved: &[String],
) -> Result<(), String> {
    let mut seen: Vec<(String, &str, &RouteSpec)> = Vec::new();
    for r in loaded {
        let pattern = normalize(&r.path)?;
        seen.extend(r.methods.iter().map(|m| (pattern.clone(), m.as_str(), &**r)));
    }
    let before = seen.len();
    for r in new {
        let pattern = normalize(&r.path)?;
        if reserved.contains(&pattern) {
            return Err(format!("route {} {} collides with a route of the host", r.methods.join(","), r.path));
        }
        for m in &r.methods {
            if let Some((i, (_, _, other))) =
                seen.iter().enumerate().find(|(_, (p, om, _))| p == &pattern && *om == m.as_str())
            {
                return Err(if i < before {
                    format!("route {m} {} collides with {m} {} of plugin {:?}", r.path, other.path, other.plugin)
                } else {
                    format!(
                        "route {} {} is registered twice by plugin {plugin:?} ({})",
                        r.methods.join(","),
                        r.path,
                        other.path
                    )
                });
            }
        }
        seen.extend(r.methods.iter().map(|m| (pattern.clone(), m.as_str(), r)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn normalizes_params_by_position() {
        assert_eq!(normalize("/a/{id}/b/{x:int}").unwrap(), "/a/{p0}/b/{p1}");
        assert_eq!(normalize("/f/{rest:path}").unwrap(), "/f/{*p0}");
        assert_eq!(normalize("/assets/{*path}").unwrap(), "/assets/{*p0}");
        assert!(normalize("/f/{rest:path}/x").is_err());
        assert_eq!(normalize("").unwrap(), "/");
    }
}
