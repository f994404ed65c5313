"""The fast path changes nothing (tests/http/test_http_routing.py): a custom route class is
honoured, and sync endpoints run in anyio's worker threads under its default limiter."""
import asyncio
import contextvars
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio.from_thread
import anyio.to_thread
from fastapi import APIRouter, Request, Response
from fastapi.routing import APIRoute

from backend.sdk import BackendPlugin, PluginHost, PluginManifest


class Tagged(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        original = super().get_route_handler()

        async def handler(request: Request) -> Response:
            response = await original(request)
            response.headers["x-route-class"] = "tagged"
            return response

        return handler


tagged = APIRouter(route_class=Tagged)
router = APIRouter()
running = {"now": 0, "max": 0}
lock = threading.Lock()


@tagged.get("/tagged/{n}")
def tagged_route(n: int) -> dict[str, int]:
    return {"n": n}


@router.get("/limit")
async def set_limit(tokens: int) -> dict[str, int]:
    limiter = anyio.to_thread.current_default_thread_limiter()
    limiter.total_tokens = tokens
    running["max"] = 0
    return {"tokens": int(limiter.total_tokens)}


async def _on_loop() -> str:
    return "from the loop"


@router.get("/slow-sync")
def slow_sync() -> dict[str, Any]:
    with lock:
        running["now"] += 1
        running["max"] = max(running["max"], running["now"])
    time.sleep(0.2)
    with lock:
        running["now"] -= 1
    return {"said": anyio.from_thread.run(_on_loop)}


seen: contextvars.ContextVar[str] = contextvars.ContextVar("rt_e_seen", default="unset")


def _on_loop_sync() -> bool:
    return asyncio.get_running_loop() is not None


@router.get("/worker")
def worker() -> dict[str, Any]:
    """What a sync endpoint sees of where it runs."""
    before = seen.get()
    seen.set("set by an earlier request")  # must not leak into the next request
    try:
        running_loop = asyncio.get_running_loop() is not None
    except RuntimeError:
        running_loop = False
    anyio.from_thread.check_cancelled()
    return {
        "thread": threading.current_thread().name,
        "contextvar": before,
        "running_loop": running_loop,
        "from_thread_run": anyio.from_thread.run(_on_loop),
        "from_thread_run_sync": anyio.from_thread.run_sync(_on_loop_sync),
        "borrowed": anyio.from_thread.run_sync(lambda: anyio.to_thread.current_default_thread_limiter().borrowed_tokens),
    }


@router.get("/os-thread")
def os_thread() -> str:
    """The OS name of the thread (the host's pool threads are python-http-N; not compared)."""
    with open(f"/proc/self/task/{threading.get_native_id()}/comm") as f:
        return f.read().strip()


@router.get("/running")
def get_running() -> dict[str, int]:
    return running


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="rt_e_fidelity", name="Routing: fast path fidelity")

    def setup(self, host: PluginHost) -> None:
        host.add_router(tagged)
        host.add_router(router)


PLUGIN = Plugin()
