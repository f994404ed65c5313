"""A second plugin directory (ordering across --plugins-dir and HORRIBLE_PLUGINS_DIR)."""
from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def root() -> dict[str, str]:
    return {"ok": "ld2_extra"}


class Extra(BackendPlugin):
    manifest = PluginManifest(id="ld2_extra", name="Extra")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Extra()
