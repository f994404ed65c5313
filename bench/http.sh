#!/usr/bin/env bash
# HTTP: wrk against a plugin GET route and a plugin POST route (path param, query, pydantic body)
# on our host and on uvicorn serving the same plugin code. Prints req/s and p99, ratio ours/uvicorn.
#   WRK_THREADS (2) WRK_CONNS (64) WRK_DURATION (10s) WRK_WARMUP (2s)
# Writes bench/out/http.json.
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || { echo "bench: wrk is not installed (apt-get install -y wrk, or scripts/setup.sh)" >&2; exit 1; }

THREADS="${WRK_THREADS:-2}"
CONNS="${WRK_CONNS:-64}"
DURATION="${WRK_DURATION:-10s}"
WARMUP="${WRK_WARMUP:-2s}"
POST_PATH='/api/plugins/ping/items/5?q=x'
POST_BODY='{"name":"widget","price":9.5,"tags":["a"]}'
GET_PATH='/api/plugins/ping'

start_ours OURS_PORT
start_uvicorn UV_PORT
echo "http: ours    = $OURS_CMD"
echo "http: uvicorn = $UVICORN_CMD  (1 worker process; our host also runs Python on one loop thread)"

WORK="$(bench_tmpdir)"

# Both servers must answer each route with the same status and body before we time anything.
probe() { # probe PORT METHOD PATH [BODY] -> "status\nbody"
  local port="$1" method="$2" path="$3" body="${4:-}"
  if [ -n "$body" ]; then
    curl -s -X "$method" -H 'content-type: application/json' --data "$body" -w '\n%{http_code}' "http://127.0.0.1:$port$path"
  else
    curl -s -X "$method" -w '\n%{http_code}' "http://127.0.0.1:$port$path"
  fi
}
for spec in "GET|$GET_PATH|" "POST|$POST_PATH|$POST_BODY"; do
  IFS='|' read -r method path body <<<"$spec"
  a="$(probe "$OURS_PORT" "$method" "$path" "$body")"
  b="$(probe "$UV_PORT" "$method" "$path" "$body")"
  if [ "$a" != "$b" ]; then
    echo "http: MISMATCH on $method $path" >&2
    echo "  ours:    $(echo "$a" | tr '\n' ' ')" >&2
    echo "  uvicorn: $(echo "$b" | tr '\n' ' ')" >&2
    exit 1
  fi
  echo "http: $method $path -> identical: $(echo "$a" | tail -1) $(echo "$a" | head -1)"
done

run_wrk() { # run_wrk NAME PORT METHOD PATH BODY
  local name="$1" port="$2" method="$3" path="$4" body="$5"
  local url="http://127.0.0.1:$port$path"
  WRK_METHOD="$method" WRK_BODY="$body" wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" -s "$BENCH_DIR/wrk.lua" "$url" >/dev/null
  echo "wrk -t$THREADS -c$CONNS -d$DURATION --latency -s bench/wrk.lua $url  (WRK_METHOD=$method${body:+ WRK_BODY='$body'})" >"$WORK/$name.cmd"
  WRK_METHOD="$method" WRK_BODY="$body" wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$BENCH_DIR/wrk.lua" "$url" >"$WORK/$name.txt"
}

for route in get post; do
  if [ $route = get ]; then m=GET; p="$GET_PATH"; b=""; else m=POST; p="$POST_PATH"; b="$POST_BODY"; fi
  echo "http: $m $p: ours ..."
  run_wrk "$route.ours" "$OURS_PORT" "$m" "$p" "$b"
  check_alive "$OURS_PID" horrible "$OURS_LOG"
  check_responsive "$OURS_PORT" "$OURS_PID" horrible || echo "http: ours stopped answering during $m $p" >>"$WORK/problems"
  echo "http: $m $p: uvicorn ..."
  run_wrk "$route.uvicorn" "$UV_PORT" "$m" "$p" "$b"
  check_alive "$UVICORN_PID" uvicorn "$UVICORN_LOG"
  check_responsive "$UV_PORT" "$UVICORN_PID" uvicorn || echo "http: uvicorn stopped answering during $m $p" >>"$WORK/problems"
done

"$PY" - "$WORK" "$OUT_DIR/http.json" "$GET_PATH" "$POST_PATH" "$THREADS" "$CONNS" "$DURATION" "$OURS_CMD" "$UVICORN_CMD" "$OURS_LOG" <<'PYEOF'
import json, re, sys
work, out, get_path, post_path, threads, conns, duration, ours_cmd, uv_cmd, ours_log = sys.argv[1:]

def parse(name):
    text = open(f"{work}/{name}.txt").read()
    line = next(l for l in text.splitlines() if l.startswith("WRKJSON "))
    d = json.loads(line[len("WRKJSON "):])
    d["rps"] = d["requests"] / (d["duration_us"] / 1e6)
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    d["non_2xx"] = int(m.group(1)) if m else 0
    d["command"] = open(f"{work}/{name}.cmd").read().strip()
    return d

routes = {"GET " + get_path: "get", "POST " + post_path: "post"}
summary = {"bench": "http", "client": f"wrk -t{threads} -c{conns} -d{duration}", "ours_cmd": ours_cmd,
           "uvicorn_cmd": uv_cmd, "uvicorn_workers": 1, "routes": {}}
problems = []
print()
print(f"{'route':<42} {'server':<8} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
for label, key in routes.items():
    ours, uv = parse(f"{key}.ours"), parse(f"{key}.uvicorn")
    for sname, d in (("ours", ours), ("uvicorn", uv)):
        errs = sum(d["errors"].values())
        if d["requests"] == 0:
            problems.append(f"{sname} {label}: NO responses at all in {duration} (wrk errors {d['errors']})")
        print(f"{label:<42} {sname:<8} {d['rps']:>10.0f} {d['latency_us']['p50']/1000:>8.2f} {d['latency_us']['p99']/1000:>8.2f} {errs:>7}")
        if errs:
            problems.append(f"{sname} {label}: errors {d['errors']} (non-2xx/3xx: {d['non_2xx']})")
    rps_ratio = ours["rps"] / uv["rps"] if uv["rps"] else None
    p99_ratio = (ours["latency_us"]["p99"] / uv["latency_us"]["p99"]) if uv["latency_us"]["p99"] and ours["requests"] else None
    summary["routes"][label] = {"ours": ours, "uvicorn": uv, "rps_ratio": rps_ratio, "p99_ratio": p99_ratio}
print()
for label, r in summary["routes"].items():
    fr = lambda v: "-" if v is None else f"x{v:.2f}"
    print(f"ratio ours/uvicorn  {label:<42} req/s {fr(r['rps_ratio'])}   p99 {fr(r['p99_ratio'])} (lower is better)")
try:
    problems += [l.strip() for l in open(f"{work}/problems") if l.strip()]
except OSError:
    pass
if problems:
    print("\nPROBLEMS:")
    for p in problems:
        print("  " + p)
    print("  (our server log tail follows, if any)")
summary["problems"] = problems
json.dump(summary, open(out, "w"), indent=2)
print(f"\nwrote {out}")
PYEOF
check_alive "$OURS_PID" horrible "$OURS_LOG"
check_alive "$UVICORN_PID" uvicorn "$UVICORN_LOG"
if [ -s "$OURS_LOG" ]; then echo "http: our server log (last 20 lines):"; tail -20 "$OURS_LOG"; fi
