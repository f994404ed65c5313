"""Drop-in for plugins and plugin tests written against upstream's backend (issue 10): the SDK's
surface, the loader's isolation (private module names, nothing on sys.path), leniency recorded
as warnings, registrations after setup(), and what a test-only registry may not touch.

Fixtures: tests/plugins/dropin (di_lenient, a package named `email`), tests/plugins/dropin_dup
(two `plugins/dupmod.py`), tests/plugins/cli/check_sdk_types.py (run inside the host)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from support.host import EXAMPLES, PLUGINS, Host, plugin_dir_args, plugins_list_json, run_cli, start_host
from support.tools_host import invoke
from support.wsclient import WsClient

DROPIN = PLUGINS / "dropin"
DUP_ONE, DUP_TWO = PLUGINS / "dropin_dup" / "one" / "plugins", PLUGINS / "dropin_dup" / "two" / "plugins"
DIRS: list[Path | str] = [EXAMPLES, DROPIN, DUP_ONE, DUP_TWO]
NO_EP = ["--no-entry-points"]

LENIENT_WARNINGS = [
    "plugin id \"di lenient\" has characters other than letters, digits, '.', '_' and '-' "
    "(its default route prefix is /api/plugins/di lenient)",
    'tool "di.req": required parameter "missing" is not in parameters',
    'tool "ping.echo" not registered: plugin "ping" registered it first',
    'channel "repl" not registered: the host\'s own one is served',
    'dash facade "panes" not registered: the host\'s own one is served',
]


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Any:
    h = start_host(DIRS, tmp_path_factory.mktemp("dropin") / "data", extra_args=NO_EP)
    yield h
    h.stop()


def _plugin(listing: dict[str, Any], pid: str) -> dict[str, Any]:
    return next(p for p in listing["plugins"] if p["id"] == pid)


def test_everything_upstream_loads_is_loaded_with_warnings(host: Host) -> None:
    listing = host.client.get("/api/plugins").json()
    assert [p["id"] for p in listing["plugins"]] == ["ping", "di lenient", "di_email", "di_dup_one", "di_dup_two"]
    assert listing["errors"] == []
    lenient = _plugin(listing, "di lenient")
    assert lenient["warnings"] == LENIENT_WARNINGS
    # di.late and di_late come from its startup hook, which has run by now
    assert lenient["tools"] == ["di.ok", "di.req", "di.late"] and lenient["facades"] == []
    assert lenient["channels"] == ["di_late"]
    assert _plugin(listing, "ping")["warnings"] == []


def test_cli_lists_the_warnings(tmp_path: Path) -> None:
    listing = plugins_list_json(DIRS, tmp_path, extra_args=NO_EP)
    assert _plugin(listing, "di lenient")["warnings"] == LENIENT_WARNINGS
    assert _plugin(listing, "di lenient")["tools"] == ["di.ok", "di.req"]  # no startup hooks ran

    r = run_cli(["plugins", "list", *plugin_dir_args(DIRS), *NO_EP], tmp_path)
    assert r.returncode == 0, r.stderr
    for w in LENIENT_WARNINGS:
        assert f"    warning  {w}" in r.stdout, r.stdout


def test_a_plugin_package_named_email_shadows_nothing(host: Host) -> None:
    # Form parsing imports the stdlib's `email` (python-multipart); the plugin's package is private.
    r = host.client.post("/api/plugins/di_email", data={"name": "x"})
    assert (r.status_code, r.json()) == (200, {"name": "x"})


def test_two_dupmod_files_are_two_modules(host: Host) -> None:
    one = host.client.get("/api/plugins/di_dup_one").json()
    two = host.client.get("/api/plugins/di_dup_two").json()
    assert (one["file"], two["file"]) == ("one", "two")
    assert one["module"] == "_horrible_plugin_plugins_dupmod" and two["module"] != one["module"]
    assert two["module"].startswith("_horrible_plugin_plugins_dupmod")


def test_leniently_kept_tools_and_core_names_still_work(host: Host) -> None:
    assert invoke(host, "di.ok", {}) == {"ok": True}
    assert invoke(host, "ping.echo", {"text": "hi"}) == {"echo": "hi"}  # the first plugin's
    with WsClient(host.ws_url) as ws:  # the core repl channel is still the host's
        assert ws.repl_start("s1")["event"] == "started"


def test_registrations_after_setup_take_effect(host: Host) -> None:
    """A startup hook registered a tool and a channel (a lambda returning a coroutine)."""
    assert invoke(host, "di.late", {}) == {"late": True}
    with WsClient(host.ws_url) as ws:
        ws.send({"channel": "di_late", "event": "x", "data": 7})
        frame = ws.expect_ch("di_late", "late")
    assert frame["data"] == 7
    listing = host.client.get("/api/plugins").json()
    assert "di.late" in _plugin(listing, "di lenient")["tools"]
    assert "di_late" in _plugin(listing, "di lenient")["channels"]


def test_a_shutdown_hook_registered_by_a_startup_hook_runs(tmp_path: Path) -> None:
    h = start_host([DROPIN], tmp_path / "data", env={"DI_OUT": str(tmp_path)}, extra_args=NO_EP)
    h.stop()
    assert (tmp_path / "late_shutdown").read_text() == "ran", h.output()[-3000:]


def _python(code: str, tmp_path: Path, env: dict[str, str] | None = None) -> Any:
    r = run_cli(["python", "-c", code], tmp_path, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_reading_the_registry_before_loading_does_not_empty_the_load(tmp_path: Path) -> None:
    code = (
        "import json, importlib\n"
        "r = importlib.import_module('backend.sdk.registry')\n"
        "before = (r.loaded, r.errors, r.provider_tools())\n"
        "from backend.sdk import loader, registry\n"
        "reg = loader.load_plugins()\n"
        "print(json.dumps({'before': [len(x) for x in before], 'loaded': [m.id for m in r.loaded],"
        " 'mirror': [m.id for m in registry.loaded], 'same': reg is registry}))\n"
    )
    res = _python(code, tmp_path, env={"HORRIBLE_PLUGINS_DIR": str(EXAMPLES)})
    assert res == {"before": [0, 0, 0], "loaded": ["ping"], "mirror": ["ping"], "same": True}


def test_a_test_registry_never_touches_the_serving_one(tmp_path: Path) -> None:
    code = (
        "import json, importlib\n"
        "from backend.sdk import PluginRegistry, PluginHost, PluginManifest, load_plugins\n"
        f"reg = load_plugins(extra_dirs=[{str(EXAMPLES)!r}], reg=PluginRegistry())\n"
        "PluginHost(PluginManifest('x', 'X'), reg).add_ws_channel('x', print)\n"
        "r = importlib.import_module('backend.sdk.registry')\n"
        "print(json.dumps({'test': [m.id for m in reg.loaded], 'channels': sorted(reg.ws_channels),"
        " 'served': [m.id for m in r.loaded], 'tools': r.provider_tools(), 'mirror': len(r.registry.loaded)}))\n"
    )
    res = _python(code, tmp_path)
    assert res == {"test": ["ping"], "channels": ["ping", "x"], "served": [], "tools": [], "mirror": 0}


def test_sdk_types_behave_as_upstreams(tmp_path: Path) -> None:
    r = run_cli(["python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "--noconftest", "-c", os.devnull,
                 str(PLUGINS / "cli" / "check_sdk_types.py")], tmp_path, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "6 passed" in r.stdout, r.stdout


def test_streams_are_real_for_plugins_and_a_cells_threads_print_to_it(host: Host) -> None:
    with WsClient(host.ws_url) as ws:
        assert ws.repl_start("s2")["event"] == "started"  # the per-session stream routers are in
        r = host.client.get("/api/plugins/di_email/streams")
        assert r.status_code == 200, r.text
        assert r.json()["fileno"] >= 0
        out, err, _ = ws.repl_exec(
            "s2", "import threading\nt = threading.Thread(target=print, args=('from a thread',))\nt.start(); t.join()")
    assert out == "from a thread\n", (out, err)
