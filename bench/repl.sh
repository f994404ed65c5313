#!/usr/bin/env bash
# The dash REPL over /ws: our host vs the upstream design (bench/upstream_repl.py under uvicorn).
# Args go to bench/repl.py (e.g. --runs 500 --lines 100000). Writes bench/out/repl.json.
source "$(dirname "$0")/lib.sh"
start_ours OURS_PORT
start_upstream UP_PORT
echo "repl: ours     = $OURS_CMD"
echo "repl: upstream = $UVICORN_CMD  (1 worker process)"
rc=0
"$PY" "$BENCH_DIR/repl.py" --ours "ws://127.0.0.1:$OURS_PORT/ws?telemetry=0" --upstream "ws://127.0.0.1:$UP_PORT/ws" "$@" || rc=$?
check_alive "$OURS_PID" horrible "$OURS_LOG" || rc=1
check_responsive "$OURS_PORT" "$OURS_PID" horrible || rc=1
check_alive "$UVICORN_PID" upstream "$UVICORN_LOG" || rc=1
if [ -s "$OURS_LOG" ]; then echo "repl: our server log (last 20 lines):"; tail -20 "$OURS_LOG"; fi
exit $rc
