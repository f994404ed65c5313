"""GET /openapi.json, /docs and /redoc.

- The plugins' part is compared with FastAPI's own `/openapi.json` for the same plugin routers
  mounted at the same prefixes (TestClient over support/reference.py's app): every path item and
  every component schema FastAPI emits must be in ours, identical.
- The host's own API is described with typed schemas (no bare `object`), and each description
  is checked against the host's real answers (JSON Schema validation of live responses).
- /docs and /redoc load only assets the host serves itself (no CDN), and those assets exist.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from support import reference
from support.host import EXAMPLES, PLUGINS, Host, start_host

DIRS = [PLUGINS / "openapi", PLUGINS / "wsroutes", PLUGINS / "compat", EXAMPLES]

HOST_OPERATIONS = [
    ("get", "/api/health"), ("get", "/api/plugins"), ("get", "/api/settings"), ("put", "/api/settings/{key}"),
    ("delete", "/api/settings/{key}"), ("get", "/api/workspaces"), ("post", "/api/workspaces"),
    ("put", "/api/workspaces/active"), ("put", "/api/workspaces/{id}"),
    ("delete", "/api/workspaces/{id}"), ("get", "/api/telemetry/recent"), ("get", "/api/agent/tools"),
    ("post", "/api/agent/tools/{name}/invoke"), ("post", "/mcp"),
    ("post", "/api/plugins/{id}/reload"), ("post", "/api/plugins/{id}/enable"), ("post", "/api/plugins/{id}/disable"),
    ("post", "/api/plugins/rescan"),
]


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host(DIRS, tmp_path_factory.mktemp("oa") / "data", extra_args=["--no-entry-points"])
    yield h
    h.stop()


@pytest.fixture(scope="module")
def ours(host: Host) -> dict[str, Any]:
    r = host.client.get("/openapi.json")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json", r.text[:500]
    return r.json()


def fastapi_openapi() -> dict[str, Any]:
    app = reference.build_app(DIRS)
    app.openapi_url = "/openapi.json"
    app.setup()
    with TestClient(app) as client:
        r = client.get("/openapi.json")
    assert r.status_code == 200
    return r.json()


def _stable(item: dict[str, Any] | None) -> dict[str, Any] | None:
    """A route with several methods has one operation id for all of them, ending in whichever
    method its `methods` set yields first: that depends on the process's string hash seed, in
    FastAPI as here, so such shared ids (and the response titles made from them) are masked."""
    if item is None:
        return None
    ids = [op.get("operationId") for op in item.values() if isinstance(op, dict)]
    shared = {i for i in ids if ids.count(i) > 1}
    text = json.dumps(item)
    for op_id in shared:
        stem = op_id.rsplit("_", 1)[0]
        text = re.sub(re.escape(stem) + r"_[a-z]+", "<id>", text)
        text = re.sub(re.escape(" ".join(w.capitalize() for w in stem.split("_"))) + r" [A-Z][a-z]+", "<id>", text)
    out: dict[str, Any] = json.loads(text)
    return out


def test_plugin_part_is_fastapis(ours: dict[str, Any]) -> None:
    theirs = fastapi_openapi()
    assert theirs["paths"], "the reference describes no plugin route"
    for path, item in theirs["paths"].items():
        assert _stable(ours["paths"].get(path)) == _stable(item), path
    for name, schema in theirs["components"]["schemas"].items():
        assert ours["components"]["schemas"].get(name) == schema, name
    assert ours["components"]["securitySchemes"] == theirs["components"]["securitySchemes"]
    # every plugin path we describe is one FastAPI describes (nothing hidden leaks, no websocket)
    plugin_paths = {p for p in ours["paths"] if p not in {op[1] for op in HOST_OPERATIONS}}
    assert plugin_paths == set(theirs["paths"])
    assert "/api/plugins/oa_a_shop/hidden" not in ours["paths"] and "/api/plugins/oa_a_shop/live" not in ours["paths"]
    sec = ours["paths"]["/api/auth/me"]["get"]["security"]
    assert {"OAuth2PasswordBearer": ["read"]} in sec and {"APIKeyHeader": []} in sec


def _refs_only(schema: Any) -> bool:
    """No `{"type": "object"}` without properties anywhere (bare objects)."""
    if isinstance(schema, dict):
        if schema.get("type") == "object" and not schema.get("properties") and "additionalProperties" not in schema:
            return False
        return all(_refs_only(v) for v in schema.values())
    if isinstance(schema, list):
        return all(_refs_only(v) for v in schema)
    return True


def test_host_api_is_described_with_typed_schemas(ours: dict[str, Any]) -> None:
    for method, path in HOST_OPERATIONS:
        op = ours["paths"][path][method]
        assert op["tags"][0].startswith("host: "), (method, path)
        ok = op["responses"]["200"]["content"]["application/json"]["schema"]
        ok = ok.get("items", ok) if ok.get("type") == "array" else ok  # telemetry: a list of events
        if path not in ("/api/agent/tools/{name}/invoke", "/mcp"):  # any JSON result, by design
            assert ok["$ref"].startswith("#/components/schemas/Host"), (method, path, ok)
        # Settings and workspaces validate as FastAPI does (422, as upstream); the rest answer 400.
        validates = path.startswith(("/api/settings", "/api/workspaces")) and method != "get"
        assert ("422" in op["responses"]) == validates, (method, path)
    for name, schema in ours["components"]["schemas"].items():
        if name.startswith("Host"):
            assert schema.get("properties"), name
            assert _refs_only(schema), name
    assert [t["name"] for t in ours["tags"]][:5] == [
        "host: core", "host: settings", "host: workspaces", "host: telemetry", "host: tools"]


def _validate(doc: dict[str, Any], method: str, path: str, status: str, body: Any) -> None:
    schema = doc["paths"][path][method]["responses"][status]["content"]["application/json"]["schema"]
    jsonschema.Draft202012Validator({**schema, "components": doc["components"]}).validate(body)


def test_host_descriptions_match_real_answers(host: Host, ours: dict[str, Any]) -> None:
    c = host.client
    assert c.put("/api/settings/ui.theme", json={"value": "dark"}).status_code == 200
    assert c.put("/api/workspaces/w1", json={"name": "One", "layout": {"a": 1}}).status_code == 200
    c.get("/api/health")  # some telemetry
    cases = [
        ("get", "/api/health", c.get("/api/health")),
        ("get", "/api/plugins", c.get("/api/plugins")),
        ("get", "/api/settings", c.get("/api/settings")),
        ("put", "/api/settings/{key}", c.put("/api/settings/ui.font", json={"value": {"size": 12}})),
        ("delete", "/api/settings/{key}", c.delete("/api/settings/ui.font")),
        ("get", "/api/workspaces", c.get("/api/workspaces")),
        ("post", "/api/workspaces", c.post("/api/workspaces", json={"name": "Three"})),
        ("put", "/api/workspaces/active", c.put("/api/workspaces/active", json={"id": "w1"})),
        ("put", "/api/workspaces/{id}", c.put("/api/workspaces/w2", json={"layout": {"b": 2}})),
        ("delete", "/api/workspaces/{id}", c.delete("/api/workspaces/w2")),
        ("get", "/api/telemetry/recent", c.get("/api/telemetry/recent", params={"limit": 5})),
        ("get", "/api/agent/tools", c.get("/api/agent/tools")),
        ("post", "/api/plugins/rescan", c.post("/api/plugins/rescan")),
        ("post", "/api/plugins/{id}/reload", c.post("/api/plugins/ping/reload")),
    ]
    for method, path, r in cases:
        assert r.status_code == 200, (method, path, r.text)
        _validate(ours, method, path, "200", r.json())
    bad = c.put("/api/settings/ui.x", content=b"[1]", headers={"content-type": "application/json"})
    assert bad.status_code == 422
    _validate(ours, "put", "/api/settings/{key}", "422", bad.json())
    events = c.get("/api/telemetry/recent", params={"limit": 5}).json()
    assert events, "telemetry should have events to validate"


ASSET = re.compile(r'(?:src|href)="([^"]+)"')


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_use_bundled_assets_only(host: Host, page: str) -> None:
    r = host.client.get(page)
    assert r.status_code == 200 and r.headers["content-type"] == "text/html; charset=utf-8"
    html = r.text
    assert "http://" not in html and "https://" not in html and "//cdn" not in html, html
    assert "/openapi.json" in html
    assets = ASSET.findall(html)
    assert assets and all(a.startswith("/docs/assets/") for a in assets), assets
    for a in assets:
        got = host.client.get(a)
        assert got.status_code == 200 and len(got.content) > 500, a
        if a.endswith(".js"):
            assert "cdn.redoc.ly" not in got.text and "cdn.jsdelivr" not in got.text, a
    if page == "/docs":
        assert '"validatorUrl": null' in html
        assert host.client.get("/docs/oauth2-redirect").status_code == 200


def test_unknown_docs_asset_is_404(host: Host) -> None:
    assert host.client.get("/docs/assets/nope.js").status_code == 404
