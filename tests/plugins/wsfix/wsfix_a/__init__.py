"""Fixture plugin for tests/ws/, telemetry/, settings/, repl/ and http/test_guard.py.

ws channels (all reply on the same socket unless noted):
  wsfix.seq       async; sleeps a random short time, echoes {"seq": data.seq}
  wsfix.slow      async; sleeps data.seconds, replies "slow-done"
  wsfix.sync      sync handler; broadcasts {"channel":"wsfix.sync","event":"bcast","data":..}
  wsfix.raise     raises ValueError("boom from wsfix")
  wsfix.state     counts messages in conn.state; replies {"n", "id", "closed"}
  wsfix.keep      keeps conn (module global); replies "kept" with conn.id
  wsfix.sendkept  tries kept_conn.send_json(...) and replies with what happened
  wsfix.broadcast host.broadcast(data) and replies {"count": n}
  wsfix.whole     replies with the whole frame it got
HTTP (/api/plugins/wsfix):
  GET  /boom            raises RuntimeError -> 500
  POST /echo            echoes the raw body
  GET  /outbound?sync=0 calls the host's own /api/health via host.http_client()
  GET/PUT/DELETE /kv/{key}, GET /kv  host.store
"""
from __future__ import annotations

import asyncio
import random
from typing import Any

from fastapi import APIRouter, Body, Request

from backend.sdk import BackendPlugin, Connection, ConnectionClosed, PluginHost, PluginManifest

router = APIRouter()
_host: list[PluginHost] = []
_kept: list[Connection] = []


def host() -> PluginHost:
    return _host[0]


async def seq(conn: Connection, msg: dict[str, Any]) -> None:
    await asyncio.sleep(random.uniform(0, 0.03))
    await conn.send_json({"channel": "wsfix.seq", "event": "echo", "data": {"seq": msg["data"]["seq"]}})


async def slow(conn: Connection, msg: dict[str, Any]) -> None:
    await asyncio.sleep(float(msg["data"]["seconds"]))
    await conn.send_json({"channel": "wsfix.slow", "event": "done", "data": msg["data"]})


def sync_handler(conn: Connection, msg: dict[str, Any]) -> None:
    host().broadcast({"channel": "wsfix.sync", "event": "bcast", "data": {"from": conn.id, "got": msg.get("data")}})


async def boom(conn: Connection, msg: dict[str, Any]) -> None:
    raise ValueError("boom from wsfix")


def exits(conn: Connection, msg: dict[str, Any]) -> None:
    raise SystemExit(3)


async def cancels(conn: Connection, msg: dict[str, Any]) -> None:
    """Raises a CancelledError of its own (it awaits a future someone cancelled)."""
    fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    fut.cancel()
    await fut


async def state(conn: Connection, msg: dict[str, Any]) -> None:
    st = conn.state
    st["n"] = st.get("n", 0) + 1
    await conn.send_json({"channel": "wsfix.state", "event": "n",
                          "data": {"n": st["n"], "id": conn.id, "closed": conn.closed}})


async def keep(conn: Connection, msg: dict[str, Any]) -> None:
    _kept.clear()
    _kept.append(conn)
    await conn.send_json({"channel": "wsfix.keep", "event": "kept", "data": {"id": conn.id}})


async def sendkept(conn: Connection, msg: dict[str, Any]) -> None:
    kept = _kept[0]
    out: dict[str, Any] = {"kept_id": kept.id, "closed_before": kept.closed}
    try:
        await kept.send_json({"channel": "wsfix.keep", "event": "late", "data": None})
        out["raised"] = None
    except Exception as e:  # noqa: BLE001
        out["raised"] = type(e).__name__
        out["is_connection_closed"] = isinstance(e, ConnectionClosed)
        out["is_connection_error"] = isinstance(e, ConnectionError)
    out["closed_after"] = kept.closed
    await conn.send_json({"channel": "wsfix.sendkept", "event": "result", "data": out})


async def broadcast(conn: Connection, msg: dict[str, Any]) -> None:
    n = host().broadcast(msg["data"])
    await conn.send_json({"channel": "wsfix.broadcast", "event": "count", "data": {"count": n}})


async def whole(conn: Connection, msg: dict[str, Any]) -> None:
    await conn.send_json({"channel": "wsfix.whole", "event": "frame", "data": msg})


@router.get("/boom")
def http_boom() -> dict[str, Any]:
    raise RuntimeError("http boom")


@router.post("/echo")
async def http_echo(request: Request) -> dict[str, Any]:
    body = await request.body()
    return {"len": len(body)}


@router.get("/outbound")
async def outbound(request: Request, sync: int = 0, port: int = 0) -> dict[str, Any]:
    url = f"http://127.0.0.1:{port}/api/health"
    if sync:
        with host().http_client(sync=True) as c:
            r = c.get(url)
    else:
        async with host().http_client() as c:
            r = await c.get(url)
    return {"status": r.status_code, "body": r.text}


@router.post("/outbound_post")
async def outbound_post(port: int, payload: Any = Body(embed=True)) -> dict[str, Any]:
    async with host().http_client() as c:
        r = await c.post(f"http://127.0.0.1:{port}/api/plugins/wsfix/echo", json=payload)
    return {"status": r.status_code, "body": r.json()}


@router.get("/kv")
def kv_all() -> dict[str, Any]:
    s = host().store
    return {"keys": sorted(s.keys()), "values": {k: s.get(k) for k in s.keys()}}


@router.get("/kv/{key}")
def kv_get(key: str) -> dict[str, Any]:
    return {"value": host().store.get(key, "<default>")}


@router.put("/kv/{key}")
def kv_set(key: str, value: Any = Body(embed=True)) -> dict[str, Any]:
    host().store.set(key, value)
    return {"ok": True}


@router.delete("/kv/{key}")
def kv_delete(key: str) -> dict[str, Any]:
    return {"deleted": host().store.delete(key)}


class WsFix(BackendPlugin):
    manifest = PluginManifest(id="wsfix", name="WS fixture")

    def setup(self, h: PluginHost) -> None:
        _host.clear()
        _host.append(h)
        h.add_router(router)
        for name, fn in [("wsfix.seq", seq), ("wsfix.slow", slow), ("wsfix.sync", sync_handler),
                         ("wsfix.raise", boom), ("wsfix.state", state), ("wsfix.keep", keep),
                         ("wsfix.sendkept", sendkept), ("wsfix.broadcast", broadcast),
                         ("wsfix.whole", whole), ("wsfix.exit", exits), ("wsfix.cancel", cancels)]:
            h.add_ws_channel(name, fn)


PLUGIN = WsFix()
