"""I/O telemetry (protocol section 4): inbound HTTP, outbound via host.http_client(), /ws frames,
redaction, truncation, ids, the ring, and the telemetry push on /ws."""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.host import EXAMPLES, WSFIX, Host, start_host, telemetry_recent, wait_for
from support.wsclient import WsClient

DIRS = [EXAMPLES, WSFIX]
FIELDS = {"id", "ts", "source", "method", "target", "status", "duration_ms", "request_bytes", "response_bytes",
          "error", "request_headers", "response_headers", "request_body", "response_body"}
TRUNC = "… [truncated]"


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host(DIRS, tmp_path_factory.mktemp("tel") / "data")
    yield h
    h.stop()


def events(host: Host, limit: int = 500) -> list[dict[str, Any]]:
    return telemetry_recent(host.client, limit)


def find(host: Host, pred: Any, timeout: float = 5.0) -> dict[str, Any]:
    """The newest event matching ``pred`` (polled: recording may lag the response a little)."""
    return wait_for(lambda: next((e for e in reversed(events(host)) if pred(e)), None), timeout)


def marker() -> str:
    return f"m{time.monotonic_ns()}"


# --- inbound HTTP --------------------------------------------------------------------------------

def test_inbound_get_recorded(host: Host) -> None:
    t0 = time.time()
    m = marker()
    r = host.client.get("/api/plugins/ping", params={"q": m, "x": "1"},
                        headers={"X-Custom-Header": m, "Authorization": "Bearer s3cr3t", "Cookie": "a=b",
                                 "X-Api-Key": "k3y"})
    assert r.status_code == 200
    e = find(host, lambda e: (e.get("request_headers") or {}).get("x-custom-header") == m)
    assert set(e) >= FIELDS, FIELDS - set(e)
    assert e["source"] == "inbound" and e["method"] == "GET"
    assert e["target"] == "/api/plugins/ping", "target must be the path without the query"
    assert e["status"] == 200 and e["error"] is None
    assert isinstance(e["id"], int) and isinstance(e["ts"], float)
    assert t0 - 1 <= e["ts"] <= time.time() + 1
    assert isinstance(e["duration_ms"], (int, float)) and e["duration_ms"] >= 0
    hdrs = e["request_headers"]
    assert all(k == k.lower() for k in hdrs), hdrs
    assert hdrs["authorization"] == "***" and hdrs["cookie"] == "***" and hdrs["x-api-key"] == "***", hdrs
    assert "s3cr3t" not in json.dumps(e) and "k3y" not in json.dumps(e)
    assert e["response_body"] is None


def test_inbound_post_body_kept(host: Host) -> None:
    m = marker()
    body = {"name": m, "price": 1.5, "tags": ["a"]}
    r = host.client.post("/api/plugins/ping/items/3?q=z", json=body)
    assert r.status_code == 200, r.text
    e = find(host, lambda e: e["target"] == "/api/plugins/ping/items/3" and m in (e.get("request_body") or ""))
    assert e["method"] == "POST" and e["status"] == 200
    assert json.loads(e["request_body"]) == body
    assert e["request_bytes"] == len(r.request.content)


def test_credential_response_headers_masked(host: Host) -> None:
    r = host.client.get("/api/plugins/ping", headers={"X-Tag": "resp-hdr"})
    assert r.status_code == 200
    e = find(host, lambda e: (e.get("request_headers") or {}).get("x-tag") == "resp-hdr")
    for k, v in (e.get("response_headers") or {}).items():
        assert k == k.lower()
        if k == "set-cookie":
            assert v == "***"


def test_handler_exception_recorded_with_type_name(host: Host) -> None:
    r = host.client.get("/api/plugins/wsfix/boom")
    assert r.status_code == 500
    e = find(host, lambda e: e["target"] == "/api/plugins/wsfix/boom")
    assert e["status"] == 500 and e["error"] == "RuntimeError", e


def test_telemetry_and_ws_paths_not_recorded(host: Host) -> None:
    m = marker()
    host.client.get("/api/telemetry/recent", params={"limit": 1}, headers={"X-Tag": m})
    with WsClient(host.ws_url, additional_headers={"X-Tag": m}):
        pass
    host.client.get("/api/health", headers={"X-Tag": m + "-after"})
    find(host, lambda e: (e.get("request_headers") or {}).get("x-tag") == m + "-after")
    bad = [e for e in events(host) if e["source"] == "inbound"
           and (e["target"].startswith("/api/telemetry") or e["target"] == "/ws")]
    assert not bad, bad


def test_body_truncated_at_default_16384(host: Host) -> None:
    big = "x" * 20000
    host.client.post("/api/plugins/wsfix/echo", content=big)
    e = find(host, lambda e: e["target"] == "/api/plugins/wsfix/echo" and (e.get("request_body") or "").startswith("xxx"))
    assert e["request_body"] == "x" * 16384 + TRUNC
    assert e["request_bytes"] == 20000


def test_body_cut_follows_setting(host: Host) -> None:
    assert host.client.put("/api/settings/observability.maxBodyChars", json={"value": 100}).status_code == 200
    try:
        host.client.post("/api/plugins/wsfix/echo", content="y" * 500)
        e = find(host, lambda e: e["target"] == "/api/plugins/wsfix/echo" and (e.get("request_body") or "").startswith("yyy"))
        assert e["request_body"] == "y" * 100 + TRUNC
        host.client.post("/api/plugins/wsfix/echo", content="w" * 100)
        e = find(host, lambda e: (e.get("request_body") or "").startswith("www"))
        assert e["request_body"] == "w" * 100, "a body of exactly the limit is not cut"
    finally:
        reset_cut(host)


def reset_cut(host: Host) -> None:
    # PUT the default first: deleting alone may not reset the cut (see the test below).
    host.client.put("/api/settings/observability.maxBodyChars", json={"value": 16384})
    host.client.delete("/api/settings/observability.maxBodyChars")


def test_deleting_max_body_chars_restores_default(host: Host) -> None:
    assert host.client.put("/api/settings/observability.maxBodyChars", json={"value": 10}).status_code == 200
    try:
        assert host.client.delete("/api/settings/observability.maxBodyChars").status_code == 200
        assert "observability.maxBodyChars" not in host.client.get("/api/settings").json()["values"]
        host.client.post("/api/plugins/wsfix/echo", content="v" * 50)
        e = find(host, lambda e: (e.get("request_body") or "").startswith("vvv"))
        assert e["request_body"] == "v" * 50, "after DELETE the cut must be the default 16384 again"
    finally:
        reset_cut(host)


# --- ids and the ring ------------------------------------------------------------------------------

def test_ids_from_one_and_increasing(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data")
    try:
        for _ in range(5):
            h.client.get("/api/health")
        evs = telemetry_recent(h.client)
        ids = [e["id"] for e in evs]
        assert ids[0] == 1, ids
        assert ids == sorted(set(ids)), "ids must be unique and ascending (newest last)"
        assert ids == list(range(1, len(ids) + 1))
    finally:
        h.stop()


def test_limit_returns_newest_last(host: Host) -> None:
    for i in range(5):
        host.client.get("/api/plugins/ping", headers={"X-Seq": str(i)})
    wait_for(lambda: (events(host, 1)[0].get("request_headers") or {}).get("x-seq") == "4")
    last3 = events(host, 3)
    assert len(last3) == 3
    assert [e["request_headers"].get("x-seq") for e in last3] == ["2", "3", "4"]
    assert [e["id"] for e in last3] == sorted(e["id"] for e in last3)


def test_ring_keeps_last_500(host: Host) -> None:
    with httpx.Client(base_url=host.base_url) as c:
        for i in range(520):
            c.get("/api/health", headers={"X-Ring": str(i)})
    wait_for(lambda: (events(host, 1)[0].get("request_headers") or {}).get("x-ring") == "519")
    evs = events(host, 100000)
    assert len(evs) == 500
    ids = [e["id"] for e in evs]
    assert ids == list(range(ids[0], ids[0] + 500))


# --- ws frames -------------------------------------------------------------------------------------

def compact_len(frame: Any) -> int:
    return len(json.dumps(frame, separators=(",", ":"), ensure_ascii=False).encode())


def test_ws_frames_recorded(host: Host) -> None:
    m = marker()
    frame = {"channel": "ping", "event": "hey", "data": {"m": m, "list": [1, 2], "u": "é✓"}}
    with WsClient(host.ws_url) as c:
        c.send(frame)
        pong = c.expect_ch("ping", "pong")
    recv = find(host, lambda e: e["source"] == "ws" and e["method"] == "recv" and m in (e.get("request_body") or ""))
    assert recv["target"] == "ping/hey"
    assert recv["request_bytes"] == compact_len(frame)
    assert json.loads(recv["request_body"]) == frame
    assert "\n" in recv["request_body"], "request_body must be pretty-printed"
    send = find(host, lambda e: e["source"] == "ws" and e["method"] == "send" and m in (e.get("request_body") or ""))
    assert send["target"] == "ping/pong"
    assert json.loads(send["request_body"]) == pong
    assert send["request_bytes"] == compact_len(pong)
    assert send["id"] > recv["id"]


def test_ws_hello_recorded_as_send(host: Host) -> None:
    with WsClient(host.ws_url) as c:
        conn_id = c.hello["connection"]
    find(host, lambda e: e["source"] == "ws" and e["method"] == "send" and e["target"] == "system/hello"
         and json.loads(e["request_body"]).get("connection") == conn_id)


def test_telemetry_channel_not_recorded(host: Host) -> None:
    with WsClient(host.ws_url, telemetry=True) as c:
        c.send({"channel": "telemetry", "event": "whatever", "data": 1})
        host.client.get("/api/health")
        c.expect_ch("telemetry", "io")
        c.roundtrip_ping("after-telemetry")
    find(host, lambda e: e["target"] == "ping/pong" and "after-telemetry" in (e.get("request_body") or ""))
    assert not [e for e in events(host) if str(e.get("target", "")).startswith("telemetry/")]


# --- outbound ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sync", [0, 1])
def test_outbound_get_recorded(host: Host, sync: int) -> None:
    r = host.client.get("/api/plugins/wsfix/outbound", params={"sync": sync, "port": host.port})
    assert r.status_code == 200, r.text
    assert r.json()["status"] == 200
    # `scheme://host/path`: with or without the port (upstream used httpx's url.host, no port)
    targets = {f"http://127.0.0.1:{host.port}/api/health", "http://127.0.0.1/api/health"}
    e = find(host, lambda e: e["source"] == "outbound" and e["target"] in targets)
    assert e["method"] == "GET" and e["status"] == 200
    assert json.loads(e["response_body"]) == json.loads(r.json()["body"])
    assert isinstance(e["duration_ms"], (int, float))
    # the self-call is also an inbound event
    find(host, lambda e: e["source"] == "inbound" and e["target"] == "/api/health"
         and (e.get("request_headers") or {}).get("user-agent", "").startswith("python-httpx"))


def test_outbound_post_bodies(host: Host) -> None:
    m = marker()
    r = host.client.post("/api/plugins/wsfix/outbound_post", params={"port": host.port}, json={"payload": {"m": m}})
    assert r.status_code == 200, r.text
    e = find(host, lambda e: e["source"] == "outbound" and m in (e.get("request_body") or ""))
    assert e["method"] == "POST"
    assert e["target"] in {f"http://127.0.0.1:{host.port}/api/plugins/wsfix/echo", "http://127.0.0.1/api/plugins/wsfix/echo"}
    assert json.loads(e["request_body"]) == {"m": m}
    assert json.loads(e["response_body"]) == r.json()["body"]


# --- push on /ws ------------------------------------------------------------------------------------

def test_socket_gets_backlog_then_live(host: Host) -> None:
    mb = marker()
    host.client.get("/api/health", headers={"X-Tag": mb})
    before = events(host, 500)
    assert (before[-1].get("request_headers") or {}).get("x-tag") == mb
    with WsClient(host.ws_url, telemetry=True, keep_telemetry=True) as c:
        backlog: list[dict[str, Any]] = []
        while not backlog or (backlog[-1].get("request_headers") or {}).get("x-tag") != mb:
            backlog.append(c.expect_ch("telemetry", "io")["data"])
        ids = [e["id"] for e in backlog]
        assert ids == list(range(ids[0], ids[0] + len(ids))), "backlog must come oldest first, contiguous"
        assert ids[0] <= before[0]["id"] + 5, "backlog must be the whole ring"
        assert backlog[-1] == before[-1]
        m = marker()
        host.client.get("/api/plugins/ping", headers={"X-Tag": m})
        live = c.expect_ch("telemetry", "io", where=lambda f: (f["data"].get("request_headers") or {}).get("x-tag") == m)
        assert live["data"]["id"] > before[-1]["id"]


def test_opted_out_socket_gets_no_telemetry(host: Host) -> None:
    with WsClient(host.ws_url, keep_telemetry=True) as c:
        host.client.get("/api/health")
        c.roundtrip_ping()
        time.sleep(0.3)
        got = c.quiet(0.5)
        assert not [f for f in got + c.backlog if f.get("channel") == "telemetry"]


# --- the wire as upstream serves it -----------------------------------------------------------------

def test_recent_is_a_bare_json_list(host: Host) -> None:
    host.client.get("/api/health")
    r = httpx.get(host.base_url + "/api/telemetry/recent", timeout=10)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert isinstance(body, list) and body, "upstream's response_model is list[IoEvent]"
    assert set(body[-1]) >= FIELDS
    assert [e["id"] for e in body] == sorted(e["id"] for e in body), "oldest first"


@pytest.mark.parametrize("frame,target", [
    ({"channel": "ping", "type": "hello"}, "ping/hello"),
    ({"channel": "ping", "event": "", "type": "typed"}, "ping/typed"),
    ({"channel": "ping", "event": None, "type": None}, "ping"),
    ({"channel": "ping"}, "ping"),
    ({"channel": "ping", "event": "ev", "type": "ignored"}, "ping/ev"),
])
def test_ws_frame_target_falls_back_to_type_then_channel(host: Host, frame: dict[str, Any], target: str) -> None:
    m = marker()
    with WsClient(host.ws_url) as c:
        c.send({**frame, "data": m})
        c.expect_ch("ping", "pong")
    e = find(host, lambda e: e["source"] == "ws" and e["method"] == "recv" and m in (e.get("request_body") or ""))
    assert e["target"] == target, (frame, e["target"])


@pytest.mark.parametrize("path,origin", [("/api/health", "tauri://localhost"), ("/api/plugins/ping", None),
                                         ("/api/settings", "http://localhost:5173"), ("/api/no-such", None)])
def test_inbound_records_response_headers_as_sent(host: Host, path: str, origin: str | None) -> None:
    m = marker()
    headers = {"X-Tag": m, **({"Origin": origin} if origin else {})}
    r = httpx.get(host.base_url + path, headers=headers, timeout=10)
    e = find(host, lambda e: (e.get("request_headers") or {}).get("x-tag") == m)
    sent = {k: v for k, v in r.headers.items() if k != "date"}  # the server stamps Date after the app
    assert e["response_headers"] == sent, f"recorded {e['response_headers']}\nsent {sent}"
    assert e["response_bytes"] == len(r.content)
    if origin:
        assert e["response_headers"]["access-control-allow-origin"] == origin


def test_frames_up_to_16_mib_pass(host: Host) -> None:
    """uvicorn's default ws_max_size (16 MiB), which upstream ran with: a 10 MiB frame is echoed."""
    big = "z" * (10 * 1024 * 1024)
    with WsClient(host.ws_url) as c:
        c.send({"channel": "ping", "event": "big", "data": big})
        pong = c.expect_ch("ping", "pong", timeout=60)
    assert pong["data"] == big
    e = find(host, lambda e: e["source"] == "ws" and e["method"] == "recv" and e["target"] == "ping/big")
    assert e["request_bytes"] > 10 * 1024 * 1024 and e["request_body"].endswith(TRUNC)
