"""`fastpath.claim_worker_thread` and `fastpath.limiter_state`: what http/fastpath.rs makes of a
sync-endpoint pool thread (an anyio worker to the code it runs) and what it reads of anyio's
default thread limiter. The host end to end: tests/http/test_http_routing.py."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from typing import Any

import anyio.from_thread
import anyio.to_thread

from horrible._host import fastpath

request_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_var", default="unset")


def test_claimed_thread_is_an_anyio_worker() -> None:
    seen: dict[str, Any] = {}

    async def on_loop() -> str:
        return threading.current_thread().name

    async def main() -> None:
        loop = asyncio.get_running_loop()

        def in_thread() -> None:
            seen["borrower"] = fastpath.claim_worker_thread(loop) is threading.current_thread()
            seen["name"] = threading.current_thread().name
            seen["from_loop"] = anyio.from_thread.run(on_loop)
            seen["sync_from_loop"] = anyio.from_thread.run_sync(lambda: threading.current_thread().name)
            anyio.from_thread.check_cancelled()  # no request scope: never raises

        thread = threading.Thread(target=in_thread)
        thread.start()
        await asyncio.to_thread(thread.join)

    asyncio.run(main())
    assert seen == {
        "borrower": True,
        "name": fastpath.ANYIO_WORKER_NAME,
        "from_loop": "MainThread",
        "sync_from_loop": "MainThread",
    }


def test_limiter_state_is_the_default_limiter_and_a_task_context() -> None:
    async def main() -> tuple[bool, str, str, str]:
        request_var.set("set in the task")
        state = await fastpath.limiter_state()
        assert state is not None
        limiter, context = state
        copy = context.copy()
        copy.run(request_var.set, "set by a request")
        return (
            limiter is anyio.to_thread.current_default_thread_limiter(),
            context[request_var],
            copy[request_var],
            context.copy()[request_var],
        )

    assert asyncio.run(main()) == (True, "set in the task", "set by a request", "set in the task")


def test_run_prepared_goes_through_anyio() -> None:
    from fastapi import APIRouter

    from horrible._host import routes

    router = APIRouter()

    @router.get("/w")
    def where(n: int) -> dict[str, Any]:
        return {"n": n, "thread": threading.current_thread().name}

    fast = fastpath.build(routes.enumerate_routes("pw", [(router, "")])[0][6])
    assert fast is not None
    answer = asyncio.run(fast.run_prepared({"n": 3}, ({}, {})))
    assert isinstance(answer, tuple)
    assert answer[2] == b'{"n":3,"thread":"AnyIO worker thread"}'
