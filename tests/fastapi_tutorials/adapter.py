"""The generic adapter: a FastAPI tutorial app's routes as a backend plugin.

The plugin's router includes the app's own router (`APIRouter.include_router(app.router)`), so
every route keeps what the app's router gave it (response class, dependencies, route class,
strict content type), the app's own OpenAPI and docs pages (plain Starlette routes) come along
under the plugin's prefix, and the app's lifespan and startup/shutdown handlers become the router's,
which FastAPI merges into the including app's lifespan and the host runs as the plugin's.

What an app has outside its router cannot be a plugin (the host has one app; plugins contribute
routers); such apps are skipped, with the reason `skip_reason` gives.
"""
from __future__ import annotations

import importlib
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi import exception_handlers as fastapi_handlers
from starlette.routing import Host, Mount

DEFAULT_HANDLERS = {
    fastapi_handlers.http_exception_handler,
    fastapi_handlers.request_validation_exception_handler,
    fastapi_handlers.websocket_request_validation_exception_handler,
}


def skip_reason(app: Any) -> str | None:
    """Why this app cannot be served as a plugin router, or None."""
    if not isinstance(app, FastAPI):
        return "not a FastAPI app"
    if app.user_middleware:
        return "app middleware"
    if any(h not in DEFAULT_HANDLERS for h in app.exception_handlers.values()):
        return "app exception handlers"
    if app.root_path:
        return "root_path"
    if any(isinstance(r, Mount | Host) for r in app.router.routes):
        return "mounts another app"
    if app.router.dependencies:
        return "app-level dependencies"
    return None


def router_for(app: FastAPI) -> APIRouter:
    router = APIRouter()
    router.include_router(app.router)
    return router


def make_plugin(module: str, plugin_id: str) -> Any:
    """The plugin serving `module`'s `app` (imported on `setup`, so an import error is the
    plugin's load error, not the whole directory's)."""
    from backend.sdk import BackendPlugin, PluginHost, PluginManifest

    class Tutorial(BackendPlugin):
        manifest = PluginManifest(id=plugin_id, name=module)

        def setup(self, host: PluginHost) -> None:
            host.add_router(router_for(importlib.import_module(module).app))

    return Tutorial()
