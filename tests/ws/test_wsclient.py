"""The /ws test client itself (support/wsclient.py): backlog order, telemetry skipping, timeouts,
verbatim frames and the server's close code."""
from __future__ import annotations

import pytest

from support.host import Host
from support.wsclient import WsClient, is_telemetry


def test_unmatched_frames_wait_in_the_backlog(ping_host: Host) -> None:
    with WsClient(ping_host.ws_url) as c:
        for n in (1, 2, 3):
            c.send({"channel": "ping", "event": "p", "data": n})
        assert c.expect_ch("ping", "pong", where=lambda f: f["data"] == 3)["data"] == 3
        assert [f["data"] for f in c.backlog] == [1, 2]
        assert c.expect_ch("ping")["data"] == 1, "the backlog is searched first, in arrival order"
        assert c.quiet(0.2) == [{"channel": "ping", "event": "pong", "data": 2}]
        assert c.backlog == []


def test_telemetry_frames_are_dropped_unless_waited_for(ping_host: Host) -> None:
    with WsClient(ping_host.ws_url, telemetry=True) as c:
        ping_host.client.get("/api/health")
        c.roundtrip_ping("after")
        assert not [f for f in c.backlog if is_telemetry(f)], c.backlog
        ping_host.client.get("/api/health")
        assert c.expect_ch("telemetry", "io")["data"]["source"]


def test_expect_times_out_naming_the_unmatched_frames(ping_host: Host) -> None:
    with WsClient(ping_host.ws_url) as c:
        c.send({"channel": "ping", "event": "p", "data": "seen-by-nobody"})
        with pytest.raises(AssertionError, match="seen-by-nobody"):
            c.expect_ch("no-such-channel", timeout=0.5)
        assert c.expect_ch("ping")["data"] == "seen-by-nobody"


def test_verbatim_frames_and_the_close_code(ping_host: Host) -> None:
    with WsClient(ping_host.ws_url) as c:
        c.send("not json")
        assert c.expect_ch("system", "error")["data"]["message"]
        c.send({"channel": "ping", "event": "x", "data": "a" * (16 * 1024 * 1024)})
        assert c.wait_closed() == 1009
