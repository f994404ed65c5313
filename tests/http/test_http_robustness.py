"""A plugin route that hangs gets 504 after --request-timeout, is cancelled when it is async, and
never stops the host from serving other requests."""
from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from support.host import PLUGINS, Host, start_host

HANG = PLUGINS / "hang"


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host([HANG], tmp_path_factory.mktemp("hang") / "data", extra_args=["--request-timeout", "1"])
    yield h
    h.stop()


def test_hanging_async_route_times_out_and_is_cancelled(host: Host) -> None:
    t0 = time.monotonic()
    r = host.client.get("/api/plugins/hang/async-forever")
    took = time.monotonic() - t0
    assert r.status_code == 504, r.text
    assert r.json() == {"detail": "Gateway Timeout"}
    assert 0.9 <= took < 5, took
    deadline = time.monotonic() + 5
    while host.client.get("/api/plugins/hang/state").json()["cancelled"] < 1:
        assert time.monotonic() < deadline, "the timed-out handler was not cancelled"
        time.sleep(0.05)


def test_blocked_sync_route_times_out_and_others_keep_flowing(host: Host) -> None:
    r = host.client.get("/api/plugins/hang/sync-blocked")
    assert r.status_code == 504, r.text
    # The blocked pool thread does not starve anything: async, sync and core routes all answer.
    assert host.client.get("/api/plugins/hang/quick").json() == {"quick": True}
    assert host.client.get("/api/plugins/hang/state").status_code == 200
    assert host.client.get("/api/health").status_code == 200
    assert host.client.get("/api/plugins/hang/release").json() == {"ok": True}


def test_timeout_is_recorded_in_telemetry(host: Host) -> None:
    host.client.get("/api/plugins/hang/async-forever")
    events = host.client.get("/api/telemetry/recent").json()
    mine = [e for e in events if e["target"] == "/api/plugins/hang/async-forever"]
    assert mine and mine[-1]["status"] == 504 and mine[-1]["error"] == "Timeout", mine[-1:]


def test_streaming_waits_for_a_slow_client(host: Host) -> None:
    """A client that stops reading holds the producer back (bounded buffering), and when it
    resumes, it gets every byte."""
    import socket

    with socket.create_connection(("127.0.0.1", host.port)) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        s.sendall(b"GET /api/plugins/hang/firehose HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        time.sleep(1.5)  # read nothing for a while
        produced = host.client.get("/api/plugins/hang/state").json()["chunks"]
        # 64 MiB would be produced in well under a second without backpressure; with it, only the
        # channel (16 chunks) plus socket buffers (a few MiB) fill up.
        assert produced < 200, f"producer ran ahead of the client: {produced} of 1024 chunks"
        received = 0
        s.settimeout(10)
        while True:
            data = s.recv(1 << 20)
            if not data:
                break
            received += len(data)
            if b"0\r\n\r\n" in data[-7:]:
                break
        assert received > 1024 * 65536, received
    assert host.client.get("/api/plugins/hang/state").json()["chunks"] == 1024
