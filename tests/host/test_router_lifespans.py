"""Router lifespans (`APIRouter(lifespan=...)`, `on_event`, `on_startup=`/`on_shutdown=`) run
with the plugin's own hooks, in the order FastAPI gives an app whose lifespan runs the hooks and
which includes the same routers; the state a lifespan yields is `request.state` in that plugin's
routes; a lifespan that raises is logged under the plugin id and the host stays up."""
from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from support import reference
from support.host import PLUGINS, start_host

RLIFE = PLUGINS / "rlife"
A = "/api/plugins/rl_a_state"
NO_EP = ["--no-entry-points"]


def _fastapi_events() -> tuple[list[str], list[str], dict[str, Any]]:
    """Runs rl_a_state under FastAPI: (events after startup, events after shutdown, /state)."""
    plugin, host = reference.load_plugin(RLIFE, "rl_a_state")
    module = sys.modules[type(plugin).__module__]  # imported under its private name, as upstream does
    module.EVENTS.clear()

    @asynccontextmanager
    async def hooks(app: FastAPI) -> AsyncIterator[None]:
        for h in host.startup:
            r = h()
            if hasattr(r, "__await__"):
                await r
        yield
        for h in host.shutdown:
            r = h()
            if hasattr(r, "__await__"):
                await r

    app = FastAPI(lifespan=hooks)
    for router, prefix in host.routers:
        app.include_router(router, prefix=reference.mount_prefix(plugin.manifest.id, prefix))
    with TestClient(app) as client:
        up = list(module.EVENTS)
        state = client.get(f"{A}/state").json()
        assert client.get(f"{A}/state").json() == state
    return up, list(module.EVENTS), state


def test_reference_order_is_what_fastapi_does() -> None:
    up, down, state = _fastapi_events()
    assert up[0] == "host.on_startup" and "main lifespan up" in up and "on_event startup" in up, up
    assert down[len(up):][-1] == "host.on_shutdown", down
    assert state == {"db": "connected", "cache": "warm", "hits": 1, "app_state": "set on app.state"}


def test_router_lifespans_state_and_order(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    up, down, state = _fastapi_events()
    host = start_host([RLIFE], tmp_path / "data", env={"RL_OUT": str(out)}, extra_args=NO_EP)
    try:
        c = host.client
        assert c.get(f"{A}/state").json() == state
        # each request gets its own copy of the lifespan state
        assert c.get(f"{A}/state").json() == state
        assert c.get(f"{A}/sub/cache").json() == {"cache": "warm"}
        assert c.get("/api/rl_a_legacy/events").json() == up
        # the broken plugin's lifespan failed; its routes are still served and the host is up
        r = c.get("/api/plugins/rl_b_broken/alive")
        assert (r.status_code, r.json()) == (200, {"alive": True})
    finally:
        code = host.stop()
    log = host.output()
    assert code == 0, log[-3000:]
    assert "router lifespan boom" in log and "rl_b_broken" in log, log[-3000:]
    assert (out / "rl_a_events").read_text().split("\n") == down
