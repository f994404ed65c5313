"""Router lifespans of one plugin (`horrible._host.lifespans`).

FastAPI merges every included router's `lifespan=` and its `on_startup`/`on_shutdown` handlers
(`on_event`, `add_event_handler`) into the app's lifespan in `include_router`. So we include the
plugin's routers into a private FastAPI app exactly as the host mounts them and run that app's
merged `lifespan_context`, whatever FastAPI's rules for merging are in the installed version.

The context is entered and left inside one task, as Starlette's `Router.lifespan` does (a
lifespan holding an anyio task group or a cancel scope needs that): `startup` starts the task and
returns the state the lifespan yielded; `shutdown` lets the task leave the context.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI


@asynccontextmanager
async def _hooks_lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Stands for the app's own lifespan, in which the host runs the plugin's hooks (Rust runs
    them just before and after this). An app *with* a lifespan matters: without one, FastAPI's
    default lifespan would also run the routers' `on_startup` handlers it copied onto the app,
    so each would run twice, which no host that has its own lifespan (upstream's) does."""
    yield


class RouterLifespan:
    """The merged lifespan of one plugin's routers, run as FastAPI's app would run it."""

    def __init__(self, plugin_id: str, routers: Sequence[tuple[APIRouter, str]], app: FastAPI | None = None) -> None:
        merged = FastAPI(openapi_url=None, docs_url=None, redoc_url=None, title=plugin_id, lifespan=_hooks_lifespan)
        for router, prefix in routers:
            merged.include_router(router, prefix=prefix)
        self._context = merged.router.lifespan_context
        # What the lifespans receive as `app`: the app the plugin's routes see as `request.app`
        # (so `app.state` set in a lifespan is there), else the private one.
        self.app = app if app is not None else merged
        self._task: asyncio.Task[None] | None = None
        self._stop: asyncio.Event | None = None

    async def startup(self) -> dict[str, Any] | None:
        """Enters the lifespan; returns a copy of the state it yielded (None if it yielded none).

        Raises what the lifespan raised before yielding; the task has then ended."""
        loop = asyncio.get_running_loop()
        started: asyncio.Future[Mapping[str, Any] | None] = loop.create_future()
        self._stop = asyncio.Event()
        self._task = loop.create_task(self._run(started, self._stop))
        state = await started
        return None if state is None else dict(state)

    async def _run(self, started: asyncio.Future[Mapping[str, Any] | None], stop: asyncio.Event) -> None:
        try:
            async with self._context(self.app) as state:
                started.set_result(state)
                await stop.wait()
        except BaseException as exc:
            if not started.done():
                started.set_exception(exc)
                return
            raise

    async def shutdown(self) -> None:
        """Leaves the lifespan (its shutdown part); raises what it raised. No-op if not running."""
        task, self._task = self._task, None
        if task is None or self._stop is None:
            return
        if task.done():
            task.result()
            return
        self._stop.set()
        await task
