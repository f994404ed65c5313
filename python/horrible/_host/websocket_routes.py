"""Enumerates a plugin's websocket routes for the Rust WebSocket stack (`horrible._host.websocket_routes`).

`@router.websocket(...)` (an `APIWebSocketRoute`) and `router.add_websocket_route(...)` (a plain
Starlette `WebSocketRoute`) are served on the host's own WebSocket server: Rust matches the path
(in declaration order), runs the ASGI handshake with the route's own app and carries the frames.
As in `routes.py`, the routers are included into a private FastAPI app exactly as the host mounts
them, so each route is the one FastAPI would call (prefix and router dependencies applied), and
the scope carries what FastAPI's app and router would have put there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi import routing as fastapi_routing
from starlette.convertors import Convertor, StringConvertor
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.routing import PARAM_REGEX, WebSocketRoute
from starlette.types import ASGIApp

from horrible._host.routes import route_entry

# (name, convertor name as written, convertor or None for a plain string, the convertor's regex)
WsParam = tuple[str, str, Convertor[Any] | None, str]
# (path, params, ASGI entry, scope extras): what http/websocket.rs `enumerate` extracts.
WsRouteEntry = tuple[str, list[WsParam], ASGIApp, dict[str, Any]]


def _params(route: WebSocketRoute) -> list[WsParam]:
    written = {m.group(1): (m.group(2) or ":str")[1:] for m in PARAM_REGEX.finditer(route.path)}
    return [
        (name, written.get(name, "str"), None if isinstance(conv, StringConvertor) else conv, conv.regex)
        for name, conv in route.param_convertors.items()
    ]


def enumerate_websocket_routes(
    plugin_id: str,
    routers: Sequence[tuple[APIRouter, str]],
    app: FastAPI | None = None,
    shared: FastAPI | None = None,
) -> list[WsRouteEntry]:
    """Every websocket route of `routers` (each with its prefix), in FastAPI's match order.

    `app`, when given, is the plugin's private app that already includes `routers` (the one
    `routes.enumerate_routes` made); else one is made the same way. `shared`, when given, is the
    app every plugin route sees as `websocket.app` (`routes.host_app`)."""
    if app is None:
        app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None, title=plugin_id)
        for router, prefix in routers:
            app.include_router(router, prefix=prefix)
    handlers = {k: v for k, v in app.exception_handlers.items() if k not in (500, Exception)}
    middleware = ExceptionMiddleware(app.router, handlers=handlers)
    exception_handlers = (middleware._exception_handlers, middleware._status_handlers)
    out: list[WsRouteEntry] = []
    for original, context in fastapi_routing._iter_routes_with_context(app.router.routes):
        if not isinstance(original, WebSocketRoute):
            continue
        effective = context.starlette_route if context is not None and context.starlette_route else original
        assert isinstance(effective, WebSocketRoute)
        seen_app = shared if shared is not None else app
        extras: dict[str, Any] = {
            "app": seen_app,
            "router": seen_app.router,
            "route": effective,
            "endpoint": effective.endpoint,
            "starlette.exception_handlers": exception_handlers,
        }
        if context is not None:
            extras["fastapi"] = {"effective_route_context": context}
        out.append((effective.path, _params(effective), route_entry(effective.handle), extras))
    return out
