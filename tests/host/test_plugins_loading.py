"""Discovery and loading: errors are recorded per candidate, good plugins keep working.

Fixtures: tests/plugins/loading (sorted; `_`/`.` entries skipped) and tests/plugins/loading2.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from support.host import PLUGINS, Host, plugins_list_json, start_host
from support.wsclient import WsClient

LOADING = PLUGINS / "loading"
LOADING2 = PLUGINS / "loading2"
NO_EP = ["--no-entry-points"]

# Sorted discovery order. ld_f/ld_g/ld_m load as upstream loads them: what they cannot have is a
# warning (first plugin wins a name; within one plugin the last registration of a name wins).
GOOD = ["ld_a_good", "ld_f_dup_tool", "ld_g_dup_channel", "ld_h_route_collision", "ld_i_class_plugin",
        "ld_j_instance", "ld_m_half_tool"]
WARNINGS = {
    "ld_f_dup_tool": ['tool "ld_a_good.tool" not registered: plugin "ld_a_good" registered it first'],
    "ld_g_dup_channel": ['channel "ld_a_good" not registered: plugin "ld_a_good" registered it first'],
    # A route another plugin already serves is shadowed (the first wins, as in FastAPI).
    "ld_h_route_collision": [
        'route GET /api/plugins/ld_a_good is shadowed by GET /api/plugins/ld_a_good of plugin "ld_a_good", '
        "declared first"
    ],
}

# candidate name -> (exact error, or None) and substrings the error must contain
EXPECTED_ERRORS: dict[str, tuple[str | None, list[str]]] = {
    "ld_b_import_error": ("ModuleNotFoundError: No module named 'does_not_exist_xyz'", []),
    "ld_c_no_plugin.py": ("no PLUGIN (BackendPlugin) found in module", []),
    "ld_d_setup_raises": ("RuntimeError: boom in setup", []),
    "ld_e_dup_id": (None, ["ld_a_good"]),
    "ld_k_not_a_plugin.py": ("no PLUGIN (BackendPlugin) found in module", []),
}

ABSENT_ROUTES = [
    "/api/plugins/ld_d_setup_raises",
    "/api/plugins/ld_a_good/dup-id-route",
    "/api/plugins/ld_e_dup_id/dup-id-route",
]
ABSENT_TOOLS = ["ld_d_setup_raises.tool"]


def _candidate_of(source: str, base: Path = LOADING) -> str:
    """Maps an error source (package dir, its __init__.py, or module file) to the entry name."""
    p = Path(source)
    if not p.is_absolute():
        p = Path.cwd() / p
    p = p.resolve()
    if p.name == "__init__.py":
        p = p.parent
    assert p.parent == base.resolve(), f"error source {source!r} is not an entry of {base}"
    return p.name


def _check_listing(listing: dict[str, Any]) -> None:
    assert set(listing) >= {"plugins", "errors"}, listing
    ids = [p["id"] for p in listing["plugins"]]
    assert ids == GOOD, f"loaded plugins (sorted order, bad ones skipped): {ids}\nerrors: {listing['errors']}"

    errors: dict[str, str] = {}
    for e in listing["errors"]:
        assert {"source", "error"} <= set(e) <= {"source", "error", "stage", "traceback", "file", "line"}, e
        if "ModuleNotFoundError" in e["error"]:  # a Python error: where it happened, too
            assert e["stage"] == "import" and "Traceback (most recent call last)" in e["traceback"], e
            assert e["file"] and e["line"], e
        errors[_candidate_of(e["source"])] = e["error"]
    assert list(errors) == sorted(errors), f"errors not in discovery order: {list(errors)}"
    assert set(errors) == set(EXPECTED_ERRORS), (
        f"unexpected error set.\n missing: {set(EXPECTED_ERRORS) - set(errors)}\n"
        f" extra: {set(errors) - set(EXPECTED_ERRORS)}\n all: {errors}")
    for name, (exact, parts) in EXPECTED_ERRORS.items():
        if exact is not None:
            assert errors[name] == exact, f"{name}: {errors[name]!r}"
        for part in parts:
            assert part in errors[name], f"{name}: {errors[name]!r} should mention {part!r}"
    # Exception-derived errors read "ExcType: message"; none carries a traceback.
    for name, text in errors.items():
        assert "\n" not in text.strip(), f"{name}: error should be one line: {text!r}"
        assert "Traceback" not in text

    a = dict(listing["plugins"][0])
    a["routes"] = [{k: r[k] for k in ("methods", "path")} for r in a["routes"]]  # extra keys (e.g. "fast") allowed
    assert a == {
        "id": "ld_a_good", "name": "Good A", "version": "1.2.3", "description": "works",
        "source": a["source"],
        "routes": [{"methods": ["GET"], "path": "/api/plugins/ld_a_good"}],
        "tools": ["ld_a_good.tool"], "channels": ["ld_a_good"], "facades": ["ld_a_good"],
        "hooks": {"startup": 0, "shutdown": 0}, "warnings": [],
        "state": "enabled", "requires": [], "last_error": None,
    }
    assert _candidate_of(a["source"]) == "ld_a_good"
    for p in listing["plugins"]:
        assert p["warnings"] == WARNINGS.get(p["id"], []), p
    f = next(p for p in listing["plugins"] if p["id"] == "ld_f_dup_tool")
    assert f["tools"] == ["ld_f_dup_tool.own"] and f["routes"][0]["path"] == "/api/plugins/ld_f_dup_tool"
    g = next(p for p in listing["plugins"] if p["id"] == "ld_g_dup_channel")
    assert g["channels"] == []
    m = next(p for p in listing["plugins"] if p["id"] == "ld_m_half_tool")
    assert m["tools"] == ["ld_m_half_tool.t"]
    i = next(p for p in listing["plugins"] if p["id"] == "ld_i_class_plugin")
    assert _candidate_of(i["source"]) == "ld_i_class_plugin.py"
    assert i["version"] == "0.0.0" and i["description"] == ""
    for p in listing["plugins"]:
        for tool in ABSENT_TOOLS:
            assert tool not in p["tools"]


@pytest.fixture(scope="module")
def listing(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return plugins_list_json([LOADING], tmp_path_factory.mktemp("list"), extra_args=NO_EP)


def test_cli_listing(listing: dict[str, Any]) -> None:
    _check_listing(listing)


@pytest.fixture(scope="module")
def loading_host(tmp_path_factory: pytest.TempPathFactory) -> Any:
    h = start_host([LOADING], tmp_path_factory.mktemp("loading") / "data", extra_args=NO_EP)
    yield h
    h.stop()


def test_served_listing_matches_cli(loading_host: Host, listing: dict[str, Any]) -> None:
    served = loading_host.client.get("/api/plugins")
    assert served.status_code == 200
    _check_listing(served.json())
    assert served.json() == listing


@pytest.mark.parametrize("plugin", ["ld_a_good", "ld_i_class_plugin", "ld_j_instance"])
def test_good_plugins_serve(loading_host: Host, plugin: str) -> None:
    r = loading_host.client.get(f"/api/plugins/{plugin}")
    assert (r.status_code, r.json()) == (200, {"ok": plugin})


@pytest.mark.parametrize("plugin", ["ld_f_dup_tool", "ld_g_dup_channel", "ld_m_half_tool"])
def test_plugins_with_warnings_serve_the_rest(loading_host: Host, plugin: str) -> None:
    r = loading_host.client.get(f"/api/plugins/{plugin}")
    assert (r.status_code, r.json()) == (200, {"ok": "must not be served"})


@pytest.mark.parametrize("path", ABSENT_ROUTES)
def test_failed_plugins_leave_no_routes(loading_host: Host, path: str) -> None:
    r = loading_host.client.get(path)
    assert (r.status_code, r.json()) == (404, {"detail": "Not Found"}), r.text


def test_failed_plugins_leave_no_tools(loading_host: Host) -> None:
    with WsClient(loading_host.ws_url, telemetry=True) as ws:
        ws.send({"channel": "agent", "event": "list_tools", "data": {}})
        frame = ws.expect(lambda f: f.get("channel") == "agent" and f.get("event") == "tools")
    tools = {t["name"]: t for t in frame["data"]["tools"]}
    assert "ld_a_good.tool" in tools and "ld_j_instance.tool" in tools, sorted(tools)
    assert tools["ld_a_good.tool"]["description"] == "A tool."  # not replaced by ld_f_dup_tool
    assert "ld_f_dup_tool.own" in tools
    assert tools["ld_m_half_tool.t"]["description"] == "y"  # its own second registration, as upstream
    for name in ABSENT_TOOLS:
        assert name not in tools, f"{name} should not be registered"


def test_failed_plugin_channel_is_unknown(loading_host: Host) -> None:
    """ld_d_setup_raises registered a channel before raising: it must not route (we answer an error)."""
    with WsClient(loading_host.ws_url, telemetry=True) as ws:
        ws.send({"channel": "ld_d_setup_raises", "event": "x", "data": 1})
        err = ws.expect(lambda f: f.get("event") == "error")
        # the socket stays open: a good plugin channel still works afterwards
        ws.send({"channel": "agent", "event": "list_tools", "data": {}})
        ws.expect(lambda f: f.get("channel") == "agent" and f.get("event") == "tools")
    assert "ld_d_setup_raises" in str(err), err


def test_plugin_dirs_order_flag_then_env(tmp_path: Path) -> None:
    env = {"HORRIBLE_PLUGINS_DIR": f"{os.pathsep}{LOADING2}{os.pathsep}{os.pathsep}"}
    listing = plugins_list_json([LOADING], tmp_path, env=env, extra_args=NO_EP)
    assert [p["id"] for p in listing["plugins"]] == GOOD + ["ld2_extra"]


def test_env_only_dirs(tmp_path: Path) -> None:
    env = {"HORRIBLE_PLUGINS_DIR": f"{LOADING2}{os.pathsep}{LOADING}"}
    listing = plugins_list_json([], tmp_path, env=env, extra_args=NO_EP)
    assert [p["id"] for p in listing["plugins"]] == ["ld2_extra", *GOOD]


def test_missing_plugin_dir_does_not_stop_the_host(host_factory: Any, tmp_path: Path) -> None:
    host = host_factory([tmp_path / "does-not-exist", LOADING2], extra_args=NO_EP)
    assert host.client.get("/api/plugins/ld2_extra").json() == {"ok": "ld2_extra"}


def test_empty_dir(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    listing = plugins_list_json([tmp_path / "empty"], tmp_path / "data", extra_args=NO_EP)
    assert listing == {"plugins": [], "errors": [], "disabled": [], "blocked": [], "locked": False, "reload": False}
