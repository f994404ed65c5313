"""Plugin websocket routes (`@router.websocket`) on the host's WebSocket stack, differentially:
the same plugin under the host and under uvicorn + FastAPI (support/reference.py), driven by the
real `websockets` client; every observation (subprotocol, accept headers, frames, close codes and
reasons, handshake refusals with status and body) must be the same. Then what only the host has:
the Origin guard on these upgrades, and an upgrade no websocket route matches falling
through to the HTTP routes."""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from support import reference
from support.host import PLUGINS, Host, free_port, start_host

WSR = PLUGINS / "wsroutes"
P = "/api/plugins/wsr_routes"
G = "/api/wsr/guarded"


class Uvicorn:
    """The reference: the same plugins in a FastAPI app under uvicorn, in a thread."""

    def __init__(self) -> None:
        self.port = free_port()
        config = uvicorn.Config(reference.build_app([WSR]), host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def closed(ws: Any) -> list[Any]:
    """Waits for the server to end the connection: [code, reason], or None for no close frame."""
    try:
        while True:
            ws.recv(timeout=10)
    except ConnectionClosed as exc:
        return [exc.rcvd.code, exc.rcvd.reason] if exc.rcvd is not None else [None]


def refused(url: str, **kw: Any) -> list[Any]:
    """[status, body] of a refused handshake (or ["accepted"])."""
    try:
        with connect(url, open_timeout=10, **kw):
            return ["accepted"]
    except InvalidStatus as exc:
        return [exc.response.status_code, exc.response.body.decode()]


def denied(url: str) -> list[Any]:
    """A denial response as the client sees it: status, body and the headers that matter."""
    try:
        with connect(url, open_timeout=10):
            return ["accepted"]
    except InvalidStatus as exc:
        h = exc.response.headers
        return [exc.response.status_code, exc.response.body,
                {k: h.get_all(k) for k in ("content-type", "content-length", "www-authenticate", "set-cookie",
                                            "x-raw", "connection")}]


def scenarios(port: int) -> dict[str, Any]:
    ws_base, http_base = f"ws://127.0.0.1:{port}", f"http://127.0.0.1:{port}"
    out: dict[str, Any] = {}
    with connect(f"{ws_base}{P}/echo?a=1&b=%20x", subprotocols=["chat.v1", "chat.v2"]) as ws:
        out["echo.subprotocol"] = ws.subprotocol
        out["echo.header"] = ws.response.headers.get("x-echo")
        out["echo.hello"] = json.loads(ws.recv(timeout=10))
        ws.send("hi")
        out["echo.text"] = ws.recv(timeout=10)
        ws.send(b"\x00\x01\xff")
        out["echo.bytes"] = ws.recv(timeout=10)
        ws.send("x" * 100_000)
        out["echo.big"] = len(ws.recv(timeout=10))
    with connect(f"{ws_base}{P}/echo") as ws:
        out["echo.no_subprotocol"] = [ws.subprotocol, json.loads(ws.recv(timeout=10))["subprotocols"]]
        ws.send("close-me")
        out["echo.server_close"] = closed(ws)
    with connect(f"{ws_base}{P}/items/5/b%C3%B6b?token=t&q=3") as ws:
        out["items"] = [json.loads(ws.recv(timeout=10)), closed(ws)]
    out["items.no_token"] = refused(f"{ws_base}{P}/items/5/bob")
    out["items.bad_query"] = refused(f"{ws_base}{P}/items/5/bob?token=t&q=notint")
    out["reject"] = refused(f"{ws_base}{P}/reject")
    out["boom"] = refused(f"{ws_base}{P}/boom")
    for name in ("deny", "deny-stream", "deny-raw", "deny-empty"):
        out[name] = denied(f"{ws_base}{P}/{name}")
    with connect(f"{ws_base}{P}/boom-after") as ws:
        out["boom_after"] = [ws.recv(timeout=10), closed(ws)]
    with connect(f"{ws_base}{P}/returns") as ws:
        out["returns"] = [ws.recv(timeout=10), closed(ws)]
    with connect(f"{ws_base}{G}/hello/ann") as ws:
        out["guarded"] = [ws.recv(timeout=10), closed(ws)]
    out["guarded.denied"] = refused(f"{ws_base}{G}/hello/ann", additional_headers={"x-deny": "1"})
    with connect(f"{ws_base}{P}/client-close") as ws:
        ws.send("x")
        ws.close(code=4000, reason="client bye")
    deadline = time.monotonic() + 10
    while True:
        closes = httpx.get(f"{http_base}{P}/closes").json()
        if any(c[0] == "client-close" for c in closes) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    out["closes"] = sorted(closes)
    r = httpx.get(f"{http_base}{P}/echo")
    out["http_same_path"] = [r.status_code, r.json()]
    return out


@pytest.fixture(scope="module")
def reference_run() -> Iterator[dict[str, Any]]:
    server = Uvicorn()
    try:
        yield scenarios(server.port)
    finally:
        server.stop()


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host([WSR], tmp_path_factory.mktemp("wsr") / "data", extra_args=["--no-entry-points"])
    yield h
    h.stop()


def test_reference_behaves_as_expected(reference_run: dict[str, Any]) -> None:
    r = reference_run
    assert r["echo.subprotocol"] == "chat.v2" and r["echo.header"] == "yes"
    assert r["echo.text"] == "echo:hi" and r["echo.bytes"] == b"echo:\x00\x01\xff"
    assert r["echo.server_close"] == [4001, "bye now"]
    assert r["items"][0]["item_id"] == 5 and r["items"][0]["state"] == "hello from the lifespan"
    assert r["reject"] == [403, ""] and r["items.no_token"] == [403, ""] and r["boom"][0] == 500
    assert r["boom_after"] == ["about to fail", [None]]
    assert ["client-close", 4000, "client bye"] in r["closes"]
    assert r["deny"][:2] == [401, b'{"detail":"who are you"}']
    assert r["deny"][2]["www-authenticate"] == ["Bearer"] and r["deny"][2]["set-cookie"]
    assert r["deny-stream"][:2] == [429, b"one,two,three"]
    assert r["deny-raw"] == [418, b"short and stout", {
        "content-type": ["text/plain; charset=utf-8"], "content-length": ["15"], "www-authenticate": [],
        "set-cookie": [], "x-raw": ["yes"], "connection": ["close"]}]


def test_host_matches_uvicorn(reference_run: dict[str, Any], host: Host) -> None:
    ours = scenarios(host.port)
    assert ours == reference_run


def test_plugins_list_websocket_routes(host: Host) -> None:
    listing = httpx.get(f"{host.base_url}/api/plugins").json()
    wsr = next(p for p in listing["plugins"] if p["id"] == "wsr_routes")
    paths = [r["path"] for r in wsr["websocket_routes"]]
    assert paths[:2] == [f"{P}/echo", f"{P}/items/{{item_id:int}}/{{name}}"]
    assert f"{G}/hello/{{who}}" in paths and f"{P}/deny" in paths
    assert all(r["path"] != f"{P}/closes" for r in wsr["websocket_routes"])


def test_cross_origin_upgrade_is_refused(host: Host) -> None:
    url = f"ws://127.0.0.1:{host.port}{G}/hello/ann"
    status, body = refused(url, origin="http://evil.example")
    assert status == 403 and "Origin" in body
    with connect(url, origin=f"http://127.0.0.1:{host.port}") as ws:
        assert ws.recv(timeout=10) == "hello ann"


def test_unmatched_upgrade_falls_through_to_http(host: Host) -> None:
    # {item_id:int} does not take "x": no websocket route matches, the HTTP routes answer (404)
    assert refused(f"ws://127.0.0.1:{host.port}{P}/items/x/bob?token=t")[0] == 404
    # a path only an HTTP route has: that route's answer to the GET
    assert refused(f"ws://127.0.0.1:{host.port}{P}/closes")[0] == 200


def test_plugin_exception_is_logged(host: Host) -> None:
    refused(f"ws://127.0.0.1:{host.port}{P}/boom")
    deadline = time.monotonic() + 5
    while "websocket route boom before accept" not in host.output() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "websocket route boom before accept" in host.output()
    assert "wsr_routes" in host.output()


def _close_seen_at_shutdown(port: int, stop: Any) -> list[Any]:
    with connect(f"ws://127.0.0.1:{port}{P}/echo") as ws:
        ws.recv(timeout=10)
        stopper = threading.Thread(target=stop)
        stopper.start()
        seen = closed(ws)
        stopper.join(30)
    return seen


def test_shutdown_closes_open_websockets_like_uvicorn(tmp_path: Path) -> None:
    server = Uvicorn()
    theirs = _close_seen_at_shutdown(server.port, server.stop)
    h = start_host([WSR], tmp_path / "data", extra_args=["--no-entry-points"])
    try:
        ours = _close_seen_at_shutdown(h.port, h.stop)
    finally:
        h.stop()
    assert theirs == [1012, ""]
    assert ours == theirs
