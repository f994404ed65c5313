"""/ws: hello, bad input, plugin channels (whole frame, conn.id/state/closed, ConnectionClosed,
ordering, isolation between sockets), host.broadcast, frame size limit."""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.host import EXAMPLES, WSFIX, Host, start_host, wait_for
from support.wsclient import WsClient

DIRS = [EXAMPLES, WSFIX]


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host(DIRS, tmp_path_factory.mktemp("ws") / "data")
    yield h
    h.stop()


def ws(host: Host, **kw: object) -> WsClient:
    return WsClient(host.ws_url, **kw)  # type: ignore[arg-type]


# --- hello / ping --------------------------------------------------------------------------------

def test_hello_frame(host: Host) -> None:
    with ws(host) as a, ws(host) as b:
        for c in (a, b):
            h = c.hello
            assert h["channel"] == "system" and h["event"] == "hello", h
            assert isinstance(h["version"], str) and h["version"], h
            assert isinstance(h["connection"], int), h
        assert a.hello["connection"] != b.hello["connection"]
        health = host.client.get("/api/health").json()
        assert a.hello["version"] == health["version"]


@pytest.mark.parametrize("data", [None, 0, "text ✓", [1, "two", {"3": None}], {"nested": {"deep": [True]}}])
def test_ping_echoes_data(host: Host, data: object) -> None:
    with ws(host) as c:
        c.send({"channel": "ping", "event": "anything", "data": data})
        f = c.expect_ch("ping")
        assert f == {"channel": "ping", "event": "pong", "data": data}


@pytest.mark.parametrize("use_plugin_channel", [False, True])
def test_client_close_is_answered_with_close_frame(host: Host, use_plugin_channel: bool) -> None:
    """RFC 6455 5.5.1: the server answers a Close frame with a Close frame and ends the TCP."""
    c = WsClient(host.ws_url, close_timeout=10)
    if use_plugin_channel:
        c.send({"channel": "wsfix.state", "event": "x"})
        c.expect_ch("wsfix.state")
    t0 = time.monotonic()
    c.conn.close(1000, "bye")
    took = time.monotonic() - t0
    rcvd = c.conn.protocol.close_rcvd
    assert rcvd is not None and rcvd.code == 1000, f"no Close frame back (close code seen: {c.conn.close_code})"
    assert took < 1.0, f"close handshake took {took:.2f}s"


def test_ping_without_data_and_event(host: Host) -> None:
    with ws(host) as c:
        c.send({"channel": "ping"})
        f = c.expect_ch("ping")
        assert f["event"] == "pong" and f.get("data") is None, f


# --- bad input -----------------------------------------------------------------------------------

BAD = {
    "non_json": "this is not json",
    "truncated_json": '{"channel": "ping"',
    "array": "[1, 2, 3]",
    "string": '"just a string"',
    "number": "42",
    "null": "null",
    "no_channel": json.dumps({"event": "x", "data": 1}),
    "channel_not_string": json.dumps({"channel": 5, "event": "x"}),
    "channel_null": json.dumps({"channel": None}),
    "unknown_channel": json.dumps({"channel": "no-such-channel", "event": "x"}),
    "binary": b"\x00\x01binary",
    "binary_json": json.dumps({"channel": "ping", "event": "x"}).encode(),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_answers_error_and_stays_open(host: Host, name: str) -> None:
    with ws(host) as c:
        c.send(BAD[name])
        f = c.expect_ch("system", "error")
        msg = f.get("data", {}).get("message")
        assert isinstance(msg, str) and msg, f
        if name == "unknown_channel":
            assert "no-such-channel" in msg, msg
        # no other answer (e.g. no pong for the binary ping)
        assert not [x for x in c.quiet(0.3) if x.get("channel") == "ping"]
        c.roundtrip_ping("still open")


def test_many_bad_frames_then_good(host: Host) -> None:
    with ws(host) as c:
        for raw in list(BAD.values()) * 3:
            c.send(raw)
        errs = [c.expect_ch("system", "error") for _ in range(len(BAD) * 3)]
        assert len(errs) == len(BAD) * 3
        c.roundtrip_ping()


# --- plugin handler failures -----------------------------------------------------------------------

def test_raising_handler_reports_channel_plugin_exception(host: Host) -> None:
    with ws(host) as a, ws(host) as b:
        a.send({"channel": "wsfix.raise", "event": "go", "data": 1})
        f = a.expect_ch("system", "error")
        msg = f["data"]["message"]
        assert "wsfix.raise" in msg, msg
        assert "wsfix" in msg.replace("wsfix.raise", ""), f"plugin id missing: {msg}"
        assert "ValueError: boom from wsfix" in msg, msg
        a.roundtrip_ping("a alive")
        b.roundtrip_ping("b alive")
        assert not [x for x in b.quiet(0.3) if x.get("event") == "error"], "error leaked to another socket"


def test_raising_handler_repeatedly_keeps_socket(host: Host) -> None:
    with ws(host) as c:
        for i in range(10):
            c.send({"channel": "wsfix.raise", "event": "go", "data": i})
            c.send({"channel": "ping", "event": "p", "data": i})
        for i in range(10):
            c.expect_ch("system", "error")
            c.expect_ch("ping", "pong", where=lambda f, i=i: f["data"] == i)


@pytest.mark.parametrize("channel,summary", [("wsfix.exit", "SystemExit: 3"), ("wsfix.cancel", "CancelledError")])
def test_handler_raising_a_base_exception_keeps_the_channels(host: Host, channel: str, summary: str) -> None:
    """A handler that raises what `except Exception` misses (SystemExit from a sync handler, a
    CancelledError of its own) is reported like any failure; the connection's plugin channels
    keep running (the frames after it are answered, in order)."""
    with ws(host) as c:
        for i in range(3):
            c.send({"channel": channel, "event": "go", "data": i})
            c.send({"channel": "wsfix.seq", "event": "go", "data": {"seq": i}})
        for i in range(3):
            msg = c.expect_ch("system", "error")["data"]["message"]
            assert channel in msg and summary in msg, msg
            assert c.expect_ch("wsfix.seq", "echo")["data"] == {"seq": i}
        c.roundtrip_ping()


# --- the handler's view ----------------------------------------------------------------------------

def test_handler_gets_whole_frame(host: Host) -> None:
    frame = {"channel": "wsfix.whole", "event": "e1", "data": {"k": [1, 2]}, "extra": "kept", "n": 3}
    with ws(host) as c:
        c.send(frame)
        assert c.expect_ch("wsfix.whole")["data"] == frame


def test_conn_id_and_state_per_socket(host: Host) -> None:
    with ws(host) as a, ws(host) as b:
        for _ in range(3):
            a.send({"channel": "wsfix.state", "event": "x"})
        b.send({"channel": "wsfix.state", "event": "x"})
        got_a = [a.expect_ch("wsfix.state")["data"] for _ in range(3)]
        got_b = b.expect_ch("wsfix.state")["data"]
        assert [d["n"] for d in got_a] == [1, 2, 3]
        assert got_b["n"] == 1, "conn.state is shared between sockets"
        assert all(d["id"] == a.hello["connection"] for d in got_a), (got_a, a.hello)
        assert got_b["id"] == b.hello["connection"]
        assert not any(d["closed"] for d in [*got_a, got_b])


def test_send_after_close_raises_connection_closed(host: Host) -> None:
    a = ws(host)
    a.send({"channel": "wsfix.keep", "event": "x"})
    kept = a.expect_ch("wsfix.keep", "kept")["data"]
    assert kept["id"] == a.hello["connection"]
    a.close()
    with ws(host) as b:
        def attempt() -> dict | None:
            b.send({"channel": "wsfix.sendkept", "event": "x"})
            d = b.expect_ch("wsfix.sendkept")["data"]
            return d if d["raised"] is not None else None
        d = wait_for(attempt, timeout=10, interval=0.1)
        assert d["raised"] == "ConnectionClosed", d
        assert d["is_connection_closed"] and d["is_connection_error"], d
        assert d["closed_after"] is True, d
        b.roundtrip_ping()


def test_frames_of_one_connection_are_handled_in_order(host: Host) -> None:
    n = 60
    with ws(host) as c:
        for i in range(n):
            c.send({"channel": "wsfix.seq", "event": "x", "data": {"seq": i}})
        got = [c.expect_ch("wsfix.seq")["data"]["seq"] for _ in range(n)]
        assert got == list(range(n))


def test_interleaved_channels_keep_order(host: Host) -> None:
    with ws(host) as c:
        for i in range(20):
            c.send({"channel": "wsfix.seq", "event": "x", "data": {"seq": i}})
            c.send({"channel": "ping", "event": "x", "data": i})
        order = []
        while len(order) < 40:
            f = c.expect(lambda f: f.get("channel") in ("wsfix.seq", "ping"))
            order.append(("s", f["data"]["seq"]) if f["channel"] == "wsfix.seq" else ("p", f["data"]))
        assert order == [x for i in range(20) for x in (("s", i), ("p", i))]


def test_slow_handler_does_not_delay_other_socket(host: Host) -> None:
    with ws(host) as slow, ws(host) as fast:
        slow.send({"channel": "wsfix.slow", "event": "x", "data": {"seconds": 3}})
        time.sleep(0.1)
        t0 = time.monotonic()
        fast.roundtrip_ping("quick", timeout=5)
        took = time.monotonic() - t0
        assert took < 1.0, f"other socket waited {took:.2f}s behind a slow handler"
        # fast socket's own plugin handler is not delayed either
        t0 = time.monotonic()
        fast.send({"channel": "wsfix.seq", "event": "x", "data": {"seq": 7}})
        fast.expect_ch("wsfix.seq", timeout=5)
        assert time.monotonic() - t0 < 1.0
        assert slow.expect_ch("wsfix.slow", "done", timeout=10)["data"] == {"seconds": 3}


def test_sync_handler_and_broadcast_reaches_sender(host: Host) -> None:
    with ws(host) as a, ws(host) as b:
        a.send({"channel": "wsfix.sync", "event": "x", "data": "hi"})
        for c in (a, b):
            f = c.expect_ch("wsfix.sync", "bcast")
            assert f["data"] == {"from": a.hello["connection"], "got": "hi"}


def test_broadcast_counts_and_reaches_every_socket(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data")
    try:
        socks = [WsClient(h.ws_url) for _ in range(3)] + [WsClient(h.ws_url, telemetry=True)]
        frame = {"channel": "news", "event": "flash", "data": {"n": 1}}
        socks[0].send({"channel": "wsfix.broadcast", "event": "x", "data": frame})
        assert socks[0].expect_ch("wsfix.broadcast")["data"]["count"] == 4
        for s in socks:
            assert s.expect_ch("news", "flash") == frame
        socks.pop().close()
        time.sleep(0.3)
        socks[1].send({"channel": "wsfix.broadcast", "event": "x", "data": frame})
        assert socks[1].expect_ch("wsfix.broadcast")["data"]["count"] == 3
        for s in socks:
            s.close()
    finally:
        h.stop()


# --- frame size ------------------------------------------------------------------------------------

def test_frame_over_16mib_closes_1009(host: Host) -> None:
    # The default limit is uvicorn's ws_max_size (16 MiB), which upstream ran with.
    with ws(host) as c:
        c.send({"channel": "ping", "event": "x", "data": "a" * (16 * 1024 * 1024)})
        assert c.wait_closed() == 1009
    with ws(host) as other:  # the host is fine
        other.roundtrip_ping()


def test_frame_just_under_16mib_is_fine(host: Host) -> None:
    with ws(host) as c:
        data = "b" * (16 * 1024 * 1024 - 100)
        c.send({"channel": "ping", "event": "x", "data": data})
        assert c.expect_ch("ping", "pong", timeout=20)["data"] == data


def test_max_frame_bytes_option(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data", extra_args=["--max-frame-bytes", "2000"])
    try:
        with WsClient(h.ws_url) as c:
            c.roundtrip_ping("x" * 1000)
            c.send({"channel": "ping", "event": "x", "data": "y" * 3000})
            assert c.wait_closed() == 1009

    finally:
        h.stop()


def test_max_frame_bytes_applies_to_binary_frames(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data", extra_args=["--max-frame-bytes", "2000"])
    try:
        with WsClient(h.ws_url) as c:
            c.send(b"z" * 3000)
            assert c.wait_closed() == 1009
    finally:
        h.stop()
