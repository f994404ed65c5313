"""Settings (protocol section 5), workspaces, and host.store: HTTP API, values served as stored,
key validation, SQLite persistence (restart, SIGKILL right after a PUT), settings.json import.
Upstream's exact answers (422 shapes, workspaces semantics) are compared differentially in
test_settings_upstream.py."""
from __future__ import annotations

import json
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.host import EXAMPLES, WSFIX, Host, start_host

DIRS = [EXAMPLES, WSFIX]


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host(DIRS, tmp_path_factory.mktemp("settings") / "data")
    yield h
    h.stop()


def values(h: Host) -> dict[str, Any]:
    r = h.client.get("/api/settings")
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"values"}, body
    return body["values"]


def put(h: Host, key: str, value: Any) -> Any:
    r = h.client.put(f"/api/settings/{key}", json={"value": value})
    assert r.status_code == 200, (key, r.status_code, r.text)
    assert r.json() == {"value": value}, "PUT echoes the body, as upstream"
    return r


def restart(h: Host, sig: int = signal.SIGTERM) -> Host:
    if sig == signal.SIGKILL:
        h.proc.kill()
        h.proc.wait()
        h.returncode = h.proc.returncode
    else:
        h.stop(sig)
    return start_host(DIRS, h.data_dir)


def db_dump(data_dir: Path) -> str:
    """Every row of every table of <data dir>/horrible.db, as text (read-only)."""
    db = data_dir / "horrible.db"
    assert db.is_file(), f"{db} missing: {sorted(p.name for p in data_dir.iterdir())}"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out = []
        for (name,) in con.execute("select name from sqlite_master where type='table'"):
            out += [repr(row) for row in con.execute(f'select * from "{name}"')]
        return "\n".join(out)
    finally:
        con.close()


# --- HTTP API --------------------------------------------------------------------------------------

def test_fresh_host_has_no_settings(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data")
    try:
        assert values(h) == {}
    finally:
        h.stop()


VALUES = {"ui.theme": "dark", "ui.fontSize": 14, "ui.ratio": 0.75, "ui.flag": True, "ui.off": False,
          "ui.nothing": None, "ui.list": [1, "a", {"b": None}], "ui.obj": {"nested": {"deep": [1.5]}},
          "ui.unicode": "héllo ✓ 日本", "9starts.with:digit-ok": "y"}


def test_put_get_roundtrip_all_json_types(host: Host) -> None:
    for k, v in VALUES.items():
        put(host, k, v)
    got = values(host)
    for k, v in VALUES.items():
        assert k in got and got[k] == v, (k, got.get(k, "<missing>"))


def test_put_overwrites(host: Host) -> None:
    put(host, "ow.key", 1)
    put(host, "ow.key", {"now": "object"})
    assert values(host)["ow.key"] == {"now": "object"}


def test_delete(host: Host) -> None:
    put(host, "del.me", 1)
    put(host, "del.keep", 2)
    r = host.client.delete("/api/settings/del.me")
    assert r.status_code == 200, r.text
    body = r.json()
    assert "del.me" not in body["values"] and body["values"]["del.keep"] == 2
    assert "del.me" not in values(host)


@pytest.mark.parametrize("key", ["github.token", "openai.apiKey", "db.password", "webhook.secret",
                                 "x.tokenCount", "my.secretThing"])
def test_secret_looking_values_served_as_stored(host: Host, key: str) -> None:
    # A page that saves back what it read must never store a mask over the secret.
    put(host, key, "hunter2-value")
    got = values(host)
    assert got[key] == "hunter2-value", (key, got[key])
    put(host, key, got[key])
    assert values(host)[key] == "hunter2-value"


def test_plain_values_not_masked(host: Host) -> None:
    put(host, "editor.tabSize", 4)
    assert values(host)["editor.tabSize"] == 4


@pytest.mark.parametrize("key", ["-leading-dash", ".leading-dot", ":colon", "has space", "_leading-underscore",
                                 "dollar$", "semi;colon", "é"])
def test_bad_key_is_422_in_fastapi_shape(host: Host, key: str) -> None:
    r = host.client.put(f"/api/settings/{key}", json={"value": 1})
    assert r.status_code == 422, (key, r.status_code, r.text)
    [problem] = r.json()["detail"]
    assert problem["type"] == "string_pattern_mismatch" and problem["loc"] == ["path", "key"], problem
    assert key.replace("%2F", "/") not in values(host)
    r = host.client.delete(f"/api/settings/{key}")
    assert r.status_code == 422, (key, r.status_code, r.text)


@pytest.mark.parametrize("body", [b"not json", b"{", b"", b'{"value": }'])
def test_non_json_body_is_422(host: Host, body: bytes) -> None:
    r = host.client.put("/api/settings/ok.key", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422, (body, r.status_code, r.text)
    assert r.json()["detail"][0]["type"] in ("json_invalid", "missing"), r.text
    assert "ok.key" not in values(host)


# --- persistence -----------------------------------------------------------------------------------

def test_values_survive_restart_and_live_in_sqlite(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data")
    try:
        for k, v in VALUES.items():
            put(h, k, v)
        h.client.delete("/api/settings/ui.off")
        h = restart(h)
        got = values(h)
        assert {k: got.get(k) for k in VALUES if k != "ui.off"} == {k: v for k, v in VALUES.items() if k != "ui.off"}
        assert "ui.off" not in got
        assert "9starts.with:digit-ok" in db_dump(h.data_dir)
    finally:
        h.stop()


def test_sigkill_right_after_put_keeps_value(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data")
    try:
        for i in range(30):
            put(h, f"kill.k{i}", {"i": i})
        put(h, "kill.last", "written")
        h = restart(h, signal.SIGKILL)
        got = values(h)
        assert got.get("kill.last") == "written"
        assert all(got.get(f"kill.k{i}") == {"i": i} for i in range(30)), got
    finally:
        h.stop()


def test_sigkill_right_after_delete_keeps_deletion(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data")
    try:
        put(h, "gone.key", 1)
        assert h.client.delete("/api/settings/gone.key").status_code == 200
        h = restart(h, signal.SIGKILL)
        assert "gone.key" not in values(h)
    finally:
        h.stop()


def test_upstream_settings_json_imported(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    upstream = {"ui.theme": "light", "agent.permissions.mode": "plan", "n": 3, "obj": {"a": [1]}}
    (data / "settings.json").write_text(json.dumps(upstream))
    h = start_host(DIRS, data)
    try:
        assert values(h) == upstream
        assert (data / "horrible.db").is_file()
        put(h, "ui.theme", "dark")
        h = restart(h)  # the import is one-off: the db wins afterwards
        assert values(h)["ui.theme"] == "dark"
    finally:
        h.stop()


# --- workspaces ------------------------------------------------------------------------------------

LAYOUT = {"grid": {"root": {"type": "branch", "data": [{"type": "leaf", "views": ["settings.home"]}]}},
          "panels": {"settings.home#1": {"title": "Settings"}}, "n": 1.5}


def ws_put(h: Host, wid: str, body: dict[str, Any]) -> None:
    r = h.client.put(f"/api/workspaces/{wid}", json=body)
    assert r.status_code == 200, (r.status_code, r.text)


def test_workspaces_roundtrip_and_persist(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data")
    try:
        r = h.client.get("/api/workspaces")
        assert r.status_code == 200 and r.json()["workspaces"] == [], r.text
        ws_put(h, "w1", {"name": "One", "layout": LAYOUT})
        ws_put(h, "w2", {"name": "Two", "layout": None})
        for round_ in range(2):
            body = h.client.get("/api/workspaces").json()
            assert set(body) == {"active", "workspaces"}
            assert body["active"] == "w1", (round_, body)  # the first workspace became active
            by_id = {w["id"]: w for w in body["workspaces"]}
            assert by_id["w1"] == {"id": "w1", "name": "One", "layout": LAYOUT}
            assert by_id["w2"]["name"] == "Two"
            h = restart(h, signal.SIGKILL if round_ == 0 else signal.SIGTERM)
        ws_put(h, "w2", {"name": "Two renamed", "layout": {"x": 1}})
        assert h.client.put("/api/workspaces/active", json={"id": "w2"}).status_code == 200
        body = h.client.get("/api/workspaces").json()
        assert body["active"] == "w2"
        assert {w["id"]: w["name"] for w in body["workspaces"]} == {"w1": "One", "w2": "Two renamed"}
    finally:
        h.stop()


# --- host.store ------------------------------------------------------------------------------------

def kv(h: Host, plugin: str) -> str:
    return f"/api/plugins/{plugin}/kv"


def test_store_get_set_delete_keys(host: Host) -> None:
    c = host.client
    base = kv(host, "wsfix")
    assert c.get(f"{base}/missing").json() == {"value": "<default>"}
    for k, v in {"a": 1, "b": {"x": [1, 2]}, "c": "text", "d": None}.items():
        assert c.put(f"{base}/{k}", json={"value": v}).json() == {"ok": True}
    assert c.get(f"{base}/b").json() == {"value": {"x": [1, 2]}}
    got = c.get(base).json()
    assert set(got["keys"]) >= {"a", "b", "c", "d"}
    assert c.delete(f"{base}/a").json() == {"deleted": True}
    assert c.delete(f"{base}/a").json() == {"deleted": False}
    assert c.get(f"{base}/a").json() == {"value": "<default>"}
    assert "a" not in c.get(base).json()["keys"]


def test_store_namespaced_per_plugin(host: Host) -> None:
    c = host.client
    c.put(f"{kv(host, 'wsfix')}/shared", json={"value": "from-a"})
    c.put(f"{kv(host, 'wsfix_b')}/shared", json={"value": "from-b"})
    assert c.get(f"{kv(host, 'wsfix')}/shared").json() == {"value": "from-a"}
    assert c.get(f"{kv(host, 'wsfix_b')}/shared").json() == {"value": "from-b"}
    c.put(f"{kv(host, 'wsfix')}/only-a", json={"value": 1})
    assert "only-a" not in c.get(kv(host, "wsfix_b")).json()["keys"]
    assert "only-a" not in values(host), "store keys must not leak into settings"


def test_store_persists_across_restart_and_sigkill(tmp_path: Path) -> None:
    h = start_host(DIRS, tmp_path / "data")
    try:
        h.client.put(f"{kv(h, 'wsfix')}/p", json={"value": {"v": 1}})
        h.client.put(f"{kv(h, 'wsfix_b')}/p", json={"value": {"v": 2}})
        h = restart(h)
        assert h.client.get(f"{kv(h, 'wsfix')}/p").json() == {"value": {"v": 1}}
        h.client.put(f"{kv(h, 'wsfix')}/p", json={"value": "after-kill"})
        h = restart(h, signal.SIGKILL)
        assert h.client.get(f"{kv(h, 'wsfix')}/p").json() == {"value": "after-kill"}
        assert h.client.get(f"{kv(h, 'wsfix_b')}/p").json() == {"value": {"v": 2}}
    finally:
        h.stop()
