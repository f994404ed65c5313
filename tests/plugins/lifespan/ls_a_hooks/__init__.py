"""Lifespan hooks, sync and async, some raising. Writes marker files into $LS_OUT."""
import asyncio
import os
from pathlib import Path

from fastapi import APIRouter

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()
started: list[str] = []


def mark(name: str) -> None:
    out = os.environ.get("LS_OUT")
    if out:
        Path(out, name).write_text(name)


@router.get("/state")
def state() -> dict[str, list[str]]:
    return {"started": list(started)}


def startup_raises() -> None:
    raise RuntimeError("startup hook boom")


async def startup_slow() -> None:
    await asyncio.sleep(0.5)
    started.append("a_async")


def startup_sync() -> None:
    started.append("a_sync")


async def shutdown_raises() -> None:
    raise RuntimeError("shutdown hook boom")


def shutdown_sync() -> None:
    mark("ls_a_shutdown_sync")


async def shutdown_async() -> None:
    await asyncio.sleep(0.05)
    mark("ls_a_shutdown_async")


class Hooks(BackendPlugin):
    manifest = PluginManifest(id="ls_a_hooks", name="Hooks")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.on_startup(startup_raises)
        host.on_startup(startup_slow)
        host.on_startup(startup_sync)
        host.on_shutdown(shutdown_raises)
        host.on_shutdown(shutdown_sync)
        host.on_shutdown(shutdown_async)


PLUGIN = Hooks()
