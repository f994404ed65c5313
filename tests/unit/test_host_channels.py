"""`horrible._host.channels.ChannelRunner` on a real asyncio loop, with plain Python callables
standing for what Rust passes in (the connection, `report`, the sync pool's `run_sync`)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from horrible._host.channels import ChannelRunner

CONN = object()


class Harness:
    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []
        self.reports: list[tuple[str, str, BaseException]] = []
        self.sync_threads: list[int] = []

    def report(self, channel: str, plugin: str, exc: BaseException) -> None:
        self.reports.append((channel, plugin, exc))

    def run_sync(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Awaitable[Any]:
        """The sync pool: runs `fn(*args)` on another thread, returns a future of its result."""

        def call() -> Any:
            self.sync_threads.append(threading.get_ident())
            return fn(*args)

        return asyncio.get_running_loop().run_in_executor(None, call)

    def async_handler(self, tag: str, delay: float = 0.0) -> Callable[[Any, dict[str, Any]], Awaitable[None]]:
        async def handler(conn: Any, frame: dict[str, Any]) -> None:
            assert conn is CONN
            await asyncio.sleep(delay)
            self.seen.append((tag, frame["n"]))

        return handler

    def sync_handler(self, tag: str) -> Callable[[Any, dict[str, Any]], None]:
        def handler(conn: Any, frame: dict[str, Any]) -> None:
            assert conn is CONN
            self.seen.append((tag, frame["n"]))

        return handler


async def _drain(h: Harness, count: int, timeout: float = 5.0) -> None:
    async def wait() -> None:
        while len(h.seen) + len(h.reports) < count:
            await asyncio.sleep(0.001)

    await asyncio.wait_for(wait(), timeout)


def test_frames_are_handled_in_push_order_across_async_and_sync_handlers() -> None:
    h = Harness()

    async def main() -> None:
        runner = ChannelRunner(CONN, h.report, h.run_sync, 100)
        slow, fast, sync = h.async_handler("slow", 0.05), h.async_handler("fast"), h.sync_handler("sync")
        pushed = [runner.push(slow, True, {"n": 1}, "c", "p"), runner.push(sync, False, {"n": 2}, "c", "p")]
        pushed.append(runner.push(fast, True, {"n": 3}, "c", "p"))
        await _drain(h, 3)
        # A later burst, after the consumer went back to waiting.
        pushed += [runner.push(fast, True, {"n": 4}, "c", "p"), runner.push(sync, False, {"n": 5}, "c", "p")]
        await _drain(h, 5)
        runner.close()
        assert pushed == [True] * 5

    asyncio.run(main())
    assert h.seen == [("slow", 1), ("sync", 2), ("fast", 3), ("fast", 4), ("sync", 5)]
    # Sync handlers ran off the loop thread, through run_sync.
    assert len(h.sync_threads) == 2 and threading.get_ident() not in h.sync_threads
    assert h.reports == []


def test_backlog_full_refuses_the_frame() -> None:
    h = Harness()

    async def main() -> list[bool]:
        runner = ChannelRunner(CONN, h.report, h.run_sync, 2)
        handler = h.async_handler("a")
        # The consumer has not run yet: the queue fills up to the backlog.
        results = [runner.push(handler, True, {"n": i}, "c", "p") for i in range(3)]
        await _drain(h, 2)
        results.append(runner.push(handler, True, {"n": 9}, "c", "p"))  # room again
        await _drain(h, 3)
        runner.close()
        return results

    assert asyncio.run(main()) == [True, True, False, True]
    assert h.seen == [("a", 0), ("a", 1), ("a", 9)]


def test_a_failing_handler_is_reported_and_the_next_frame_still_runs() -> None:
    h = Harness()
    boom = ValueError("bad frame")

    async def failing(conn: Any, frame: dict[str, Any]) -> None:
        raise boom

    def failing_sync(conn: Any, frame: dict[str, Any]) -> None:
        raise KeyError("sync")

    async def main() -> None:
        runner = ChannelRunner(CONN, h.report, h.run_sync, 10)
        runner.push(failing, True, {"n": 1}, "chat", "plug-a")
        runner.push(failing_sync, False, {"n": 2}, "jobs", "plug-b")
        runner.push(h.async_handler("ok"), True, {"n": 3}, "chat", "plug-a")
        await _drain(h, 3)
        runner.close()

    asyncio.run(main())
    assert [(c, p, type(e)) for c, p, e in h.reports] == [("chat", "plug-a", ValueError), ("jobs", "plug-b", KeyError)]
    assert h.reports[0][2] is boom
    assert h.seen == [("ok", 3)]


def test_base_exceptions_of_a_handler_are_reported_and_the_next_frame_still_runs() -> None:
    """What `except Exception` would miss: SystemExit (sync, from the pool), KeyboardInterrupt,
    and a CancelledError the handler raised on its own (nobody cancelled the runner)."""
    h = Harness()

    def exits(conn: Any, frame: dict[str, Any]) -> None:
        raise SystemExit(3)

    async def interrupted(conn: Any, frame: dict[str, Any]) -> None:
        raise KeyboardInterrupt

    async def cancelled(conn: Any, frame: dict[str, Any]) -> None:
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        fut.cancel()
        await fut

    async def main() -> None:
        runner = ChannelRunner(CONN, h.report, h.run_sync, 10)
        runner.push(exits, False, {"n": 1}, "c", "p")
        runner.push(interrupted, True, {"n": 2}, "c", "p")
        runner.push(cancelled, True, {"n": 3}, "c", "p")
        runner.push(h.async_handler("ok"), True, {"n": 4}, "c", "p")
        await _drain(h, 4)
        assert not runner._task.done()
        runner.close()

    asyncio.run(main())
    assert [type(e) for _, _, e in h.reports] == [SystemExit, KeyboardInterrupt, asyncio.CancelledError]
    assert h.seen == [("ok", 4)]


def test_a_report_that_raises_is_logged_and_the_runner_lives_on(caplog: pytest.LogCaptureFixture) -> None:
    h = Harness()
    reported: list[BaseException] = []

    def broken_report(channel: str, plugin: str, exc: BaseException) -> None:
        reported.append(exc)
        raise RuntimeError("the report failed")

    async def failing(conn: Any, frame: dict[str, Any]) -> None:
        raise ValueError(f"bad frame {frame['n']}")

    async def main() -> None:
        runner = ChannelRunner(CONN, broken_report, h.run_sync, 10)
        runner.push(failing, True, {"n": 1}, "chat", "plug")
        runner.push(failing, True, {"n": 2}, "chat", "plug")
        runner.push(h.async_handler("ok"), True, {"n": 3}, "chat", "plug")
        await _drain(h, 1)
        assert not runner._task.done()
        runner.close()

    with caplog.at_level("ERROR", logger="horrible.channels"):
        asyncio.run(main())
    assert [str(e) for e in reported] == ["bad frame 1", "bad frame 2"]
    assert h.seen == [("ok", 3)]
    failures = [r for r in caplog.records if r.name == "horrible.channels"]
    assert len(failures) == 2 and "'chat'" in failures[0].getMessage() and "bad frame 1" in failures[0].getMessage()
    assert failures[0].exc_info is not None and isinstance(failures[0].exc_info[1], RuntimeError)


def test_close_stops_the_consumer_without_reporting() -> None:
    h = Harness()
    started: list[asyncio.Event] = []

    async def blocking(conn: Any, frame: dict[str, Any]) -> None:
        started[0].set()
        await asyncio.sleep(3600)

    async def main() -> None:
        started.append(asyncio.Event())
        runner = ChannelRunner(CONN, h.report, h.run_sync, 10)
        runner.push(blocking, True, {"n": 1}, "c", "p")
        runner.push(h.async_handler("never"), True, {"n": 2}, "c", "p")
        await asyncio.wait_for(started[0].wait(), 5)
        runner.close()
        with pytest.raises(asyncio.CancelledError):
            await runner._task
        assert runner._task.cancelled()

    asyncio.run(main())
    assert h.seen == [] and h.reports == []


def test_runner_needs_a_running_loop() -> None:
    h = Harness()
    with pytest.raises(RuntimeError, match="no running event loop"):
        ChannelRunner(CONN, h.report, h.run_sync, 1)


def test_a_sync_handler_returning_a_coroutine_is_awaited() -> None:
    """A lambda (or a decorator without functools.wraps) around an async function looks sync:
    it runs on the pool and what it returns is awaited on the loop, in order."""
    h = Harness()
    inner = h.async_handler("inner")
    wrapped = lambda conn, frame: inner(conn, frame)  # noqa: E731 - the shape plugin code has

    async def main() -> None:
        runner = ChannelRunner(CONN, h.report, h.run_sync, 100)
        runner.push(wrapped, False, {"n": 1}, "c", "p")
        runner.push(h.sync_handler("sync"), False, {"n": 2}, "c", "p")
        await _drain(h, 2)
        runner.close()

    asyncio.run(main())
    assert h.seen == [("inner", 1), ("sync", 2)]
    assert h.reports == []
