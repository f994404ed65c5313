# Shared helpers for the bench/*.sh scripts (source it; do not run it).
#   start_ours PORT_VAR     start target/release/horrible on a free port (temp data dir)
#   start_uvicorn PORT_VAR  start bench/uvicorn_app.py under uvicorn (1 worker)
#   start_upstream PORT_VAR start bench/upstream_repl.py under uvicorn (1 worker)
# Every server started here is killed (by its pid) on exit, and its temp dir removed.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
PY="${BENCH_PYTHON:-$ROOT/.venv/bin/python}"
HORRIBLE="${HORRIBLE_BIN:-$ROOT/target/release/horrible}"
PLUGINS_DIR="${BENCH_PLUGINS_DIR:-$ROOT/examples/backend-plugins}"
OUT_DIR="$BENCH_DIR/out"
mkdir -p "$OUT_DIR"
# Our host looks for ./.venv among other places: run everything from the repository root.
cd "$ROOT"

UVICORN_FLAGS=(--host 127.0.0.1 --loop uvloop --http httptools --ws websockets --log-level warning --no-access-log)

_BENCH_PIDS=()
_BENCH_NAMES=()
_BENCH_TMP=()

bench_cleanup() {
  local pid
  for pid in "${_BENCH_PIDS[@]:-}"; do
    [ -n "$pid" ] || continue
    kill "$pid" 2>/dev/null || true
  done
  local i=0
  for pid in "${_BENCH_PIDS[@]:-}"; do
    local name="${_BENCH_NAMES[$i]:-server}"; i=$((i + 1))
    [ -n "$pid" ] || continue
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "bench: $name (pid $pid) did not exit within 5 s of SIGTERM; killing it (SIGKILL)" >&2
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  local d
  for d in "${_BENCH_TMP[@]:-}"; do
    [ -n "$d" ] && rm -rf "$d"
  done
  _BENCH_PIDS=()
  _BENCH_NAMES=()
  _BENCH_TMP=()
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

bench_tmpdir() {
  local d
  d="$(mktemp -d "${TMPDIR:-/tmp}/horrible-bench.XXXXXX")"
  _BENCH_TMP+=("$d")
  printf '%s\n' "$d"
}

free_port() {
  "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_http URL PID NAME LOG: until URL answers 200 (30 s), or the process dies.
wait_http() {
  local url="$1" pid="$2" name="$3" log="$4"
  for _ in $(seq 300); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "bench: $name exited during startup; its log:" >&2
      cat "$log" >&2 || true
      exit 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null || true)" = "200" ]; then
      return 0
    fi
    sleep 0.1
  done
  echo "bench: $name did not answer 200 at $url within 30 s; its log:" >&2
  cat "$log" >&2 || true
  exit 1
}

require_binary() {
  if [ ! -x "$HORRIBLE" ]; then
    echo "bench: $HORRIBLE is missing: build it first (scripts/setup.sh, or cargo build --release)" >&2
    exit 1
  fi
}

# start_ours VAR: starts our host; sets VAR to its port and OURS_LOG to its log file.
start_ours() {
  require_binary
  local var="$1" port tmp
  port="$(free_port)"
  tmp="$(bench_tmpdir)"
  mkdir -p "$tmp/data"
  OURS_CMD="HORRIBLE_DATA_DIR=$tmp/data HORRIBLE_LOG=warn $HORRIBLE serve --port $port --plugins-dir $PLUGINS_DIR --no-entry-points"
  HORRIBLE_DATA_DIR="$tmp/data" HORRIBLE_LOG=warn "$HORRIBLE" serve --port "$port" --plugins-dir "$PLUGINS_DIR" --no-entry-points \
    >"$tmp/server.log" 2>&1 &
  local pid=$!
  _BENCH_PIDS+=("$pid")
  _BENCH_NAMES+=("horrible")
  OURS_PID=$pid
  OURS_LOG="$tmp/server.log"
  wait_http "http://127.0.0.1:$port/api/health" "$pid" "horrible" "$OURS_LOG"
  echo "bench: our binary: $HORRIBLE ($(stat -c '%s bytes, built %y' "$HORRIBLE" | cut -d. -f1)), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  printf -v "$var" '%s' "$port"
}

# _start_uvicorn VAR MODULE:APP NAME: a uvicorn server of bench/<module>.py, one worker.
_start_uvicorn() {
  local var="$1" app="$2" name="$3" health="$4" port tmp
  port="$(free_port)"
  tmp="$(bench_tmpdir)"
  UVICORN_CMD="$PY -m uvicorn $app --app-dir $BENCH_DIR --port $port ${UVICORN_FLAGS[*]}"
  BENCH_PLUGINS_DIR="$PLUGINS_DIR" "$PY" -m uvicorn "$app" --app-dir "$BENCH_DIR" --port "$port" "${UVICORN_FLAGS[@]}" \
    >"$tmp/server.log" 2>&1 &
  local pid=$!
  _BENCH_PIDS+=("$pid")
  _BENCH_NAMES+=("$name")
  UVICORN_PID=$pid
  UVICORN_LOG="$tmp/server.log"
  wait_http "http://127.0.0.1:$port$health" "$pid" "$name" "$UVICORN_LOG"
  printf -v "$var" '%s' "$port"
}

start_uvicorn() { _start_uvicorn "$1" uvicorn_app:app "uvicorn baseline" /api/health; }
start_upstream() { _start_uvicorn "$1" upstream_repl:app "upstream REPL (uvicorn)" /api/health; }

# alive PID NAME LOG: fails loudly if a server died during the run.
check_alive() {
  local pid="$1" name="$2" log="$3"
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "bench: $name DIED during the run; its log:" >&2
    tail -50 "$log" >&2 || true
    return 1
  fi
}

# responsive PORT PID NAME: after a run, the server must still answer /api/health within 5 s.
# If not, its thread stacks are dumped (gdb, when installed) to bench/out/<name>-hang-<time>.txt.
check_responsive() {
  local port="$1" pid="$2" name="$3" code
  # /api/health alone never touches Python; the async plugin route needs the asyncio loop.
  local what="GET /api/health"
  code="$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" 2>/dev/null || true)"
  if [ "$code" = "200" ]; then
    what="POST /api/plugins/ping/items/1 (async route, runs on the asyncio loop)"
    code="$(curl -s -m 5 -o /dev/null -w '%{http_code}' -X POST -H 'content-type: application/json' \
      --data '{"name":"probe","price":1}' "http://127.0.0.1:$port/api/plugins/ping/items/1" 2>/dev/null || true)"
    [ "$code" = "200" ] && return 0
  fi
  echo "bench: $name (pid $pid) is UNRESPONSIVE: $what -> '${code:-no answer}' within 5 s" >&2
  if command -v gdb >/dev/null && kill -0 "$pid" 2>/dev/null; then
    local f="$OUT_DIR/$name-hang-$(date +%H%M%S).txt"
    timeout 60 gdb -p "$pid" -batch -ex "thread apply all bt 30" >"$f" 2>&1 || true
    echo "bench: thread stacks of $name written to $f" >&2
  fi
  return 1
}
