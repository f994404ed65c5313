"""Enumerates a plugin's FastAPI routes for the Rust router (`horrible._host.routes`).

Each plugin's routers are included into a private FastAPI app, exactly as FastAPI itself would
mount them, and every effective APIRoute is returned with what Rust needs to route to it and
what the ASGI scope must carry so the route's own ASGI app behaves as under FastAPI's router.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AsyncExitStack
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI
from fastapi import routing as fastapi_routing
from starlette.convertors import Convertor, StringConvertor
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.types import ASGIApp, Receive, Scope, Send

if TYPE_CHECKING:
    from horrible._host.fastpath import EffectiveRoute

# (name, convertor or None for a plain string, the convertor's regex)
PathParam = tuple[str, Convertor[Any] | None, str]
# (path, methods, params, ASGI entry, scope extras, fastapi scope or None, the effective route for
# `fastpath.build`):
# what http/routes.rs `enumerate` extracts.
RouteEntry = tuple[str, list[str], list[PathParam], ASGIApp, dict[str, Any], dict[str, Any] | None, "EffectiveRoute"]


def route_entry(handle: ASGIApp) -> ASGIApp:
    """A route's ASGI entry (HTTP here, websocket in `websocket_routes.py`), with the exit stack
    FastAPI's own middleware stack would have provided as `scope["fastapi_middleware_astack"]`."""

    async def call(scope: Scope, receive: Receive, send: Send) -> None:
        async with AsyncExitStack() as stack:
            scope["fastapi_middleware_astack"] = stack
            await handle(scope, receive, send)

    return call


# The title upstream's app has (`backend/app.py`), which routes read as `request.app.title`.
HOST_TITLE = "horrible-dashboard"
_host_app: FastAPI | None = None


def host_app() -> FastAPI:
    """The one app every plugin route sees as `request.app` (`scope["app"]`, and its router as
    `scope["router"]`): one `state`, one `title`, and `url_path_for`/`request.url_for` resolving
    any plugin's route names, as they would in one FastAPI app with every router included."""
    global _host_app
    if _host_app is None:
        _host_app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None, title=HOST_TITLE)
    return _host_app


def set_host_routes(per_plugin: Sequence[FastAPI]) -> None:
    """Makes the host app's routes those of the plugins served, in load order (each plugin's
    private app from `enumerate_routes`), so `url_path_for` resolves exactly what is served:
    a reloaded plugin's new routes, never a disabled plugin's old ones."""
    host_app().router.routes = [route for app in per_plugin for route in app.router.routes]


def enumerate_routes(plugin_id: str, routers: Sequence[tuple[APIRouter, str]]) -> list[RouteEntry]:
    """Every effective APIRoute of `routers` (each with its prefix), in FastAPI's match order."""
    return enumerate_routes_and_app(plugin_id, routers)[0]


def enumerate_routes_and_app(
    plugin_id: str,
    routers: Sequence[tuple[APIRouter, str]],
) -> tuple[list[RouteEntry], FastAPI]:
    """Every effective APIRoute of `routers` (each with its prefix), in FastAPI's match order,
    and the private app they were included into (its routes join the host app's when the
    plugin is served: `set_host_routes`)."""
    # Included into a private app, so a plugin that fails here leaves no name behind.
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None, title=plugin_id)
    for router, prefix in routers:
        app.include_router(router, prefix=prefix)
    shared = host_app()
    handlers = {k: v for k, v in app.exception_handlers.items() if k not in (500, Exception)}
    middleware = ExceptionMiddleware(app.router, handlers=handlers)
    exception_handlers = (middleware._exception_handlers, middleware._status_handlers)
    out: list[RouteEntry] = []
    for original, context in fastapi_routing._iter_routes_with_context(app.router.routes):
        if isinstance(original, fastapi_routing.APIRoute):
            effective: EffectiveRoute = context if context is not None else original
            params: list[PathParam] = [
                (name, None if isinstance(conv, StringConvertor) else conv, conv.regex)
                for name, conv in effective.param_convertors.items()
            ]
            fastapi_scope = {"effective_route_context": context} if context is not None else None
            extras = {
                "app": shared,
                "router": shared.router,
                "route": original,
                "endpoint": effective.endpoint,
                "starlette.exception_handlers": exception_handlers,
            }
            methods = sorted(effective.methods or ())
            out.append(
                (effective.path, methods, params, route_entry(original.handle), extras, fastapi_scope, effective)
            )
        elif isinstance(original, (WebSocketRoute, fastapi_routing.APIWebSocketRoute)):
            continue  # served by the WebSocket stack (websocket_routes.py)
        elif isinstance(original, (Mount, Route)):
            raise TypeError(f"route {getattr(original, 'path', original)!r} is not an APIRoute")
    return out, app
