"""Loads with a warning: its facade is named like a core one (the core `dash.panes` wins)."""
from backend.sdk import BackendPlugin, PluginHost, PluginManifest


class Warned(BackendPlugin):
    manifest = PluginManifest(id="warned", name="Warned")

    def setup(self, host: PluginHost) -> None:
        host.add_dash_facade("panes", object)


PLUGIN = Warned()
