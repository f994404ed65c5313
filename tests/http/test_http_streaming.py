"""Streaming both ways (issue 11 points 5 and 7): the response head goes out at
``http.response.start``, the request timeout stops there (a quiet SSE stream is never a 504), a
generator raising after the head cuts the stream as uvicorn does, a long poll sees its client
leave through ``request.is_disconnected()`` (its task is not cancelled), and a route receives its
body as a stream: a 200 MB upload in bounded memory, with ``--max-route-body-bytes`` as the only
limit (none by default, as uvicorn).

Tests taking ``server`` run twice: against the host and against uvicorn serving
``support.reference``'s FastAPI app built from the same plugin folder, and assert the same."""
from __future__ import annotations

import hashlib
import json
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from support.host import PLUGINS, REPO, TESTS, Host, free_port, require_bin, start_host

STREAMING = PLUGINS / "streaming"
S = "/api/plugins/st_stream"


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    require_bin()
    h = start_host([STREAMING], tmp_path_factory.mktemp("streaming") / "data",
                   extra_args=["--no-entry-points", "--request-timeout", "1"])
    yield h
    h.stop()


@dataclass
class Server:
    name: str
    port: int

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(self, path: str) -> httpx.Response:
        return httpx.get(self.base_url + path, timeout=30)


@pytest.fixture(scope="module")
def uvicorn_port() -> Iterator[int]:
    """uvicorn + FastAPI serving the same plugin folder (the reference)."""
    port = free_port()
    code = (f"import sys; sys.path.insert(0, {str(TESTS)!r}); import uvicorn; from support import reference; "
            f"uvicorn.run(reference.build_app([reference.Path({str(STREAMING)!r})]), host='127.0.0.1', "
            f"port={port}, log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.1)
    yield port
    proc.terminate()
    proc.wait(10)


@pytest.fixture(params=["horrible", "uvicorn"])
def server(request: pytest.FixtureRequest) -> Server:
    if request.param == "horrible":
        return Server("horrible", request.getfixturevalue("host").port)
    return Server("uvicorn", request.getfixturevalue("uvicorn_port"))


def _state(server: Server | Host) -> dict[str, int]:
    return httpx.get(f"{server.base_url}{S}/state", timeout=30).json()  # type: ignore[no-any-return]


def test_head_is_sent_before_the_first_chunk(server: Server) -> None:
    with httpx.Client(base_url=server.base_url, timeout=10) as c:
        t0 = time.monotonic()
        with c.stream("GET", f"{S}/quiet-sse", params={"wait": 1.5}) as r:
            head_after = time.monotonic() - t0
            assert r.status_code == 200
            assert r.headers["content-type"] == "text/event-stream; charset=utf-8"
            body = r.read()
        total = time.monotonic() - t0
    assert head_after < 1.0, f"head came after {head_after:.2f}s, with the first chunk"
    assert body == b"data: late\n\n" and total >= 1.5


def test_quiet_stream_outlives_the_request_timeout(host: Host) -> None:
    """--request-timeout 1 covers the wait for the head only: a stream quiet for 2.5 s is whole."""
    r = host.client.get(f"{S}/quiet-sse", params={"wait": 2.5})
    assert (r.status_code, r.content) == (200, b"data: late\n\n")


def test_generator_raising_after_the_head_cuts_the_stream(server: Server, host: Host) -> None:
    """uvicorn cannot send a 500 once the head is out: it closes the connection mid-body, so
    the client sees an incomplete chunked body, never a clean short response."""
    with httpx.Client(base_url=server.base_url, timeout=10) as c:
        with c.stream("GET", f"{S}/raise-after-head") as r:
            assert r.status_code == 200
            with pytest.raises(httpx.RemoteProtocolError):
                r.read()
    assert server.get(f"{S}/state").status_code == 200
    if server.name == "uvicorn":
        return
    events = host.client.get("/api/telemetry/recent").json()
    assert any(e["target"] == f"{S}/raise-after-head" and e["status"] == 200 for e in events)


def test_long_poll_sees_its_client_leave(server: Server) -> None:
    host = server
    before = _state(host)
    with socket.create_connection(("127.0.0.1", host.port)) as s:
        s.sendall(f"GET {S}/long-poll HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        time.sleep(0.3)
    deadline = time.monotonic() + 5
    while _state(host)["disconnected"] == before["disconnected"]:
        assert time.monotonic() < deadline, f"is_disconnected() never turned true: {_state(host)}"
        time.sleep(0.05)
    after = _state(host)
    assert after["cancelled"] == before["cancelled"], "the task was cancelled under the route"
    assert after["finished"] == before["finished"]


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def test_200_mb_upload_streams_in_bounded_memory(host: Host) -> None:
    block = random.Random(7).randbytes(1 << 20)
    n_blocks = 200
    expected = hashlib.sha256()
    for _ in range(n_blocks):
        expected.update(block)
    baseline = _rss_kib(host.proc.pid)
    peak = baseline
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_kib(host.proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        with httpx.Client(base_url=host.base_url, timeout=120) as c:
            r = c.post(f"{S}/upload", content=(block for _ in range(n_blocks)))  # chunked, no length
    finally:
        done.set()
        sampler.join()
    assert r.status_code == 200, r.text
    assert r.json() == {"bytes": n_blocks << 20, "sha256": expected.hexdigest(), "streamed": True}
    grew_mib = (peak - baseline) / 1024
    assert grew_mib < 64, f"host RSS grew by {grew_mib:.0f} MiB for a 200 MiB upload"
    events = host.client.get("/api/telemetry/recent").json()
    mine = [e for e in events if e["target"] == f"{S}/upload"]
    assert mine[-1]["request_bytes"] == n_blocks << 20 and mine[-1]["request_body"] is None


def test_cancelled_receive_loses_no_chunk(server: Server) -> None:
    host = server
    """The route calls `is_disconnected()` before the body has come (its `receive` is cancelled
    while a read is in flight), then reads the body: nothing is lost. (A chunk that is already
    there when `is_disconnected()` asks is consumed by Starlette itself, under uvicorn too.)"""
    data = random.Random(8).randbytes(3 << 20)
    head = (f"POST {S}/upload-check-first HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n")
    with socket.create_connection(("127.0.0.1", host.port)) as s:
        s.sendall(head.encode())
        time.sleep(0.3)  # the route has asked is_disconnected() by now
        s.sendall(data)
        s.settimeout(10)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    status, _, body = answer.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 200"), answer[:300]
    assert json.loads(body) == {"disconnected": False, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_small_upload_with_length(server: Server) -> None:
    r = httpx.post(f"{server.base_url}{S}/upload", content=b"hello")
    assert r.json()["bytes"] == 5


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    require_bin()
    h = start_host([STREAMING], tmp_path_factory.mktemp("limited") / "data",
                   extra_args=["--no-entry-points", "--max-route-body-bytes", "1000"])
    yield h
    h.stop()


def test_route_body_limit_is_configurable(limited: Host) -> None:
    assert limited.client.post(f"{S}/upload", content=b"x" * 1000).json()["bytes"] == 1000
    r = limited.client.post(f"{S}/upload", content=b"x" * 1001)
    assert (r.status_code, r.json()) == (413, {"detail": "Request body too large"})
    r = limited.client.post(f"{S}/upload", content=iter([b"x" * 600, b"x" * 600]))  # chunked
    assert (r.status_code, r.json()) == (413, {"detail": "Request body too large"})


def test_unhandled_error_is_fastapis_500_with_the_type_in_telemetry(server: Server, host: Host) -> None:
    r = server.get(f"{S}/boom")
    assert (r.status_code, r.headers["content-type"], r.content) == (
        500, "text/plain; charset=utf-8", b"Internal Server Error")
    if server.name == "uvicorn":
        return
    events = host.client.get("/api/telemetry/recent").json()
    mine = [e for e in events if e["target"] == f"{S}/boom"]
    assert mine[-1]["status"] == 500 and mine[-1]["error"] == "KeyError", mine[-1]
    assert "KeyError" in host.output() and "st_stream" in host.output()
