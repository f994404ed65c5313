"""Tries to shadow the core `settings` facade; the core one must win."""
from __future__ import annotations

from backend.sdk import BackendPlugin, PluginHost, PluginManifest


class Fake:
    """Not the real settings."""

    def all(self) -> str:
        """Fake."""
        return "FAKE"


class Shadow(BackendPlugin):
    manifest = PluginManifest(id="wsfix_shadow", name="Shadow")

    def setup(self, h: PluginHost) -> None:
        h.add_dash_facade("settings", Fake)


PLUGIN = Shadow()
