"""The SDK stubs (python/backend/sdk/*.pyi) against the live native module: mypy's stubtest,
run inside the interpreter the `horrible` binary embeds (`horrible python -m mypy.stubtest`),
where `backend.sdk` is importable. Known runtime-side differences: stubtest-allowlist.txt.

Skipped when no binary is found (`support.host.horrible_bin`: $HORRIBLE_BIN, else target/release
or target/debug)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.host import horrible_bin

from .conftest import PYTHON_DIR

ALLOWLIST = Path(__file__).with_name("stubtest-allowlist.txt")


def stubtest(stubs_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    binary = horrible_bin()
    if binary is None or not binary.is_file():
        pytest.skip("no horrible binary (set HORRIBLE_BIN or build target/release/horrible): stubs not checked")
    venv = ["--venv", sys.prefix] if sys.prefix != sys.base_prefix else []  # this venv has mypy
    env = {k: v for k, v in os.environ.items() if k not in ("HORRIBLE_PLUGINS_DIR", "PYTHONPATH")}
    env.update(MYPYPATH=str(stubs_dir), HORRIBLE_DATA_DIR=str(tmp_path / "data"), NO_COLOR="1")
    args = ["--allowlist", str(ALLOWLIST), "--ignore-unused-allowlist", "--concise"]
    return subprocess.run(
        [str(binary), *venv, "python", "-m", "mypy.stubtest", "backend.sdk", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_stubs_match_the_native_module(tmp_path: Path) -> None:
    r = stubtest(PYTHON_DIR, tmp_path)
    assert r.returncode == 0, f"the stubs drifted from backend.sdk:\n{r.stdout}{r.stderr}"


def test_a_drifted_stub_is_caught(tmp_path: Path) -> None:
    """The check can fail: a stub with a method the runtime lacks and a renamed parameter."""
    stubs = tmp_path / "stubs"
    shutil.copytree(PYTHON_DIR / "backend", stubs / "backend", ignore=shutil.ignore_patterns("plugins"))
    init = stubs / "backend" / "sdk" / "__init__.pyi"
    text = init.read_text()
    assert "    def keys(self) -> list[str]: ...\n" in text
    text = text.replace(
        "    def keys(self) -> list[str]: ...\n",
        "    def keys(self) -> list[str]: ...\n    def flush(self) -> None: ...\n",
    )
    init.write_text(text)
    host = stubs / "backend" / "sdk" / "host.pyi"
    host.write_text(host.read_text().replace("def broadcast(self, frame:", "def broadcast(self, message:"))
    r = stubtest(stubs, tmp_path)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "backend.sdk.PluginStore.flush is not present at runtime" in r.stdout, r.stdout
    assert 'PluginHost.broadcast is inconsistent, stub parameter "message"' in r.stdout, r.stdout
