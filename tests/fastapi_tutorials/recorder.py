"""A pytest plugin that runs FastAPI's own tutorial tests (`tests/test_tutorial/` of its source)
and records every request their `TestClient`s send, per tutorial app, in order.

Run by `tutorials.record()` in a subprocess (cwd: a scratch directory, since some tutorial apps
write files), with `-p recorder`; the recording goes to `$HORRIBLE_TUTORIAL_RECORDING` as JSON:

    {"apps": {module: {"skip": reason | null, "requests": [...], "websockets": n, "ws": [...]}},
     "unmapped": n, "collect_errors": {test file: last line of the error}}

A request is `{"method", "target" (raw path and query), "headers" [[name, value]...], "body"
(base64), "overrides" (the app had dependency_overrides set: a test-only app mutation),
"status" (what TestClient got)}`. The tests' own assertions do not matter here: `inline_snapshot`
and `dirty_equals`, when not installed, are stand-ins equal to anything, so a test goes on to
its later requests.

`ws` is every step the tests took on that app's websocket sessions (`websocket_connect`), in
order across sessions (a test may hold two at once), each naming its session `conn` (`websockets`
counts them):

    {"op": "connect", "conn", "target", "headers", "subprotocols", "overrides", "saw"}
    {"op": "send", "conn", "text" | "bytes" (base64)}      send_text / send_json / send_bytes
    {"op": "receive", "conn", "saw"}                       receive_text / _json / _bytes
    {"op": "close", "conn", "code", "reason"}              close(), or leaving the `with` (1000)

`saw` is what TestClient handed the test: `{"accepted": subprotocol}`, `{"text"}`, `{"bytes"}`,
`{"close": [code, reason]}` or `{"denied": [status, body (base64)]}`.

`skip` says why an app cannot be a plugin (see `adapter.skip_reason`).
"""
from __future__ import annotations

import base64
import json
import os
import sys
import types
from typing import Any

import pytest


class _Anything:
    """Equal to anything; calling it or any attribute gives itself (dirty_equals, snapshot)."""

    def __eq__(self, other: object) -> bool:
        return True

    def __ne__(self, other: object) -> bool:
        return False

    __hash__ = object.__hash__

    def __call__(self, *args: Any, **kwargs: Any) -> _Anything:
        return self

    def __getattr__(self, name: str) -> _Anything:
        if name.startswith("__"):
            raise AttributeError(name)
        return self

    def __or__(self, other: object) -> _Anything:
        return self

    __ror__ = __and__ = __rand__ = __or__

    def __repr__(self) -> str:
        return "<anything>"


ANYTHING = _Anything()


def _stub_missing() -> None:
    for name in ("inline_snapshot", "dirty_equals"):
        try:
            __import__(name)
        except ImportError:
            mod = types.ModuleType(name)
            mod.__getattr__ = lambda attr: ANYTHING  # type: ignore[method-assign]
            sys.modules[name] = mod


_stub_missing()

APPS: dict[str, dict[str, Any]] = {}
APP_OBJECTS: dict[str, Any] = {}
UNMAPPED = [0]
COLLECT_ERRORS: dict[str, str] = {}
_module_of: dict[int, str | None] = {}


def _module_for(app: Any) -> str | None:
    key = id(app)
    if key in _module_of and (_module_of[key] is None or APP_OBJECTS.get(_module_of[key]) is app):
        return _module_of[key]
    found = None
    for name, mod in list(sys.modules.items()):
        if name.startswith("docs_src.") and getattr(mod, "app", None) is app:
            found = name
            break
    _module_of[key] = found
    if found is not None:
        APP_OBJECTS[found] = app
    return found


def _entry(module: str) -> dict[str, Any]:
    return APPS.setdefault(module, {"skip": None, "requests": [], "websockets": 0, "ws": []})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _saw(message: dict[str, Any]) -> dict[str, Any]:
    """An ASGI message the app sent, as the test received it."""
    kind = message["type"]
    if kind == "websocket.accept":
        return {"accepted": message.get("subprotocol")}
    if kind == "websocket.close":
        return {"close": [message.get("code", 1000), message.get("reason") or ""]}
    if kind == "websocket.send":
        return {"text": message["text"]} if message.get("text") is not None else {"bytes": _b64(message["bytes"])}
    return {"other": kind}


def _install_ws() -> None:
    """Records each step a test takes on a `WebSocketTestSession` tagged by `handle_request`
    (`_ws` = (steps list, session number)); `__enter__`'s own connect/receive is one step."""
    from starlette import testclient

    session_cls = testclient.WebSocketTestSession
    enter, send, receive = session_cls.__enter__, session_cls.send, session_cls.receive

    def step(session: Any, op: dict[str, Any]) -> dict[str, Any] | None:
        tag = getattr(session, "_ws", None)
        if tag is None or getattr(session, "_ws_inside", False):
            return None
        op["conn"] = tag[1]
        tag[0].append(op)
        return op

    def rec_enter(self: Any) -> Any:
        op = getattr(self, "_ws_connect", None)
        self._ws_inside = True
        try:
            result = enter(self)
        except testclient.WebSocketDenialResponse as exc:
            if op is not None:
                op["saw"] = {"denied": [exc.status_code, _b64(exc.content)]}
            raise
        except testclient.WebSocketDisconnect as exc:
            if op is not None:
                op["saw"] = {"close": [exc.code, exc.reason or ""]}
            raise
        finally:
            self._ws_inside = False
        if op is not None:
            op["saw"] = {"accepted": self.accepted_subprotocol}
        return result

    def rec_send(self: Any, message: dict[str, Any]) -> None:
        if message["type"] == "websocket.receive":
            data = {"text": message["text"]} if message.get("text") is not None else {"bytes": _b64(message["bytes"])}
            step(self, {"op": "send", **data})
        elif message["type"] == "websocket.disconnect":
            step(self, {"op": "close", "code": message.get("code", 1000), "reason": message.get("reason") or ""})
        send(self, message)

    def rec_receive(self: Any) -> Any:
        op = step(self, {"op": "receive"})
        message = receive(self)
        if op is not None:
            op["saw"] = _saw(message)
        return message

    session_cls.__enter__ = rec_enter  # type: ignore[method-assign]
    session_cls.send = rec_send  # type: ignore[method-assign]
    session_cls.receive = rec_receive  # type: ignore[method-assign]


def _install() -> None:
    from starlette import testclient

    original = testclient._TestClientTransport.handle_request

    def handle_request(self: Any, request: Any) -> Any:
        module = _module_for(self.app)
        if module is None:
            UNMAPPED[0] += 1
            return original(self, request)
        entry = _entry(module)
        if request.url.scheme in ("ws", "wss"):
            entry["websockets"] += 1
            try:
                return original(self, request)
            except testclient._Upgrade as upgrade:
                headers = [[k.decode("latin-1"), v.decode("latin-1")] for k, v in request.headers.raw]
                protocols = request.headers.get("sec-websocket-protocol")
                connect = {"op": "connect", "conn": entry["websockets"] - 1,
                           "target": request.url.raw_path.decode("latin-1"), "headers": headers,
                           "subprotocols": [p.strip() for p in protocols.split(",")] if protocols else [],
                           "overrides": bool(getattr(self.app, "dependency_overrides", None)), "saw": None}
                entry["ws"].append(connect)
                upgrade.session._ws = (entry["ws"], connect["conn"])
                upgrade.session._ws_connect = connect
                raise
        body = request.read()
        record = {
            "method": request.method,
            "target": request.url.raw_path.decode("latin-1"),
            "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in request.headers.raw],
            "body": base64.b64encode(body).decode(),
            "overrides": bool(getattr(self.app, "dependency_overrides", None)),
        }
        entry["requests"].append(record)
        response = original(self, request)
        record["status"] = response.status_code
        return response

    testclient._TestClientTransport.handle_request = handle_request
    _install_ws()


_install()


def pytest_collectreport(report: pytest.CollectReport) -> None:
    if report.failed:
        lines = str(report.longrepr).strip().splitlines()
        COLLECT_ERRORS[report.nodeid] = lines[-1] if lines else "?"


def pytest_sessionfinish(session: pytest.Session) -> None:
    from adapter import skip_reason  # tests/fastapi_tutorials/adapter.py, on sys.path with this file

    for module, entry in APPS.items():
        entry["skip"] = skip_reason(APP_OBJECTS[module])
    out = {"apps": APPS, "unmapped": UNMAPPED[0], "collect_errors": COLLECT_ERRORS}
    with open(os.environ["HORRIBLE_TUTORIAL_RECORDING"], "w") as f:
        json.dump(out, f)
