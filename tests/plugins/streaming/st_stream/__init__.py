"""Streaming both ways, for tests/http/test_http_streaming.py: a quiet server-sent-events stream,
a generator that raises after the head, a long poll watching `request.is_disconnected()`, and
uploads read chunk by chunk from `request.stream()`."""
import asyncio
import hashlib
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()
state: dict[str, Any] = {"disconnected": 0, "cancelled": 0, "finished": 0}


@router.get("/quiet-sse")
async def quiet_sse(wait: float = 2.0) -> StreamingResponse:
    async def events() -> AsyncIterator[bytes]:
        await asyncio.sleep(wait)  # nothing to say for a while: the head must be out already
        yield b"data: late\n\n"

    return StreamingResponse(events(), media_type="text/event-stream")


@router.get("/raise-after-head")
async def raise_after_head() -> StreamingResponse:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"partial"
        await asyncio.sleep(0.05)
        raise RuntimeError("generator failed after the head")

    return StreamingResponse(chunks(), media_type="text/plain")


@router.get("/long-poll")
async def long_poll(request: Request) -> dict[str, str]:
    try:
        for _ in range(200):
            if await request.is_disconnected():
                state["disconnected"] += 1
                return {"gone": "yes"}
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        state["cancelled"] += 1
        raise
    state["finished"] += 1
    return {"gone": "no"}


@router.get("/boom")
async def boom() -> None:
    raise KeyError("unhandled")


@router.get("/state")
def get_state() -> dict[str, Any]:
    return state


@router.post("/upload")
async def upload(request: Request) -> dict[str, Any]:
    digest = hashlib.sha256()
    size = chunks = 0
    async for chunk in request.stream():
        digest.update(chunk)
        size += len(chunk)
        chunks += 1
    return {"bytes": size, "sha256": digest.hexdigest(), "streamed": chunks > 1}


@router.post("/upload-check-first")
async def upload_check_first(request: Request) -> dict[str, Any]:
    """`is_disconnected` before reading: the chunk its cancelled receive fetched is not lost."""
    disconnected = await request.is_disconnected()
    body = await request.body()
    return {"disconnected": disconnected, "bytes": len(body), "sha256": hashlib.sha256(body).hexdigest()}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="st_stream", name="Streaming")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
