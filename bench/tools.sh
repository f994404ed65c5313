#!/usr/bin/env bash
# Agent tool ping.echo: our HTTP invoke and MCP vs uvicorn's POST route. Args go to bench/tools.py
# (e.g. --concurrency 32 --duration 5 --procs 2). Writes bench/out/tools.json.
source "$(dirname "$0")/lib.sh"
start_ours OURS_PORT
start_uvicorn UV_PORT
echo "tools: ours    = $OURS_CMD"
echo "tools: uvicorn = $UVICORN_CMD  (1 worker process; our host also runs Python on one loop thread)"
rc=0
"$PY" "$BENCH_DIR/tools.py" --ours "http://127.0.0.1:$OURS_PORT" --uvicorn "http://127.0.0.1:$UV_PORT" "$@" || rc=$?
check_alive "$OURS_PID" horrible "$OURS_LOG" || rc=1
check_responsive "$OURS_PORT" "$OURS_PID" horrible || rc=1
check_alive "$UVICORN_PID" uvicorn "$UVICORN_LOG" || rc=1
if [ -s "$OURS_LOG" ]; then echo "tools: our server log (last 20 lines):"; tail -20 "$OURS_LOG"; fi
exit $rc
