#!/usr/bin/env bash
# Installs what a fresh machine needs and builds horrible (idempotent: fast when done).
#   - one CPython 3.11 (with a shared libpython) pinned for the build, the rpath and the venv
#   - .venv with the pinned Python packages (requirements-dev.txt)
#   - Debian's chromium (browser tests) and wrk (benchmarks)
#   - FastAPI's sdist (tutorial apps and their tests) into .cache/ for the tutorial suite
#   - the dashboard (web/ -> web/dist), then the release binary, which embeds it
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  py="${HORRIBLE_PYTHON:-$(command -v python3.11 || command -v python3)}"
  py="$("$py" -c 'import os, sys; print(os.path.realpath(sys.executable))')"
  shared="$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED") or 0)')"
  if [ "$shared" != "1" ]; then
    echo "setup: $py has no shared libpython; set HORRIBLE_PYTHON to a CPython 3.11 built with --enable-shared" >&2
    exit 1
  fi
  echo "setup: creating .venv from $py"
  "$py" -m venv .venv
fi
stamp=.venv/.requirements.sha
want="$(cat requirements.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r requirements-dev.txt
  echo "$want" > "$stamp"
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v wrk >/dev/null || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} (apt)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# node_modules also serves the browser tests (playwright-core); dist is what the binary embeds.
if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules ]; then
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/tools web/index.html web/package.json web/package-lock.json catalog -newer web/dist/index.html 2>/dev/null | head -1)" ]; then
  (cd web && npm run build)
fi

# FastAPI's tutorial apps and their tests (tests/http/test_fastapi_tutorials.py): the pinned
# fastapi's sdist from the package index, into .cache/ (a failure here only skips that suite).
.venv/bin/python tests/support/fastapi_src.py >/dev/null || echo "setup: fastapi sdist not fetched (the tutorial suite will skip)" >&2

cargo build --release   # the default members: the binary and crates/* (not bench/wsload)
echo "setup: ready: target/release/horrible ($(.venv/bin/python -c 'import sys; print(sys.version.split()[0], sys.base_prefix)'))"
