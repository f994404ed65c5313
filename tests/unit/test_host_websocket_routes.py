"""`horrible._host.websocket_routes.enumerate_websocket_routes`: what Rust matches websocket
upgrades by, and the scope entries FastAPI's router would have set."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI, WebSocket
from fastapi.routing import APIWebSocketRoute
from starlette.convertors import IntegerConvertor

from horrible._host.websocket_routes import enumerate_websocket_routes


def dep() -> None:
    return None


def _router() -> APIRouter:
    router = APIRouter(dependencies=[Depends(dep)])

    @router.get("/http")
    def http() -> str:
        return "not a websocket route"

    @router.websocket("/rooms/{room_id:int}/{name}")
    async def room(ws: WebSocket, room_id: int, name: str) -> None:
        await ws.close()

    @router.websocket("/plain")
    async def plain(ws: WebSocket) -> None:
        await ws.close()

    return router


def test_paths_params_and_order() -> None:
    out = enumerate_websocket_routes("p", [(_router(), "/api/p")])
    assert [e[0] for e in out] == ["/api/p/rooms/{room_id:int}/{name}", "/api/p/plain"]
    params = out[0][1]
    assert [(name, conv_name, regex) for name, conv_name, _, regex in params] == [
        ("room_id", "int", "[0-9]+"),
        ("name", "str", "[^/]+"),
    ]
    assert isinstance(params[0][2], IntegerConvertor) and params[1][2] is None


def test_scope_extras_name_the_effective_route() -> None:
    app = FastAPI()
    router = _router()
    app.include_router(router, prefix="/api/p")
    (path, _, _, extras), _ = enumerate_websocket_routes("p", [(router, "/api/p")], app)
    assert extras["app"] is app and extras["router"] is app.router
    route = extras["route"]
    assert isinstance(route, APIWebSocketRoute) and route.path == path
    # the router's dependencies apply to the effective route, as under FastAPI
    assert [d.dependency for d in route.dependencies] == [dep]
    assert "effective_route_context" in extras["fastapi"]
    assert "starlette.exception_handlers" in extras
