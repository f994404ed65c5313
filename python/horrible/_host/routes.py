"""Enumerates a plugin's FastAPI routes for the Rust router (`horrible._host.routes`).

Each plugin's routers are included into a private FastAPI app, exactly as FastAPI itself would
mount them, and every effective APIRoute is returned with what Rust needs to route to it and
what the ASGI scope must carry so the route's own ASGI app behaves as under FastAPI's router.
"""
from contextlib import AsyncExitStack

from fastapi import FastAPI
from fastapi import routing as fastapi_routing
from starlette.middleware.exceptions import ExceptionMiddleware
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.convertors import StringConvertor


def _entry(handle):
    """The route's ASGI entry, with what FastAPI's own middleware stack would have provided."""

    async def call(scope, receive, send):
        async with AsyncExitStack() as stack:
            scope["fastapi_middleware_astack"] = stack
            await handle(scope, receive, send)

    return call


def enumerate_routes(plugin_id, routers, build_fast):
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None, title=plugin_id)
    for router, prefix in routers:
        app.include_router(router, prefix=prefix)
    handlers = {k: v for k, v in app.exception_handlers.items() if k not in (500, Exception)}
    middleware = ExceptionMiddleware(app.router, handlers=handlers)
    exception_handlers = (middleware._exception_handlers, middleware._status_handlers)
    out = []
    for original, context in fastapi_routing._iter_routes_with_context(app.router.routes):
        if isinstance(original, fastapi_routing.APIRoute):
            effective = context if context is not None else original
            params = [
                (name, None if isinstance(conv, StringConvertor) else conv, conv.regex)
                for name, conv in effective.param_convertors.items()
            ]
            fastapi_scope = {"effective_route_context": context} if context is not None else None
            extras = {
                "app": app,
                "router": app.router,
                "route": original,
                "endpoint": effective.endpoint,
                "starlette.exception_handlers": exception_handlers,
            }
            fast = build_fast(effective)
            out.append((effective.path, sorted(effective.methods), params, _entry(original.handle), extras, fastapi_scope, fast))
        elif isinstance(original, (WebSocketRoute, fastapi_routing.APIWebSocketRoute)):
            raise TypeError(
                f"websocket route {original.path!r} is not supported: use host.add_ws_channel"
            )
        elif isinstance(original, (Mount, Route)):
            raise TypeError(f"route {getattr(original, 'path', original)!r} is not an APIRoute")
    return out
