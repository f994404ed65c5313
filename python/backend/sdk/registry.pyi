"""The process-global plugin registry (native, read-only view)."""

from typing import Any

from backend.sdk import PluginManifest

__all__ = ["errors", "invoke_agent_tool", "loaded", "provider_tools"]

loaded: list[PluginManifest]
errors: list[tuple[str, str]]

async def invoke_agent_tool(name: str, args: dict[str, Any] | None = None) -> Any:
    """Run a plugin tool in the backend; failures come back as ``{"error": ...}``."""

def provider_tools() -> list[dict[str, Any]]: ...
