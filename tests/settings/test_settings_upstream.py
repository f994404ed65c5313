"""Settings and workspaces answered as upstream's FastAPI routes answer them, differentially: the
same requests go to our host and to a reference FastAPI app built here with upstream's route
shapes and semantics (settings: `PUT` echoes `{"value": v}`, values served as stored; workspaces:
`PUT /active`, `POST`, partial upserts, the first workspace active, `DELETE` returns the state);
status and JSON bodies must match, 422s included. Plus the one-time `workspaces.json` import."""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import pytest
from fastapi import APIRouter, FastAPI, HTTPException
from fastapi import Path as PathParam
from fastapi.testclient import TestClient
from pydantic import BaseModel

from support.host import Host, start_host

KEY = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
WS_ID = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
SettingKey = Annotated[str, PathParam(pattern=KEY)]
WorkspaceId = Annotated[str, PathParam(pattern=WS_ID)]


class SettingValue(BaseModel):
    value: Any


class Workspace(BaseModel):
    id: str
    name: str
    layout: dict[str, Any] | None = None


class State(BaseModel):
    active: str | None = None
    workspaces: list[Workspace] = []


class Create(BaseModel):
    name: str


class Upsert(BaseModel):
    name: str | None = None
    layout: dict[str, Any] | None = None


class Active(BaseModel):
    id: str


def reference_app() -> FastAPI:
    """Upstream's settings and workspace routes, as their behaviour is documented (in memory)."""
    settings: dict[str, Any] = {}
    state = State()
    s = APIRouter(prefix="/settings")

    @s.get("")
    def all_settings() -> dict[str, Any]:
        return {"values": settings}

    @s.put("/{key}", response_model=SettingValue)
    def put(key: SettingKey, body: SettingValue) -> SettingValue:
        settings[key] = body.value
        return body

    @s.delete("/{key}")
    def delete(key: SettingKey) -> dict[str, Any]:
        settings.pop(key, None)
        return {"values": settings}

    w = APIRouter(prefix="/workspaces")

    def find(i: str) -> Workspace | None:
        return next((x for x in state.workspaces if x.id == i), None)

    @w.get("", response_model=State)
    def list_ws() -> State:
        return state

    @w.post("", response_model=Workspace)
    def create(body: Create) -> Workspace:
        ws = Workspace(id=uuid.uuid4().hex[:8], name=body.name, layout=None)
        state.workspaces.append(ws)
        if state.active is None:
            state.active = ws.id
        return ws

    @w.put("/active", response_model=State)
    def set_active(body: Active) -> State:
        if find(body.id) is None:
            raise HTTPException(404, f"Unknown workspace '{body.id}'")
        state.active = body.id
        return state

    @w.put("/{ws_id}", response_model=Workspace)
    def upsert(ws_id: WorkspaceId, body: Upsert) -> Workspace:
        ws = find(ws_id)
        if ws is not None:
            if "name" in body.model_fields_set:
                ws.name = body.name or ws.name
            if "layout" in body.model_fields_set:
                ws.layout = body.layout
        else:
            ws = Workspace(id=ws_id, name=body.name or ws_id, layout=body.layout)
            state.workspaces.append(ws)
        if state.active is None:
            state.active = ws.id
        return ws

    @w.delete("/{ws_id}", response_model=State)
    def delete_ws(ws_id: WorkspaceId) -> State:
        state.workspaces = [x for x in state.workspaces if x.id != ws_id]
        if state.active == ws_id:
            state.active = state.workspaces[0].id if state.workspaces else None
        return state

    app = FastAPI()
    app.include_router(s, prefix="/api")
    app.include_router(w, prefix="/api")
    return app


@pytest.fixture()
def pair(tmp_path: Path) -> Iterator[tuple[Host, TestClient]]:
    h = start_host([], tmp_path / "data")
    try:
        yield h, TestClient(reference_app())
    finally:
        h.stop()


J = {"content-type": "application/json"}
# (method, path, body bytes or JSON-able, headers)
SETTINGS_STEPS: list[tuple[str, str, Any, dict[str, str]]] = [
    ("GET", "/api/settings", None, {}),
    ("PUT", "/api/settings/ui.theme", {"value": "dark"}, J),
    ("PUT", "/api/settings/gh.token", {"value": "s3cr3t"}, J),
    ("PUT", "/api/settings/n.null", {"value": None}, J),
    ("PUT", "/api/settings/a:b-c_d", {"value": {"x": [1, 2.5, True]}}, J),
    ("GET", "/api/settings", None, {}),
    ("PUT", "/api/settings/bad%20key", {"value": 1}, J),
    ("PUT", "/api/settings/-x", b"", {}),
    ("PUT", "/api/settings/ok", b"", J),
    ("PUT", "/api/settings/ok", {"x": 1}, J),
    ("PUT", "/api/settings/ok", [1, 2], J),
    ("PUT", "/api/settings/ok", b'{"value": 1}', {"content-type": "text/plain"}),
    ("PUT", "/api/settings/ok", b'{"value": 2}', {}),
    ("PUT", "/api/settings/ok", b"not json", J),
    ("PUT", "/api/settings/ok", b"  ", J),
    ("PUT", "/api/settings/ok", b'{"value": 1', J),
    ("PUT", "/api/settings/ok", b'{"value": 1} x', J),
    ("PUT", "/api/settings/ok", b'{"a" 1}', J),
    ("PUT", "/api/settings/ok", b'{"value": 3}', {"content-type": "application/vnd.api+json; charset=utf-8"}),
    ("DELETE", "/api/settings/ui.theme", None, {}),
    ("DELETE", "/api/settings/never.set", None, {}),
    ("DELETE", "/api/settings/.bad", None, {}),
    ("GET", "/api/settings", None, {}),
]

WS_STEPS: list[tuple[str, str, Any, dict[str, str]]] = [
    ("GET", "/api/workspaces", None, {}),
    ("PUT", "/api/workspaces/active", {"id": "nope"}, J),
    ("PUT", "/api/workspaces/dashboard", {"layout": {"grid": 1}}, J),
    ("PUT", "/api/workspaces/second", {"name": "Second", "layout": {"grid": 2}}, J),
    ("GET", "/api/workspaces", None, {}),
    ("PUT", "/api/workspaces/dashboard", {"name": "Dash"}, J),
    ("PUT", "/api/workspaces/dashboard", {"name": None}, J),
    ("PUT", "/api/workspaces/dashboard", {"name": ""}, J),
    ("PUT", "/api/workspaces/second", {"layout": None}, J),
    ("PUT", "/api/workspaces/second", {"name": 3, "layout": [1]}, J),
    ("PUT", "/api/workspaces/bad:id", {}, J),
    ("PUT", "/api/workspaces/-bad", {}, J),
    ("PUT", "/api/workspaces/x", b"", J),
    ("PUT", "/api/workspaces/active", {"id": "second"}, J),
    ("PUT", "/api/workspaces/active", {}, J),
    ("GET", "/api/workspaces", None, {}),
    ("DELETE", "/api/workspaces/second", None, {}),
    ("DELETE", "/api/workspaces/unknown", None, {}),
    ("DELETE", "/api/workspaces/bad:id", None, {}),
    ("POST", "/api/workspaces", {}, J),
    ("POST", "/api/workspaces", {"name": 5}, J),
    ("DELETE", "/api/workspaces/dashboard", None, {}),
    ("GET", "/api/workspaces", None, {}),
]


def send(client: Any, method: str, path: str, body: Any, headers: dict[str, str]) -> tuple[int, Any]:
    content = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    r = client.request(method, path, content=content, headers=headers)
    try:
        return r.status_code, r.json()
    except ValueError:
        return r.status_code, r.text


@pytest.mark.parametrize("steps", [SETTINGS_STEPS, WS_STEPS], ids=["settings", "workspaces"])
def test_same_answers_as_upstream(pair: tuple[Host, TestClient], steps: list[Any]) -> None:
    host, ref = pair
    for step in steps:
        ours, theirs = send(host.client, *step), send(ref, *step)
        assert ours == theirs, f"{step[:3]}:\n ours:     {ours}\n upstream: {theirs}"


def test_post_creates_hex_ids_and_the_first_is_active(pair: tuple[Host, TestClient]) -> None:
    host, _ = pair
    a = host.client.post("/api/workspaces", json={"name": "A"}).json()
    b = host.client.post("/api/workspaces", json={"name": ""}).json()
    assert len(a["id"]) == 8 and int(a["id"], 16) >= 0 and a["name"] == "A" and a["layout"] is None
    assert b["name"] == "" and b["id"] != a["id"]
    state = host.client.get("/api/workspaces").json()
    assert state["active"] == a["id"] and [w["id"] for w in state["workspaces"]] == [a["id"], b["id"]]
    r = host.client.delete(f"/api/workspaces/{a['id']}")
    assert r.json() == {"active": b["id"], "workspaces": [b]}


def test_workspaces_json_imported_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    upstream = {"active": "two", "workspaces": [{"id": "one", "name": "One", "layout": {"g": 1}},
                                                {"id": "two", "name": "Two", "layout": None}]}
    (data / "workspaces.json").write_text(json.dumps(upstream))
    h = start_host([], data)
    try:
        assert h.client.get("/api/workspaces").json() == upstream
        assert h.client.delete("/api/workspaces/one").status_code == 200
        h.stop()
        h = start_host([], data)
        state = h.client.get("/api/workspaces").json()
        assert [w["id"] for w in state["workspaces"]] == ["two"], "imported once: a deletion stays"
        assert (data / "workspaces.json").is_file(), "the file is left in place"
    finally:
        h.stop()
