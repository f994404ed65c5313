#!/usr/bin/env bash
# WebSocket ping channel: our host vs uvicorn (same plugin). Args go to bench/ws.py
# (e.g. --conns 50 --rounds 400 --procs 2). Writes bench/out/ws.json.
source "$(dirname "$0")/lib.sh"
start_ours OURS_PORT
start_uvicorn UV_PORT
echo "ws: ours    = $OURS_CMD"
echo "ws: uvicorn = $UVICORN_CMD  (1 worker process; our host also runs Python on one loop thread)"
rc=0
"$PY" "$BENCH_DIR/ws.py" --ours "ws://127.0.0.1:$OURS_PORT/ws?telemetry=0" --uvicorn "ws://127.0.0.1:$UV_PORT/ws" "$@" || rc=$?

# The Python client above costs ~150 us per round trip and saturates before either server does.
# wsload (bench/wsload, Rust) measures the servers themselves: same frames, same checks.
WSLOAD="$ROOT/target/release/wsload"
[ -x "$WSLOAD" ] || (cd "$ROOT" && cargo build --release -q -p wsload)
CONNS="${WS_CONNS:-50}"; ROUNDS="${WS_ROUNDS:-400}"
echo "ws: Rust client wsload, $CONNS conns x $ROUNDS round trips"
"$WSLOAD" "ws://127.0.0.1:$OURS_PORT/ws?telemetry=0" "$CONNS" "$ROUNDS" > "$OUT_DIR/wsload-ours.json" || rc=1
"$WSLOAD" "ws://127.0.0.1:$UV_PORT/ws" "$CONNS" "$ROUNDS" > "$OUT_DIR/wsload-uvicorn.json" || rc=1
"$PY" - "$OUT_DIR" <<'PYEOF' || rc=1
import json, sys
out = sys.argv[1]
o, u = (json.load(open(f"{out}/wsload-{n}.json")) for n in ("ours", "uvicorn"))
print(f"{'ws ping (wsload)':18} {'round trips/s':>14} {'p50 ms':>8} {'p99 ms':>8} {'ok/failed':>12}")
for name, d in (("ours", o), ("uvicorn", u)):
    print(f"{name:18} {d['round_trips_per_s']:14.0f} {d['p50_ms']:8.2f} {d['p99_ms']:8.2f} {d['ok']:>6}/{d['failed']}")
print(f"ratio ours/uvicorn  round trips/s x{o['round_trips_per_s'] / u['round_trips_per_s']:.2f}   "
      f"p50 x{o['p50_ms'] / u['p50_ms']:.2f}   p99 x{o['p99_ms'] / u['p99_ms']:.2f} (latency: lower is better)")
json.dump({"ours": o, "uvicorn": u}, open(f"{out}/wsload.json", "w"), indent=1)
if o["failed"] or u["failed"]:
    sys.exit("ws: some round trips failed")
PYEOF
check_alive "$OURS_PID" horrible "$OURS_LOG" || rc=1
check_responsive "$OURS_PORT" "$OURS_PID" horrible || rc=1
check_alive "$UVICORN_PID" uvicorn "$UVICORN_LOG" || rc=1
if [ -s "$OURS_LOG" ]; then echo "ws: our server log (last 20 lines):"; tail -20 "$OURS_LOG"; fi
exit $rc
