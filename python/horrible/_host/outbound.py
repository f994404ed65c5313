"""The recorded outbound HTTP client behind `host.http_client()` (`horrible._host.outbound`).

A thin httpx transport wrapper: every request and its response (or failure) is reported to the
Rust recorder as an `outbound` IoEvent, with both bodies.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Literal, overload

import httpx

RawHeaders = list[tuple[bytes, bytes]]
# (method, target, status, duration_ms, request headers, response headers, request body,
#  response body, error type name): telemetry/outbound.rs's `record`.
Record = Callable[[str, str, int | None, float, RawHeaders, RawHeaders | None, bytes, bytes, str | None], None]


def _report(
    record: Record, request: httpx.Request, response: httpx.Response | None, started: float, error: str | None
) -> None:
    url = request.url
    record(
        request.method,
        f"{url.scheme}://{url.host}{url.path}",
        response.status_code if response is not None else None,
        (time.perf_counter() - started) * 1000.0,
        list(request.headers.raw),
        list(response.headers.raw) if response is not None else None,
        request.content if hasattr(request, "_content") else b"",
        response.content if response is not None else b"",
        error,
    )


class _AsyncRecording(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, record: Record) -> None:
        self._inner, self._record = inner, record

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = await self._inner.handle_async_request(request)
            await response.aread()
        except Exception as exc:
            _report(self._record, request, None, started, type(exc).__name__)
            raise
        _report(self._record, request, response, started, None)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _SyncRecording(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, record: Record) -> None:
        self._inner, self._record = inner, record

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = self._inner.handle_request(request)
            response.read()
        except Exception as exc:
            _report(self._record, request, None, started, type(exc).__name__)
            raise
        _report(self._record, request, response, started, None)
        return response

    def close(self) -> None:
        self._inner.close()


@overload
def make_client(record: Record, sync: Literal[True], kwargs: dict[str, Any]) -> httpx.Client: ...
@overload
def make_client(record: Record, sync: Literal[False], kwargs: dict[str, Any]) -> httpx.AsyncClient: ...
def make_client(record: Record, sync: bool, kwargs: dict[str, Any]) -> httpx.Client | httpx.AsyncClient:
    """An httpx client (sync or async) built with `kwargs`, its transport wrapped to `record`."""
    if sync:
        inner = kwargs.pop("transport", None) or httpx.HTTPTransport()
        return httpx.Client(transport=_SyncRecording(inner, record), **kwargs)
    ainner = kwargs.pop("transport", None) or httpx.AsyncHTTPTransport()
    return httpx.AsyncClient(transport=_AsyncRecording(ainner, record), **kwargs)
