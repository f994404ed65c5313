"""A pure-Python stand-in for the native ``backend.sdk``, for the test process only.

The real module lives inside the ``horrible`` binary. The differential HTTP tests import the very
same plugin packages into pytest to build a reference FastAPI app; those packages only need the
SDK's classes to exist and ``setup(host)`` to be callable with a host double
(``support.reference.RecordingHost``). Nothing here is loaded by the host.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

__all__ = [
    "AgentTool",
    "BackendPlugin",
    "Connection",
    "ConnectionClosed",
    "PluginHost",
    "PluginManifest",
    "PluginStore",
]


@dataclass(frozen=True)
class PluginManifest:
    id: str
    name: str
    version: str = "0.0.0"
    description: str = ""


class BackendPlugin:
    manifest: PluginManifest

    def setup(self, host: Any) -> None:
        raise NotImplementedError(f"{type(self).__name__}.setup(host) is not implemented")


class AgentTool:
    def __init__(self, name, description, handler, parameters=None, required=None,
                 side_effect=False, specifier_template=None, timeout=None):
        self.name = name
        self.description = description
        self.handler = handler
        self.parameters = dict(parameters or {})
        self.required = list(required or [])
        self.side_effect = side_effect
        self.specifier_template = specifier_template
        self.timeout = timeout

    def provider_form(self) -> dict[str, Any]:
        return {"type": "function", "function": {
            "name": self.name, "description": self.description,
            "parameters": {"type": "object", "properties": self.parameters, "required": self.required}}}

    def gate_metadata(self) -> dict[str, Any]:
        return {"name": self.name, "sideEffect": self.side_effect,
                "specifierTemplate": self.specifier_template}


class ConnectionClosed(Exception):
    pass


class Connection:
    def __init__(self) -> None:
        self.id = 0
        self.closed = False
        self.state: dict[str, Any] = {}
        self.sent: list[dict[str, Any]] = []

    async def send_json(self, frame: dict[str, Any]) -> None:
        if self.closed:
            raise ConnectionClosed()
        self.sent.append(frame)


class PluginStore:
    def __init__(self) -> None:
        self._d: dict[str, Any] = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._d.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._d[key] = value

    def delete(self, key: str) -> bool:
        return self._d.pop(key, None) is not None

    def keys(self) -> list[str]:
        return sorted(self._d)


class PluginHost:
    """A recording double: what ``setup(host)`` registered (also ``support.reference.RecordingHost``)."""

    def __init__(self, manifest: PluginManifest) -> None:
        self.manifest = manifest
        self.log = logging.getLogger(f"plugin.{manifest.id}")
        self.store = PluginStore()
        self.routers: list[tuple[Any, str | None]] = []
        self.tools: list[AgentTool] = []
        self.channels: dict[str, Any] = {}
        self.facades: dict[str, Any] = {}
        self.startup: list[Any] = []
        self.shutdown: list[Any] = []

    def add_router(self, router: Any, prefix: str | None = None) -> None:
        self.routers.append((router, prefix))

    def add_agent_tool(self, tool: AgentTool) -> None:
        self.tools.append(tool)

    def add_ws_channel(self, name: str, handler: Any) -> None:
        self.channels[name] = handler

    def add_dash_facade(self, name: str, factory: Any) -> None:
        self.facades[name] = factory

    def on_startup(self, hook: Any) -> None:
        self.startup.append(hook)

    def on_shutdown(self, hook: Any) -> None:
        self.shutdown.append(hook)

    def broadcast(self, frame: dict[str, Any]) -> int:
        return 0

    def http_client(self, sync: bool = False, **kwargs: Any) -> Any:
        import httpx
        return httpx.Client(**kwargs) if sync else httpx.AsyncClient(**kwargs)
