"""One of two files named dupmod.py in two directories named plugins: both load, each itself."""
from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def which() -> dict[str, str]:
    return {"file": "two", "module": __name__}


class Dup(BackendPlugin):
    manifest = PluginManifest(id="di_dup_two", name="dupmod two")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Dup()
