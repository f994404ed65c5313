"""The upstream REPL design, reproduced as the baseline for bench/repl.py.

A FastAPI websocket at ``/ws`` under uvicorn speaking the same ``repl`` frames as our host:

- ``start {id}`` -> ``started {id, banner}``
- ``exec {id, code}`` -> ``stdout``/``stderr`` frames ``{id, data}``, then ``result {id, ok, repr, error}``

Each cell runs with ``asyncio.to_thread``; during the cell ``sys.stdout``/``sys.stderr`` are swapped
(process-wide) for a writer that sends every ``write`` as its own frame through
``asyncio.run_coroutine_threadsafe(ws.send_json(frame), loop)``, which is how the original did it.
The last expression's ``repr`` is the result, as in our kernel.
"""
from __future__ import annotations

import ast
import asyncio
import io
import sys
import traceback
from typing import Any

from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI()


@app.get("/api/health")
def health() -> dict[str, Any]:
    return {"ok": True}


class _FrameWriter(io.TextIOBase):
    def __init__(self, ws: WebSocket, loop: asyncio.AbstractEventLoop, sid: Any, stream: str) -> None:
        self._ws, self._loop, self._sid, self._stream = ws, loop, sid, stream

    def write(self, s: str) -> int:
        if s:
            frame = {"channel": "repl", "event": self._stream, "data": {"id": self._sid, "data": s}}
            asyncio.run_coroutine_threadsafe(self._ws.send_json(frame), self._loop)
        return len(s)

    def flush(self) -> None:
        pass


def _run_cell(namespace: dict[str, Any], code: str, out: _FrameWriter, err: _FrameWriter) -> tuple[bool, str | None, str | None]:
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            tree = ast.parse(code, "<repl>", "exec")
        except SyntaxError as exc:
            return False, None, "".join(traceback.format_exception_only(type(exc), exc))
        trailing = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            trailing = ast.Expression(tree.body.pop().value)
        try:
            exec(compile(tree, "<repl>", "exec"), namespace)
            if trailing is not None:
                value = eval(compile(trailing, "<repl>", "eval"), namespace)
                if value is not None:
                    return True, repr(value), None
            return True, None, None
        except BaseException as exc:
            return False, None, "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    finally:
        sys.stdout, sys.stderr = old_out, old_err


@app.websocket("/ws")
async def ws_endpoint(ws: WebSocket) -> None:
    await ws.accept()
    loop = asyncio.get_running_loop()
    sessions: dict[Any, dict[str, Any]] = {}
    tasks: set[asyncio.Task] = set()

    async def run(sid: Any, code: str) -> None:
        s = sessions[sid]
        async with s["lock"]:  # a session's cells run in order
            out = _FrameWriter(ws, loop, sid, "stdout")
            err = _FrameWriter(ws, loop, sid, "stderr")
            ok, rep, error = await asyncio.to_thread(_run_cell, s["ns"], code, out, err)
            await ws.send_json({"channel": "repl", "event": "result", "data": {"id": sid, "ok": ok, "repr": rep, "error": error}})

    try:
        while True:
            frame = await ws.receive_json()
            if not isinstance(frame, dict) or frame.get("channel") != "repl":
                continue
            data = frame.get("data") or {}
            sid, event = data.get("id"), frame.get("event")
            if event == "start":
                sessions[sid] = {"ns": {"__name__": "__repl__"}, "lock": asyncio.Lock()}
                await ws.send_json({"channel": "repl", "event": "started", "data": {"id": sid, "banner": "upstream"}})
            elif event == "exec" and sid in sessions:
                t = asyncio.create_task(run(sid, data.get("code", "")))
                tasks.add(t)
                t.add_done_callback(tasks.discard)
            elif event == "close":
                sessions.pop(sid, None)
    except WebSocketDisconnect:
        pass
    finally:
        for t in tasks:
            t.cancel()
