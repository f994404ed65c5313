"""Plugin discovery and loading (native; runs once when the host starts)."""

from backend.sdk import PluginManifest

__all__ = ["load_plugins"]

def load_plugins() -> list[PluginManifest]: ...
