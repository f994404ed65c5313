"""Fixture plugin for tests/tools/ (test_tools.py, test_gate_e2e.py, test_mcp.py).

Every handler records its calls in ``CALLS`` (read back with ``GET /api/plugins/toolfix/calls``,
which bypasses the gate, or the read-only ``tf.calls`` tool), so a test can tell whether a
handler ran at all (schema check, gate denial).
"""
from __future__ import annotations

import asyncio
import time
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

CALLS: dict[str, int] = {}

router = APIRouter()


@router.get("/calls")
def get_calls() -> dict[str, int]:
    return dict(CALLS)


def _hit(name: str) -> None:
    CALLS[name] = CALLS.get(name, 0) + 1


class Point(BaseModel):
    x: int
    y: int
    label: str = "p"


def sync_tool(args: dict[str, Any]) -> dict[str, Any]:
    _hit("tf.sync")
    return {"sync": True, "args": args}


async def async_tool(args: dict[str, Any]) -> dict[str, Any]:
    _hit("tf.async")
    await asyncio.sleep(0.01)
    return {"async": True, "double": args["n"] * 2}


def raises(args: dict[str, Any]) -> None:
    _hit("tf.raises")
    raise ValueError("boom")


async def async_raises(args: dict[str, Any]) -> None:
    _hit("tf.async_raises")
    raise KeyError("nope")


def returns_set(args: dict[str, Any]) -> Any:
    _hit("tf.set")
    return {1, 2, 3}


def returns_object(args: dict[str, Any]) -> Any:
    _hit("tf.object")
    return object()


def returns_model(args: dict[str, Any]) -> Point:
    _hit("tf.model")
    return Point(x=1, y=2)


def returns_nested(args: dict[str, Any]) -> dict[str, Any]:
    _hit("tf.nested")
    return {"points": [Point(x=1, y=2), Point(x=3, y=4, label="q")], "pair": (1, "two"), "none": None}


def typed(args: dict[str, Any]) -> dict[str, Any]:
    _hit("tf.typed")
    return {"ok": True, "args": args}


def slow_sync(args: dict[str, Any]) -> str:
    _hit("tf.slow_sync")
    time.sleep(3)
    return "too late"


async def slow_async(args: dict[str, Any]) -> str:
    _hit("tf.slow_async")
    await asyncio.sleep(3)
    return "too late"


def write(args: dict[str, Any]) -> dict[str, Any]:
    _hit("tf.write")
    return {"wrote": args.get("path"), "content": args.get("content")}


def delete(args: dict[str, Any]) -> dict[str, Any]:
    _hit("tf.delete")
    return {"deleted": True}


def spec(args: dict[str, Any]) -> dict[str, Any]:
    _hit("tf.spec")
    return {"spec": True}


# Longer than the 30 s the host used to allow every tool: real work must not be cut.
MINUTE_TOOL_SECONDS = 35.0


def minute(args: dict[str, Any]) -> dict[str, Any]:
    time.sleep(MINUTE_TOOL_SECONDS)
    _hit("tf.minute")
    return {"slept": MINUTE_TOOL_SECONDS}


def calls(args: dict[str, Any]) -> dict[str, int]:
    return dict(CALLS)


TYPED_PARAMS = {
    "name": {"type": "string", "description": "a name"},
    "count": {"type": "integer"},
    "ratio": {"type": "number"},
    "flag": {"type": "boolean"},
    "color": {"type": "string", "enum": ["red", "green"]},
    "tags": {"type": "array", "items": {"type": "string"}},
}


class ToolFix(BackendPlugin):
    manifest = PluginManifest(id="toolfix", name="Tool fixtures", version="1.0.0")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        add = host.add_agent_tool
        add(AgentTool(name="tf.sync", description="Sync tool echoing its args.", handler=sync_tool))
        add(AgentTool(name="tf.async", description="Async tool doubling n.", handler=async_tool,
                      parameters={"n": {"type": "integer", "description": "a number"}}, required=["n"]))
        add(AgentTool(name="tf.raises", description="Raises ValueError.", handler=raises))
        add(AgentTool(name="tf.async_raises", description="Raises KeyError (async).", handler=async_raises))
        add(AgentTool(name="tf.set", description="Returns a set.", handler=returns_set))
        add(AgentTool(name="tf.object", description="Returns an object().", handler=returns_object))
        add(AgentTool(name="tf.model", description="Returns a pydantic model.", handler=returns_model))
        add(AgentTool(name="tf.nested", description="Returns models nested in a dict.", handler=returns_nested))
        add(AgentTool(name="tf.typed", description="Typed arguments.", handler=typed,
                      parameters=TYPED_PARAMS, required=["name", "count"]))
        add(AgentTool(name="tf.slow_sync", description="Sleeps 3 s (sync).", handler=slow_sync, timeout=0.5))
        add(AgentTool(name="tf.slow_async", description="Sleeps 3 s (async).", handler=slow_async, timeout=0.5))
        add(AgentTool(name="tf.write", description="Pretends to write a file.", handler=write,
                      parameters={"path": {"type": "string"}, "content": {"type": "string"}},
                      required=["path"], side_effect=True, specifier_template="{path}"))
        add(AgentTool(name="tf.delete", description="Pretends to delete everything.", handler=delete,
                      side_effect=True))
        add(AgentTool(name="tf.spec", description="Untyped args, specifier '{a}:{b}'.", handler=spec,
                      parameters={"a": {}, "b": {}}, side_effect=True, specifier_template="{a}:{b}"))
        add(AgentTool(name="tf.nospec", description="Side effect, empty specifier template.", handler=spec,
                      side_effect=True, specifier_template=""))
        add(AgentTool(name="tf.words", description="Only {word} placeholders are filled.", handler=spec,
                      parameters={"x": {}}, side_effect=True, specifier_template="{a b}|{x}|{x.y}|{ü_1}"))
        add(AgentTool(name="tf.minute", description="Sleeps 35 s, no timeout of its own.", handler=minute))
        add(AgentTool(name="tf.calls", description="How often each handler ran.", handler=calls))


PLUGIN = ToolFix()
