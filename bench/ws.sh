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
check_alive "$OURS_PID" horrible "$OURS_LOG" || rc=1
check_responsive "$OURS_PORT" "$OURS_PID" horrible || rc=1
check_alive "$UVICORN_PID" uvicorn "$UVICORN_LOG" || rc=1
if [ -s "$OURS_LOG" ]; then echo "ws: our server log (last 20 lines):"; tail -20 "$OURS_LOG"; fi
exit $rc
