//! `host.http_client()`: an httpx client whose requests are recorded as `outbound` `IoEvents`.
use crate::bridge::pymodule::EmbeddedModule;
use horrible_telemetry::{body_text, redact_headers, NewEvent, Source};
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyDict, PyTuple};

static OUTBOUND_PY: EmbeddedModule = crate::host_module!("outbound");

type RawHeaders = Option<Vec<(Vec<u8>, Vec<u8>)>>;

fn headers(h: &RawHeaders) -> Option<std::collections::BTreeMap<String, String>> {
    h.as_ref().map(|h| {
        let pairs: Vec<(String, &[u8])> =
            h.iter().map(|(k, v)| (String::from_utf8_lossy(k).into_owned(), v.as_slice())).collect();
        redact_headers(pairs.iter().map(|(k, v)| (k.as_str(), *v)))
    })
}

fn record(args: &Bound<'_, PyTuple>) -> PyResult<()> {
    #[allow(clippy::type_complexity)]
    let (method, target, status, duration_ms, req_h, resp_h, req_body, resp_body, error): (
        String,
        String,
        Option<u16>,
        f64,
        RawHeaders,
        RawHeaders,
        Vec<u8>,
        Vec<u8>,
        Option<String>,
    ) = args.extract()?;
    let Some(app) = crate::services::try_get() else { return Ok(()) };
    let max = app.telemetry.max_body_chars();
    app.telemetry.record(NewEvent {
        source: Source::Outbound,
        method,
        target,
        status,
        duration_ms: Some(duration_ms),
        request_bytes: Some(req_body.len() as u64),
        response_bytes: Some(resp_body.len() as u64),
        error,
        request_headers: headers(&req_h),
        response_headers: headers(&resp_h),
        request_body: body_text(&req_body, max),
        response_body: body_text(&resp_body, max),
    });
    Ok(())
}

pub(crate) fn make_client<'py>(
    py: Python<'py>,
    sync: bool,
    kwargs: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let recorder = PyCFunction::new_closure(py, None, None, |args, _| record(args))?;
    let kwargs = match kwargs {
        Some(k) => k.copy()?,
        None => PyDict::new(py),
    };
    OUTBOUND_PY.func(py, "make_client")?.call1((recorder, sync, kwargs))
}
