"""Response classes, streaming, HTTPException, unhandled errors, background tasks."""
import asyncio
import time
from collections.abc import AsyncIterator, Iterator

from fastapi import APIRouter, BackgroundTasks, HTTPException, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, StreamingResponse
from pydantic import BaseModel

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()
background: list[str] = []


class Out(BaseModel):
    id: int
    label: str


@router.get("/plain", response_class=PlainTextResponse)
def plain() -> str:
    return "hello, plain"


@router.get("/plain-direct")
async def plain_direct() -> PlainTextResponse:
    return PlainTextResponse("hi there", status_code=202, headers={"X-Custom": "yes"})


@router.get("/html", response_class=HTMLResponse)
def html() -> str:
    return "<h1>hi</h1>"


@router.get("/xml")
def xml() -> Response:
    return Response(content="<a><b>1</b></a>", media_type="application/xml")


@router.get("/binary")
def binary() -> Response:
    return Response(content=bytes(range(256)) * 4, media_type="application/octet-stream")


@router.get("/stream/sync")
def stream_sync() -> StreamingResponse:
    def gen() -> Iterator[str]:
        for i in range(5):
            yield f"line {i}\n"

    return StreamingResponse(gen(), media_type="text/plain")


@router.get("/stream/async")
async def stream_async() -> StreamingResponse:
    async def gen() -> AsyncIterator[bytes]:
        for i in range(5):
            await asyncio.sleep(0.01)
            yield f'{{"chunk": {i}}}\n'.encode()

    return StreamingResponse(gen(), media_type="application/x-ndjson", headers={"X-Stream": "async"})


@router.get("/stream/big")
def stream_big() -> StreamingResponse:
    def gen() -> Iterator[bytes]:
        for i in range(64):
            yield bytes([i % 256]) * 16384

    return StreamingResponse(gen(), media_type="application/octet-stream")


@router.get("/no-content", status_code=204)
def no_content() -> None:
    return None


@router.get("/json-custom")
def json_custom() -> JSONResponse:
    return JSONResponse({"a": 1, "b": [1, 2]}, status_code=202, headers={"X-Thing": "yes"})


@router.get("/set-cookie")
def set_cookie(response: Response) -> dict[str, bool]:
    response.set_cookie("sid", "abc123", httponly=True, samesite="lax")
    response.headers["X-Extra"] = "1"
    response.status_code = 203
    return {"ok": True}


@router.get("/redirect")
def redirect() -> RedirectResponse:
    return RedirectResponse("/api/plugins/compat_responses/plain", status_code=307)


@router.get("/unicode")
def unicode() -> dict[str, str]:
    return {"text": "héllo ✓ 日本 \u2028 \"quoted\" \\ back"}


@router.get("/values")
async def values() -> dict[str, object]:
    return {"float": 1.5, "big": 10**20, "neg": -3, "none": None, "nested": [1, [2, {"k": True}]], "empty": {}}


@router.get("/models", response_model=list[Out])
def models() -> object:
    return [Out(id=1, label="one"), {"id": 2, "label": "two", "hidden": True}]


@router.get("/teapot")
def teapot() -> None:
    raise HTTPException(status_code=418, detail={"why": "teapot", "n": 1}, headers={"X-Error": "teapot"})


@router.get("/not-here")
async def not_here() -> None:
    raise HTTPException(status_code=404, detail="Item not found")


@router.get("/boom")
def boom() -> None:
    raise ValueError("boom")


@router.get("/boom-async")
async def boom_async() -> None:
    raise RuntimeError("async boom")


@router.get("/boom-stream")
def boom_stream() -> StreamingResponse:
    def gen() -> Iterator[bytes]:
        yield b"partial"
        raise RuntimeError("stream broke")

    return StreamingResponse(gen(), media_type="text/plain")


@router.get("/slow-sync")
def slow_sync() -> dict[str, bool]:
    time.sleep(0.05)
    return {"slept": True}


@router.get("/slow-async")
async def slow_async() -> dict[str, bool]:
    await asyncio.sleep(0.05)
    return {"slept": True}


def record(what: str) -> None:
    background.append(what)


@router.post("/background")
def queue_background(tasks: BackgroundTasks) -> dict[str, bool]:
    tasks.add_task(record, "sync-task")
    return {"queued": True}


@router.get("/background")
def read_background() -> dict[str, list[str]]:
    return {"done": list(background)}


@router.delete("/background")
def reset_background() -> dict[str, bool]:
    background.clear()
    return {"ok": True}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="compat_responses", name="Compat: responses")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
