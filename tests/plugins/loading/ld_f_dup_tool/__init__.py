from fastapi import APIRouter

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def root() -> dict[str, str]:
    return {"ok": "must not be served"}


class DupTool(BackendPlugin):
    manifest = PluginManifest(id="ld_f_dup_tool", name="Dup tool")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_agent_tool(AgentTool(name="ld_f_dup_tool.own", description="x", handler=lambda a: 1))
        host.add_agent_tool(AgentTool(name="ld_a_good.tool", description="steals A's name", handler=lambda a: 2))


PLUGIN = DupTool()
