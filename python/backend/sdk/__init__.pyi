"""Type stubs for ``backend.sdk``, the backend plugin SDK.

The module itself is native: it is implemented in Rust inside the ``horrible`` binary and exists
only in the interpreter that binary embeds (``horrible serve``, ``horrible python``). These stubs
describe the same API for editors and ``mypy --strict`` (``MYPYPATH=python``).
"""

import logging
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar, Literal, Self, final, overload

import httpx
from fastapi import APIRouter
from typing_extensions import disjoint_base

__all__ = [
    "AgentTool",
    "BackendPlugin",
    "Connection",
    "ConnectionClosed",
    "PluginHost",
    "PluginManifest",
    "PluginStore",
]

@final
class PluginManifest:
    """A plugin's immutable identity."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def description(self) -> str: ...
    def __new__(cls, id: str, name: str, version: str = ..., description: str = ...) -> Self:
        """``version`` defaults to ``"0.0.0"``, ``description`` to ``""``."""
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class AgentTool:
    """A server-side agent tool: its handler runs in the backend."""

    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def handler(self) -> Callable[[dict[str, Any]], Any | Awaitable[Any]]: ...
    @property
    def parameters(self) -> dict[str, Any]: ...
    @property
    def required(self) -> list[str]: ...
    @property
    def side_effect(self) -> bool: ...
    @property
    def specifier_template(self) -> str | None: ...
    @property
    def timeout(self) -> float | None: ...
    def __new__(
        cls,
        name: str,
        description: str,
        handler: Callable[[dict[str, Any]], Any | Awaitable[Any]],
        parameters: dict[str, Any] | None = None,
        required: list[str] | None = None,
        side_effect: bool = False,
        specifier_template: str | None = None,
        timeout: float | None = None,
    ) -> Self: ...
    def provider_form(self) -> dict[str, Any]:
        """``{"type": "function", "function": {"name", "description", "parameters"}}``."""
    def gate_metadata(self) -> dict[str, Any]:
        """``{"name", "sideEffect", "specifierTemplate"}``."""

class ConnectionClosed(ConnectionError):
    """Raised by :meth:`Connection.send_json` once the socket is gone."""

@final
class Connection:
    """One ``/ws`` socket, as a plugin channel handler sees it."""

    @property
    def id(self) -> int: ...
    @property
    def closed(self) -> bool: ...
    @property
    def state(self) -> dict[str, Any]: ...
    async def send_json(self, frame: dict[str, Any]) -> None: ...

@final
class PluginStore:
    """A persistent key-value store (JSON values, SQLite) namespaced to one plugin."""

    def get(self, key: str, default: Any = None) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...
    def delete(self, key: str) -> bool: ...
    def keys(self) -> list[str]: ...

_ChannelHandler = Callable[[Connection, dict[str, Any]], Awaitable[None] | None]
_Hook = Callable[[], Awaitable[None] | None]

@final
class PluginHost:
    """What ``setup(host)`` registers through."""

    @property
    def manifest(self) -> PluginManifest: ...
    @property
    def log(self) -> logging.Logger: ...
    @property
    def store(self) -> PluginStore: ...
    def add_router(self, router: APIRouter, prefix: str | None = None) -> None: ...
    def add_agent_tool(self, tool: AgentTool) -> None: ...
    def add_ws_channel(self, name: str, handler: _ChannelHandler) -> None: ...
    def add_dash_facade(self, name: str, factory: Callable[[], object]) -> None: ...
    def on_startup(self, hook: _Hook) -> None: ...
    def on_shutdown(self, hook: _Hook) -> None: ...
    def broadcast(self, frame: dict[str, Any]) -> int: ...
    @overload
    def http_client(self, sync: Literal[False] = False, **kwargs: Any) -> httpx.AsyncClient: ...
    @overload
    def http_client(self, sync: Literal[True], **kwargs: Any) -> httpx.Client: ...
    @overload
    def http_client(self, sync: bool, **kwargs: Any) -> httpx.AsyncClient | httpx.Client: ...

@disjoint_base
class BackendPlugin:
    """Base class: set a ``manifest`` class attribute and override ``setup``."""

    manifest: ClassVar[PluginManifest]
    def __new__(cls, *_args: Any, **_kwargs: Any) -> Self: ...
    def setup(self, host: PluginHost) -> None: ...
