"""A dash facade whose factory raises (the REPL session must still start) and a good one."""
from __future__ import annotations

from backend.sdk import BackendPlugin, PluginHost, PluginManifest


def broken_factory() -> object:
    raise RuntimeError("facade factory exploded")


class Good:
    """A working plugin facade."""

    def hello(self) -> str:
        """Say hello."""
        return "hello from wsfixgood"

    def nodoc(self) -> int:
        return 7


class BadFacade(BackendPlugin):
    manifest = PluginManifest(id="wsfix_badfacade", name="Bad facade")

    def setup(self, h: PluginHost) -> None:
        h.add_dash_facade("wsfixbroken", broken_factory)
        h.add_dash_facade("wsfixgood", Good)


PLUGIN = BadFacade()
