"""Public types of the backend plugin SDK (``backend.sdk.types``), as upstream's."""

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import InitVar, dataclass
from typing import Any, TypeAlias

AgentToolHandler: TypeAlias = Callable[[dict[str, Any]], Any | Awaitable[Any]]
WsChannelHandler: TypeAlias = Callable[[Any, dict[str, Any]], Awaitable[None]]
LifecycleHook: TypeAlias = Callable[[], Any | Awaitable[Any]]
DashFacadeFactory: TypeAlias = Callable[[], Any]

@dataclass(frozen=True)
class PluginManifest:
    """Identity of a backend plugin; `requires` (horrible's extension) names the plugin ids it
    needs loaded first."""

    id: str
    name: str
    version: str = "0.0.0"
    description: str = ""
    requires: InitVar[Sequence[str] | None] = None
    @property
    def dependencies(self) -> tuple[str, ...]: ...

@dataclass
class AgentTool:
    """A server-side agent tool: its handler runs in the backend."""

    name: str
    description: str
    handler: AgentToolHandler
    parameters: dict[str, dict[str, Any]] = ...
    required: list[str] = ...
    side_effect: bool = False
    specifier_template: str | None = None
    timeout: float | None = None
    def provider_tool(self) -> dict[str, Any]:
        """``{"type": "function", "function": {"name", "description", "parameters"}}``."""
    def meta(self) -> dict[str, Any]:
        """``{"name", "sideEffect", "specifierTemplate"}``."""
    def provider_form(self) -> dict[str, Any]:
        """Alias of ``provider_tool``."""
    def gate_metadata(self) -> dict[str, Any]:
        """Alias of ``meta``."""
