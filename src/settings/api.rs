//! `GET/PUT/DELETE /api/settings[/{key}]` and `/api/workspaces` (`GET`, `POST`,
//! `PUT /active`, `PUT/DELETE /{id}`), answering as upstream's `FastAPI` routes do: the same
//! bodies, and 422s in `FastAPI`'s shape for a bad key, id or body ([`super::validation`]).
use super::validation::{self as v, Body, Problem};
use crate::endpoints::Endpoints;
use crate::reply::{detail, json_response};
use crate::services::Services;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, put};
use horrible_settings::{Error, WorkspacePatch, WorkspacesState, KEY_PATTERN, MAX_KEY_CHARS, WORKSPACE_ID_PATTERN};
use serde_json::{json, Map, Value};
use std::fmt::Write as _;
use std::sync::Arc;

pub(crate) fn routes() -> Endpoints<Arc<Services>> {
    Endpoints::new()
        .route("/api/settings", get(all))
        .route("/api/settings/{key}", put(set).delete(delete))
        .route("/api/workspaces", get(workspaces).post(create_workspace))
        // Registered before `/{id}` in upstream, so `PUT /api/workspaces/active` is never an upsert.
        .route("/api/workspaces/active", put(set_active))
        .route("/api/workspaces/{id}", put(upsert_workspace).delete(delete_workspace))
}

fn store_error(e: &Error) -> Response {
    let status = match e {
        Error::Db(_) | Error::Io(_) | Error::Corrupt { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::BAD_REQUEST,
    };
    detail(status, &e.to_string())
}

/// [`Services::write`], its error as the response to send.
async fn write<T: Send + 'static>(
    app: &Arc<Services>,
    f: impl FnOnce(&Services) -> Result<T, Error> + Send + 'static,
) -> Result<T, Response> {
    app.write(f).await.map_err(|e| store_error(&e))
}

fn key_problem(key: &str) -> Option<Problem> {
    v::path_param("key", key, KEY_PATTERN, pattern_ok(key, true), MAX_KEY_CHARS)
}

fn id_problem(id: &str) -> Option<Problem> {
    v::path_param(
        "ws_id",
        id,
        WORKSPACE_ID_PATTERN,
        pattern_ok(id, false),
        horrible_settings::workspace::MAX_WORKSPACE_ID_CHARS,
    )
}

/// The key/id pattern alone (the length limit is reported separately).
fn pattern_ok(s: &str, colon: bool) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphanumeric())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-') || (colon && b == b':'))
}

/// The path problem (if any) and the body's model, validated together as `FastAPI` does.
#[allow(clippy::result_large_err)] // the error is the response, sent at once
fn validate(
    path: Option<Problem>,
    headers: &HeaderMap,
    body: &Bytes,
    fields: impl FnOnce(&Map<String, Value>) -> Vec<Problem>,
) -> Result<Map<String, Value>, Response> {
    let body: Body = v::parse_body(headers, body)?;
    let mut problems: Vec<Problem> = path.into_iter().collect();
    match v::model(body) {
        Ok(obj) => {
            problems.extend(fields(&obj));
            if problems.is_empty() {
                return Ok(obj);
            }
        }
        Err(p) => problems.push(p),
    }
    Err(v::unprocessable(&problems))
}

// ---- settings ------------------------------------------------------------------------------

/// Values as stored: a masked value here would be written back by a page that saves what it
/// read (upstream serves them as stored too).
async fn all(State(app): State<Arc<Services>>) -> Response {
    json_response(StatusCode::OK, &json!({"values": app.settings.all()}))
}

async fn set(State(app): State<Arc<Services>>, Path(key): Path<String>, headers: HeaderMap, body: Bytes) -> Response {
    let obj =
        match validate(key_problem(&key), &headers, &body, |o| v::required(o, "value").err().into_iter().collect()) {
            Ok(o) => o,
            Err(resp) => return resp,
        };
    let value = obj.get("value").cloned().unwrap_or(Value::Null);
    let stored = value.clone();
    match write(&app, move |services| services.set_setting(&key, &stored)).await {
        Ok(()) => json_response(StatusCode::OK, &json!({"value": value})),
        Err(resp) => resp,
    }
}

async fn delete(State(app): State<Arc<Services>>, Path(key): Path<String>) -> Response {
    if let Some(p) = key_problem(&key) {
        return v::unprocessable(&[p]);
    }
    match write(&app, move |services| services.delete_setting(&key)).await {
        Ok(_) => json_response(StatusCode::OK, &json!({"values": app.settings.all()})),
        Err(resp) => resp,
    }
}

// ---- workspaces ----------------------------------------------------------------------------

fn state_json((active, list): &WorkspacesState) -> Value {
    json!({"active": active, "workspaces": list})
}

async fn workspaces(State(app): State<Arc<Services>>) -> Response {
    match app.settings.workspaces() {
        Ok(state) => json_response(StatusCode::OK, &state_json(&state)),
        Err(e) => store_error(&e),
    }
}

/// `POST {name}`: a new workspace with a fresh 8-hex-digit id and no layout.
async fn create_workspace(State(app): State<Arc<Services>>, headers: HeaderMap, body: Bytes) -> Response {
    let obj = match validate(None, &headers, &body, |o| match v::required(o, "name") {
        Ok(name) => v::string_field("name", &name).err().into_iter().collect(),
        Err(p) => vec![p],
    }) {
        Ok(o) => o,
        Err(resp) => return resp,
    };
    let name = obj.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
    let mut id = String::with_capacity(8);
    let mut buf = [0u8; 4];
    getrandom::fill(&mut buf).expect("OS randomness");
    for b in buf {
        let _ = write!(id, "{b:02x}");
    }
    match write(&app, move |services| services.settings.create_workspace(&id, &name)).await {
        Ok(ws) => json_response(StatusCode::OK, &json!(ws)),
        Err(resp) => resp,
    }
}

/// `PUT /active {id}`: 404 for an unknown workspace, else the whole state.
async fn set_active(State(app): State<Arc<Services>>, headers: HeaderMap, body: Bytes) -> Response {
    let obj = match validate(None, &headers, &body, |o| match v::required(o, "id") {
        Ok(id) => v::string_field("id", &id).err().into_iter().collect(),
        Err(p) => vec![p],
    }) {
        Ok(o) => o,
        Err(resp) => return resp,
    };
    let id = obj.get("id").and_then(Value::as_str).unwrap_or_default().to_string();
    let wanted = id.clone();
    match write(&app, move |services| services.settings.set_active_workspace(&wanted)).await {
        Ok(false) => detail(StatusCode::NOT_FOUND, &format!("Unknown workspace '{id}'")),
        Ok(true) => workspaces(State(app)).await,
        Err(resp) => resp,
    }
}

/// `PUT /{id} {name?, layout?}`: creates, or applies only the fields given (a null or empty
/// name keeps the old one, as upstream's `body.name or existing.name`).
async fn upsert_workspace(
    State(app): State<Arc<Services>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let check = |o: &Map<String, Value>| {
        let mut problems = Vec::new();
        if let Some(name) = o.get("name").filter(|n| !n.is_null()) {
            problems.extend(v::string_field("name", name).err());
        }
        if let Some(layout) = o.get("layout") {
            problems.extend(v::dict_or_null("layout", layout).err());
        }
        problems
    };
    let obj = match validate(id_problem(&id), &headers, &body, check) {
        Ok(o) => o,
        Err(resp) => return resp,
    };
    let patch = WorkspacePatch {
        name: obj.get("name").and_then(Value::as_str).filter(|n| !n.is_empty()).map(String::from),
        layout: obj.get("layout").cloned(),
    };
    match write(&app, move |services| services.settings.upsert_workspace(&id, patch)).await {
        Ok(ws) => json_response(StatusCode::OK, &json!(ws)),
        Err(resp) => resp,
    }
}

/// `DELETE /{id}`: the state after (an unknown id changes nothing).
async fn delete_workspace(State(app): State<Arc<Services>>, Path(id): Path<String>) -> Response {
    if let Some(p) = id_problem(&id) {
        return v::unprocessable(&[p]);
    }
    match write(&app, move |services| services.settings.delete_workspace(&id)).await {
        Ok(state) => json_response(StatusCode::OK, &state_json(&state)),
        Err(resp) => resp,
    }
}
