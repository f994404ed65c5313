"""Plugin channel handlers of one /ws connection, run in order (`horrible._host.channels`).

One consumer coroutine per connection lives on the loop. Rust appends frames with `push` (a job
on the loop thread, so frames arrive in socket order and a burst costs one wake-up) and the
consumer awaits each handler in turn: no task, no done-callback and no hop back to tokio per
frame. Sync handlers run on the host's sync pool via `run_sync`, which returns a future; an
awaitable a sync handler returns is awaited here, on the loop.

The consumer ends only when `close` cancels it. Whatever a handler raises (`SystemExit`, a
`CancelledError` of its own, any `BaseException`) is reported and the next frame runs; if the
report itself raises, that is logged: one bad handler or report never silences the connection's
channels.
"""

from __future__ import annotations

import asyncio
import collections
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

# (connection, frame) -> None, or an awaitable of None for an async handler.
Handler = Callable[[Any, dict[str, Any]], Any]
# (channel, plugin, exception) -> None: tells the client and the log that a handler failed.
Report = Callable[[str, str, BaseException], None]
# (callable, args tuple) -> a future of its result, computed off the loop.
RunSync = Callable[[Callable[..., Any], tuple[Any, ...]], Awaitable[Any]]

_Item = tuple[Handler, bool, dict[str, Any], str, str]

_log = logging.getLogger("horrible.channels")


class ChannelRunner:
    def __init__(self, conn: object, report: Report, run_sync: RunSync, backlog: int) -> None:
        self._conn = conn
        self._report = report
        self._run_sync = run_sync
        self._backlog = backlog
        self._queue: collections.deque[_Item] = collections.deque()
        self._wakeup: asyncio.Future[None] | None = None
        self._task = asyncio.get_running_loop().create_task(self._consume())

    def push(self, handler: Handler, is_async: bool, frame: dict[str, Any], channel: str, plugin: str) -> bool:
        """Queues a frame; False when the backlog is full (the caller reports it)."""
        if len(self._queue) >= self._backlog:
            return False
        self._queue.append((handler, is_async, frame, channel, plugin))
        wakeup = self._wakeup
        if wakeup is not None and not wakeup.done():
            wakeup.set_result(None)
        return True

    def close(self) -> None:
        self._task.cancel()

    async def _consume(self) -> None:
        loop = asyncio.get_running_loop()
        queue = self._queue
        while True:
            while not queue:
                self._wakeup = loop.create_future()
                await self._wakeup
            handler, is_async, frame, channel, plugin = queue.popleft()
            try:
                if is_async:
                    await handler(self._conn, frame)
                else:
                    result = await self._run_sync(handler, (self._conn, frame))
                    # A plain function that returns a coroutine (a lambda, a decorator without
                    # functools.wraps) is an async handler in disguise: await what it returned.
                    if inspect.isawaitable(result):
                        await result
            except BaseException as exc:
                if self._closing():
                    raise  # `close`: the cancellation is ours, not the handler's
                self._report_failure(channel, plugin, exc)

    def _closing(self) -> bool:
        """Whether `close` cancelled the consumer (a `CancelledError` a handler raises on its own,
        with nobody cancelling us, is that handler's failure)."""
        return self._task.cancelling() > 0

    def _report_failure(self, channel: str, plugin: str, exc: BaseException) -> None:
        try:
            self._report(channel, plugin, exc)
        except BaseException:
            if self._closing():
                raise
            _log.exception("reporting the failure of channel %r (plugin %r) failed; it was: %r", channel, plugin, exc)
