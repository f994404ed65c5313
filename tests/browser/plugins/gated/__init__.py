"""Fixture plugin for the browser tests: one side-effecting agent tool behind the permission gate."""

from backend.sdk import AgentTool, BackendPlugin, PluginManifest


class Gated(BackendPlugin):
    manifest = PluginManifest(id="gated", name="Gated")

    def setup(self, host):
        host.add_agent_tool(
            AgentTool(
                name="gated.write",
                description="Write a note.",
                handler=lambda args: {"wrote": args.get("text")},
                parameters={"text": {"type": "string"}},
                required=["text"],
                side_effect=True,
                specifier_template="{text}",
            )
        )


PLUGIN = Gated
