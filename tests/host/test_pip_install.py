"""A pip-installed plugin is found through its `horrible.plugins` entry point.

A throw-away virtualenv is made with the interpreter `.venv` was made from; the runtime pins
(requirements.txt) and examples/pip-plugin are pip-installed into it (this uses the package
index, through pip's cache), and the host runs with `--venv` pointing at it.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from support.host import REPO, require_bin, run_cli, start_host

PIP_PLUGIN = REPO / "examples" / "pip-plugin"


def _run(cmd: list[str], timeout: float = 900) -> None:
    r = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"


@pytest.fixture(scope="module")
def plugin_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_bin()
    base = subprocess.run([sys.executable, "-c", "import sys; print(sys._base_executable)"],
                          capture_output=True, text=True, check=True).stdout.strip()
    venv = tmp_path_factory.mktemp("pipvenv") / "venv"
    _run([base, "-m", "venv", str(venv)])
    py = str(venv / "bin" / "python")
    _run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", "-r", str(REPO / "requirements.txt")])
    # Build from a copy: an in-tree setuptools build would leave build/ and *.egg-info behind.
    src = venv.parent / "pip-plugin"
    shutil.copytree(PIP_PLUGIN, src, ignore=shutil.ignore_patterns("build", "*.egg-info", "dist"))
    _run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(src)])
    return venv


def test_entry_point_plugin_is_served(plugin_venv: Path, tmp_path: Path) -> None:
    host = start_host([], tmp_path / "data", extra_args=["--venv", str(plugin_venv)])
    try:
        r = host.client.get("/api/plugins/hello")
        assert (r.status_code, r.json()) == (200, {"hello": "world"})
        listing = host.client.get("/api/plugins").json()
        hello = next((p for p in listing["plugins"] if p["id"] == "hello"), None)
        assert hello is not None, listing
        assert hello["source"] == "entry_point:hello"
        assert hello["version"] == "0.1.0"
        assert hello["tools"] == ["hello.greet"]
        assert [{k: r[k] for k in ("methods", "path")} for r in hello["routes"]] == [{"methods": ["GET"], "path": "/api/plugins/hello"}]
        assert listing["errors"] == []
    finally:
        assert host.stop() == 0


def test_cli_listing_and_no_entry_points(plugin_venv: Path, tmp_path: Path) -> None:
    r = run_cli(["plugins", "list", "--venv", str(plugin_venv), "--json"], tmp_path)
    assert r.returncode == 0, r.stderr
    listing: dict[str, Any] = json.loads(r.stdout)
    assert [p["id"] for p in listing["plugins"]] == ["hello"]
    r = run_cli(["plugins", "list", "--venv", str(plugin_venv), "--no-entry-points", "--json"], tmp_path)
    assert json.loads(r.stdout) == {"plugins": [], "errors": [], "disabled": [], "blocked": [], "locked": False, "reload": False}


def test_python_runs_in_that_venv(plugin_venv: Path, tmp_path: Path) -> None:
    code = ("import asyncio, json, sys\n"
            "from backend.sdk import loader, registry\n"
            "ids = [m.id for m in loader.load_plugins().loaded]\n"
            "res = asyncio.run(registry.invoke_agent_tool('hello.greet', {'name': 'Bob'}))\n"
            "print(json.dumps({'prefix': sys.prefix, 'ids': ids, 'res': res}))\n")
    r = run_cli(["--venv", str(plugin_venv), "python", "-c", code], tmp_path)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert Path(out["prefix"]).resolve() == plugin_venv.resolve()
    assert out["ids"] == ["hello"]
    assert out["res"] == {"greeting": "Hello, Bob!"}


def test_bad_venv_is_a_clear_error(tmp_path: Path) -> None:
    r = run_cli(["plugins", "list", "--venv", str(tmp_path / "nope"), "--json"], tmp_path)
    assert r.returncode != 0
    assert "virtualenv" in (r.stderr + r.stdout)
