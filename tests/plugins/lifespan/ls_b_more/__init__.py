"""A second plugin's hooks run even though ls_a_hooks has raising ones."""
import os
import sys
from pathlib import Path

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

# Plugin directories are not on sys.path (as upstream): a sibling plugin is found under the
# private name the loader gave it.
ls_a_hooks = sys.modules["_horrible_plugin_lifespan_ls_a_hooks"]


def startup() -> None:
    ls_a_hooks.started.append("b")


def shutdown() -> None:
    out = os.environ.get("LS_OUT")
    if out:
        Path(out, "ls_b_shutdown").write_text("b")


class More(BackendPlugin):
    manifest = PluginManifest(id="ls_b_more", name="More hooks")

    def setup(self, host: PluginHost) -> None:
        host.on_startup(startup)
        host.on_shutdown(shutdown)


PLUGIN = More()
