"""Custom prefixes: host.add_router(router, prefix="/custom") mounts at /api/custom."""
from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

custom = APIRouter()
default = APIRouter()
versioned = APIRouter(prefix="/v1", tags=["v1"])


@custom.get("/hello")
def custom_hello() -> dict[str, str]:
    return {"where": "custom"}


@custom.get("")
def custom_root() -> dict[str, str]:
    return {"where": "custom-root"}


@default.get("/hello")
def default_hello() -> dict[str, str]:
    return {"where": "default"}


@versioned.get("/thing/{n}")
async def versioned_thing(n: int) -> dict[str, object]:
    return {"where": "versioned", "n": n}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="compat_prefix", name="Compat: prefixes")

    def setup(self, host: PluginHost) -> None:
        host.add_router(custom, prefix="/custom")
        host.add_router(default)
        host.add_router(versioned, prefix="/nested/deeper")


PLUGIN = Plugin()
