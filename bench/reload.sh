#!/usr/bin/env bash
# Live plugin reload (issue 12): reload under load (wrk + 50 /ws clients + a checking sampler,
# 100 reloads A/B), idle reloads of the ping plugin, and dev mode (`serve --reload` vs
# `uvicorn --reload`, edit -> new answer). The work is in bench/reload.py (args pass through,
# e.g. --runs 3, --part load|dev, --help). Writes bench/out/reload.json; exits 1 on any non-2xx,
# socket error, dropped frame, mixed answer or lost socket of ours.
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || { echo "bench: wrk is not installed (apt-get install -y wrk, or scripts/setup.sh)" >&2; exit 1; }
require_binary
echo "bench: our binary: $HORRIBLE ($(stat -c '%s bytes, built %y' "$HORRIBLE" | cut -d. -f1)), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
HORRIBLE_BIN="$HORRIBLE" "$PY" "$BENCH_DIR/reload.py" "$@"
