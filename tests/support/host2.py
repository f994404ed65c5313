"""Extra helpers for test_ws/test_telemetry/test_settings/test_guard/test_repl (conftest has the basics).

- ``WsClient``: a sync /ws client (opt out of telemetry with ``telemetry=False``) with frame
  collection and REPL helpers.
- ``raw_request``: one HTTP/1.1 request over a plain socket, so any ``Host``/``Origin``/upgrade
  header can be sent verbatim; returns ``(status, headers, body)``.
"""
from __future__ import annotations

import json
import socket
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

REPO = Path(__file__).resolve().parent.parent.parent
WSFIX = REPO / "tests" / "plugins" / "wsfix"

Frame = dict[str, Any]


def is_telemetry(f: Any) -> bool:
    return isinstance(f, dict) and f.get("channel") == "telemetry"


class WsClient:
    """Sync /ws client. Frames that a wait did not match are kept in ``self.backlog`` (telemetry
    frames too, unless ``keep_telemetry`` is False) so later waits can still find them."""

    def __init__(self, base_ws_url: str, *, telemetry: bool = False, keep_telemetry: bool = False,
                 **connect_kw: Any) -> None:
        url = base_ws_url if telemetry else base_ws_url + ("&" if "?" in base_ws_url else "?") + "telemetry=0"
        connect_kw.setdefault("open_timeout", 10)
        connect_kw.setdefault("max_size", None)
        # Small: the close handshake is tested on its own (test_ws); don't let it slow every test.
        connect_kw.setdefault("close_timeout", 1)
        self._cm = connect(url, **connect_kw)
        self.conn = self._cm.__enter__()
        self.keep_telemetry = keep_telemetry
        self.backlog: list[Frame] = []
        self.hello = self.expect(lambda f: f.get("channel") == "system" and f.get("event") == "hello")

    # -- raw -----------------------------------------------------------------------------------
    def send(self, frame: Any) -> None:
        self.conn.send(frame if isinstance(frame, (str, bytes)) else json.dumps(frame))

    def _recv(self, timeout: float) -> Frame | None:
        try:
            raw = self.conn.recv(timeout=timeout)
        except TimeoutError:
            return None
        return json.loads(raw)

    def expect(self, pred: Callable[[Frame], bool], timeout: float = 10.0) -> Frame:
        for i, f in enumerate(self.backlog):
            if pred(f):
                return self.backlog.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                seen = [f for f in self.backlog if not is_telemetry(f)][-10:]
                raise AssertionError(f"no matching frame within {timeout}s; unmatched: {seen}")
            f = self._recv(left)
            if f is None:
                continue
            if isinstance(f, dict) and pred(f):
                return f
            if self.keep_telemetry or not is_telemetry(f):
                self.backlog.append(f)

    def expect_ch(self, channel: str, event: str | None = None, timeout: float = 10.0,
                  where: Callable[[Frame], bool] | None = None) -> Frame:
        return self.expect(lambda f: f.get("channel") == channel and (event is None or f.get("event") == event)
                           and (where is None or where(f)), timeout)

    def quiet(self, seconds: float) -> list[Frame]:
        """Everything (non-telemetry) that arrives within ``seconds`` (backlog included)."""
        out, self.backlog = [f for f in self.backlog if not is_telemetry(f)], []
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            f = self._recv(left)
            if f is not None and not is_telemetry(f):
                out.append(f)
        return out

    def roundtrip_ping(self, data: Any = "alive", timeout: float = 10.0) -> Frame:
        self.send({"channel": "ping", "event": "p", "data": data})
        return self.expect_ch("ping", "pong", timeout, where=lambda f: f.get("data") == data)

    # -- repl ----------------------------------------------------------------------------------
    def repl(self, event: str, **data: Any) -> None:
        self.send({"channel": "repl", "event": event, "data": data})

    def repl_start(self, sid: str, timeout: float = 30.0) -> Frame:
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

    def close(self) -> None:
        self._cm.__exit__(None, None, None)

    def __enter__(self) -> "WsClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def raw_request(port: int, method: str, path: str, headers: dict[str, str] | None = None,
                body: bytes = b"", timeout: float = 10.0) -> tuple[int, dict[str, str], bytes]:
    """Sends one request verbatim (``Host`` defaults to 127.0.0.1:port) and reads the answer head
    (and the body when Content-Length is given). Header names in the result are lower-cased."""
    hdrs = {"Host": f"127.0.0.1:{port}", "Connection": "close"}
    hdrs.update(headers or {})
    if body:
        hdrs["Content-Length"] = str(len(body))
    head = f"{method} {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in hdrs.items()) + "\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(head.encode() + body)
        buf = b""
        while b"\r\n\r\n" not in buf:
            chunk = s.recv(65536)
            if not chunk:
                break
            buf += chunk
        head_b, _, rest = buf.partition(b"\r\n\r\n")
        lines = head_b.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        out: dict[str, str] = {}
        for ln in lines[1:]:
            k, _, v = ln.partition(":")
            out[k.strip().lower()] = v.strip()
        n = int(out.get("content-length", "0") or 0)
        if status != 101:
            while len(rest) < n:
                chunk = s.recv(65536)
                if not chunk:
                    break
                rest += chunk
        return status, out, rest


def ws_upgrade_headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    h = {"Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
         "Sec-WebSocket-Version": "13"}
    h.update(extra or {})
    return h


def telemetry_recent(client: Any, limit: int = 500) -> list[Frame]:
    r = client.get("/api/telemetry/recent", params={"limit": limit})
    assert r.status_code == 200, r.text
    return r.json()["events"]


def wait_for(fn: Callable[[], Any], timeout: float = 10.0, interval: float = 0.05) -> Any:
    """Polls ``fn`` until it returns something truthy; returns that (raises after ``timeout``)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = fn()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s (last: {last!r})")
