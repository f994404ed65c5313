//! Checks tool arguments against the tool's JSON schema before the handler runs.
use serde_json::{Map, Value};

/// `Err` names the bad field, e.g. `argument "text": expected string, got number`.
pub(crate) fn validate(properties: &Value, required: &[String], args: &Map<String, Value>) -> Result<(), String> {
    for r in required {
        if args.get(r).is_none_or(Value::is_null) {
            return Err(format!("missing required argument {r:?}"));
        }
    }
    let Some(props) = properties.as_object() else { return Ok(()) };
    for (name, value) in args {
        if let Some(schema) = props.get(name) {
            check(schema, value).map_err(|e| format!("argument {name:?}: {e}"))?;
        }
    }
    Ok(())
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_type(v: &Value, ty: &str) -> bool {
    match ty {
        "number" => v.is_number(),
        "integer" => v.as_f64().is_some_and(|f| f.fract() == 0.0),
        other => type_name(v) == other,
    }
}

fn check(schema: &Value, value: &Value) -> Result<(), String> {
    match schema.get("type") {
        Some(Value::String(ty)) if !is_type(value, ty) => {
            return Err(format!("expected {ty}, got {}", type_name(value)))
        }
        Some(Value::Array(tys)) if !tys.iter().filter_map(Value::as_str).any(|t| is_type(value, t)) => {
            return Err(format!("expected one of {}, got {}", Value::Array(tys.clone()), type_name(value)))
        }
        _ => {}
    }
    if let Some(Value::Array(options)) = schema.get("enum") {
        if !options.contains(value) {
            return Err(format!("must be one of {}", Value::Array(options.clone())));
        }
    }
    if let (Some(items), Value::Array(vs)) = (schema.get("items"), value) {
        for (i, v) in vs.iter().enumerate() {
            check(items, v).map_err(|e| format!("item {i}: {e}"))?;
        }
    }
    if let (Some(Value::Object(props)), Value::Object(obj)) = (schema.get("properties"), value) {
        let required: Vec<String> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(|s| s.as_str().map(String::from)).collect())
            .unwrap_or_default();
        validate(&Value::Object(props.clone()), &required, obj)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn validates() {
        let props = json!({"text": {"type": "string"}, "n": {"type": "integer"}, "mode": {"enum": ["a", "b"]}, "tags": {"type": "array", "items": {"type": "string"}}});
        let req = vec!["text".to_string()];
        let ok = json!({"text": "hi", "n": 3, "mode": "a", "tags": ["x"]});
        assert!(validate(&props, &req, ok.as_object().unwrap()).is_ok());
        let e = validate(&props, &req, json!({}).as_object().unwrap()).unwrap_err();
        assert!(e.contains("\"text\""), "{e}");
        let e = validate(&props, &req, json!({"text": 5}).as_object().unwrap()).unwrap_err();
        assert_eq!(e, "argument \"text\": expected string, got integer");
        assert!(validate(&props, &req, json!({"text": "x", "n": 1.5}).as_object().unwrap()).is_err());
        assert!(validate(&props, &req, json!({"text": "x", "mode": "c"}).as_object().unwrap()).is_err());
        assert!(validate(&props, &req, json!({"text": "x", "tags": [1]}).as_object().unwrap())
            .unwrap_err()
            .contains("item 0"));
    }
}
