//! Rendering a tool's `specifier_template` against the call's arguments.

use serde_json::{Map, Value};

/// Renders `template`, replacing each `{name}` with `str(args[name])` as Python would print it.
///
/// - strings are inserted raw, integers as digits, floats as Python's `repr(float)` (`1.0`,
///   `1e-05`, `1e+16`), `true`/`false` as `True`/`False`;
/// - a missing or `null` argument renders as `""`;
/// - lists and objects render as compact JSON (Python's repr of containers is out of scope).
///
/// A `{` that does not start a `{name}` placeholder (no closing `}`, or an empty name, or a
/// nested `{`) is copied literally. No template → `None` (the call has no specifier).
pub fn render_specifier(template: Option<&str>, args: &Map<String, Value>) -> Option<String> {
    let template = template?;
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(['{', '}']) {
            Some(close) if close > 0 && after.as_bytes()[close] == b'}' => {
                let name = &after[..close];
                out.push_str(&python_str(args.get(name)));
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Some(out)
}

/// `str(value)` as Python prints the JSON-decoded value; `None`/`null` → `""`.
pub fn python_str(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(true)) => "True".to_owned(),
        Some(Value::Bool(false)) => "False".to_owned(),
        Some(Value::Number(n)) => {
            if n.is_f64() {
                python_float(n.as_f64().unwrap_or(0.0))
            } else {
                n.to_string()
            }
        }
        Some(v @ (Value::Array(_) | Value::Object(_))) => v.to_string(),
    }
}

/// `repr(float)` as `CPython` prints it: shortest round-trip digits, positional notation when
/// the decimal exponent is in `-4..16` (always with a fractional part, `1.0`), otherwise
/// scientific with a signed, at-least-two-digit exponent (`1e-05`, `1.5e+16`).
pub fn python_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let sci = format!("{f:e}"); // e.g. "1.5e-7", "-1e16", "0e0"
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..16).contains(&exp) {
        let s = format!("{f}");
        if s.contains('.') {
            s
        } else {
            format!("{s}.0")
        }
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn args(v: Value) -> Map<String, Value> {
        match v {
            Value::Object(m) => m,
            other => panic!("args: not a JSON object: {other}"),
        }
    }

    #[test]
    fn no_template_no_specifier() {
        assert_eq!(render_specifier(None, &Map::new()), None);
    }

    #[test]
    fn plain_template_is_copied() {
        assert_eq!(render_specifier(Some("fixed"), &Map::new()).as_deref(), Some("fixed"));
        assert_eq!(render_specifier(Some(""), &Map::new()).as_deref(), Some(""));
    }

    #[test]
    fn strings_inserted_raw() {
        let a = args(json!({"path": "/tmp/a b", "mode": "w"}));
        assert_eq!(render_specifier(Some("{path}:{mode}"), &a).as_deref(), Some("/tmp/a b:w"));
    }

    #[test]
    fn missing_and_null_render_empty() {
        let a = args(json!({"x": null}));
        assert_eq!(render_specifier(Some("[{x}][{y}]"), &a).as_deref(), Some("[][]"));
    }

    #[test]
    fn bools_and_numbers_like_python() {
        let a = args(json!({"t": true, "f": false, "i": 42, "n": -7, "big": 18_446_744_073_709_551_615_u64}));
        assert_eq!(
            render_specifier(Some("{t} {f} {i} {n} {big}"), &a).as_deref(),
            Some("True False 42 -7 18446744073709551615")
        );
    }

    #[test]
    fn floats_like_python_repr() {
        assert_eq!(python_float(1.0), "1.0");
        assert_eq!(python_float(1.5), "1.5");
        assert_eq!(python_float(-0.0), "-0.0");
        assert_eq!(python_float(0.0001), "0.0001");
        assert_eq!(python_float(0.00001), "1e-05");
        assert_eq!(python_float(1.5e-7), "1.5e-07");
        assert_eq!(python_float(1e15), "1000000000000000.0");
        assert_eq!(python_float(1e16), "1e+16");
        assert_eq!(python_float(1.2345e100), "1.2345e+100");
        assert_eq!(python_float(0.1 + 0.2), "0.30000000000000004");
        let a = args(json!({"x": 2.0}));
        assert_eq!(render_specifier(Some("{x}"), &a).as_deref(), Some("2.0"));
    }

    #[test]
    fn containers_as_compact_json() {
        let a = args(json!({"l": [1, "a"], "d": {"k": 1}}));
        assert_eq!(render_specifier(Some("{l}|{d}"), &a).as_deref(), Some(r#"[1,"a"]|{"k":1}"#));
    }

    #[test]
    fn stray_braces_are_literal() {
        let a = args(json!({"x": "v"}));
        assert_eq!(render_specifier(Some("{}{x}"), &a).as_deref(), Some("{}v"));
        assert_eq!(render_specifier(Some("{{x}"), &a).as_deref(), Some("{v"));
        assert_eq!(render_specifier(Some("a{x"), &a).as_deref(), Some("a{x"));
        assert_eq!(render_specifier(Some("}{x}}"), &a).as_deref(), Some("}v}"));
    }

    #[test]
    fn multibyte_template() {
        let a = args(json!({"p": "ü"}));
        assert_eq!(render_specifier(Some("é{p}ñ"), &a).as_deref(), Some("éüñ"));
    }
}
