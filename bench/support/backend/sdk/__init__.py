"""A pure-Python stand-in for the native ``backend.sdk``, for the uvicorn baseline only.

The real module is implemented inside the ``horrible`` binary. The baseline (``bench/uvicorn_app.py``)
imports the very same plugin packages under plain uvicorn, so those packages only need the SDK's
classes to exist and ``setup(host)`` to run against a host that records what it registers.
"""
from __future__ import annotations

import logging
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


class PluginManifest:
    def __init__(self, id: str, name: str, version: str = "0.0.0", description: str = "") -> None:
        self.id, self.name, self.version, self.description = id, name, version, description


class BackendPlugin:
    manifest: PluginManifest

    def setup(self, host: Any) -> None:
        raise NotImplementedError


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


class ConnectionClosed(Exception):
    pass


class Connection:
    """What a channel handler sees; the baseline's ``/ws`` route subclasses this."""

    id = 0
    closed = False

    def __init__(self) -> None:
        self.state: dict[str, Any] = {}

    async def send_json(self, frame: dict[str, Any]) -> None:
        raise NotImplementedError


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
    """Records what ``setup(host)`` registers."""

    def __init__(self, manifest: PluginManifest) -> None:
        self.manifest = manifest
        self.log = logging.getLogger(f"plugin.{manifest.id}")
        self.store = PluginStore()
        self.routers: list[tuple[Any, str | None]] = []
        self.tools: dict[str, AgentTool] = {}
        self.channels: dict[str, Any] = {}
        self.facades: dict[str, Any] = {}
        self.startup: list[Any] = []
        self.shutdown: list[Any] = []

    def add_router(self, router: Any, prefix: str | None = None) -> None:
        self.routers.append((router, prefix))

    def add_agent_tool(self, tool: AgentTool) -> None:
        self.tools[tool.name] = tool

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
