"""The CLI: `plugins list`, `python -c`, `python -m pytest`, and the documented Python modules."""
from __future__ import annotations

import json
from pathlib import Path

from support.host import EXAMPLES, PLUGINS, REPO, run_cli


def test_version(tmp_path: Path) -> None:
    r = run_cli(["--version"], tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("horrible "), r


def test_plugins_list_human(tmp_path: Path) -> None:
    r = run_cli(["plugins", "list", "--plugins-dir", str(EXAMPLES), "--no-entry-points"], tmp_path)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    for needle in ["ping", "1.0.0", "/api/plugins/ping", "/api/plugins/ping/items/{item_id}", "POST",
                   "ping.echo", "channel", "facade", "startup", "shutdown"]:
        assert needle in out, f"{needle!r} missing from:\n{out}"


def test_plugins_list_human_shows_errors(tmp_path: Path) -> None:
    r = run_cli(["plugins", "list", "--plugins-dir", str(PLUGINS / "loading"), "--no-entry-points"], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "ld_b_import_error" in r.stdout
    assert "ModuleNotFoundError: No module named 'does_not_exist_xyz'" in r.stdout
    assert "RuntimeError: boom in setup" in r.stdout


def test_plugins_list_json_ping(tmp_path: Path) -> None:
    r = run_cli(["plugins", "list", "--plugins-dir", str(EXAMPLES), "--no-entry-points", "--json"], tmp_path)
    assert r.returncode == 0, r.stderr
    listing = json.loads(r.stdout)
    assert listing["errors"] == []
    (ping,) = listing["plugins"]
    assert Path(ping.pop("source")).resolve() == (EXAMPLES / "ping").resolve()
    ping["routes"] = [{k: r[k] for k in ("methods", "path")} for r in ping["routes"]]  # extra keys allowed
    assert ping == {
        "id": "ping", "name": "Ping", "version": "1.0.0",
        "description": "Reference plugin: one of every backend capability.",
        "routes": [
            {"methods": ["GET"], "path": "/api/plugins/ping"},
            {"methods": ["GET"], "path": "/api/plugins/ping/lifecycle"},
            {"methods": ["POST"], "path": "/api/plugins/ping/items/{item_id}"},
        ],
        "tools": ["ping.echo"], "channels": ["ping"], "facades": ["ping"],
        "hooks": {"startup": 1, "shutdown": 1}, "warnings": [],
        "state": "enabled", "requires": [], "last_error": None,
    }


def test_python_c(tmp_path: Path) -> None:
    r = run_cli(["python", "-c", "from backend.sdk import PluginManifest; print(PluginManifest(id='x', name='X'))"],
                tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("PluginManifest(") and "x" in r.stdout and "X" in r.stdout, r.stdout


def test_python_exit_code_and_stdin(tmp_path: Path) -> None:
    r = run_cli(["python", "-c", "import sys; sys.exit(3)"], tmp_path)
    assert r.returncode == 3
    r = run_cli(["python", "-c", "import sys; print(sys.argv[1:])", "a", "b"], tmp_path)
    assert r.stdout.strip() == "['a', 'b']", r


def test_python_uses_the_venv(tmp_path: Path) -> None:
    r = run_cli(["python", "-c", "import sys, fastapi; print(sys.version_info[:2], fastapi.__version__, sys.prefix)"],
                tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split(")")[0] == "(3, 11", r.stdout
    assert "0.163.2" in r.stdout
    assert str((REPO / ".venv").resolve()) in r.stdout or ".venv" in r.stdout


def test_python_m_pytest_plugin_tests(tmp_path: Path) -> None:
    r = run_cli(["python", "-m", "pytest", "-q", "-p", "no:cacheprovider", str(PLUGINS / "cli" / "check_ping_plugin.py")],
                tmp_path, timeout=300)
    assert r.returncode == 0, f"stdout:\n{r.stdout}\nstderr:\n{r.stderr}"
    assert "4 passed" in r.stdout, r.stdout


def test_loader_and_registry_modules(tmp_path: Path) -> None:
    """backend.sdk.loader / backend.sdk.registry as documented (protocol.md section 1)."""
    import os

    env = {"HORRIBLE_PLUGINS_DIR": os.pathsep.join([str(EXAMPLES), str(PLUGINS / "tools")])}
    r = run_cli(["python", str(PLUGINS / "cli" / "registry_check.py")], tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout.strip().splitlines()[-1])
    assert res["first"] == ["ping", "tl_tools"]
    assert res["second"] == ["ping", "tl_tools"], "loading twice must not load twice"
    assert res["loaded"] == ["ping", "tl_tools"]
    assert res["errors"] == []
    names = [t["function"]["name"] for t in res["provider_tools"]]
    assert sorted(names) == sorted(["ping.echo", "tl.sync", "tl.async", "tl.raises", "tl.write", "tl.slow"]), names
    assert len(names) == len(set(names))
    echo = next(t for t in res["provider_tools"] if t["function"]["name"] == "ping.echo")
    assert echo == {"type": "function", "function": {
        "name": "ping.echo", "description": "Echo back the given text.",
        "parameters": {"type": "object", "properties": {"text": {"type": "string", "description": "text to echo"}},
                       "required": ["text"]}}}
    calls = res["calls"]
    assert calls["ping.echo"] == {"echo": "hi"}
    assert calls["tl.sync"] == {"sync": True, "args": {"a": [1, None]}}
    assert calls["tl.async"] == {"async": True, "n": 42}
    assert calls["tl.raises"] == {"error": "ValueError: bad input"}
    assert calls["tl.write"] == {"wrote": "/tmp/x"}  # the registry call itself is not gated
    assert calls["tl.slow"] == {"error": "tool timed out"}
    assert calls["no.such.tool"] == {"error": "unknown plugin tool no.such.tool"}
