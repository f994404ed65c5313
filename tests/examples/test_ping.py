"""The reference plugin end to end: HTTP route, /ws channel, agent tool listing, dash facade."""
from __future__ import annotations

from typing import Any

from conftest import Host, Ws


def test_http(ping_host: Host) -> None:
    c = ping_host.client
    assert c.get("/api/plugins/ping").json() == {"pong": True, "plugin": "ping"}
    assert c.get("/api/plugins/ping/lifecycle").json() == {"started": True}
    r = c.post("/api/plugins/ping/items/5", params={"q": "x"}, json={"name": "n", "price": 1.5, "tags": ["t"]})
    assert r.status_code == 200
    assert r.json() == {"item_id": 5, "q": "x", "item": {"name": "n", "price": 1.5, "tags": ["t"]}}


def test_health(ping_host: Host) -> None:
    r = ping_host.client.get("/api/health")
    assert r.status_code == 200


def test_plugins_endpoint(ping_host: Host) -> None:
    listing = ping_host.client.get("/api/plugins").json()
    ping = next(p for p in listing["plugins"] if p["id"] == "ping")
    assert ping["tools"] == ["ping.echo"] and ping["channels"] == ["ping"] and ping["facades"] == ["ping"]
    assert ping["hooks"] == {"startup": 1, "shutdown": 1}


def test_ws_hello_and_ping_channel(ping_host: Host) -> None:
    with Ws(ping_host.ws_url) as ws:
        assert isinstance(ws.hello.get("version"), str) and ws.hello["version"], ws.hello
        for data in [1, "two", {"three": [3]}, None]:
            ws.send({"channel": "ping", "event": "anything", "data": data})
            frame = ws.expect(lambda f: f.get("channel") == "ping")
            assert frame == {"channel": "ping", "event": "pong", "data": data}


def test_ws_unknown_channel_and_bad_frames_answer_errors(ping_host: Host) -> None:
    with Ws(ping_host.ws_url) as ws:
        ws.send({"channel": "no-such-channel", "event": "x", "data": 1})
        ws.expect(lambda f: f.get("event") == "error")
        ws.conn.send("[1, 2, 3]")
        ws.expect(lambda f: f.get("event") == "error")
        ws.conn.send("not json at all")
        ws.expect(lambda f: f.get("event") == "error")
        # still open and routing
        ws.send({"channel": "ping", "event": "again", "data": 7})
        assert ws.expect(lambda f: f.get("channel") == "ping")["data"] == 7


def test_agent_lists_ping_tool(ping_host: Host) -> None:
    with Ws(ping_host.ws_url) as ws:
        ws.send({"channel": "agent", "event": "list_tools", "data": {}})
        frame = ws.expect(lambda f: f.get("channel") == "agent" and f.get("event") == "tools")
    tools = {t["name"]: t for t in frame["data"]["tools"]}
    assert tools["ping.echo"]["description"] == "Echo back the given text."
    assert "source" in tools["ping.echo"]


def _repl(ws: Ws, sid: str, code: str) -> tuple[dict[str, Any], str]:
    ws.send({"channel": "repl", "event": "exec", "data": {"id": sid, "code": code}})
    out: list[str] = []

    def done(f: dict[str, Any]) -> bool:
        if f.get("channel") != "repl" or (f.get("data") or {}).get("id") != sid:
            return False
        if f.get("event") == "stdout":
            out.append(f["data"]["data"])
            return False
        return f.get("event") in ("result", "error")

    frame = ws.expect(done, timeout=30)
    return frame, "".join(out)


def test_dash_facade(ping_host: Host) -> None:
    with Ws(ping_host.ws_url) as ws:
        ws.send({"channel": "repl", "event": "start", "data": {"id": "s1"}})
        ws.expect(lambda f: f.get("channel") == "repl" and f.get("event") == "started")
        frame, _ = _repl(ws, "s1", "dash.ping.pong()")
        assert frame["event"] == "result" and frame["data"]["ok"] is True, frame
        assert frame["data"]["repr"] == "'pong'"
        frame, out = _repl(ws, "s1", "dash.help()")
        assert frame["data"]["ok"] is True, frame
        lines = out.splitlines()
        assert "dash.ping — Talk to the ping plugin from the REPL." in lines, out
        assert "    .pong()  — Answer 'pong'." in lines, out


def test_ws_close_handshake_is_answered(ping_host: Host) -> None:
    """RFC 6455 5.5.1: the server answers a client's Close frame with a Close frame."""
    import json
    import time

    from websockets.sync.client import connect

    # Telemetry off: with the push on, the backlog (up to 500 events) already sits in the TCP
    # stream ahead of our Close, and this client stops reading once its 16-message queue is full.
    for traffic in (False, True):
        with connect(ping_host.ws_url + "?telemetry=0", close_timeout=5) as ws:
            ws.recv(timeout=10)  # hello
            if traffic:
                ws.send(json.dumps({"channel": "ping", "event": "x", "data": 1}))
                while json.loads(ws.recv(timeout=10)).get("channel") != "ping":
                    pass
            t0 = time.monotonic()
            ws.close()
            took = time.monotonic() - t0
            rcvd = ws.protocol.close_rcvd
        assert rcvd is not None and rcvd.code == 1000, f"no Close frame from the server (traffic={traffic})"
        assert took < 1.0, f"closing took {took:.2f}s (traffic={traffic})"
