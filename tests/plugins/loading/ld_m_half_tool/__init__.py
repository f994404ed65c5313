"""Registers two tools with the same name itself: the second replaces the first, as upstream."""
from fastapi import APIRouter

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def root() -> dict[str, str]:
    return {"ok": "must not be served"}


class HalfTool(BackendPlugin):
    manifest = PluginManifest(id="ld_m_half_tool", name="Twice the same tool")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_agent_tool(AgentTool(name="ld_m_half_tool.t", description="x", handler=lambda a: 1))
        host.add_agent_tool(AgentTool(name="ld_m_half_tool.t", description="y", handler=lambda a: 2))


PLUGIN = HalfTool()
