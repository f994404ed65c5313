"""A router lifespan that raises at startup: logged under the plugin id; the host stays up."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI

from backend.sdk import BackendPlugin, PluginHost, PluginManifest


@asynccontextmanager
async def broken(app: FastAPI) -> AsyncIterator[None]:
    raise RuntimeError("router lifespan boom")
    yield


router = APIRouter(lifespan=broken)


@router.get("/alive")
def alive() -> dict[str, bool]:
    return {"alive": True}


class Broken(BackendPlugin):
    manifest = PluginManifest(id="rl_b_broken", name="Broken lifespan")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Broken()
