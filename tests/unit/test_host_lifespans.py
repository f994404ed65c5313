"""`horrible._host.lifespans.RouterLifespan`: a plugin's router lifespans merged as FastAPI's
`include_router` merges them, entered and left in one task, with the yielded state."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import pytest
from fastapi import APIRouter, FastAPI

from horrible._host.lifespans import RouterLifespan


def _routers(events: list[str]) -> list[tuple[APIRouter, str]]:
    @asynccontextmanager
    async def outer(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        events.append("outer up")
        yield {"a": 1}
        events.append("outer down")

    @asynccontextmanager
    async def inner(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        events.append("inner up")
        yield {"b": 2}
        events.append("inner down")

    first = APIRouter(lifespan=outer)
    first.include_router(APIRouter(lifespan=inner))
    legacy = APIRouter(
        on_startup=[lambda: events.append("on_startup")], on_shutdown=[lambda: events.append("on_shutdown")]
    )
    return [(first, "/a"), (legacy, "/b")]


def test_order_state_and_handlers_run_once() -> None:
    events: list[str] = []

    async def run() -> dict[str, Any] | None:
        lifespan = RouterLifespan("p", _routers(events))
        state = await lifespan.startup()
        events.append("serving")
        await lifespan.shutdown()
        return state

    state = asyncio.run(run())
    assert state == {"a": 1, "b": 2}
    assert events == ["outer up", "inner up", "on_startup", "serving", "on_shutdown", "inner down", "outer down"]


def test_entered_and_left_in_one_task_with_the_given_app() -> None:
    seen: list[Any] = []

    @asynccontextmanager
    async def with_task_group(app: FastAPI) -> AsyncIterator[None]:
        seen.append(app)
        async with anyio.create_task_group() as tg:  # needs enter and exit in the same task
            tg.start_soon(anyio.sleep, 0)
            yield
        seen.append("left")

    app = FastAPI()

    async def run() -> dict[str, Any] | None:
        lifespan = RouterLifespan("p", [(APIRouter(lifespan=with_task_group), "")], app)
        state = await lifespan.startup()
        await lifespan.shutdown()
        await lifespan.shutdown()  # a second shutdown does nothing
        return state

    assert asyncio.run(run()) is None
    assert seen == [app, "left"]


def test_startup_failure_raises_and_shutdown_is_a_no_op() -> None:
    @asynccontextmanager
    async def broken(app: FastAPI) -> AsyncIterator[None]:
        raise RuntimeError("boom")
        yield  # type: ignore[unreachable]  # makes it an async generator

    async def run() -> None:
        lifespan = RouterLifespan("p", [(APIRouter(lifespan=broken), "")])
        with pytest.raises(RuntimeError, match="boom"):
            await lifespan.startup()
        await lifespan.shutdown()

    asyncio.run(run())
