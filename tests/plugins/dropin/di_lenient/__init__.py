"""What upstream loads although we would rather not serve all of it: each refused piece is a
warning; the rest, and what a startup hook registers later, is served."""
import os
from pathlib import Path
from typing import Any

from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest

events: list[str] = []


async def _late_channel(conn: Any, message: dict[str, Any]) -> None:
    await conn.send_json({"channel": "di_late", "event": "late", "data": message.get("data")})


class Lenient(BackendPlugin):
    manifest = PluginManifest(id="di lenient", name="Lenient")

    def setup(self, host: PluginHost) -> None:
        host.add_agent_tool(AgentTool(name="di.ok", description="fine", handler=lambda a: {"ok": True}))
        host.add_agent_tool(AgentTool(name="di.req", description="required names a missing key",
                                      handler=lambda a: {"args": a}, required=["missing"]))
        host.add_agent_tool(AgentTool(name="ping.echo", description="taken by ping", handler=lambda a: 0))
        host.add_dash_facade("panes", object)  # a core facade: the core one wins
        host.add_ws_channel("repl", lambda conn, msg: None)  # a core channel: the core one wins

        def later() -> None:
            # Registered after setup() returned, as upstream allows.
            host.add_agent_tool(AgentTool(name="di.late", description="late", handler=lambda a: {"late": True}))
            # A plain function returning a coroutine: awaited all the same.
            host.add_ws_channel("di_late", lambda conn, msg: _late_channel(conn, msg))
            out = os.environ.get("DI_OUT")
            if out:
                host.on_shutdown(lambda: Path(out, "late_shutdown").write_text("ran"))

        host.on_startup(later)


PLUGIN = Lenient()
