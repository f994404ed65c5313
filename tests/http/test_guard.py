"""The request guard: Host allow-list (DNS rebinding), one Host header only, Origin check on
state-changing requests and the /ws upgrade (CSRF / cross-site WebSocket hijacking), CORS for
upstream's dev and desktop origins only (compared with Starlette's CORSMiddleware configured as
upstream's), and the token when bound off loopback. Plus a real cross-origin WebSocket attempt
from Chromium."""
from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from websockets.exceptions import InvalidStatus

from support.host import EXAMPLES, REPO, WSFIX, Host, free_port, start_host, telemetry_recent, wait_for
from support.rawhttp import raw_request, ws_upgrade_headers
from support.wsclient import WsClient

DIRS = [EXAMPLES, WSFIX]
EVIL = "http://evil.com"


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host(DIRS, tmp_path_factory.mktemp("guard") / "data", extra_args=["--allow-origin", "http://x.test:1"])
    yield h
    h.stop()


def settings(h: Host) -> dict:
    return httpx.get(h.base_url + "/api/settings", timeout=10).json()["values"]


def fresh(h: Host, method: str, path: str, **kw: object) -> httpx.Response:
    """A request on its own connection (a rejected request may cost its keep-alive connection;
    that is tested on its own in test_rejected_request_keeps_keepalive_usable)."""
    return httpx.request(method, h.base_url + path, timeout=10, **kw)  # type: ignore[arg-type]


# --- Host header -----------------------------------------------------------------------------------

ROUTES = [("GET", "/api/health"), ("GET", "/api/plugins/ping"), ("GET", "/api/settings"),
          ("GET", "/api/telemetry/recent"), ("GET", "/"), ("GET", "/api/no-such-route")]


@pytest.mark.parametrize("method,path", ROUTES)
@pytest.mark.parametrize("bad_host", ["evil.com", "evil.com:80", "127.0.0.1.evil.com", "localhost.evil.com"])
def test_foreign_host_header_is_403(host: Host, method: str, path: str, bad_host: str) -> None:
    status, _, _ = raw_request(host.port, method, path, {"Host": bad_host})
    assert status == 403, (bad_host, path, status)


def test_foreign_host_on_ws_upgrade_is_403(host: Host) -> None:
    status, _, _ = raw_request(host.port, "GET", "/ws", ws_upgrade_headers({"Host": "evil.com"}))
    assert status == 403


def test_foreign_host_put_does_not_run(host: Host) -> None:
    body = json.dumps({"value": "evil"}).encode()
    status, _, _ = raw_request(host.port, "PUT", "/api/settings/guard.hostput",
                               {"Host": "evil.com", "Content-Type": "application/json"}, body)
    assert status == 403
    assert "guard.hostput" not in settings(host)


@pytest.mark.parametrize("good", ["localhost:{port}", "127.0.0.1:{port}"])
def test_loopback_host_headers_pass(host: Host, good: str) -> None:
    hv = good.format(port=host.port)
    for path in ("/api/health", "/api/plugins/ping"):
        status, _, _ = raw_request(host.port, "GET", path, {"Host": hv})
        assert status == 200, (hv, path, status)
    status, hdrs, _ = raw_request(host.port, "GET", "/ws", ws_upgrade_headers({"Host": hv}))
    assert status == 101, (hv, status)


def test_allow_host_option(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data", extra_args=["--allow-host", "dash.test"])
    try:
        assert raw_request(h.port, "GET", "/api/health", {"Host": f"dash.test:{h.port}"})[0] == 200
        assert raw_request(h.port, "GET", "/api/health", {"Host": "evil.com"})[0] == 403
    finally:
        h.stop()


# --- Origin ----------------------------------------------------------------------------------------

def test_cross_origin_put_setting_is_403_and_not_written(host: Host) -> None:
    r = fresh(host, "PUT", "/api/settings/guard.evil", json={"value": 1}, headers={"Origin": EVIL})
    assert r.status_code == 403
    assert "guard.evil" not in settings(host)


def test_cross_origin_delete_is_403_and_not_deleted(host: Host) -> None:
    assert host.client.put("/api/settings/guard.keep", json={"value": 1}).status_code == 200
    r = fresh(host, "DELETE", "/api/settings/guard.keep", headers={"Origin": EVIL})
    assert r.status_code == 403
    assert settings(host)["guard.keep"] == 1


def test_cross_origin_plugin_routes_do_not_run(host: Host) -> None:
    r = fresh(host, "PUT", "/api/plugins/wsfix/kv/evil", json={"value": 1}, headers={"Origin": EVIL})
    assert r.status_code == 403
    assert fresh(host, "GET", "/api/plugins/wsfix/kv/evil").json() == {"value": "<default>"}
    r = fresh(host, "POST", "/api/plugins/ping/items/1", json={"name": "n", "price": 1}, headers={"Origin": EVIL})
    assert r.status_code == 403
    r = fresh(host, "PUT", "/api/workspaces/evil", json={"name": "e", "layout": None, "active": True},
                        headers={"Origin": EVIL})
    assert r.status_code == 403
    assert "evil" not in [w["id"] for w in fresh(host, "GET", "/api/workspaces").json()["workspaces"]]


@pytest.mark.parametrize("origin", [EVIL, "null", "http://127.0.0.1", "http://127.0.0.1:1", "http://localhost:{port}",
                                    "http://x.test:2", "http://x.test", "https://x.test:1"])
def test_other_origins_rejected(host: Host, origin: str) -> None:
    origin = origin.format(port=host.port)  # (Host is 127.0.0.1:port, so localhost:port is cross-origin)
    r = fresh(host, "PUT", "/api/settings/guard.o", json={"value": origin}, headers={"Origin": origin})
    assert r.status_code == 403, (origin, r.status_code)
    assert settings(host).get("guard.o") != origin


def test_origin_scheme_must_match(host: Host) -> None:
    """https://127.0.0.1:port is a different origin from the http:// page the host serves."""
    origin = f"https://127.0.0.1:{host.port}"
    r = fresh(host, "PUT", "/api/settings/guard.https", json={"value": 1}, headers={"Origin": origin})
    assert r.status_code == 403, (origin, r.status_code)


@pytest.mark.parametrize("hostname,origin", [("127.0.0.1", "http://127.0.0.1:{port}"),
                                             ("localhost", "http://localhost:{port}"),
                                             ("127.0.0.1", "http://x.test:1")])
def test_allowed_origins_pass(host: Host, hostname: str, origin: str) -> None:
    origin = origin.format(port=host.port)
    hv = f"{hostname}:{host.port}"
    body = json.dumps({"value": origin}).encode()
    status, _, text = raw_request(host.port, "PUT", "/api/settings/guard.ok",
                                  {"Host": hv, "Origin": origin, "Content-Type": "application/json"}, body)
    assert status == 200, (origin, status, text)
    assert settings(host)["guard.ok"] == origin
    assert raw_request(host.port, "GET", "/ws", ws_upgrade_headers({"Host": hv, "Origin": origin}))[0] == 101
    if hostname == "127.0.0.1":
        with WsClient(host.ws_url, origin=origin) as c:
            c.roundtrip_ping()


def test_rejected_request_keeps_keepalive_usable(host: Host) -> None:
    """A 403 answered without reading the body must either keep the connection usable or say
    `connection: close`; silently dropping it breaks the client's next request."""
    errors: list[str] = []
    with httpx.Client(base_url=host.base_url, timeout=10) as c:
        for i in range(400):
            r = c.put("/api/settings/guard.ka", json={"value": "x" * 64}, headers={"Origin": EVIL})
            assert r.status_code == 403
            announced = r.headers.get("connection", "").lower() == "close"
            try:
                c.get("/api/health")
            except httpx.TransportError as e:
                if not announced:
                    errors.append(f"{i}: {type(e).__name__}: {e}")
    assert not errors, f"{len(errors)}/400 follow-up requests failed: {errors[:3]}"


def test_cross_origin_ws_upgrade_is_403(host: Host) -> None:
    status, _, _ = raw_request(host.port, "GET", "/ws", ws_upgrade_headers({"Origin": EVIL}))
    assert status == 403
    with pytest.raises(InvalidStatus) as ei:
        WsClient(host.ws_url, origin=EVIL)
    assert ei.value.response.status_code == 403


UPSTREAM_ORIGINS = ["http://localhost:5173", "tauri://localhost", "http://tauri.localhost"]


def cors_reference() -> Any:
    """Upstream's CORS setup on a FastAPI app: CORSMiddleware with its three origins."""
    from fastapi import FastAPI
    from fastapi.middleware.cors import CORSMiddleware
    from fastapi.testclient import TestClient

    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=UPSTREAM_ORIGINS, allow_methods=["*"], allow_headers=["*"])

    @app.get("/api/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.put("/api/settings/{key}")
    def put(key: str) -> dict[str, str]:
        return {"key": key}

    return TestClient(app)


CORS_CASES = [
    ("OPTIONS", "/api/settings/x", {"Origin": "http://localhost:5173", "Access-Control-Request-Method": "PUT",
                                    "Access-Control-Request-Headers": "content-type, x-custom"}),
    ("OPTIONS", "/api/health", {"Origin": "tauri://localhost", "Access-Control-Request-Method": "GET"}),
    ("OPTIONS", "/api/health", {"Origin": "http://tauri.localhost", "Access-Control-Request-Method": "FOO"}),
    ("OPTIONS", "/api/settings/x", {"Origin": EVIL, "Access-Control-Request-Method": "PUT"}),
    ("OPTIONS", "/api/settings/x", {"Origin": "tauri://localhost", "Access-Control-Request-Method": "PUT",
                                    "Access-Control-Request-Private-Network": "true"}),
    ("GET", "/api/health", {"Origin": "tauri://localhost"}),
    ("GET", "/api/health", {"Origin": "http://localhost:5173"}),
    ("GET", "/api/health", {"Origin": EVIL}),
    ("GET", "/api/health", {}),
]


def cors_view(r: httpx.Response, preflight: bool) -> dict[str, Any]:
    view: dict[str, Any] = {k: v for k, v in r.headers.items() if k.startswith("access-control-") or k == "vary"}
    if preflight:
        view.update(status=r.status_code, body=r.text, type=r.headers.get("content-type"))
    return view


@pytest.mark.parametrize("method,path,headers", CORS_CASES)
def test_cors_as_upstream(host: Host, method: str, path: str, headers: dict[str, str]) -> None:
    preflight = method == "OPTIONS"
    ours = cors_view(fresh(host, method, path, headers=headers), preflight)
    theirs = cors_view(cors_reference().request(method, path, headers=headers), preflight)
    assert ours == theirs, f"ours {ours}\nupstream {theirs}"


@pytest.mark.parametrize("origin", UPSTREAM_ORIGINS)
def test_upstream_origins_may_write_and_open_the_socket(host: Host, origin: str) -> None:
    r = fresh(host, "PUT", "/api/settings/guard.cors", json={"value": origin}, headers={"Origin": origin})
    assert r.status_code == 200, r.text
    assert r.headers["access-control-allow-origin"] == origin
    assert settings(host)["guard.cors"] == origin
    assert raw_request(host.port, "GET", "/ws", ws_upgrade_headers({"Origin": origin}))[0] == 101
    with WsClient(host.ws_url, origin=origin) as c:
        c.roundtrip_ping()


def test_same_origin_gets_no_cors_headers(host: Host) -> None:
    r = host.client.get("/api/health", headers={"Origin": f"http://127.0.0.1:{host.port}"})
    assert "access-control-allow-origin" not in r.headers


def test_two_host_headers_is_400(host: Host) -> None:
    """RFC 9112 section 3.2: more than one Host header is a bad request, whichever comes first."""
    for first, second in [(f"127.0.0.1:{host.port}", "evil.com"), ("evil.com", f"127.0.0.1:{host.port}"),
                          (f"127.0.0.1:{host.port}", f"127.0.0.1:{host.port}")]:
        head = (f"GET /api/health HTTP/1.1\r\nHost: {first}\r\nHost: {second}\r\nConnection: close\r\n\r\n")
        with socket.create_connection(("127.0.0.1", host.port), timeout=10) as sock:
            sock.sendall(head.encode())
            reply = b""
            while chunk := sock.recv(65536):
                reply += chunk
        status = int(reply.split(b"\r\n", 1)[0].split()[1])
        assert status == 400, (first, second, reply[:300])


# --- token when bound off loopback ------------------------------------------------------------------

@pytest.fixture(scope="module")
def open_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Host, str]]:
    h = start_host(DIRS, tmp_path_factory.mktemp("open") / "data", extra_args=["--host", "0.0.0.0"], wait_path=None)
    try:
        wait_for(lambda: _status(h, "/api/health") in (200, 401), timeout=30)
        tok_file = h.data_dir / "token"
        assert tok_file.is_file(), sorted(p.name for p in h.data_dir.iterdir())
        token = tok_file.read_text().strip()
        assert len(token) >= 16
        yield h, token
    finally:
        h.stop()


def _status(h: Host, path: str, **kw: object) -> int | None:
    try:
        return httpx.get(h.base_url + path, timeout=2, **kw).status_code  # type: ignore[arg-type]
    except httpx.HTTPError:
        return None


def test_token_file_private_and_not_logged(open_host: tuple[Host, str]) -> None:
    h, token = open_host
    mode = stat.S_IMODE((h.data_dir / "token").stat().st_mode)
    assert mode == 0o600, oct(mode)
    assert token not in h.output(), "the full token was printed in the log"


@pytest.mark.parametrize("path", ["/api/health", "/api/plugins/ping", "/api/settings", "/"])
def test_missing_or_wrong_token_is_401(open_host: tuple[Host, str], path: str) -> None:
    h, token = open_host
    assert _status(h, path) == 401
    assert _status(h, path, headers={"Authorization": "Bearer wrong"}) == 401
    assert _status(h, path, headers={"Authorization": f"Bearer {token}x"}) == 401
    assert _status(h, path, headers={"Cookie": "horrible_token=wrong"}) == 401
    assert _status(h, path + "?token=wrong") in (401,)


def test_bearer_token_passes(open_host: tuple[Host, str]) -> None:
    h, token = open_host
    assert _status(h, "/api/health", headers={"Authorization": f"Bearer {token}"}) == 200
    assert _status(h, "/api/plugins/ping", headers={"Authorization": f"Bearer {token}"}) == 200


def test_query_token_sets_cookie(open_host: tuple[Host, str]) -> None:
    h, token = open_host
    r = httpx.get(f"{h.base_url}/?token={token}", follow_redirects=False, timeout=5)
    assert r.status_code == 303, (r.status_code, r.text[:200])
    sc = r.headers.get("set-cookie", "")
    assert sc.startswith("horrible_token="), sc
    assert "httponly" in sc.lower(), sc
    assert token not in r.headers.get("location", ""), "the redirect must drop the token from the URL"
    cookie = sc.split(";", 1)[0]
    assert _status(h, "/api/health", headers={"Cookie": cookie}) == 200
    with httpx.Client(base_url=h.base_url, timeout=5) as c:  # a cookie jar, like a browser
        c.get(f"/?token={token}")
        assert c.get("/api/settings").status_code == 200


def test_ws_token(open_host: tuple[Host, str]) -> None:
    h, token = open_host
    assert raw_request(h.port, "GET", "/ws", ws_upgrade_headers())[0] == 401
    status, _, _ = raw_request(h.port, "GET", "/ws", ws_upgrade_headers({"Sec-WebSocket-Protocol": "horrible.token.bad"}))
    assert status == 401
    sub = f"horrible.token.{token}"
    with WsClient(h.ws_url, subprotocols=[sub]) as c:
        assert c.conn.subprotocol == sub
        c.roundtrip_ping()
    with WsClient(h.ws_url, additional_headers={"Authorization": f"Bearer {token}"}) as c:
        c.roundtrip_ping()


# --- a real browser --------------------------------------------------------------------------------

CHROMIUM = Path(os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium"))
PW = REPO / "web" / "node_modules" / "playwright-core"
NODE_SCRIPT = r"""
const { createRequire } = require('module');
const req = createRequire(process.argv[2] + '/web/package.json');
const { chromium } = req('playwright-core');
(async () => {
  const [, , , chromiumBin, pageUrl, sameOriginUrl, wsUrl] = process.argv;
  const browser = await chromium.launch({ executablePath: chromiumBin,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const out = {};
  try {
    const page = await browser.newPage();
    const probe = (url) => new Promise((res) => {
      let ws; try { ws = new WebSocket(url); } catch (e) { return res({ result: 'throw', detail: String(e) }); }
      const t = setTimeout(() => res({ result: 'timeout' }), 8000);
      ws.onopen = () => { clearTimeout(t); ws.close(); res({ result: 'open' }); };
      ws.onerror = () => { clearTimeout(t); res({ result: 'error' }); };
    });
    await page.goto(pageUrl);
    out.crossOrigin = await page.evaluate(probe, wsUrl);
    out.crossOriginPage = await page.evaluate(() => location.origin);
    await page.goto(sameOriginUrl);
    out.sameOrigin = await page.evaluate(probe, wsUrl);
  } finally { await browser.close(); }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(2); });
"""


def test_cross_origin_websocket_from_chromium(host: Host, tmp_path: Path) -> None:
    if not CHROMIUM.exists() or shutil.which("node") is None:
        pytest.skip("chromium or node not available")
    if not PW.is_dir():
        pytest.skip("web/node_modules/playwright-core missing (run scripts/setup)")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<!doctype html><title>other origin</title><p>hi</p>")
    (tmp_path / "probe.cjs").write_text(NODE_SCRIPT)
    port2 = free_port()
    srv = subprocess.Popen([sys.executable, "-m", "http.server", str(port2), "--bind", "127.0.0.1"], cwd=site,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: _ok(f"http://127.0.0.1:{port2}/index.html"), timeout=10)
        hellos_before = _hellos(host)
        r = subprocess.run(["node", str(tmp_path / "probe.cjs"), str(REPO), str(CHROMIUM),
                            f"http://127.0.0.1:{port2}/index.html", f"{host.base_url}/api/health", host.ws_url],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr[-3000:]
        out = json.loads(r.stdout.strip().splitlines()[-1])
        assert out["crossOriginPage"] == f"http://127.0.0.1:{port2}"
        assert out["crossOrigin"]["result"] == "error", out
        assert out["sameOrigin"]["result"] == "open", f"control: a same-origin page must connect: {out}"
        assert _hellos(host) == hellos_before + 1, "only the same-origin socket may have been accepted"
    finally:
        srv.terminate()
        srv.wait()


def _ok(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _hellos(h: Host) -> int:
    time.sleep(0.3)
    return sum(1 for e in telemetry_recent(h.client) if e["source"] == "ws" and e["target"] == "system/hello")
