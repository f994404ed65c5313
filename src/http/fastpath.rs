//! The fast path for simple routes (see `fastpath.py` for what qualifies and why the bytes are
//! FastAPI's). Sync endpoints run start to finish on one sync-pool thread, with no hop through
//! the loop and no anyio thread hop; async endpoints run as one task on the loop. When Python
//! answers `None` the request was not touched and takes the full ASGI path.
use super::asgi::AsgiRequest;
use super::routes::HttpRoute;
use crate::bridge::pymodule::EmbeddedModule;
use crate::bridge::{exc_summary, format_traceback, loop_thread, pool};
use bytes::Bytes;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyTuple};

static FASTPATH_PY: EmbeddedModule = crate::host_module!("fastpath");

pub struct FastRoute {
    obj: Py<PyAny>,
    is_async: bool,
    /// FastAPI's exception handlers `(by type, by status)`, as the route's scope carries them.
    handlers: Py<PyAny>,
}

impl FastRoute {
    pub fn new(obj: &Bound<'_, PyAny>, extras: &Py<PyDict>) -> PyResult<Self> {
        let py = obj.py();
        let handlers =
            extras.bind(py).get_item("starlette.exception_handlers")?.map(|h| h.unbind()).unwrap_or_else(|| py.None());
        Ok(Self { is_async: obj.getattr("is_async")?.is_truthy()?, obj: obj.clone().unbind(), handlers })
    }
}

/// `fastpath.build`, handed to the route enumerator.
pub fn builder(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    FASTPATH_PY.func(py, "build")
}

pub enum Outcome {
    /// The whole response.
    Response { status: u16, headers: super::asgi::RawHeaders, body: Bytes },
    /// The endpoint returned a Response that must be sent through ASGI (streaming, background).
    RunAsgi(Py<PyAny>),
    /// Not taken: serve through the route's ASGI app.
    Fallback,
    /// The endpoint raised something no exception handler answers: its type name.
    Raised(String),
}

fn outcome(py: Python<'_>, plugin: &str, result: PyResult<Bound<'_, PyAny>>) -> Outcome {
    match result {
        Ok(v) if v.is_none() => Outcome::Fallback,
        Ok(v) => match v.cast::<PyTuple>() {
            Ok(t) => match t.extract::<(u16, super::asgi::RawHeaders, Vec<u8>)>() {
                Ok((status, headers, body)) => Outcome::Response { status, headers, body: Bytes::from(body) },
                Err(e) => Outcome::Raised(exc_summary(py, &e)),
            },
            Err(_) => Outcome::RunAsgi(v.unbind()),
        },
        Err(e) => {
            tracing::error!(plugin = %plugin, "unhandled exception in route:\n{}", format_traceback(py, &e));
            Outcome::Raised(exc_summary(py, &e).split(':').next().unwrap_or("Exception").to_string())
        }
    }
}

fn args<'py>(py: Python<'py>, route: &HttpRoute, req: &AsgiRequest) -> PyResult<Bound<'py, PyTuple>> {
    let path_values = PyDict::new(py);
    for (p, v) in route.params.iter().zip(&req.path_values) {
        path_values.set_item(&p.name, v)?;
    }
    let content_type =
        req.headers.iter().find(|(k, _)| k == b"content-type").map(|(_, v)| String::from_utf8_lossy(v).into_owned());
    let fast = route.fast.as_ref().expect("fast route");
    PyTuple::new(
        py,
        [
            path_values.into_any(),
            PyBytes::new(py, &req.query).into_any(),
            content_type.into_pyobject(py)?.into_any(),
            PyBytes::new(py, &req.body).into_any(),
            fast.handlers.bind(py).clone(),
        ],
    )
}

/// Tries the fast path for `req`.
pub async fn call(route: &std::sync::Arc<HttpRoute>, req: &std::sync::Arc<AsgiRequest>) -> Outcome {
    let fast = route.fast.as_ref().expect("fast route");
    let (r, q) = (route.clone(), req.clone());
    if fast.is_async {
        loop_thread::call(
            move |py| {
                let a = args(py, &r, &q)?;
                r.fast.as_ref().expect("fast").obj.bind(py).call_method1("run_async", a)
            },
            {
                let plugin = route.plugin.clone();
                move |py, result| outcome(py, &plugin, result)
            },
        )
        .await
        .unwrap_or(Outcome::Raised("Cancelled".into()))
    } else {
        pool::run(move |py| {
            let result =
                args(py, &r, &q).and_then(|a| r.fast.as_ref().expect("fast").obj.bind(py).call_method1("run_sync", a));
            outcome(py, &r.plugin, result)
        })
        .await
        .unwrap_or(Outcome::Raised("WorkerGone".into()))
    }
}
