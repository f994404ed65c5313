"""`backend.sdk.registry.invoke_agent_tool` (`horrible._host.registry`)."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any


def make_invoke_agent_tool(
    blocking: Callable[[str, dict[str, Any]], Any],
) -> Callable[..., Awaitable[Any]]:
    """Wraps the host's blocking tool call (gate-free, schema-checked) for async callers."""

    async def invoke_agent_tool(name: str, args: dict[str, Any] | None = None) -> Any:
        """Run a plugin tool in the backend; failures come back as {'error': ...}."""
        return await asyncio.get_running_loop().run_in_executor(None, blocking, name, dict(args or {}))

    return invoke_agent_tool
