"""`horrible._host.outbound.make_client`: every request through the client is recorded once,
with both bodies, over httpx's own MockTransport (no network)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from horrible._host import outbound


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> None:
        self.calls.append(args)


def _echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        201 if request.method == "POST" else 200,
        headers={"x-served": "mock"},
        content=b"got:" + request.content,
    )


def test_sync_request_is_recorded_with_both_bodies() -> None:
    rec = Recorder()
    client = outbound.make_client(rec, True, {"transport": httpx.MockTransport(_echo)})
    assert isinstance(client, httpx.Client)
    with client:
        r = client.post("https://api.example.test/v1/things?page=2", content=b"hello", headers={"x-k": "v"})
    assert (r.status_code, r.content) == (201, b"got:hello")
    assert len(rec.calls) == 1
    method, target, status, ms, req_h, resp_h, req_body, resp_body, error = rec.calls[0]
    assert (method, target, status, error) == ("POST", "https://api.example.test/v1/things", 201, None)
    assert isinstance(ms, float) and ms >= 0.0
    assert (b"x-k", b"v") in req_h and (b"Host", b"api.example.test") in req_h
    assert (b"x-served", b"mock") in resp_h
    assert (req_body, resp_body) == (b"hello", b"got:hello")


def test_async_request_is_recorded() -> None:
    rec = Recorder()

    async def main() -> httpx.Response:
        client = outbound.make_client(rec, False, {"transport": httpx.MockTransport(_echo)})
        assert isinstance(client, httpx.AsyncClient)
        async with client:
            return await client.get("http://svc.test/ping")

    r = asyncio.run(main())
    assert (r.status_code, r.content) == (200, b"got:")
    [(method, target, status, _, _, _, req_body, resp_body, error)] = rec.calls
    assert (method, target, status, req_body, resp_body, error) == (
        "GET",
        "http://svc.test/ping",
        200,
        b"",
        b"got:",
        None,
    )


def test_failure_is_recorded_and_raised() -> None:
    rec = Recorder()

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        outbound.make_client(rec, True, {"transport": httpx.MockTransport(refuse)}) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.put("http://down.test/x", json={"a": 1})
    [(method, target, status, _, req_h, resp_h, req_body, resp_body, error)] = rec.calls
    assert (method, target, status, resp_h, resp_body, error) == (
        "PUT",
        "http://down.test/x",
        None,
        None,
        b"",
        "ConnectError",
    )
    assert req_body == b'{"a":1}' and (b"Content-Type", b"application/json") in req_h


def test_async_failure_is_recorded_and_raised() -> None:
    rec = Recorder()

    async def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    async def main() -> None:
        client = outbound.make_client(rec, False, {"transport": httpx.MockTransport(refuse)})
        async with client:
            await client.get("http://slow.test/")

    with pytest.raises(httpx.ReadTimeout):
        asyncio.run(main())
    assert [(c[0], c[2], c[8]) for c in rec.calls] == [("GET", None, "ReadTimeout")]


def test_other_client_options_pass_through() -> None:
    rec = Recorder()
    kwargs: dict[str, Any] = {
        "transport": httpx.MockTransport(_echo),
        "base_url": "http://base.test/api",
        "headers": {"authorization": "Bearer t"},
    }
    with outbound.make_client(rec, True, kwargs) as client:
        assert isinstance(client, httpx.Client)
        r = client.get("/items")
    assert r.request.url == "http://base.test/api/items"
    assert rec.calls[0][1] == "http://base.test/api/items"
    assert (b"authorization", b"Bearer t") in rec.calls[0][4]


def test_default_transports_are_wrapped() -> None:
    sync = outbound.make_client(Recorder(), True, {})
    assert isinstance(sync._transport, outbound._SyncRecording)
    assert isinstance(sync._transport._inner, httpx.HTTPTransport)
    sync.close()
    aclient = outbound.make_client(Recorder(), False, {})
    assert isinstance(aclient._transport, outbound._AsyncRecording)
    assert isinstance(aclient._transport._inner, httpx.AsyncHTTPTransport)
    asyncio.run(aclient.aclose())


def test_streamed_response_is_read_before_it_is_recorded() -> None:
    rec = Recorder()

    def chunks(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"a", b"b", b"c"]))

    with outbound.make_client(rec, True, {"transport": httpx.MockTransport(chunks)}) as client:
        r = client.get("http://s.test/stream")
    assert r.content == b"abc"
    assert rec.calls[0][7] == b"abc"
