"""Plugin channel handlers of one /ws connection, run in order (`horrible._host.channels`).

One consumer coroutine per connection lives on the loop. Rust appends frames with `push` (a job
on the loop thread, so frames arrive in socket order and a burst costs one wake-up) and the
consumer awaits each handler in turn: no task, no done-callback and no hop back to tokio per
frame. Sync handlers run on the host's sync pool via `run_sync`, which returns a future.
"""
import asyncio
import collections


class ChannelRunner:
    def __init__(self, conn, report, run_sync, backlog):
        self._conn = conn
        self._report = report  # (channel, plugin, exception) -> None
        self._run_sync = run_sync  # (callable, args tuple) -> asyncio.Future
        self._backlog = backlog
        self._queue = collections.deque()
        self._wakeup = None
        self._task = asyncio.get_running_loop().create_task(self._consume())

    def push(self, handler, is_async, frame, channel, plugin):
        """Queues a frame; False when the backlog is full (the caller reports it)."""
        if len(self._queue) >= self._backlog:
            return False
        self._queue.append((handler, is_async, frame, channel, plugin))
        wakeup = self._wakeup
        if wakeup is not None and not wakeup.done():
            wakeup.set_result(None)
        return True

    def close(self):
        self._task.cancel()

    async def _consume(self):
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
                    await self._run_sync(handler, (self._conn, frame))
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._report(channel, plugin, exc)

