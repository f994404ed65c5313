"""Plugin discovery and loading (native; runs once when the host starts)."""

from backend.sdk import PluginManifest

def load_plugins() -> list[PluginManifest]: ...
