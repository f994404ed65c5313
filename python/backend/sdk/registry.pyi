"""The process-global plugin registry (native, read-only view)."""

from typing import Any

from backend.sdk import PluginManifest

loaded: list[PluginManifest]
errors: list[tuple[str, str]]

async def invoke_agent_tool(name: str, args: dict[str, Any]) -> Any: ...
def provider_tools() -> list[dict[str, Any]]: ...
