"""Tools whose names exercise upstream's `list_tools` source label (the group before the first dot,
`layout` without one): a dotless plugin tool and a doubly dotted one."""
from typing import Any

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest


def echo(args: dict[str, Any]) -> dict[str, Any]:
    return args


class AgentWire(BackendPlugin):
    manifest = PluginManifest(id="aw_tools", name="Agent wire fixtures")

    def setup(self, host: PluginHost) -> None:
        host.add_agent_tool(AgentTool(name="aw_dotless", description="A plugin tool without a namespace.", handler=echo))
        host.add_agent_tool(AgentTool(name="aw.deep.name", description="Two dots: the group is 'aw'.", handler=echo))


PLUGIN = AgentWire
