"""The reference plugin end to end: HTTP route, /ws channel, agent tool listing, dash facade."""
from __future__ import annotations

from support.host import Host
from support.wsclient import WsClient


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
    with WsClient(ping_host.ws_url, telemetry=True) as ws:
        assert isinstance(ws.hello.get("version"), str) and ws.hello["version"], ws.hello
        for data in [1, "two", {"three": [3]}, None]:
            ws.send({"channel": "ping", "event": "anything", "data": data})
            frame = ws.expect(lambda f: f.get("channel") == "ping")
            assert frame == {"channel": "ping", "event": "pong", "data": data}


def test_ws_unknown_channel_and_bad_frames_answer_errors(ping_host: Host) -> None:
    with WsClient(ping_host.ws_url, telemetry=True) as ws:
        ws.send({"channel": "no-such-channel", "event": "x", "data": 1})
        ws.expect(lambda f: f.get("event") == "error")
        ws.send("[1, 2, 3]")
        ws.expect(lambda f: f.get("event") == "error")
        ws.send("not json at all")
        ws.expect(lambda f: f.get("event") == "error")
        # still open and routing
        ws.send({"channel": "ping", "event": "again", "data": 7})
        assert ws.expect(lambda f: f.get("channel") == "ping")["data"] == 7


def test_agent_lists_ping_tool(ping_host: Host) -> None:
    with WsClient(ping_host.ws_url, telemetry=True) as ws:
        ws.send({"channel": "agent", "event": "list_tools", "data": {}})
        frame = ws.expect(lambda f: f.get("channel") == "agent" and f.get("event") == "tools")
    tools = {t["name"]: t for t in frame["data"]["tools"]}
    assert tools["ping.echo"]["description"] == "Echo back the given text."
    assert "source" in tools["ping.echo"]


def test_dash_facade(ping_host: Host) -> None:
    with WsClient(ping_host.ws_url, telemetry=True) as ws:
        started = ws.repl_start("s1")
        assert started["event"] == "started", started
        _, _, res = ws.repl_exec("s1", "dash.ping.pong()")  # res: the result frame's data, or {"_error": ...}
        assert "_error" not in res and res["ok"] is True, res
        assert res["repr"] == "'pong'"
        out, _, res = ws.repl_exec("s1", "dash.help()")
        assert res.get("ok") is True, res
        lines = out.splitlines()
        assert "dash.ping — Talk to the ping plugin from the REPL." in lines, out
        assert "    .pong()  — Answer 'pong'." in lines, out


def test_ws_close_handshake_is_answered(ping_host: Host) -> None:
    """RFC 6455 5.5.1: the server answers a client's Close frame with a Close frame."""
    import time

    # Telemetry off (the client's default): with the push on, the backlog (up to 500 events)
    # already sits in the TCP stream ahead of our Close, and websockets stops reading once its
    # 16-message queue is full.
    for traffic in (False, True):
        with WsClient(ping_host.ws_url, close_timeout=5) as ws:  # connected: hello received
            if traffic:
                ws.send({"channel": "ping", "event": "x", "data": 1})
                ws.expect_ch("ping")
            t0 = time.monotonic()
            ws.conn.close()
            took = time.monotonic() - t0
            rcvd = ws.conn.protocol.close_rcvd
        assert rcvd is not None and rcvd.code == 1000, f"no Close frame from the server (traffic={traffic})"
        assert took < 1.0, f"closing took {took:.2f}s (traffic={traffic})"
