"""Plugin discovery and loading, as upstream's ``backend.sdk.loader``."""

from collections.abc import Sequence
from os import PathLike

from backend.sdk.registry import PluginRegistry

def load_plugins(
    *, extra_dirs: Sequence[str | PathLike[str]] | None = None, reg: PluginRegistry | None = None
) -> PluginRegistry:
    """Loads every plugin into ``reg``; without it, the served registry (once per process)."""
