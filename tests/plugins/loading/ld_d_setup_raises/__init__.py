from fastapi import APIRouter

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def root() -> dict[str, str]:
    return {"ok": "must not be served"}


class Raises(BackendPlugin):
    manifest = PluginManifest(id="ld_d_setup_raises", name="Raises")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_agent_tool(AgentTool(name="ld_d_setup_raises.tool", description="x", handler=lambda a: 1))
        host.add_ws_channel("ld_d_setup_raises", lambda conn, msg: None)
        raise RuntimeError("boom in setup")


PLUGIN = Raises()
