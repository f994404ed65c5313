//! Path templates to regexes, as `starlette.routing.compile_path` builds them.

use regex::Regex;
use std::fmt;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// Regex of each built-in Starlette convertor (`starlette.convertors.CONVERTOR_TYPES`,
/// starlette 1.10.0; its uuid regex allows the dashes to be left out).
pub fn builtin_convertor(name: &str) -> Option<&'static str> {
    Some(match name {
        "str" => "[^/]+",
        "path" => ".*",
        "int" => "[0-9]+",
        "float" => r"[0-9]+(\.[0-9]+)?",
        "uuid" => "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}",
        _ => return None,
    })
}

/// A template that cannot be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RouteError {
    /// `{name:conv}` with a convertor that is neither built in nor supplied by the caller.
    UnknownConvertor { template: String, convertor: String },
    /// The same parameter name twice (names sorted, each once).
    DuplicateParams { template: String, names: Vec<String> },
    /// The assembled regex does not compile in Rust: a custom convertor regex using syntax
    /// Rust's `regex` lacks (look-around, backreferences), or a regex over the size limit.
    BadRegex { template: String, error: String },
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The first two are Starlette's own messages, so errors read the same as under uvicorn.
        match self {
            RouteError::UnknownConvertor { convertor, .. } => write!(f, "Unknown path convertor '{convertor}'"),
            RouteError::DuplicateParams { template, names } => {
                let s = if names.len() > 1 { "s" } else { "" };
                write!(f, "Duplicated param name{s} {} at path {template}", names.join(", "))
            }
            RouteError::BadRegex { template, error } => write!(f, "path {template} does not compile: {error}"),
        }
    }
}

impl std::error::Error for RouteError {}

/// One path parameter: its name and convertor name (`"str"` when none was written).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub convertor: String,
}

/// A compiled template: the anchored regex and its parameters in template order.
#[derive(Debug, Clone)]
pub struct CompiledPath {
    /// `^...$` in Starlette's terms; see [`compile_path`] for how `$` is spelled.
    pub regex: Regex,
    pub params: Vec<Param>,
    /// Capture group index of each entry of `params`, looked up once here so matching
    /// does not search group names.
    pub(crate) groups: Vec<usize>,
}

impl CompiledPath {
    /// The regex source, e.g. `^/users/(?P<id>[0-9]+)\n?\z`.
    pub fn as_str(&self) -> &str {
        self.regex.as_str()
    }

    /// Parameter values of `path`, as matched strings, or `None` when the path does not match.
    pub fn captures(&self, path: &str) -> Option<Vec<(String, String)>> {
        if self.params.is_empty() {
            return self.regex.is_match(path).then(Vec::new);
        }
        let caps = self.regex.captures(path)?;
        Some(
            self.params
                .iter()
                .zip(&self.groups)
                // A parameter's group is never optional, so it took part in any match.
                .map(|(p, &g)| (p.name.clone(), caps.get(g).map_or("", |m| m.as_str()).to_string()))
                .collect(),
        )
    }
}

/// Starlette's `PARAM_REGEX`.
fn param_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\{([a-zA-Z_][a-zA-Z0-9_]*)(:[a-zA-Z_][a-zA-Z0-9_]*)?\}").expect("static regex"))
}

/// Compiles a route template the way `starlette.routing.compile_path` does for paths.
///
/// - `{name}` / `{name:conv}` anywhere in the template (mid-segment, `{p:path}` in the
///   middle); anything else, malformed braces included, is literal text, regex-escaped;
/// - `custom(conv)` is asked first, so a convertor registered in Python under a built-in
///   name wins as it does in Starlette; then the built-ins ([`builtin_convertor`]);
/// - unknown convertors, then duplicate names, are errors, in Starlette's order;
/// - the template is always treated as a path (Starlette's host mode, for templates not
///   starting with `/`, is not supported: routes always start with `/`).
///
/// Python's `$` also matches before one final `\n`, so Starlette's `^...$` is written
/// `^...\n?\z` here: `/users/1\n` (from `%0A`) matches `{id:int}` with `id = "1"` there too.
/// Matching takes the *decoded* path (`scope["path"]` minus `root_path`): percent-decoding
/// is the caller's job.
pub fn compile_path(template: &str, custom: &dyn Fn(&str) -> Option<String>) -> Result<CompiledPath, RouteError> {
    let mut source = String::with_capacity(template.len() * 2 + 8);
    source.push('^');
    let mut params: Vec<Param> = Vec::new();
    let mut duplicated: Vec<String> = Vec::new();
    let mut idx = 0;
    for caps in param_regex().captures_iter(template) {
        let whole = caps.get(0).expect("group 0");
        let name = &caps[1];
        let convertor = caps.get(2).map_or("str", |c| &c.as_str()[1..]);
        let regex = match custom(convertor) {
            Some(r) => r,
            None => builtin_convertor(convertor)
                .ok_or_else(|| RouteError::UnknownConvertor {
                    template: template.to_string(),
                    convertor: convertor.to_string(),
                })?
                .to_string(),
        };
        source.push_str(&regex::escape(&template[idx..whole.start()]));
        let _ = write!(source, "(?P<{name}>{regex})");
        if params.iter().any(|p| p.name == name) && !duplicated.iter().any(|d| d == name) {
            duplicated.push(name.to_string());
        }
        params.push(Param { name: name.to_string(), convertor: convertor.to_string() });
        idx = whole.end();
    }
    if !duplicated.is_empty() {
        duplicated.sort();
        return Err(RouteError::DuplicateParams { template: template.to_string(), names: duplicated });
    }
    source.push_str(&regex::escape(&template[idx..]));
    source.push_str("\\n?\\z");
    let regex = Regex::new(&source)
        .map_err(|e| RouteError::BadRegex { template: template.to_string(), error: e.to_string() })?;
    let names: Vec<Option<&str>> = regex.capture_names().collect();
    let groups = params
        .iter()
        .map(|p| names.iter().position(|n| *n == Some(p.name.as_str())).expect("every param is a named group"))
        .collect();
    Ok(CompiledPath { regex, params, groups })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<String> {
        None
    }

    fn caps(template: &str, path: &str) -> Option<Vec<(String, String)>> {
        compile_path(template, &none).unwrap().captures(path)
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn regex_source_is_starlettes() {
        let c = compile_path("/users/{id:int}/x.y", &none).unwrap();
        assert_eq!(c.as_str(), r"^/users/(?P<id>[0-9]+)/x\.y\n?\z");
        assert_eq!(c.params, vec![Param { name: "id".into(), convertor: "int".into() }]);
    }

    #[test]
    fn params_anywhere_in_a_segment() {
        assert_eq!(caps("/f/{name}.{ext}", "/f/a.b.c"), Some(pairs(&[("name", "a.b"), ("ext", "c")])));
        assert_eq!(caps("/f/{name}.{ext}", "/f/abc"), None);
        assert_eq!(caps("/v{major:int}/x", "/v12/x"), Some(pairs(&[("major", "12")])));
    }

    #[test]
    fn path_in_the_middle() {
        assert_eq!(caps("/a/{p:path}/b", "/a/x/y/b"), Some(pairs(&[("p", "x/y")])));
        assert_eq!(caps("/a/{p:path}/b", "/a//b"), Some(pairs(&[("p", "")])));
        assert_eq!(caps("/a/{p:path}/b", "/a/x/y"), None);
    }

    #[test]
    fn convertors() {
        assert_eq!(caps("/i/{n:int}", "/i/007"), Some(pairs(&[("n", "007")])));
        assert_eq!(caps("/i/{n:int}", "/i/-1"), None);
        assert_eq!(caps("/f/{x:float}", "/f/1.5"), Some(pairs(&[("x", "1.5")])));
        assert_eq!(caps("/f/{x:float}", "/f/1."), None);
        assert_eq!(caps("/f/{x:float}", "/f/.5"), None);
        let u = "/u/123e4567-e89b-12d3-a456-426614174000";
        assert_eq!(caps("/u/{id:uuid}", u), Some(pairs(&[("id", &u[3..])])));
        assert_eq!(caps("/u/{id:uuid}", "/u/123e4567e89b12d3a456426614174000").map(|v| v.len()), Some(1));
        assert_eq!(caps("/u/{id:uuid}", "/u/123e4567-e89b-12d3-a456-42661417400g"), None);
        assert_eq!(caps("/s/{s}", "/s/a/b"), None);
        assert_eq!(caps("/s/{s}", "/s/"), None);
    }

    #[test]
    fn trailing_newline_like_python() {
        assert_eq!(caps("/i/{n:int}", "/i/1\n"), Some(pairs(&[("n", "1")])));
        assert_eq!(caps("/s/{s}", "/s/a\n"), Some(pairs(&[("s", "a\n")])));
        assert_eq!(caps("/x", "/x\n"), Some(pairs(&[])));
        assert_eq!(caps("/x", "/x\n\n"), None);
    }

    #[test]
    fn malformed_braces_are_literal() {
        assert_eq!(caps("/a/{1x}", "/a/{1x}"), Some(pairs(&[])));
        assert_eq!(caps("/a/{x:}", "/a/{x:}"), Some(pairs(&[])));
        assert_eq!(caps("/a/{{x}}", "/a/{v}"), Some(pairs(&[("x", "v")])));
        assert_eq!(caps("/a/(.*)", "/a/(.*)"), Some(pairs(&[])));
        assert_eq!(caps("/a/(.*)", "/a/xyz"), None);
    }

    #[test]
    fn errors() {
        let e = compile_path("/a/{x:nope}", &none).unwrap_err();
        assert_eq!(e.to_string(), "Unknown path convertor 'nope'");
        let e = compile_path("/{b}/{a}/{b}/{a}", &none).unwrap_err();
        assert_eq!(e.to_string(), "Duplicated param names a, b at path /{b}/{a}/{b}/{a}");
        let e = compile_path("/{a}/{a:int}", &none).unwrap_err();
        assert_eq!(e.to_string(), "Duplicated param name a at path /{a}/{a:int}");
        // Unknown convertor is found first, as in Starlette's loop.
        assert!(matches!(compile_path("/{a}/{a:zz}", &none), Err(RouteError::UnknownConvertor { .. })));
    }

    #[test]
    fn custom_convertors() {
        let custom = |name: &str| match name {
            "hex" => Some("[0-9a-f]+".to_string()),
            "int" => Some("-?[0-9]+".to_string()),
            "look" => Some("(?=a)a".to_string()),
            _ => None,
        };
        let c = compile_path("/h/{h:hex}/{n:int}", &custom).unwrap();
        assert_eq!(c.captures("/h/ff/-3"), Some(pairs(&[("h", "ff"), ("n", "-3")])));
        assert!(matches!(compile_path("/{x:look}", &custom), Err(RouteError::BadRegex { .. })));
    }
}
