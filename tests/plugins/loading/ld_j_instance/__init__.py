from fastapi import APIRouter

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
async def root() -> dict[str, str]:
    return {"ok": "ld_j_instance"}


class Instance(BackendPlugin):
    manifest = PluginManifest(id="ld_j_instance", name="Instance plugin")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_agent_tool(AgentTool(name="ld_j_instance.tool", description="J's tool.", handler=lambda a: 1))


PLUGIN = Instance()
