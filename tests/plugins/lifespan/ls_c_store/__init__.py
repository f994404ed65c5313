"""host.store: a per-plugin persistent key-value store."""
from typing import Any

from fastapi import APIRouter, Body

from backend.sdk import BackendPlugin, PluginHost, PluginStore, PluginManifest

router = APIRouter()
_store: list[PluginStore] = []


def store() -> PluginStore:
    return _store[0]


@router.get("/kv")
def all_keys() -> dict[str, Any]:
    s = store()
    return {"keys": s.keys(), "values": {k: s.get(k) for k in s.keys()}}


@router.get("/kv/{key}")
def get_key(key: str) -> dict[str, Any]:
    return {"value": store().get(key, "<default>")}


@router.put("/kv/{key}")
def set_key(key: str, value: Any = Body(embed=True)) -> dict[str, Any]:
    store().set(key, value)
    return {"ok": True}


@router.delete("/kv/{key}")
def delete_key(key: str) -> dict[str, bool]:
    return {"deleted": store().delete(key)}


class Store(BackendPlugin):
    manifest = PluginManifest(id="ls_c_store", name="Store")

    def setup(self, host: PluginHost) -> None:
        _store.clear()
        _store.append(host.store)
        host.add_router(router)

        def count_boot() -> None:
            host.store.set("boots", host.store.get("boots", 0) + 1)

        host.on_startup(count_boot)


PLUGIN = Store()
