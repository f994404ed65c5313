"""Shares /api/shared with rt_b_shared: GET /x is shadowed (a warning), the rest is served."""
from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("/x")
def x() -> dict[str, str]:
    return {"from": "rt_c_shared"}


@router.post("/x")
def post_x() -> dict[str, str]:
    return {"from": "rt_c_shared", "method": "POST"}


@router.get("/y/{n:int}")
def y(n: int) -> dict[str, object]:
    return {"from": "rt_c_shared", "n": n}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="rt_c_shared", name="Routing: shared prefix C")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router, prefix="/shared")


PLUGIN = Plugin()
