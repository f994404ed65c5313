"""The tutorial tests' websocket sessions (recorded by recorder.py as `ws` steps), replayed with
the real `websockets` client against the host and against uvicorn + FastAPI.

Each app's steps run in their recorded order (a test may hold two sessions at once, as the chat
tutorial does), first against one server, then against the other; apps run in parallel. What the
client observes at each step is kept per session:

- `connect`: `{"accepted": subprotocol}` or `{"denied": [status, body (base64)]}` (a refused
  handshake: an app that closes before accepting gets uvicorn's 403);
- `send`: nothing, or `{"send failed": ...}` if the connection was already closed;
- `receive`: `{"text"}`, `{"bytes"}`, `{"close": [code, reason]}` (or `[None]`: no close frame) or
  `{"timeout": seconds}`;
- `close` (the test's close(), or leaving its `with`): first the data frames that arrived unread
  in a short drain (`{"unread": [...]}`, if any), then `{"closed": [code, reason]}`, the close
  frame the client received: the server's own if it closed first (the drain waits for it, so a
  server closing right after its last frame is not raced by the client's close), else its echo
  of the client's.
"""
from __future__ import annotations

import base64
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus
from websockets.sync.client import ClientConnection, connect

RECV_TIMEOUT = 5.0
DRAIN = 0.2  # how long a close waits for frames (or a close) the server already sent
# Request headers the `websockets` client writes itself for the handshake.
HANDSHAKE = {"host", "connection", "upgrade", "sec-websocket-key", "sec-websocket-version",
             "sec-websocket-protocol", "sec-websocket-extensions"}


@dataclass
class WsOutcome:
    app: str
    conn: int
    target: str
    host: list[Any]
    reference: list[Any]
    recorded: list[Any] = field(default_factory=list)  # [step, what TestClient handed the test]
    seconds: float = 0.0

    @property
    def same(self) -> bool:
        return self.host == self.reference


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _close_of(exc: ConnectionClosed) -> list[Any]:
    return [exc.rcvd.code, exc.rcvd.reason] if exc.rcvd is not None else [None]


def _frame(message: str | bytes) -> dict[str, Any]:
    return {"text": message} if isinstance(message, str) else {"bytes": _b64(message)}


def _drain(ws: ClientConnection) -> list[Any]:
    """Data frames the server sent that the test did not read (the server's close, if it comes,
    is what `ws.protocol.close_rcvd` then holds)."""
    unread: list[Any] = []
    deadline = time.monotonic() + DRAIN
    while (left := deadline - time.monotonic()) > 0:
        try:
            unread.append(_frame(ws.recv(timeout=left)))
        except (TimeoutError, ConnectionClosed):
            break
    return unread


def _connect(url: str, step: dict[str, Any]) -> tuple[ClientConnection | None, dict[str, Any]]:
    headers = [(k, v) for k, v in step["headers"] if k.lower() not in HANDSHAKE]
    try:
        ws = connect(url, additional_headers=headers, subprotocols=step["subprotocols"] or None,
                     compression=None, user_agent_header=None, proxy=None, open_timeout=10, close_timeout=5,
                     legacy=True)  # a connection object, not a context manager: the steps interleave sessions
    except InvalidStatus as exc:
        r = exc.response
        return None, {"denied": [r.status_code, _b64(r.body or b""), r.headers.get_all("content-type")]}
    except (InvalidHandshake, OSError) as exc:
        return None, {"error": type(exc).__name__}
    return ws, {"accepted": ws.subprotocol}


def run(base: str, prefix: str, steps: list[dict[str, Any]]) -> dict[int, list[Any]]:
    """One app's steps against the server at `base` (ws://host:port): per session, [step, what
    was observed] for each step."""
    conns: dict[int, ClientConnection] = {}
    seen: dict[int, list[Any]] = {}
    try:
        for i, step in enumerate(steps):
            c, op = step["conn"], step["op"]
            log = seen.setdefault(c, [])
            if op == "connect":
                ws, obs = _connect(base + prefix + step["target"], step)
                if ws is not None:
                    conns[c] = ws
                log.append([i, obs])
                continue
            ws = conns.get(c)
            if ws is None:  # the handshake was refused: the test's later steps did not happen either
                continue
            if op == "send":
                try:
                    ws.send(step["text"] if "text" in step else base64.b64decode(step["bytes"]))
                except ConnectionClosed as exc:
                    log.append([i, {"send failed": _close_of(exc)}])
            elif op == "receive":
                try:
                    log.append([i, _frame(ws.recv(timeout=RECV_TIMEOUT))])
                except TimeoutError:
                    log.append([i, {"timeout": RECV_TIMEOUT}])
                except ConnectionClosed as exc:
                    log.append([i, {"close": _close_of(exc)}])
            elif op == "close":
                unread = _drain(ws)
                if unread:
                    log.append([i, {"unread": unread}])
                ws.close(step["code"], step["reason"])
                rcvd = ws.protocol.close_rcvd
                log.append([i, {"closed": [rcvd.code, rcvd.reason] if rcvd is not None else [None]}])
    finally:
        for ws in conns.values():
            ws.close()
    return seen


def recorded(steps: list[dict[str, Any]]) -> dict[int, list[Any]]:
    """Per session, [step, what TestClient handed the test] for the steps that received something."""
    out: dict[int, list[Any]] = {}
    for i, step in enumerate(steps):
        if step.get("saw") is not None:
            out.setdefault(step["conn"], []).append([i, step["saw"]])
    return out


def faithful(reference: list[Any], saw: list[Any]) -> bool:
    """The reference observed at each step what the test saw under TestClient. A close before
    accept reaches TestClient as a close message and a wire client as uvicorn's 403."""
    got = {i: obs for i, obs in reference}
    for i, expected in saw:
        obs = got.get(i)
        refused_before_accept = "close" in expected and obs is not None and obs.get("denied", [None])[0] == 403
        if obs != expected and not refused_before_accept:
            return False
    return True


def replay(apps: dict[str, list[dict[str, Any]]], host_ws: str, ref_ws: str, prefix_of: Any,
           workers: int = 4) -> list[WsOutcome]:
    """Every app's sessions against the host, then against the reference; one outcome per session."""

    def one_app(item: tuple[str, list[dict[str, Any]]]) -> list[WsOutcome]:
        module, steps = item
        prefix = prefix_of(module)
        t0 = time.monotonic()
        ours, theirs = run(host_ws, prefix, steps), run(ref_ws, prefix, steps)
        spent = time.monotonic() - t0
        saw = recorded(steps)
        targets = {s["conn"]: s["target"] for s in steps if s["op"] == "connect"}
        return [WsOutcome(module, c, targets[c], ours.get(c, []), theirs.get(c, []), saw.get(c, []), spent)
                for c in sorted(targets)]

    with ThreadPoolExecutor(workers) as pool:
        return [o for outcomes in pool.map(one_app, sorted(apps.items())) for o in outcomes]
