//! JSON <-> Python conversion, done in Rust so no `json.dumps`/`json.loads` round trip is needed.
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};

/// Builds the Python value (dict, list, str, int, float, bool, None) for a JSON value.
pub(crate) fn to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// Reads a JSON-able Python value. Pydantic models are dumped in JSON mode first.
/// The error names the offending type and where it sits, e.g. `result["when"]: object of type datetime is not JSON-able`.
pub(crate) fn from_py(obj: &Bound<'_, PyAny>) -> Result<Value, String> {
    from_py_at(obj, "result", 0)
}

fn from_py_at(obj: &Bound<'_, PyAny>, at: &str, depth: usize) -> Result<Value, String> {
    if depth > 200 {
        return Err(format!("{at}: nested too deeply"));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(format!("{at}: integer too large for JSON"));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let v = f.value();
        return Number::from_f64(v).map(Value::Number).ok_or_else(|| format!("{at}: {v} is not valid JSON"));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow().map_err(|e| e.to_string())?.into_owned()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            let key = if let Ok(s) = k.cast::<PyString>() {
                s.to_string()
            } else if k.is_instance_of::<PyInt>() || k.is_instance_of::<PyFloat>() || k.is_none() {
                // json.dumps turns these keys into strings; so do we.
                match from_py_at(&k, at, depth + 1)? {
                    Value::String(s) => s,
                    other => other.to_string(),
                }
            } else {
                return Err(format!("{at}: dict key of type {} is not JSON-able", type_name(&k)));
            };
            let child = format!("{at}[{key:?}]");
            map.insert(key, from_py_at(&v, &child, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut out = Vec::new();
        for (i, item) in obj.try_iter().map_err(|e| e.to_string())?.enumerate() {
            let item = item.map_err(|e| e.to_string())?;
            out.push(from_py_at(&item, &format!("{at}[{i}]"), depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    if obj.hasattr("model_dump").unwrap_or(false) {
        let kwargs = PyDict::new(obj.py());
        kwargs.set_item("mode", "json").map_err(|e| e.to_string())?;
        let dumped = obj.call_method("model_dump", (), Some(&kwargs)).map_err(|e| e.to_string())?;
        return from_py_at(&dumped, at, depth + 1);
    }
    Err(format!("{at}: object of type {} is not JSON-able", type_name(obj)))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map_or_else(|_| "?".into(), |n| n.to_string())
}
