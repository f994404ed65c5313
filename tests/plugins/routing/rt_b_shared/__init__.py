"""Shares the /api/shared prefix with rt_c_shared; loaded first, so its routes win."""
from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("/x")
def x() -> dict[str, str]:
    return {"from": "rt_b_shared"}


@router.get("/{anything}")
def anything(anything: str) -> dict[str, str]:
    return {"from": "rt_b_shared", "anything": anything}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="rt_b_shared", name="Routing: shared prefix B")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router, prefix="/shared")


PLUGIN = Plugin()
