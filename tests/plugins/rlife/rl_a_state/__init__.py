"""Router lifespans next to the plugin's own hooks: an `APIRouter(lifespan=...)` yielding state,
`on_event` handlers, `on_startup=`/`on_shutdown=`, a nested router with its own lifespan, and
host hooks. Every step is appended to EVENTS (served at /events) and, on shutdown, written to
$RL_OUT/rl_a_events (one per line) so the test can compare the order with FastAPI's."""
from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

EVENTS: list[str] = []


def flush() -> None:
    out = os.environ.get("RL_OUT")
    if out:
        Path(out, "rl_a_events").write_text("\n".join(EVENTS))


@asynccontextmanager
async def main_lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
    EVENTS.append("main lifespan up")
    app.state.boot = "set on app.state"
    yield {"db": "connected", "hits": 0}
    EVENTS.append("main lifespan down")


@asynccontextmanager
async def sub_lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
    EVENTS.append("sub lifespan up")
    yield {"cache": "warm"}
    EVENTS.append("sub lifespan down")
    flush()


router = APIRouter(lifespan=main_lifespan)
sub = APIRouter(lifespan=sub_lifespan)
legacy = APIRouter(on_startup=[lambda: EVENTS.append("on_startup= ran")],
                   on_shutdown=[lambda: EVENTS.append("on_shutdown= ran")])


@legacy.on_event("startup")
async def legacy_startup() -> None:
    EVENTS.append("on_event startup")


@legacy.on_event("shutdown")
def legacy_shutdown() -> None:
    EVENTS.append("on_event shutdown")
    flush()


@router.get("/state")
def read_state(request: Request) -> dict[str, Any]:
    request.state.hits += 1  # a per-request copy: the next request sees 0 again
    return {
        "db": request.state.db,
        "cache": request.state.cache,
        "hits": request.state.hits,
        "app_state": request.app.state.boot,
    }


@sub.get("/cache")
async def read_cache(request: Request) -> dict[str, Any]:
    return {"cache": request.state.cache}


@legacy.get("/events")
def events() -> list[str]:
    return EVENTS


router.include_router(sub, prefix="/sub")


def hook_up() -> None:
    EVENTS.append("host.on_startup")


async def hook_down() -> None:
    EVENTS.append("host.on_shutdown")
    flush()


class State(BackendPlugin):
    manifest = PluginManifest(id="rl_a_state", name="Router lifespans")

    def setup(self, host: PluginHost) -> None:
        host.on_startup(hook_up)
        host.on_shutdown(hook_down)
        host.add_router(router)
        host.add_router(legacy, prefix="rl_a_legacy")


PLUGIN = State()
