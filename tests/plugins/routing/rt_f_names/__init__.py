"""`request.url_for` across plugins (names are global, as in one FastAPI app) and what routes
read from `request.app` (tests/http/test_http_routing.py)."""
from typing import Any

from fastapi import APIRouter, Request

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("/url-for/{name}")
def url_for(name: str, request: Request) -> dict[str, str]:
    params = dict(request.query_params)
    return {"url": str(request.url_for(name, **params)), "path": request.app.url_path_for(name, **params)}


@router.post("/state/{value}")
def set_state(value: str, request: Request) -> dict[str, str]:
    request.app.state.rt_f_value = value
    return {"set": value}


@router.get("/app")
def app_facts(request: Request) -> dict[str, Any]:
    return {"title": request.app.title, "state": getattr(request.app.state, "rt_f_value", None)}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="rt_f_names", name="Routing: names and request.app")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
