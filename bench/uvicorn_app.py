"""The uvicorn baseline: the same plugin code as our host, served by plain FastAPI + uvicorn.

It imports the plugin packages from ``$BENCH_PLUGINS_DIR`` (default ``examples/backend-plugins``)
with a stand-in ``backend.sdk`` (``tests/support/sdkstub``), runs each plugin's ``setup(host)`` against a
recording host, and serves what was registered the way the host does:

- each router under ``/api/plugins/<id>`` (or ``/api/<prefix>``);
- each agent tool at ``POST /api/agent/tools/<name>/invoke`` with body ``{"args": {...}}``, answering
  the handler's result (a sync handler is called inline on the loop: the cheapest possible baseline);
- ``/ws``: each JSON frame goes to the channel handler named by its ``channel``, awaited in order,
  with a connection whose ``send_json`` is ``websocket.send_json``;
- ``GET /api/health``.

Run: ``uvicorn uvicorn_app:app --app-dir bench --loop uvloop --http httptools --ws websockets``.
"""
from __future__ import annotations

import contextlib
import importlib
import inspect
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The same stand-in `backend.sdk` the differential tests use.
sys.path.insert(0, str(HERE.parent / "tests" / "support" / "sdkstub"))
PLUGINS_DIR = Path(os.environ.get("BENCH_PLUGINS_DIR", HERE.parent / "examples" / "backend-plugins")).resolve()
sys.path.insert(0, str(PLUGINS_DIR))

from fastapi import Body, FastAPI, WebSocket, WebSocketDisconnect  # noqa: E402
from fastapi.responses import JSONResponse  # noqa: E402

from backend.sdk import Connection, PluginHost  # noqa: E402


def _discover() -> list[str]:
    names = []
    for name in sorted(os.listdir(PLUGINS_DIR)):
        if name.startswith((".", "_")):
            continue
        p = PLUGINS_DIR / name
        if (p / "__init__.py").is_file():
            names.append(name)
        elif name.endswith(".py") and p.is_file():
            names.append(name[:-3])
    return names


HOSTS: list[PluginHost] = []
TOOLS: dict[str, Any] = {}
CHANNELS: dict[str, Any] = {}

for _modname in _discover():
    _mod = importlib.import_module(_modname)
    _plugin = getattr(_mod, "PLUGIN", None)
    if _plugin is None:
        continue
    _host = PluginHost(_plugin.manifest)
    _plugin.setup(_host)
    HOSTS.append(_host)
    TOOLS.update({tool.name: tool for tool in _host.tools})
    CHANNELS.update(_host.channels)


async def _run_hooks(hooks: list[Any]) -> None:
    for hook in hooks:
        r = hook()
        if inspect.isawaitable(r):
            await r


@contextlib.asynccontextmanager
async def lifespan(_app: FastAPI):
    for h in HOSTS:
        await _run_hooks(h.startup)
    yield
    for h in HOSTS:
        await _run_hooks(h.shutdown)


app = FastAPI(lifespan=lifespan)

for _host in HOSTS:
    for _router, _prefix in _host.routers:
        mount = f"/api/plugins/{_host.manifest.id}" if _prefix is None else ("/api/" + _prefix.strip("/")).rstrip("/")
        app.include_router(_router, prefix=mount)


@app.get("/api/health")
def health() -> dict[str, Any]:
    return {"ok": True}


@app.post("/api/agent/tools/{name}/invoke")
async def invoke(name: str, body: dict[str, Any] = Body(default_factory=dict)) -> Any:
    tool = TOOLS.get(name)
    if tool is None:
        return JSONResponse({"error": f"unknown tool: {name}"})
    try:
        result = tool.handler(body.get("args") or {})
        if inspect.isawaitable(result):
            result = await result
    except Exception as exc:  # mirror the host: failures are values
        return JSONResponse({"error": f"{type(exc).__name__}: {exc}"})
    return JSONResponse(result)


class WsConnection(Connection):
    _next = 0

    def __init__(self, ws: WebSocket) -> None:
        super().__init__()
        WsConnection._next += 1
        self.id = WsConnection._next
        self._ws = ws

    async def send_json(self, frame: dict[str, Any]) -> None:
        await self._ws.send_json(frame)


@app.websocket("/ws")
async def ws_endpoint(websocket: WebSocket) -> None:
    await websocket.accept()
    conn = WsConnection(websocket)
    try:
        while True:
            frame = await websocket.receive_json()
            handler = CHANNELS.get(frame.get("channel")) if isinstance(frame, dict) else None
            if handler is None:
                continue
            r = handler(conn, frame)
            if inspect.isawaitable(r):
                await r
    except WebSocketDisconnect:
        pass
    finally:
        conn.closed = True
