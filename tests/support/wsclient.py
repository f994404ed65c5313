"""``WsClient``: the one /ws test client (synchronous, on ``websockets.sync``).

- Connects with ``?telemetry=0`` unless ``telemetry=True``; telemetry frames that a wait did not
  ask for are dropped (kept only with ``keep_telemetry=True``).
- Waits for the ``system/hello`` frame on connect (``.hello``).
- ``expect(pred)`` / ``expect_ch(channel, event)`` / ``expect_agent(event, **data)`` wait, with a
  timeout, for the first matching frame; frames that did not match stay in ``.backlog`` so a later
  wait still finds them (in arrival order).
- Protocol helpers: ``roundtrip_ping``, REPL (``repl_start`` / ``repl_exec`` answering
  ``tool_call``s), agent ``call_tool`` (answering the approval request), ``wait_closed`` (the
  server's close code), ``quiet`` (everything arriving in a time window).

Extra keyword arguments go to ``websockets.sync.client.connect`` (``origin=``,
``subprotocols=``, ``additional_headers=``, ``close_timeout=`` ...); ``.conn`` is that connection.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

Frame = dict[str, Any]


def is_telemetry(f: Any) -> bool:
    return isinstance(f, dict) and f.get("channel") == "telemetry"


class WsClient:
    def __init__(self, ws_url: str, *, telemetry: bool = False, keep_telemetry: bool = False,
                 **connect_kw: Any) -> None:
        url = ws_url if telemetry else ws_url + ("&" if "?" in ws_url else "?") + "telemetry=0"
        connect_kw.setdefault("open_timeout", 10)
        connect_kw.setdefault("max_size", None)
        # Small: the close handshake is tested on its own (ws/test_ws.py); don't let it slow every test.
        connect_kw.setdefault("close_timeout", 1)
        self._cm = connect(url, **connect_kw)
        self.conn = self._cm.__enter__()
        self.keep_telemetry = keep_telemetry
        self.backlog: list[Frame] = []
        self.hello = self.expect_ch("system", "hello")

    # -- raw -----------------------------------------------------------------------------------
    def send(self, frame: Any) -> None:
        """Sends ``frame`` as JSON; a ``str``/``bytes`` is sent verbatim (text/binary frame)."""
        self.conn.send(frame if isinstance(frame, (str, bytes)) else json.dumps(frame))

    def recv(self, timeout: float) -> Frame | None:
        """The next frame off the socket (not the backlog), JSON-decoded; None after ``timeout``."""
        try:
            raw = self.conn.recv(timeout=timeout)
        except TimeoutError:
            return None
        return json.loads(raw)

    # -- waiting for frames --------------------------------------------------------------------
    def expect(self, pred: Callable[[Frame], bool], timeout: float = 10.0) -> Frame:
        """The first frame (backlog first) for which ``pred`` is true; AssertionError after ``timeout``."""
        for i, kept in enumerate(self.backlog):
            if pred(kept):
                return self.backlog.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                seen = [f for f in self.backlog if not is_telemetry(f)][-10:]
                raise AssertionError(f"no matching frame within {timeout}s; unmatched: {seen}")
            f = self.recv(left)
            if f is None:
                continue
            if isinstance(f, dict) and pred(f):
                return f
            if self.keep_telemetry or not is_telemetry(f):
                self.backlog.append(f)

    def expect_ch(self, channel: str, event: str | None = None, timeout: float = 10.0,
                  where: Callable[[Frame], bool] | None = None) -> Frame:
        """The first frame on ``channel`` (and ``event``, and ``where(frame)``, when given)."""
        return self.expect(lambda f: f.get("channel") == channel and (event is None or f.get("event") == event)
                           and (where is None or where(f)), timeout)

    def expect_agent(self, event: str, timeout: float = 10.0, **data: Any) -> Frame:
        """The first ``agent`` frame with ``event`` whose ``data`` has the given fields."""
        return self.expect_ch("agent", event, timeout,
                              where=lambda f: all((f.get("data") or {}).get(k) == v for k, v in data.items()))

    def quiet(self, seconds: float) -> list[Frame]:
        """Everything (non-telemetry) that arrives within ``seconds`` (backlog included; empties it)."""
        out, self.backlog = [f for f in self.backlog if not is_telemetry(f)], []
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            f = self.recv(left)
            if f is not None and not is_telemetry(f):
                out.append(f)
        return out

    def wait_closed(self, timeout: float = 10.0) -> int | None:
        """Reads until the server closes the socket; returns the close code it sent."""
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                self.conn.recv(timeout=deadline - time.monotonic())
        except ConnectionClosed as e:
            return e.rcvd.code if e.rcvd else None
        except TimeoutError:
            pass
        raise AssertionError("socket not closed")

    def roundtrip_ping(self, data: Any = "alive", timeout: float = 10.0) -> Frame:
        """Sends a ``ping`` frame and waits for its ``pong`` (with the same data)."""
        self.send({"channel": "ping", "event": "p", "data": data})
        return self.expect_ch("ping", "pong", timeout, where=lambda f: f.get("data") == data)

    # -- repl ----------------------------------------------------------------------------------
    def repl(self, event: str, **data: Any) -> None:
        self.send({"channel": "repl", "event": event, "data": data})

    def repl_start(self, sid: str, timeout: float = 30.0) -> Frame:
        """Starts session ``sid``; returns its ``started`` (or ``error``) frame."""
        self.repl("start", id=sid)
        return self.expect(lambda f: f.get("channel") == "repl" and f.get("event") in ("started", "error")
                           and (f.get("data") or {}).get("id") == sid, timeout)

    def repl_exec(self, sid: str, code: str, timeout: float = 30.0,
                  on_tool: Callable[[Frame], Any] | None = None) -> tuple[str, str, Frame]:
        """Runs a cell; returns (stdout, stderr, result data). ``on_tool(data)`` answers tool_calls."""
        self.repl("exec", id=sid, code=code)
        return self.repl_collect(sid, timeout, on_tool)

    def repl_collect(self, sid: str, timeout: float = 30.0,
                     on_tool: Callable[[Frame], Any] | None = None) -> tuple[str, str, Frame]:
        """Collects the running cell's output up to its ``result``; an ``error`` frame gives
        ``{"_error": data}`` as the result data."""
        out: list[str] = []
        err: list[str] = []
        mine = {"stdout", "stderr", "result", "error", "tool_call"}
        while True:
            f = self.expect(lambda f: f.get("channel") == "repl" and f.get("event") in mine
                            and (f.get("data") or {}).get("id") == sid, timeout)
            d, ev = f["data"], f["event"]
            if ev == "stdout":
                out.append(d["data"])
            elif ev == "stderr":
                err.append(d["data"])
            elif ev == "tool_call":
                if on_tool is None:
                    raise AssertionError(f"unexpected tool_call {d}")
                ans = on_tool(d)
                if ans is not None:
                    self.repl("tool_result", id=sid, callId=d["callId"], **ans)
            elif ev == "error":
                return "".join(out), "".join(err), {"_error": d}
            else:
                return "".join(out), "".join(err), d

    # -- agent ---------------------------------------------------------------------------------
    def call_tool(self, name: str, args: Any, turn: str = "t-1", call_id: str = "k-1",
                  answer_approval: str | None = None, timeout: float = 15.0) -> tuple[Any, Frame | None]:
        """Runs a tool through the agent channel's ``call`` event; when ``answer_approval`` is
        given, the approval_request that must arrive first is answered with that decision.
        Returns (result value, approval_request data or None)."""
        self.send({"channel": "agent", "event": "call", "data": {"turnId": turn, "callId": call_id, "name": name,
                                                                 "args": args}})
        req = None
        if answer_approval is not None:
            req = self.expect_agent("approval_request", timeout)["data"]
            self.send({"channel": "agent", "event": "approval_response",
                       "data": {"approvalId": req["approvalId"], "decision": answer_approval}})
        f = self.expect_agent("result", timeout, callId=call_id)
        d = f["data"]
        assert d.get("turnId") == turn and d.get("name") == name, f
        return d["result"], req

    # -- lifetime ------------------------------------------------------------------------------
    def close(self) -> None:
        self._cm.__exit__(None, None, None)

    def __enter__(self) -> "WsClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
