"""horrible-hello: an example backend plugin distributed as a pip package.

Installed into the interpreter's environment, it is discovered through its ``horrible.plugins``
entry point (``hello = horrible_hello:PLUGIN``); no ``--plugins-dir`` is needed.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")  # mounts at /api/plugins/hello
def hello() -> dict[str, str]:
    return {"hello": "world"}


def greet(args: dict[str, Any]) -> dict[str, str]:
    return {"greeting": f"Hello, {args.get('name') or 'world'}!"}


class HelloPlugin(BackendPlugin):
    manifest = PluginManifest(
        id="hello",
        name="Hello",
        version="0.1.0",
        description="Example pip-installable plugin.",
    )

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_agent_tool(
            AgentTool(
                name="hello.greet",
                description="Greet someone by name.",
                handler=greet,
                parameters={"name": {"type": "string", "description": "who to greet"}},
            )
        )


PLUGIN = HelloPlugin()
