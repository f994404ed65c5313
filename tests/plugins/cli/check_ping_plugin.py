"""A plugin author's own unit test, run with `horrible python -m pytest <this file>`.

Not collected by the outer suite (the name does not start with test_)."""
import sys
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from backend.sdk import AgentTool, BackendPlugin, PluginManifest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "examples" / "backend-plugins"))
import ping  # noqa: E402


def test_manifest_is_frozen() -> None:
    m = PluginManifest(id="x", name="X")
    assert (m.id, m.name, m.version, m.description) == ("x", "X", "0.0.0", "")
    with pytest.raises(AttributeError):
        m.id = "y"  # type: ignore[misc]
    assert m == PluginManifest(id="x", name="X")


def test_agent_tool_forms() -> None:
    t = AgentTool(name="a.b", description="d", handler=lambda a: a, parameters={"x": {"type": "string"}},
                  required=["x"], side_effect=True, specifier_template="{x}")
    assert t.provider_form() == {"type": "function", "function": {"name": "a.b", "description": "d", "parameters": {
        "type": "object", "properties": {"x": {"type": "string"}}, "required": ["x"]}}}
    assert t.gate_metadata() == {"name": "a.b", "sideEffect": True, "specifierTemplate": "{x}"}
    bare = AgentTool(name="c", description="", handler=lambda a: a)
    assert bare.provider_form()["function"]["parameters"] == {"type": "object", "properties": {}, "required": []}
    assert bare.gate_metadata() == {"name": "c", "sideEffect": False, "specifierTemplate": None}


def test_ping_plugin_shape() -> None:
    assert isinstance(ping.PLUGIN, BackendPlugin)
    assert ping.PLUGIN.manifest.id == "ping"


def test_ping_router_with_fastapi() -> None:
    app = FastAPI()
    app.include_router(ping.router, prefix="/api/plugins/ping")
    client = TestClient(app)
    assert client.get("/api/plugins/ping").json() == {"pong": True, "plugin": "ping"}
    r = client.post("/api/plugins/ping/items/3", params={"q": "z"}, json={"name": "n", "price": 2})
    assert r.json() == {"item_id": 3, "q": "z", "item": {"name": "n", "price": 2.0, "tags": []}}
