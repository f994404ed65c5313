"""`horrible._host.routes.enumerate_routes` on real APIRouters: what Rust routes by, and the
ASGI entry answering exactly as FastAPI does."""

from __future__ import annotations

import pytest
from fastapi import APIRouter, HTTPException, WebSocket
from fastapi.exceptions import RequestValidationError
from starlette.convertors import FloatConvertor, IntegerConvertor, PathConvertor
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse

from horrible._host import routes

from .helpers import call_entry, find, reference, scope_for


def _router() -> APIRouter:
    router = APIRouter()

    @router.get("/items/{item_id:int}")
    def get_item(item_id: int, q: str | None = None, limit: int = 10) -> dict[str, object]:
        return {"item_id": item_id, "q": q, "limit": limit}

    @router.api_route("/multi", methods=["POST", "GET", "PUT"])
    def multi() -> str:
        return "multi"

    @router.get("/files/{user}/{rest:path}")
    def files(user: str, rest: str) -> dict[str, str]:
        return {"user": user, "rest": rest}

    @router.get("/ratio/{value:float}")
    def ratio(value: float) -> float:
        return value * 2

    @router.get("/missing/{key}")
    def missing(key: str) -> None:
        raise HTTPException(status_code=404, detail=f"no {key}", headers={"x-why": "gone"})

    @router.get("/plain")
    def plain(request: Request) -> PlainTextResponse:
        return PlainTextResponse(f"{request.method} {request.url.path}", headers={"x-a": "1"})

    inner = APIRouter(prefix="/inner")

    @inner.get("/z/{n:int}")
    async def z(n: int) -> dict[str, int]:
        return {"n": n}

    router.include_router(inner, prefix="/nest")
    return router


ROUTERS = [(_router(), "/api/plugins/p")]


@pytest.fixture(scope="module")
def entries() -> list[routes.RouteEntry]:
    return routes.enumerate_routes("p", ROUTERS)


def test_paths_and_methods_in_declaration_order(entries: list[routes.RouteEntry]) -> None:
    assert [(e[0], e[1]) for e in entries] == [
        ("/api/plugins/p/items/{item_id:int}", ["GET"]),
        ("/api/plugins/p/multi", ["GET", "POST", "PUT"]),
        ("/api/plugins/p/files/{user}/{rest:path}", ["GET"]),
        ("/api/plugins/p/ratio/{value:float}", ["GET"]),
        ("/api/plugins/p/missing/{key}", ["GET"]),
        ("/api/plugins/p/plain", ["GET"]),
        ("/api/plugins/p/nest/inner/z/{n:int}", ["GET"]),
    ]


def test_params_carry_convertors_and_regexes(entries: list[routes.RouteEntry]) -> None:
    item = find(entries, "GET", "/api/plugins/p/items/{item_id:int}")[2]
    assert [(n, type(c), r) for n, c, r in item] == [("item_id", IntegerConvertor, "[0-9]+")]
    files = find(entries, "GET", "/api/plugins/p/files/{user}/{rest:path}")[2]
    # A plain string parameter has no convertor (Rust matches it as a segment).
    assert [(n, c if c is None else type(c), r) for n, c, r in files] == [
        ("user", None, "[^/]+"),
        ("rest", PathConvertor, ".*"),
    ]
    ratio = find(entries, "GET", "/api/plugins/p/ratio/{value:float}")[2]
    assert isinstance(ratio[0][1], FloatConvertor)
    assert find(entries, "GET", "/api/plugins/p/multi")[2] == []


def test_scope_extras_and_effective_route(entries: list[routes.RouteEntry]) -> None:
    path, _, _, _, extras, _, effective = find(entries, "GET", "/api/plugins/p/items/{item_id:int}")
    assert set(extras) == {"app", "router", "route", "endpoint", "starlette.exception_handlers"}
    assert extras["router"] is extras["app"].router
    assert extras["endpoint"].__name__ == "get_item"
    by_type, by_status = extras["starlette.exception_handlers"]
    # FastAPI's default handlers (HTTPException, validation errors); never a 500 or catch-all one.
    assert StarletteHTTPException in by_type and RequestValidationError in by_type
    assert Exception not in by_type and 500 not in by_status
    assert effective.path == path
    # Routes of a router included into another carry FastAPI's effective route context.
    nested = find(entries, "GET", "/api/plugins/p/nest/inner/z/{n:int}")
    assert nested[5] is not None and nested[5]["effective_route_context"] is nested[6]
    assert nested[6].path == "/api/plugins/p/nest/inner/z/{n:int}"


@pytest.mark.parametrize(
    ("method", "path", "values", "query"),
    [
        ("GET", "/api/plugins/p/items/{item_id:int}", {"item_id": "42"}, b"q=x%20y"),
        ("PUT", "/api/plugins/p/multi", {}, b""),
        ("GET", "/api/plugins/p/files/{user}/{rest:path}", {"user": "ann", "rest": "a/b.txt"}, b""),
        ("GET", "/api/plugins/p/ratio/{value:float}", {"value": "1.25"}, b""),
        ("GET", "/api/plugins/p/missing/{key}", {"key": "k1"}, b""),
        ("GET", "/api/plugins/p/plain", {}, b""),
        ("GET", "/api/plugins/p/nest/inner/z/{n:int}", {"n": "7"}, b""),
    ],
)
def test_entry_answers_as_fastapi(
    entries: list[routes.RouteEntry], method: str, path: str, values: dict[str, str], query: bytes
) -> None:
    entry = find(entries, method, path)
    url = path
    for name, raw in values.items():
        url = url.replace("{" + name + "}", raw).replace("{" + name + ":int}", raw)
        url = url.replace("{" + name + ":path}", raw).replace("{" + name + ":float}", raw)
    got = call_entry(entry, scope_for(entry, method, url, values, query))
    want = reference(ROUTERS, method, url + ("?" + query.decode() if query else ""))
    assert (got.status, got.body) == (want.status, want.body)
    assert got.headers == want.headers


def test_query_validation_error_is_fastapis_422(entries: list[routes.RouteEntry]) -> None:
    entry = find(entries, "GET", "/api/plugins/p/items/{item_id:int}")
    url = "/api/plugins/p/items/3"
    got = call_entry(entry, scope_for(entry, "GET", url, {"item_id": "3"}, b"q=a&limit=many"))
    want = reference(ROUTERS, "GET", url + "?q=a&limit=many")
    assert (got.status, got.headers, got.body) == (want.status, want.headers, want.body)
    assert got.status == 422 and b"limit" in got.body


def test_prefix_per_router_and_empty_prefix() -> None:
    a, b = APIRouter(), APIRouter()

    @a.get("/x")
    def x() -> int:
        return 1

    @b.post("/")
    def root() -> int:
        return 2

    out = routes.enumerate_routes("two", [(a, ""), (b, "/b")])
    assert [(e[0], e[1]) for e in out] == [("/x", ["GET"]), ("/b/", ["POST"])]


def test_websocket_route_is_left_to_the_websocket_stack() -> None:
    router = APIRouter()

    @router.websocket("/ws")
    async def ws(websocket: WebSocket) -> None:
        await websocket.close()

    # served by websocket_routes.py, not an HTTP route
    assert routes.enumerate_routes("p", [(router, "/p")]) == []


def test_plain_starlette_route_is_served_as_fastapi_includes_it() -> None:
    router = APIRouter()

    async def raw(request: Request) -> PlainTextResponse:
        return PlainTextResponse("raw")

    router.add_route("/raw/{n:int}", raw)
    router.add_route("/any", raw, methods=None, include_in_schema=False)
    outer = APIRouter()
    outer.include_router(router, prefix="/in")
    out = routes.enumerate_routes("p", [(outer, "/p")])
    assert [(e[0], e[1], [p[0] for p in e[2]]) for e in out] == [
        ("/p/in/raw/{n:int}", ["GET", "HEAD"], ["n"]),
        ("/p/in/any", ["GET", "HEAD"], []),
    ]
    assert out[0][4]["endpoint"] is raw and out[0][5] is None


def test_mount_is_refused() -> None:
    router = APIRouter()
    router.mount("/static", PlainTextResponse("x"))
    with pytest.raises(TypeError, match=r"is a mount"):
        routes.enumerate_routes("p", [(router, "/p")])


def test_no_routers_no_routes() -> None:
    assert routes.enumerate_routes("empty", []) == []
