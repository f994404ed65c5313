from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def root() -> dict[str, str]:
    return {"ok": "must not be served"}


class DupChannel(BackendPlugin):
    manifest = PluginManifest(id="ld_g_dup_channel", name="Dup channel")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_ws_channel("ld_a_good", lambda conn, msg: None)


PLUGIN = DupChannel()
