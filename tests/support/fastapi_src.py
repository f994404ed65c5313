"""FastAPI's source distribution (the pinned version), which carries `docs_src/` (the tutorial
apps) and `tests/test_tutorial/` (their tests): found in the cache, else fetched from the package
index with pip (`pip download fastapi==<pin> --no-binary :all: --no-deps`), the only network
access, as `scripts/setup.sh` does.

The cache is `$HORRIBLE_CACHE_DIR`, else `<repo>/.cache`; the source is extracted to
`<cache>/fastapi-<version>/`. Run as a script (`python tests/support/fastapi_src.py`) it fetches
and prints the path.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def pinned_version() -> str:
    """The fastapi version `requirements.txt` pins (the one the host embeds)."""
    for line in (REPO / "requirements.txt").read_text().splitlines():
        m = re.match(r"\s*fastapi==([\w.]+)", line)
        if m:
            return m.group(1)
    raise RuntimeError("requirements.txt pins no fastapi version")


def cache_dir() -> Path:
    return Path(os.environ.get("HORRIBLE_CACHE_DIR") or REPO / ".cache")


def source_dir(version: str | None = None) -> Path:
    return cache_dir() / f"fastapi-{version or pinned_version()}"


def _complete(src: Path) -> bool:
    return (src / "docs_src").is_dir() and (src / "tests" / "test_tutorial").is_dir()


def ensure_source(fetch: bool = True) -> Path | None:
    """The extracted source of the pinned fastapi, fetching it if allowed; None if unavailable."""
    version = pinned_version()
    src = source_dir(version)
    if _complete(src):
        return src
    if not fetch:
        return None
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as tmp:
        r = subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", f"fastapi=={version}", "--no-binary", ":all:",
             "--no-deps", "-d", tmp],
            capture_output=True, text=True, timeout=600,
        )
        archives = list(Path(tmp).glob(f"fastapi-{version}.tar.gz"))
        if r.returncode != 0 or not archives:
            print(f"fastapi_src: pip download failed ({r.returncode}): {r.stderr.strip()[-500:]}", file=sys.stderr)
            return None
        with tarfile.open(archives[0]) as tar:
            tar.extractall(tmp, filter="data")
        extracted = Path(tmp) / f"fastapi-{version}"
        if not _complete(extracted):
            print(f"fastapi_src: {archives[0].name} has no docs_src/ or tests/test_tutorial/", file=sys.stderr)
            return None
        if src.exists():  # a partial earlier extraction
            import shutil

            shutil.rmtree(src)
        extracted.rename(src)
    return src


if __name__ == "__main__":
    found = ensure_source()
    if found is None:
        sys.exit(1)
    print(found)
