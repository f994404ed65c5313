"""Ping: the reference backend plugin.

It registers one of every capability the backend plugin SDK offers (an HTTP router, an agent
tool, a ``/ws`` channel, a ``dash`` facade and lifespan hooks) and doubles as the integration
test fixture. Run it with ``horrible serve --plugins-dir examples/backend-plugins``.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from backend.sdk import AgentTool, BackendPlugin, Connection, PluginHost, PluginManifest

router = APIRouter()

# Set by the startup hook; reported by GET /api/plugins/ping/lifecycle.
_state: dict[str, bool] = {"started": False, "stopped": False}


class Item(BaseModel):
    name: str
    price: float
    tags: list[str] = []


@router.get("")  # mounts at /api/plugins/ping
def ping() -> dict[str, Any]:
    return {"pong": True, "plugin": "ping"}


@router.get("/lifecycle")
def lifecycle() -> dict[str, bool]:
    return {"started": _state["started"]}


@router.post("/items/{item_id}")
async def create_item(item_id: int, item: Item, q: str | None = None) -> dict[str, Any]:
    return {"item_id": item_id, "q": q, "item": item}


async def ping_channel(conn: Connection, message: dict[str, Any]) -> None:
    await conn.send_json({"channel": "ping", "event": "pong", "data": message.get("data")})


class PingFacade:
    """Talk to the ping plugin from the REPL."""

    def pong(self) -> str:
        """Answer 'pong'."""
        return "pong"


class PingPlugin(BackendPlugin):
    manifest = PluginManifest(
        id="ping",
        name="Ping",
        version="1.0.0",
        description="Reference plugin: one of every backend capability.",
    )

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_agent_tool(
            AgentTool(
                name="ping.echo",
                description="Echo back the given text.",
                handler=lambda args: {"echo": args.get("text", "")},
                parameters={"text": {"type": "string", "description": "text to echo"}},
                required=["text"],
            )
        )
        host.add_ws_channel("ping", ping_channel)  # async (conn, message)
        host.add_dash_facade("ping", PingFacade)  # -> dash.ping in the REPL

        def started() -> None:
            _state["started"] = True
            host.log.info("ping plugin started")

        async def stopped() -> None:
            _state["stopped"] = True
            host.log.info("ping plugin stopped")

        host.on_startup(started)  # lifespan hooks (sync or async)
        host.on_shutdown(stopped)


PLUGIN = PingPlugin()
