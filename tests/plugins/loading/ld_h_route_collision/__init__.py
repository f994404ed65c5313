from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

own = APIRouter()
clash = APIRouter()


@own.get("")
def own_root() -> dict[str, str]:
    return {"ok": "ld_h_route_collision"}


@clash.get("")
def clash_root() -> dict[str, str]:
    return {"ok": "stolen"}  # never served: ld_a_good declared GET /api/plugins/ld_a_good first


class Collides(BackendPlugin):
    manifest = PluginManifest(id="ld_h_route_collision", name="Route collision")

    def setup(self, host: PluginHost) -> None:
        host.add_router(own)
        host.add_router(clash, prefix="/plugins/ld_a_good")  # GET /api/plugins/ld_a_good again


PLUGIN = Collides()
