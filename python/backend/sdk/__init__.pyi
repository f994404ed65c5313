"""Type stubs for ``backend.sdk``, the backend plugin SDK.

The module is built by the ``horrible`` binary (its types are Python embedded in it, the store and
connection are native) and exists only in the interpreter that binary embeds (``horrible serve``,
``horrible python``). These stubs describe the same API for editors and ``mypy --strict``
(``MYPYPATH=python``).
"""

from typing import Any, final

from backend.sdk.host import BackendPlugin as BackendPlugin
from backend.sdk.host import PluginHost as PluginHost
from backend.sdk.loader import load_plugins as load_plugins
from backend.sdk.registry import PluginRegistry as PluginRegistry
from backend.sdk.registry import registry as registry
from backend.sdk.types import AgentTool as AgentTool
from backend.sdk.types import AgentToolHandler as AgentToolHandler
from backend.sdk.types import DashFacadeFactory as DashFacadeFactory
from backend.sdk.types import LifecycleHook as LifecycleHook
from backend.sdk.types import PluginManifest as PluginManifest
from backend.sdk.types import WsChannelHandler as WsChannelHandler

__all__ = [
    "AgentTool",
    "AgentToolHandler",
    "BackendPlugin",
    "Connection",
    "ConnectionClosed",
    "DashFacadeFactory",
    "LifecycleHook",
    "PluginHost",
    "PluginManifest",
    "PluginRegistry",
    "PluginStore",
    "WsChannelHandler",
    "load_plugins",
    "registry",
]

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
