"""Upstream's own SDK tests (tests/host/upstream/backend/tests/, copied with one import changed;
see the file's header) pass under `horrible python -m pytest`, as a plugin author runs them."""
from __future__ import annotations

import sys
from pathlib import Path

from support.host import REPO, require_bin, run_cli

UPSTREAM = REPO / "tests" / "host" / "upstream"


def test_upstream_test_backend_sdk_passes(tmp_path: Path) -> None:
    require_bin()
    target = UPSTREAM / "backend" / "tests" / "test_backend_sdk.py"
    r = run_cli(
        ["--venv", sys.prefix, "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "--noconftest",
         "-c", "/dev/null", "--rootdir", str(UPSTREAM), str(target)],
        tmp_path / "data",
    )
    out = r.stdout + r.stderr
    assert r.returncode == 0, out
    assert "7 passed" in out, out
