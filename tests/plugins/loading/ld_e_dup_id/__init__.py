from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("/dup-id-route")
def root() -> dict[str, str]:
    return {"ok": "must not be served"}


class DupId(BackendPlugin):
    manifest = PluginManifest(id="ld_a_good", name="Duplicate of A")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = DupId()
