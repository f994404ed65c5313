"""Second store user: proves host.store is namespaced per plugin (/api/plugins/wsfix_b/kv)."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()
_host: list[PluginHost] = []


@router.get("/kv")
def kv_all() -> dict[str, Any]:
    s = _host[0].store
    return {"keys": sorted(s.keys())}


@router.get("/kv/{key}")
def kv_get(key: str) -> dict[str, Any]:
    return {"value": _host[0].store.get(key, "<default>")}


@router.put("/kv/{key}")
def kv_set(key: str, value: Any = Body(embed=True)) -> dict[str, Any]:
    _host[0].store.set(key, value)
    return {"ok": True}


class WsFixB(BackendPlugin):
    manifest = PluginManifest(id="wsfix_b", name="WS fixture B")

    def setup(self, h: PluginHost) -> None:
        _host.clear()
        _host.append(h)
        h.add_router(router)


PLUGIN = WsFixB
