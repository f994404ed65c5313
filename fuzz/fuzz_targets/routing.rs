//! `horrible_routing`: `compile_path` on arbitrary templates, and `RouteTable::lookup` checked
//! against a naive one-route-at-a-time version of Starlette's loop.
//!
//! Input: lines (readable seeds, mutated well with `dicts/routing.dict`). `> METHOD PATH` is
//! a request; any other line is a route `METHODS TEMPLATE` (comma-separated, `*` = any).
//! Custom convertors: `hex`, `slug`, and `look` (look-ahead, which Rust's regex rejects).
#![no_main]

use horrible_routing::{builtin_convertor, compile_path, Match, RouteError, RouteTable};
use libfuzzer_sys::fuzz_target;
use regex::Regex;
use std::sync::OnceLock;

const MAX_LINES: usize = 24;

fn custom(name: &str) -> Option<String> {
    Some(match name {
        "hex" => "[0-9a-f]+",
        "slug" => "[a-z0-9-]+",
        "look" => "(?=a)a",
        _ => return None,
    })
    .map(str::to_string)
}

fn convertor_regex(name: &str) -> Option<String> {
    custom(name).or_else(|| builtin_convertor(name).map(str::to_string))
}

/// `^(?:convertor)\z` of every convertor a route can have (compiled once: per input it
/// would cost more than the code under test).
fn whole_value_regex(name: &str) -> &'static Regex {
    static RES: OnceLock<Vec<(&'static str, Regex)>> = OnceLock::new();
    let res = RES.get_or_init(|| {
        ["str", "path", "int", "float", "uuid", "hex", "slug"]
            .into_iter()
            .map(|n| (n, Regex::new(&format!(r"^(?:{})\z", convertor_regex(n).unwrap())).unwrap()))
            .collect()
    });
    &res.iter().find(|(n, _)| *n == name).expect("a route's convertor compiled").1
}

/// A value each convertor accepts.
fn sample(convertor: &str) -> &'static str {
    match convertor {
        "path" => "p/q",
        "int" => "7",
        "float" => "1.5",
        "uuid" => "123e4567-e89b-12d3-a456-426614174000",
        "hex" => "ff",
        "slug" => "a-b",
        _ => "a",
    }
}

/// Starlette's PARAM_REGEX, restated here to check the crate's parameter list.
fn param_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\{([a-zA-Z_][a-zA-Z0-9_]*)(:[a-zA-Z_][a-zA-Z0-9_]*)?\}").unwrap())
}

struct Ref {
    regex: Regex,
    methods: Vec<String>,
    params: Vec<(String, String)>,
}

/// Starlette's loop, one regex at a time: (found index) or (first partial index) or neither.
fn naive(routes: &[Ref], method: &str, path: &str) -> (Option<usize>, Option<usize>) {
    let mut partial = None;
    for (i, r) in routes.iter().enumerate() {
        if r.regex.is_match(path) {
            if r.methods.is_empty() || r.methods.iter().any(|m| m == method) {
                return (Some(i), partial);
            }
            partial.get_or_insert(i);
        }
    }
    (None, partial)
}

fn check_lookup(table: &RouteTable<usize>, routes: &[Ref], method: &str, path: &str) {
    let (found, partial) = naive(routes, method, path);
    match table.lookup(method, path) {
        Match::Found { route, index, params } => {
            assert_eq!((Some(index), *route), (found, index), "{method} {path:?}");
            let r = &routes[index];
            assert_eq!(params.len(), r.params.len());
            for ((name, value), (want, conv)) in params.iter().zip(&r.params) {
                assert_eq!(name, want);
                assert!(
                    whole_value_regex(conv).is_match(value),
                    "{name}={value:?} does not match its convertor {conv}"
                );
            }
        }
        Match::MethodNotAllowed { allow } => {
            assert_eq!(found, None, "{method} {path:?}");
            assert_eq!(allow, &routes[partial.expect("405 needs a partial match")].methods[..]);
        }
        Match::NotFound => assert_eq!((found, partial), (None, None), "{method} {path:?}"),
    }
    assert_eq!(table.matches_any_method(path), found.is_some() || partial.is_some());
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut table: RouteTable<usize> = RouteTable::new();
    let mut routes: Vec<Ref> = Vec::new();
    let mut requests: Vec<(String, String)> = Vec::new();
    for line in text.split('\n').take(MAX_LINES) {
        if let Some(req) = line.strip_prefix("> ") {
            let (method, path) = req.split_once(' ').unwrap_or((req, ""));
            requests.push((method.to_string(), path.to_string()));
            continue;
        }
        let (methods, template) = line.split_once(' ').unwrap_or(("*", line));
        let methods: Vec<String> =
            if methods == "*" { Vec::new() } else { methods.split(',').map(str::to_string).collect() };
        let expected: Vec<(String, String)> = param_regex()
            .captures_iter(template)
            .map(|c| (c[1].to_string(), c.get(2).map_or("str", |m| &m.as_str()[1..]).to_string()))
            .collect();
        match compile_path(template, &custom) {
            Ok(compiled) => {
                let got: Vec<_> = compiled.params.iter().map(|p| (p.name.clone(), p.convertor.clone())).collect();
                assert_eq!(got, expected, "{template:?}");
                // Filling every parameter with a value its convertor takes gives a matching path.
                let filled = param_regex()
                    .replace_all(template, |c: &regex::Captures| sample(c.get(2).map_or("str", |m| &m.as_str()[1..])));
                let caps = compiled.captures(&filled).unwrap_or_else(|| panic!("{template:?} rejects {filled:?}"));
                assert_eq!(caps.len(), expected.len());
                let index = table.push_compiled(compiled.clone(), methods.clone(), routes.len());
                assert_eq!(index, routes.len());
                routes.push(Ref { regex: compiled.regex, methods, params: expected });
                requests.push(("GET".to_string(), filled.into_owned()));
            }
            Err(RouteError::UnknownConvertor { convertor, .. }) => {
                assert!(convertor_regex(&convertor).is_none());
                assert!(expected.iter().any(|(_, c)| *c == convertor), "{template:?}");
            }
            Err(RouteError::DuplicateParams { names, .. }) => {
                assert!(!names.is_empty() && names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
                for n in &names {
                    assert!(expected.iter().filter(|(m, _)| m == n).count() >= 2, "{n} in {template:?}");
                }
            }
            Err(RouteError::BadRegex { error, .. }) => {
                let look = expected.iter().any(|(_, c)| c == "look");
                assert!(look || error.contains("size limit"), "{template:?}: {error}");
            }
        }
    }
    assert_eq!(table.len(), routes.len());
    for (method, path) in &requests {
        check_lookup(&table, &routes, method, path);
    }
});
