//! Plugin routes as plain specs: what `FastAPI` says a plugin's routers serve (asked of Python,
//! `horrible._host.routes`), each compiled as Starlette compiles it, and [`admit`], which judges
//! each route alone as one `FastAPI` app would: a route the host serves is left out, a method
//! and path already served is kept but shadowed (the first one wins); both are warnings, never
//! a reason to refuse the plugin. The HTTP capability builds its route table from these.
use crate::bridge::pymodule::EmbeddedModule;
use horrible_routing::CompiledPath;
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
    /// The path as Starlette's `compile_path` compiles it, with the convertors' own regexes.
    pub(crate) compiled: CompiledPath,
}

/// Compiles `path` with the regex of each parameter's convertor as Python reports it (so a
/// convertor registered with `register_url_convertor` matches what it matches there).
fn compile(path: &str, params: &[ParamSpec]) -> Result<CompiledPath, String> {
    // `compile_path` asks for a convertor's regex once per parameter, in template order, which
    // is the order of Starlette's `param_convertors` (built by the same loop).
    let next = std::cell::Cell::new(0usize);
    let custom = |_: &str| {
        let i = next.get();
        next.set(i + 1);
        params.get(i).map(|p| p.regex.clone())
    };
    horrible_routing::compile_path(path, &custom).map_err(|e| e.to_string())
}

/// The one `FastAPI` app every plugin route sees as `request.app`.
pub(crate) fn host_app(py: Python<'_>) -> PyResult<Py<PyAny>> {
    Ok(ROUTES_PY.func(py, "host_app")?.call0()?.unbind())
}

/// Makes the host app's routes those of the given private apps (the plugins served, in order).
pub(crate) fn set_host_routes(py: Python<'_>, apps: Vec<Py<PyAny>>) -> PyResult<()> {
    ROUTES_PY.func(py, "set_host_routes")?.call1((apps,))?;
    Ok(())
}

/// Asks `FastAPI` for a plugin's effective routes, in declaration order, and the private app
/// its routers were included into. A route whose path cannot be compiled in Rust is left out
/// with a warning (in `warnings`).
pub(crate) fn enumerate(
    py: Python<'_>,
    plugin: &str,
    routers: &[(Py<PyAny>, String)],
    warnings: &mut Vec<String>,
) -> PyResult<(Vec<RouteSpec>, Option<Py<PyAny>>)> {
    if routers.is_empty() {
        return Ok((Vec::new(), None));
    }
    let pairs: Vec<(Py<PyAny>, String)> = routers.iter().map(|(r, p)| (r.clone_ref(py), p.clone())).collect();
    let (raw, app): (Bound<'_, PyAny>, Py<PyAny>) =
        ROUTES_PY.func(py, "enumerate_routes_and_app")?.call1((plugin, pairs))?.extract()?;
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
        let params: Vec<ParamSpec> =
            params.into_iter().map(|(name, convertor, regex)| ParamSpec { name, convertor, regex }).collect();
        let compiled = match compile(&path, &params) {
            Ok(c) => c,
            Err(e) => {
                warnings.push(format!("route {} {path} is not served: {e}", methods.join(",")));
                continue;
            }
        };
        out.push(RouteSpec {
            plugin: plugin.to_string(),
            path,
            methods,
            params,
            handle,
            scope_extras,
            fastapi_scope,
            route,
            compiled,
        });
    }
    Ok((out, Some(app)))
}

/// `/items/{id}/{n:int}/{rest:path}` -> `/items/{p0}/{p1:int}/{*p2}`: parameters renamed by
/// position (convertor kept), so two routes that differ only in parameter names are recognized
/// as the same path. Also reads the host's axum paths (`{key}`, `{*rest}`).
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
            let _ = write!(out, "{{*p{i}}}");
        } else if conv == "str" {
            let _ = write!(out, "{{p{i}}}");
        } else {
            let _ = write!(out, "{{p{i}:{conv}}}");
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

/// Judges each of a plugin's routes alone against the host's paths and the routes already
/// loaded, as one `FastAPI` app with the host's routes first would serve them: a route on a
/// path the host serves is left out; a method and path some earlier route already serves is
/// kept (it may serve other methods; Starlette tries it only after the earlier one) but
/// shadowed. Returns the routes to add and one warning for each route left out or shadowed.
pub(crate) fn admit(
    plugin: &str,
    new: Vec<std::sync::Arc<RouteSpec>>,
    loaded: &[std::sync::Arc<RouteSpec>],
    reserved: &[String],
) -> (Vec<std::sync::Arc<RouteSpec>>, Vec<String>) {
    let earlier: Vec<Declared<'_>> =
        loaded.iter().map(|r| Declared { plugin: &r.plugin, path: &r.path, methods: &r.methods }).collect();
    let mine: Vec<Declared<'_>> = new.iter().map(|r| Declared { plugin, path: &r.path, methods: &r.methods }).collect();
    let (keep, warnings) = judge(&mine, &earlier, reserved);
    let kept = new.into_iter().zip(keep).filter_map(|(r, k)| k.then_some(r)).collect();
    (kept, warnings)
}

/// A route as [`judge`] sees it.
struct Declared<'a> {
    plugin: &'a str,
    path: &'a str,
    methods: &'a [String],
}

/// [`admit`]'s decision, on plain data: whether to keep each of `new`, and the warnings.
fn judge(new: &[Declared<'_>], loaded: &[Declared<'_>], reserved: &[String]) -> (Vec<bool>, Vec<String>) {
    let pattern = |r: &Declared<'_>| normalize(r.path).unwrap_or_else(|_| r.path.to_string());
    let mut seen: Vec<(String, &str, &Declared<'_>)> = Vec::new();
    for r in loaded {
        let p = pattern(r);
        seen.extend(r.methods.iter().map(|m| (p.clone(), m.as_str(), r)));
    }
    let mut keep = Vec::with_capacity(new.len());
    let mut warnings = Vec::new();
    for r in new {
        let p = pattern(r);
        if reserved.contains(&p) {
            warnings.push(format!("route {} {} is not served: the host serves that path", r.methods.join(","), r.path));
            keep.push(false);
            continue;
        }
        for m in r.methods {
            if let Some((_, _, first)) = seen.iter().find(|(sp, sm, _)| *sp == p && sm == m) {
                warnings.push(format!(
                    "route {m} {} is shadowed by {m} {} of plugin {:?}, declared first",
                    r.path, first.path, first.plugin
                ));
            }
        }
        seen.extend(r.methods.iter().map(|m| (p.clone(), m.as_str(), r)));
        keep.push(true);
    }
    (keep, warnings)
}

#[cfg(test)]
mod tests {
    use super::{compile, judge, normalize, Declared, ParamSpec};

    fn m(v: &[&str]) -> Vec<String> {
        v.iter().map(std::string::ToString::to_string).collect()
    }

    #[test]
    fn judges_each_route_alone() {
        let (get, post, both) = (m(&["GET"]), m(&["POST"]), m(&["GET", "POST"]));
        let loaded = [Declared { plugin: "a", path: "/api/s/{id}", methods: &get }];
        let new = [
            Declared { plugin: "b", path: "/api/s/{key}", methods: &both }, // GET shadowed, POST served
            Declared { plugin: "b", path: "/api/s/{n:int}", methods: &get }, // another convertor: its own path
            Declared { plugin: "b", path: "/api/health", methods: &post },  // the host's path
            Declared { plugin: "b", path: "/api/s/{key}", methods: &post }, // b's own POST again
        ];
        let (keep, warnings) = judge(&new, &loaded, &["/api/health".to_string()]);
        assert_eq!(keep, [true, true, false, true]);
        assert_eq!(
            warnings,
            [
                r#"route GET /api/s/{key} is shadowed by GET /api/s/{id} of plugin "a", declared first"#,
                "route POST /api/health is not served: the host serves that path",
                r#"route POST /api/s/{key} is shadowed by POST /api/s/{key} of plugin "b", declared first"#,
            ]
        );
    }

    #[test]
    fn compiles_with_the_convertors_regexes() {
        let p = |name: &str, regex: &str| ParamSpec { name: name.into(), convertor: None, regex: regex.into() };
        let c = compile("/h/{h:hex}/{n:int}", &[p("h", "[0-9a-f]+"), p("n", "-?[0-9]+")]).unwrap();
        assert_eq!(c.captures("/h/ff/-3").unwrap(), [("h".into(), "ff".into()), ("n".into(), "-3".into())]);
        assert!(c.captures("/h/zz/1").is_none());
        assert!(compile("/x/{a:look}", &[p("a", "(?=a)a")]).is_err());
    }

    #[test]
    fn normalizes_params_by_position() {
        assert_eq!(normalize("/a/{id}/b/{x:int}").unwrap(), "/a/{p0}/b/{p1:int}");
        assert_eq!(normalize("/a/{id:str}").unwrap(), normalize("/a/{key}").unwrap());
        assert_eq!(normalize("/f/{rest:path}").unwrap(), "/f/{*p0}");
        assert_eq!(normalize("/assets/{*path}").unwrap(), "/assets/{*p0}");
        assert_eq!(normalize("/f/{rest:path}/x").unwrap(), "/f/{*p0}/x");
        assert_eq!(normalize("").unwrap(), "/");
    }
}
