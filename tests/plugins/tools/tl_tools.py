"""Agent tools: sync, async, raising, side-effecting, slow."""
import asyncio
from typing import Any

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest


def sync_tool(args: dict[str, Any]) -> dict[str, Any]:
    return {"sync": True, "args": args}


async def async_tool(args: dict[str, Any]) -> dict[str, Any]:
    await asyncio.sleep(0.01)
    return {"async": True, "n": args.get("n", 0) * 2}


def raising_tool(args: dict[str, Any]) -> None:
    raise ValueError("bad input")


async def slow_tool(args: dict[str, Any]) -> str:
    await asyncio.sleep(10)
    return "too late"


class Tools(BackendPlugin):
    manifest = PluginManifest(id="tl_tools", name="Tools", version="2.0.0")

    def setup(self, host: PluginHost) -> None:
        host.add_agent_tool(AgentTool(name="tl.sync", description="Sync tool.", handler=sync_tool))
        host.add_agent_tool(AgentTool(
            name="tl.async", description="Async tool.", handler=async_tool,
            parameters={"n": {"type": "integer"}}, required=["n"]))
        host.add_agent_tool(AgentTool(name="tl.raises", description="Raises.", handler=raising_tool))
        host.add_agent_tool(AgentTool(
            name="tl.write", description="Writes a file.", handler=lambda a: {"wrote": a.get("path")},
            parameters={"path": {"type": "string"}}, required=["path"],
            side_effect=True, specifier_template="{path}"))
        host.add_agent_tool(AgentTool(name="tl.slow", description="Slow.", handler=slow_tool, timeout=0.3))


PLUGIN = Tools
