"""Routes that hang, for the request-timeout tests."""
import asyncio
import threading
import time
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()
state: dict[str, Any] = {"cancelled": 0, "chunks": 0}
release = threading.Event()


@router.get("/async-forever")
async def async_forever() -> dict[str, str]:
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        state["cancelled"] += 1
        raise
    return {"never": "reached"}


@router.get("/sync-blocked")
def sync_blocked() -> dict[str, str]:
    release.wait(30)
    return {"released": "yes"}


@router.get("/release")
def release_sync() -> dict[str, bool]:
    release.set()
    return {"ok": True}


@router.get("/state")
def get_state() -> dict[str, Any]:
    return state


@router.get("/firehose")
async def firehose() -> StreamingResponse:
    """64 MiB in 64 KiB chunks, counting how many the server has produced so far."""
    state["chunks"] = 0

    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(1024):
            state["chunks"] += 1
            yield b"x" * 65536

    return StreamingResponse(chunks(), media_type="application/octet-stream")


@router.get("/quick")
async def quick() -> dict[str, bool]:
    return {"quick": True}


class HangPlugin(BackendPlugin):
    manifest = PluginManifest(id="hang", name="Hang")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = HangPlugin
