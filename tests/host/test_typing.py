"""The stubs in python/backend/sdk type-check the reference plugin under mypy --strict, and
reject a wrong one (so this test can fail)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support.host import REPO

GOOD_TARGETS = ["examples/backend-plugins/ping", "examples/pip-plugin/horrible_hello"]

BAD_SNIPPETS = {
    "add_router-int": "host.add_router(42)",
    "tool-missing-handler": "host.add_agent_tool(AgentTool(name='x', description='y'))",
    "hook-wrong-arity": "host.on_startup(lambda x: None)",
    "manifest-mutation": "host.manifest.id = 'other'",
    "store-keys-type": "n: int = host.store.keys()",
    "sync-client-is-not-async": "c: httpx.AsyncClient = host.http_client(sync=True)",
}


def mypy(args: list[str], cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MYPYPATH=str(REPO / "python"))
    return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                           "--cache-dir", os.devnull, *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_stubs_themselves() -> None:
    r = mypy(["-p", "backend.sdk"])
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("target", GOOD_TARGETS)
def test_reference_plugins_typecheck(target: str) -> None:
    r = mypy([target])
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.parametrize("snippet", list(BAD_SNIPPETS.values()), ids=list(BAD_SNIPPETS))
def test_wrong_plugin_fails(tmp_path: Path, snippet: str) -> None:
    src = tmp_path / "bad_plugin.py"
    src.write_text(
        "import httpx\n"
        "from backend.sdk import AgentTool, BackendPlugin, PluginHost, PluginManifest\n\n"
        "class Bad(BackendPlugin):\n"
        "    manifest = PluginManifest(id='bad', name='Bad')\n\n"
        "    def setup(self, host: PluginHost) -> None:\n"
        f"        {snippet}\n"
    )
    r = mypy([str(src)])
    assert r.returncode == 1, f"mypy should reject {snippet!r}:\n{r.stdout}{r.stderr}"
    assert "bad_plugin.py:8: error" in r.stdout, r.stdout
