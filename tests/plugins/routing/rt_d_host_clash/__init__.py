"""Declares a route the host serves itself (GET /api/health): left out with a warning, the
plugin's other routes are served. Not part of the FastAPI reference app."""
from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

stolen = APIRouter()
own = APIRouter()


@stolen.get("/health")
def health() -> dict[str, str]:
    return {"status": "stolen"}


@own.get("/mine")
def mine() -> dict[str, str]:
    return {"ok": "rt_d_host_clash"}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="rt_d_host_clash", name="Routing: host clash")

    def setup(self, host: PluginHost) -> None:
        host.add_router(stolen, prefix="/")
        host.add_router(own)


PLUGIN = Plugin()
