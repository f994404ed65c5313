//! Request validation for the settings and workspaces endpoints, answered as `FastAPI` answers
//! upstream's routes: 422 with `{"detail": [{type, loc, msg, input, ctx?}, ...]}`, path errors
//! before body errors, and a JSON syntax error alone (`json_invalid`, as `FastAPI` raises it
//! before validating anything else).
use crate::reply::json_response;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::{json, Map, Value};

/// One validation error, `FastAPI`'s shape.
pub(crate) type Problem = Value;

/// The 422 response for `problems`.
pub(crate) fn unprocessable(problems: &[Problem]) -> Response {
    json_response(StatusCode::UNPROCESSABLE_ENTITY, &json!({"detail": problems}))
}

/// A path parameter that must match `pattern` (and, ours, be at most `max` characters).
pub(crate) fn path_param(name: &str, value: &str, pattern: &str, matches: bool, max: usize) -> Option<Problem> {
    if !matches {
        return Some(json!({
            "type": "string_pattern_mismatch", "loc": ["path", name],
            "msg": format!("String should match pattern '{pattern}'"), "input": value, "ctx": {"pattern": pattern},
        }));
    }
    (value.chars().count() > max).then(|| {
        json!({
            "type": "string_too_long", "loc": ["path", name],
            "msg": format!("String should have at most {max} characters"), "input": value, "ctx": {"max_length": max},
        })
    })
}

/// What a request body parsed to before model validation.
pub(crate) enum Body {
    /// No body at all (`FastAPI`: the required body is missing).
    Missing,
    /// A JSON body.
    Json(Value),
    /// A body that is not declared as JSON: validated as a string, as `FastAPI` validates bytes.
    Other(String),
}

/// Reads a body as `FastAPI` does: only `application/json` or `application/*+json` bodies are
/// parsed; a syntax error there is the whole answer (`Err`, a 422 `json_invalid`).
#[allow(clippy::result_large_err)] // the error is the response, sent at once
pub(crate) fn parse_body(headers: &HeaderMap, bytes: &[u8]) -> Result<Body, Response> {
    if bytes.is_empty() {
        return Ok(Body::Missing);
    }
    let is_json = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|ct| {
        let essence = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        essence
            .split_once('/')
            .is_some_and(|(main, sub)| main == "application" && (sub == "json" || sub.ends_with("+json")))
    });
    if !is_json {
        return Ok(Body::Other(String::from_utf8_lossy(bytes).into_owned()));
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(crate::reply::detail(StatusCode::BAD_REQUEST, "There was an error parsing the body"));
    };
    match serde_json::from_str::<Value>(text) {
        Ok(v) => Ok(Body::Json(v)),
        Err(e) => {
            let (message, pos) = python_json_error(text, &e);
            Err(unprocessable(&[json!({
                "type": "json_invalid", "loc": ["body", pos], "msg": "JSON decode error",
                "input": {}, "ctx": {"error": message},
            })]))
        }
    }
}

/// The body as a JSON object (a model), or the problem `FastAPI` reports.
pub(crate) fn model(body: Body) -> Result<Map<String, Value>, Problem> {
    let input = match body {
        Body::Missing => {
            return Err(json!({"type": "missing", "loc": ["body"], "msg": "Field required", "input": null}))
        }
        Body::Json(Value::Object(m)) => return Ok(m),
        Body::Json(other) => other,
        Body::Other(text) => Value::String(text),
    };
    Err(json!({
        "type": "model_attributes_type", "loc": ["body"],
        "msg": "Input should be a valid dictionary or object to extract fields from", "input": input,
    }))
}

/// A required field of the body model (any JSON value).
pub(crate) fn required(obj: &Map<String, Value>, field: &str) -> Result<Value, Problem> {
    obj.get(field).cloned().ok_or_else(|| {
        json!({"type": "missing", "loc": ["body", field], "msg": "Field required", "input": Value::Object(obj.clone())})
    })
}

/// A field typed `str`.
pub(crate) fn string_field(field: &str, v: &Value) -> Result<String, Problem> {
    match v {
        Value::String(s) => Ok(s.clone()),
        other => Err(json!({
            "type": "string_type", "loc": ["body", field], "msg": "Input should be a valid string", "input": other,
        })),
    }
}

/// A field typed `dict[str, Any] | None`.
pub(crate) fn dict_or_null(field: &str, v: &Value) -> Result<Value, Problem> {
    if v.is_object() || v.is_null() {
        Ok(v.clone())
    } else {
        Err(
            json!({"type": "dict_type", "loc": ["body", field], "msg": "Input should be a valid dictionary", "input": v}),
        )
    }
}

/// Python's `json` message and position (in characters) for a syntax error, as `FastAPI`
/// reports them in `ctx.error` and `loc`. Derived from `serde_json`'s error: the common cases
/// match Python exactly, rarer ones say the nearest thing.
fn python_json_error(text: &str, e: &serde_json::Error) -> (&'static str, usize) {
    let m = e.to_string();
    let len = text.chars().count();
    if m.starts_with("EOF while parsing an object") || m.starts_with("EOF while parsing a list") {
        let last = text.trim_end().chars().last();
        let object = m.contains("object");
        let message = match last {
            Some('{' | ',') if object => "Expecting property name enclosed in double quotes",
            Some('[' | ',' | ':') => "Expecting value",
            _ => "Expecting ',' delimiter",
        };
        return (message, len);
    }
    if m.starts_with("EOF while parsing a value") {
        return ("Expecting value", len);
    }
    let mut pos = serde_position(text, e);
    let message = if m.starts_with("key must be a string") {
        "Expecting property name enclosed in double quotes"
    } else if m.starts_with("expected `:`") {
        "Expecting ':' delimiter"
    } else if m.starts_with("expected `,`") {
        "Expecting ',' delimiter"
    } else if m.starts_with("trailing characters") {
        "Extra data"
    } else if m.starts_with("EOF while parsing a string") {
        "Unterminated string starting at"
    } else if m.starts_with("control character") {
        "Invalid control character at"
    } else if m.starts_with("invalid escape") || m.starts_with("invalid unicode") {
        "Invalid \\escape"
    } else {
        // Python points at the start of the token it could not read (`nope` at `n`).
        let chars: Vec<char> = text.chars().collect();
        while pos > 0 && chars.get(pos - 1).is_some_and(|c| c.is_alphanumeric()) {
            pos -= 1;
        }
        "Expecting value"
    };
    (message, pos.min(len))
}

/// `serde_json`'s 1-based line and column as a character offset.
fn serde_position(text: &str, e: &serde_json::Error) -> usize {
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if i + 1 == e.line() {
            return offset + line.chars().take(e.column().saturating_sub(1)).count();
        }
        offset += line.chars().count();
    }
    offset
}
