//! Rendering a tool's `specifier_template` against the call's arguments.

use serde_json::{Map, Value};
use std::fmt::Write as _;

/// Renders `template` as upstream does (`re.sub(r"\{(\w+)\}", ...)`): each `{name}` whose
/// name is one or more word characters (letters, digits, `_`) becomes `str(args[name])` as
/// Python prints it ([`python_str`]); a missing or `null` argument renders as `""`. Any other
/// `{` (an empty or non-word name, no closing `}`) is copied literally.
///
/// No template, or an empty one, → `None`: the call has no specifier.
pub fn render_specifier(template: Option<&str>, args: &Map<String, Value>) -> Option<String> {
    let template = template.filter(|t| !t.is_empty())?;
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after.find(|c: char| !is_word(c)).unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('}') {
            out.push_str(&python_str(args.get(&after[..name_len])));
            rest = &after[name_len + 1..];
        } else {
            out.push('{');
            rest = after;
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
        Some(v @ (Value::Array(_) | Value::Object(_))) => python_repr(v),
    }
}

/// `repr(value)` as Python prints a JSON-decoded value (`['a', 1, None]`, `{'k': True}`).
fn python_repr(value: &Value) -> String {
    match value {
        Value::Null => "None".to_owned(),
        Value::String(s) => python_str_repr(s),
        Value::Array(items) => format!("[{}]", items.iter().map(python_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(map) => format!(
            "{{{}}}",
            map.iter()
                .map(|(k, v)| format!("{}: {}", python_str_repr(k), python_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => python_str(Some(other)),
    }
}

/// `repr(str)`: single quotes unless the text has a `'` and no `"`; backslash escapes for the
/// quote, `\\`, `\n`, `\r`, `\t` and other control characters.
fn python_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
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
        assert_eq!(render_specifier(Some(""), &Map::new()), None, "an empty template means no specifier");
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
    fn containers_like_python_repr() {
        let a = args(json!({"l": [1, "a", null, true, 1.0], "d": {"k": "it's"}}));
        assert_eq!(
            render_specifier(Some("{l}|{d}"), &a).as_deref(),
            Some(r#"[1, 'a', None, True, 1.0]|{'k': "it's"}"#)
        );
    }

    #[test]
    fn stray_braces_are_literal() {
        let a = args(json!({"x": "v"}));
        assert_eq!(render_specifier(Some("{}{x}"), &a).as_deref(), Some("{}v"));
        assert_eq!(render_specifier(Some("{{x}"), &a).as_deref(), Some("{v"));
        assert_eq!(render_specifier(Some("a{x"), &a).as_deref(), Some("a{x"));
        assert_eq!(render_specifier(Some("}{x}}"), &a).as_deref(), Some("}v}"));
        // Only `{word}` placeholders are filled (upstream's `\{(\w+)\}`).
        let a = args(json!({"a b": "no", "a-b": "no", "x.y": "no", "ü_1": "yes"}));
        assert_eq!(render_specifier(Some("{a b}{a-b}{x.y}{ü_1}"), &a).as_deref(), Some("{a b}{a-b}{x.y}yes"));
    }

    #[test]
    fn multibyte_template() {
        let a = args(json!({"p": "ü"}));
        assert_eq!(render_specifier(Some("é{p}ñ"), &a).as_deref(), Some("éüñ"));
    }
}
