"""Fixture plugin: ``files.*`` tools for tool-name glob rules and acceptEdits (test_gate_e2e.py)."""
from __future__ import annotations

from typing import Any

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest


class Files(BackendPlugin):
    manifest = PluginManifest(id="tf_files", name="Files fixture", version="1.0.0")

    def setup(self, host: PluginHost) -> None:
        def write(args: dict[str, Any]) -> dict[str, Any]:
            return {"written": args.get("path")}

        def remove(args: dict[str, Any]) -> dict[str, Any]:
            return {"removed": args.get("path")}

        def read(args: dict[str, Any]) -> dict[str, Any]:
            return {"read": args.get("path")}

        path = {"path": {"type": "string"}}
        host.add_agent_tool(AgentTool(name="files.write", description="Write a file.", handler=write,
                                      parameters=path, side_effect=True, specifier_template="{path}"))
        host.add_agent_tool(AgentTool(name="files.remove", description="Remove a file.", handler=remove,
                                      parameters=path, side_effect=True, specifier_template="{path}"))
        host.add_agent_tool(AgentTool(name="files.read", description="Read a file.", handler=read,
                                      parameters=path))
        # Upstream's acceptEdits list has files.mkdir; notes.write merely looks like an edit.
        host.add_agent_tool(AgentTool(name="files.mkdir", description="Make a directory.", handler=write,
                                      parameters=path, side_effect=True, specifier_template="{path}"))
        host.add_agent_tool(AgentTool(name="notes.write", description="Write a note.", handler=write,
                                      parameters=path, side_effect=True))


PLUGIN = Files
