"""`horrible._host.fastpath`: which routes qualify, and that a qualifying route's answer is
FastAPI's, byte for byte (status, raw headers, body), or None before the endpoint runs."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Annotated, Any

import pytest
from fastapi import APIRouter, BackgroundTasks, Body, Depends, Form, Header, HTTPException, Query
from fastapi.dependencies import utils as fastapi_utils
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response, StreamingResponse

from horrible._host import fastpath, routes

from .helpers import find, reference

P = "/api/plugins/fp"
calls: list[str] = []


class Item(BaseModel):
    name: str
    price: float
    tags: list[str] = []
    note: str | None = None


def _dep() -> str:
    return "dep"


class _CallableEndpoint:
    def __call__(self) -> int:
        return 1


def _router() -> APIRouter:
    router = APIRouter()

    @router.get("/items/{item_id}")
    def get_item(item_id: int, q: str | None = None, limit: int = 10) -> dict[str, Any]:
        calls.append("get_item")
        return {"item_id": item_id, "q": q, "limit": limit}

    @router.post("/items", status_code=201, response_model=Item, response_model_exclude_none=True)
    def create_item(item: Item) -> Item:
        calls.append("create_item")
        return item

    @router.get("/async/{name}")
    async def hello(name: str) -> dict[str, str]:
        return {"hello": name}

    @router.get("/missing/{key}")
    def missing(key: str) -> None:
        raise HTTPException(status_code=404, detail=f"no {key}", headers={"x-why": "gone"})

    @router.delete("/things/{n:int}", status_code=204)
    def delete_thing(n: int) -> None:
        return None

    @router.get("/plain")
    def plain() -> PlainTextResponse:
        return PlainTextResponse("hi", status_code=202, headers={"x-a": "1"})

    @router.get("/tags")
    def tags(tag: Annotated[list[str], Query()] = []) -> list[str]:  # noqa: B006 (FastAPI copies defaults)
        return tag

    @router.post("/echo")
    def echo(payload: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
        return {"got": payload}

    @router.get("/stream")
    def stream() -> StreamingResponse:
        return StreamingResponse(iter([b"a", b"b"]))

    @router.get("/boom")
    def boom() -> None:
        raise ValueError("boom")

    # Not qualifying: each needs what only FastAPI's full request handling provides.
    @router.get("/dep")
    def with_dep(d: Annotated[str, Depends(_dep)]) -> str:
        return d

    @router.get("/header")
    def with_header(x_token: Annotated[str, Header()]) -> str:
        return x_token

    @router.get("/request")
    def with_request(request: Request) -> str:
        return request.url.path

    @router.get("/html", response_class=HTMLResponse)
    def html() -> str:
        return "<p>x</p>"

    @router.post("/form")
    def form(name: Annotated[str, Form()]) -> str:
        return name

    @router.post("/two-bodies")
    def two_bodies(a: Item, b: Item) -> int:
        return 2

    @router.post("/embedded")
    def embedded(item: Annotated[Item, Body(embed=True)]) -> Item:
        return item

    @router.post("/background")
    def background(tasks: BackgroundTasks) -> int:
        return 0

    @router.get("/generator")
    def generator() -> Iterator[int]:
        yield 1

    router.add_api_route("/callable", _CallableEndpoint(), methods=["GET"])
    return router


ROUTERS = [(_router(), P)]
ENTRIES = routes.enumerate_routes("fp", ROUTERS)
JSON = "application/json"


def _fast(method: str, path: str) -> fastpath.FastRoute:
    fast = fastpath.build(find(ENTRIES, method, P + path)[6])
    assert fast is not None, f"{method} {path} should qualify"
    return fast


def _run(
    method: str,
    path: str,
    values: dict[str, str],
    query: bytes = b"",
    content_type: str | None = None,
    body: bytes = b"",
) -> fastpath.Answer | Response | None:
    entry = find(ENTRIES, method, P + path)
    fast = _fast(method, path)
    handlers = entry[4]["starlette.exception_handlers"]
    if fast.is_async:
        return asyncio.run(fast.run_async(values, query, content_type, body, handlers))
    return asyncio.run(fast.run_sync(values, query, content_type, body, handlers))


@pytest.mark.parametrize(
    "path",
    ["/items/{item_id}", "/async/{name}", "/missing/{key}", "/things/{n:int}", "/plain", "/tags", "/stream"],
)
def test_simple_routes_qualify(path: str) -> None:
    method = "DELETE" if path.startswith("/things") else "GET"
    assert isinstance(fastpath.build(find(ENTRIES, method, P + path)[6]), fastpath.FastRoute)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/dep"),
        ("GET", "/header"),
        ("GET", "/request"),
        ("GET", "/html"),
        ("POST", "/form"),
        ("POST", "/two-bodies"),
        ("POST", "/embedded"),
        ("POST", "/background"),
        ("GET", "/generator"),
        ("GET", "/callable"),
    ],
)
def test_routes_needing_fastapi_do_not_qualify(method: str, path: str) -> None:
    assert fastpath.build(find(ENTRIES, method, P + path)[6]) is None


def test_is_async_follows_the_endpoint() -> None:
    assert _fast("GET", "/async/{name}").is_async
    assert not _fast("GET", "/items/{item_id}").is_async


CASES: list[tuple[str, str, dict[str, str], bytes, str | None, bytes, str]] = [
    # method, route path, path values, query, content type, body, request URL
    ("GET", "/items/{item_id}", {"item_id": "42"}, b"q=caf%C3%A9&limit=3", None, b"", "/items/42"),
    ("GET", "/items/{item_id}", {"item_id": "7"}, b"", None, b"", "/items/7"),
    ("GET", "/async/{name}", {"name": "ann"}, b"", None, b"", "/async/ann"),
    ("GET", "/missing/{key}", {"key": "k1"}, b"", None, b"", "/missing/k1"),
    ("DELETE", "/things/{n:int}", {"n": "5"}, b"", None, b"", "/things/5"),
    ("GET", "/plain", {}, b"", None, b"", "/plain"),
    ("GET", "/tags", {}, b"tag=a&tag=b", None, b"", "/tags"),
    ("POST", "/items", {}, b"", JSON, b'{"name": "pen", "price": 1.5}', "/items"),
    ("POST", "/items", {}, b"", "application/vnd.api+json", b'{"name": "x", "price": 2, "tags": ["t"]}', "/items"),
    ("POST", "/echo", {}, b"", "application/json; charset=utf-8", b'{"a": [1, 2, {"b": null}]}', "/echo"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]} {c[6]}?{c[3].decode()} {c[4]}" for c in CASES])
def test_answer_is_fastapis(case: tuple[str, str, dict[str, str], bytes, str | None, bytes, str]) -> None:
    method, path, values, query, content_type, body, url = case
    got = _run(method, path, values, query, content_type, body)
    assert isinstance(got, tuple), got
    headers = {"content-type": content_type} if content_type else {}
    want = reference(ROUTERS, method, P + url + ("?" + query.decode() if query else ""), content=body, headers=headers)
    status, raw_headers, got_body = got
    assert (status, bytes(got_body)) == (want.status, want.body)
    assert raw_headers == want.headers


def test_response_model_filters_and_status() -> None:
    got = _run("POST", "/items", {}, b"", JSON, b'{"name": "pen", "price": 1, "secret": 1}')
    assert isinstance(got, tuple)
    assert got[0] == 201
    assert json.loads(bytes(got[2])) == {"name": "pen", "price": 1.0, "tags": []}  # note=None left out


def test_no_content_status_has_no_body() -> None:
    got = _run("DELETE", "/things/{n:int}", {"n": "5"})
    assert isinstance(got, tuple)
    assert got[0] == 204 and got[2] == b""
    assert got[1] == reference(ROUTERS, "DELETE", P + "/things/5").headers


@pytest.mark.parametrize(
    ("method", "path", "values", "query", "content_type", "body"),
    [
        ("GET", "/items/{item_id}", {"item_id": "x"}, b"", None, b""),  # path value not an int
        ("GET", "/items/{item_id}", {"item_id": "1"}, b"limit=lots", None, b""),  # query not an int
        ("POST", "/items", {}, b"", JSON, b'{"name": "pen"}'),  # body fails the model
        ("POST", "/items", {}, b"", JSON, b"{not json"),  # body not JSON
        ("POST", "/items", {}, b"", "text/plain", b'{"name": "pen", "price": 1}'),  # not a JSON type
        ("POST", "/items", {}, b"", None, b'{"name": "pen", "price": 1}'),  # no content type
        ("POST", "/items", {}, b"", JSON, b""),  # required body missing
    ],
)
def test_anything_unusual_falls_back_before_the_endpoint_runs(
    method: str, path: str, values: dict[str, str], query: bytes, content_type: str | None, body: bytes
) -> None:
    calls.clear()
    assert _run(method, path, values, query, content_type, body) is None
    assert calls == []


def test_fallback_cases_are_errors_under_fastapi_too() -> None:
    # The fallback above is taken exactly where FastAPI answers an error itself (422 here).
    want = reference(ROUTERS, "POST", P + "/items", content=b'{"name": "pen"}', headers={"content-type": JSON})
    assert want.status == 422


def test_endpoint_runs_once_per_request() -> None:
    calls.clear()
    _run("GET", "/items/{item_id}", {"item_id": "1"})
    assert calls == ["get_item"]


def test_streaming_response_is_handed_back_to_asgi() -> None:
    got = _run("GET", "/stream", {})
    assert isinstance(got, StreamingResponse)


def test_unhandled_exception_propagates() -> None:
    with pytest.raises(ValueError, match="boom"):
        _run("GET", "/boom", {})


@pytest.mark.parametrize(
    ("content_type", "is_json"),
    [
        ("application/json", True),
        ("application/json; charset=utf-8", True),
        ("Application/JSON", True),
        ("application/merge-patch+json", True),
        ("application/jsonl", False),
        ("text/json", False),
        ("multipart/form-data; boundary=x", False),
    ],
)
def test_json_content_type(content_type: str, is_json: bool) -> None:
    assert fastpath._is_json_content_type(content_type) is is_json


def test_drive_runs_a_coroutine_that_does_not_suspend() -> None:
    async def plain() -> int:
        return 3

    async def suspends() -> int:
        await asyncio.sleep(0)
        return 4

    assert fastpath._drive(plain()) == 3
    with pytest.raises(RuntimeError, match="fast path helper suspended"):
        fastpath._drive(suspends())


def test_field_facts_are_memoized_once_with_the_same_answers() -> None:
    assert getattr(fastapi_utils, "_horrible_memoized", False) is True
    before = getattr(fastapi_utils, "field_annotation_is_sequence")  # noqa: B009 (not re-exported)
    fastpath._memoize_static_field_facts()  # a second load must not wrap again
    is_seq = getattr(fastapi_utils, "field_annotation_is_sequence")  # noqa: B009
    assert is_seq is before
    for _ in range(2):  # a cached answer is the same answer
        assert is_seq(list[int]) is True
        assert is_seq(int) is False
        assert is_seq(tuple[str, ...]) is True


def test_custom_route_class_takes_the_full_path() -> None:
    """A route class may change how requests are handled: only FastAPI's own APIRoute qualifies."""
    from fastapi.routing import APIRoute

    class Timed(APIRoute):
        pass

    router = APIRouter(route_class=Timed)

    @router.get("/t")
    def t() -> int:
        return 1

    for entry in routes.enumerate_routes("rc", [(router, "/rc"), (router, "")]):
        assert fastpath.build(entry[6]) is None


def _sync_route(endpoint: Any) -> fastpath.FastRoute:
    router = APIRouter()
    router.add_api_route("/s", endpoint, methods=["GET"])
    fast = fastpath.build(routes.enumerate_routes("th", [(router, "")])[0][6])
    assert fast is not None and not fast.is_async
    return fast


def test_sync_endpoint_runs_under_anyios_default_limiter() -> None:
    """As FastAPI runs `def` endpoints: in anyio's worker threads, `anyio.from_thread.run` works
    there, and a limiter set to 2 tokens runs 2 at a time."""
    import threading
    import time

    import anyio.from_thread
    import anyio.to_thread

    running = {"now": 0, "max": 0}
    lock = threading.Lock()

    async def on_loop() -> str:
        return "from the loop"

    def endpoint() -> str:
        with lock:
            running["now"] += 1
            running["max"] = max(running["max"], running["now"])
        time.sleep(0.1)
        with lock:
            running["now"] -= 1
        return anyio.from_thread.run(on_loop)

    fast = _sync_route(endpoint)

    async def main() -> list[Any]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = 2
        return await asyncio.gather(*(fast.run_sync({}, b"", None, b"", ({}, {})) for _ in range(6)))

    answers = asyncio.run(main())
    assert [a[2] for a in answers] == [b'"from the loop"'] * 6
    assert running["max"] == 2
