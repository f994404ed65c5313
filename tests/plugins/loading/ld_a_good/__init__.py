from fastapi import APIRouter

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def root() -> dict[str, str]:
    return {"ok": "ld_a_good"}


class Good(BackendPlugin):
    manifest = PluginManifest(id="ld_a_good", name="Good A", version="1.2.3", description="works")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_agent_tool(AgentTool(name="ld_a_good.tool", description="A tool.", handler=lambda a: {"ok": True}))
        host.add_ws_channel("ld_a_good", lambda conn, msg: None)
        host.add_dash_facade("ld_a_good", object)


PLUGIN = Good()
