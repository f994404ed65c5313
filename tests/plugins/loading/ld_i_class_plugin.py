"""A single-file module whose PLUGIN is the subclass itself (the host instantiates it)."""
from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def root() -> dict[str, str]:
    return {"ok": "ld_i_class_plugin"}


class ClassPlugin(BackendPlugin):
    manifest = PluginManifest(id="ld_i_class_plugin", name="Class plugin")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = ClassPlugin
