"""Agent tools: ``ping.echo`` ({"text": "hi"} -> {"echo": "hi"}) called by a pool of concurrent
clients, over

- our HTTP invoke:  POST /api/agent/tools/ping.echo/invoke  {"args": {"text": "hi"}}
- our MCP endpoint: /mcp (Streamable HTTP, JSON-RPC tools/call) with the official ``mcp`` client
  (one ``ClientSession`` per client process, initialized once; skipped when POST /mcp is 404)
- uvicorn's POST route (the same path and body, the same plugin handler).

    python bench/tools.py --ours http://127.0.0.1:P --uvicorn http://127.0.0.1:Q

Each target: untimed warm-up, then ``--duration`` seconds of calls from ``--concurrency`` tasks per
client process (``--procs``). Every reply is checked; failures are counted and reported.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

import httpx  # noqa: E402

EXPECTED = {"echo": "hi"}
BODY = {"args": {"text": "hi"}}


async def timed_pool(call, concurrency: int, warmup_calls: int, start_at: float, duration: float) -> dict[str, Any]:
    """Runs ``call()`` (-> (ok, detail)) from ``concurrency`` tasks: warm-up, then a timed window."""
    out: dict[str, Any] = {"lat": [], "failures": 0, "samples": []}

    async def warm(n: int) -> None:
        for _ in range(n):
            await call()

    await asyncio.gather(*(warm(max(1, warmup_calls // concurrency)) for _ in range(concurrency)))
    delay = start_at - time.time()
    if delay > 0:
        await asyncio.sleep(delay)
    deadline = start_at + duration
    cpu0, wall0 = time.process_time(), time.time()

    async def loop() -> None:
        while time.time() < deadline:
            t0 = time.perf_counter()
            try:
                ok, detail = await call()
            except Exception as exc:
                ok, detail = False, f"{type(exc).__name__}: {exc}"
            dt = time.perf_counter() - t0
            if ok:
                out["lat"].append(dt)
            else:
                out["failures"] += 1
                if len(out["samples"]) < 5:
                    out["samples"].append(str(detail)[:300])

    await asyncio.gather(*(loop() for _ in range(concurrency)))
    out["end"] = time.time()
    out["cpu_share"] = (time.process_time() - cpu0) / max(1e-9, out["end"] - wall0)
    out["late_start"] = max(0.0, wall0 - start_at)
    return out


async def http_worker(p: dict[str, Any]) -> dict[str, Any]:
    url = p["base"] + "/api/agent/tools/ping.echo/invoke"
    limits = httpx.Limits(max_connections=p["concurrency"], max_keepalive_connections=p["concurrency"])
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        async def call():
            r = await client.post(url, json=BODY)
            if r.status_code != 200:
                return False, f"HTTP {r.status_code}: {r.text[:200]}"
            body = r.json()
            return body == EXPECTED, body

        return await timed_pool(call, p["concurrency"], p["warmup"], p["start_at"], p["duration"])


def _mcp_client():
    import mcp.client.streamable_http as sh

    # The entry point was renamed streamable_http_client in later releases of the mcp SDK.
    return getattr(sh, "streamable_http_client", None) or getattr(sh, "streamablehttp_client")


async def mcp_worker(p: dict[str, Any]) -> dict[str, Any]:
    from mcp import ClientSession

    connect = _mcp_client()
    async with connect(p["base"] + "/mcp") as streams:
        read, write = streams[0], streams[1]
        async with ClientSession(read, write) as session:
            await session.initialize()

            async def call():
                res = await session.call_tool("ping.echo", {"text": "hi"})
                if getattr(res, "isError", False) or getattr(res, "is_error", False):
                    return False, res
                dumped = res.model_dump_json() if hasattr(res, "model_dump_json") else str(res)
                return ('"echo"' in dumped or "echo" in dumped) and "hi" in dumped, dumped

            return await timed_pool(call, p["concurrency"], p["warmup"], p["start_at"], p["duration"])


def worker_main(p: dict[str, Any]) -> None:
    fn = http_worker if p["kind"] == "http" else mcp_worker
    out = benchlib.run(fn(p))
    json.dump(out, sys.stdout)


def mcp_available(base: str) -> tuple[bool, str]:
    init = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"protocolVersion": "2025-03-26", "capabilities": {},
                       "clientInfo": {"name": "bench-probe", "version": "0"}}}
    try:
        r = httpx.post(base + "/mcp", json=init, headers={"Accept": "application/json, text/event-stream"}, timeout=10)
    except httpx.HTTPError as exc:
        return False, f"{type(exc).__name__}: {exc}"
    if r.status_code in (404, 405):
        return False, f"POST /mcp -> {r.status_code}"
    sid = r.headers.get("mcp-session-id")
    if sid:  # be tidy: end the probe's session
        try:
            httpx.delete(base + "/mcp", headers={"mcp-session-id": sid}, timeout=5)
        except httpx.HTTPError:
            pass
    return True, f"POST /mcp -> {r.status_code}"


def run_wrk(base: str, args: argparse.Namespace) -> dict[str, Any] | None:
    """The HTTP invoke under wrk too: httpx costs more CPU per call than either server, so this row
    shows the servers' own capacity for the same request."""
    import shutil
    import subprocess

    if not shutil.which("wrk") or args.wrk_duration <= 0:
        return None
    url = base + "/api/agent/tools/ping.echo/invoke"
    env = dict(os.environ, WRK_METHOD="POST", WRK_BODY=json.dumps(BODY, separators=(",", ":")))
    lua = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wrk.lua")
    base_cmd = ["wrk", "-t2", f"-c{args.concurrency}", "-s", lua, url]
    subprocess.run(base_cmd[:3] + ["-d1s"] + base_cmd[3:], env=env, capture_output=True, check=True)
    cmd = base_cmd[:3] + [f"-d{args.wrk_duration:g}s", "--latency"] + base_cmd[3:]
    text = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    line = next(ln for ln in text.splitlines() if ln.startswith("WRKJSON "))
    d = json.loads(line[len("WRKJSON "):])
    return {"command": " ".join(cmd), "calls_per_s": d["requests"] / (d["duration_us"] / 1e6),
            "p50_s": d["latency_us"]["p50"] / 1e6, "p99_s": d["latency_us"]["p99"] / 1e6, "errors": d["errors"]}


def run_target(name: str, kind: str, base: str, args: argparse.Namespace) -> dict[str, Any]:
    start_at = time.time() + args.settle
    payloads = [{"kind": kind, "base": base, "concurrency": args.concurrency, "warmup": args.warmup,
                 "start_at": start_at, "duration": args.duration} for _ in range(args.procs)]
    if args.procs == 1:
        fn = http_worker if kind == "http" else mcp_worker
        parts = [benchlib.run(fn(payloads[0]))]
    else:
        parts = benchlib.spawn_workers(os.path.abspath(__file__), payloads)
    lat = [x for p in parts for x in p["lat"]]
    elapsed = max(p["end"] for p in parts) - start_at
    res = {"target": name, "kind": kind, "url": base, "client_procs": args.procs, "concurrency_per_proc": args.concurrency,
           "calls": len(lat), "failures": sum(p["failures"] for p in parts), "elapsed_s": elapsed,
           "calls_per_s": len(lat) / elapsed if elapsed > 0 else None,
           "p50_s": benchlib.pct(lat, 50), "p99_s": benchlib.pct(lat, 99),
           "client_cpu_share": [round(p["cpu_share"], 3) for p in parts],
           "samples": [s for p in parts for s in p["samples"]][:5]}
    if any(p["late_start"] > 0.5 for p in parts):
        res["warning"] = "a client was still warming up at the start time (raise --settle)"
    return res


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        return worker_main(json.loads(sys.argv[2]))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ours", required=True, help="our base URL, http://127.0.0.1:P")
    ap.add_argument("--uvicorn", required=True, help="the baseline's base URL")
    ap.add_argument("--concurrency", type=int, default=int(os.environ.get("TOOLS_CONCURRENCY", 32)))
    ap.add_argument("--duration", type=float, default=float(os.environ.get("TOOLS_DURATION", 5)))
    ap.add_argument("--warmup", type=int, default=200, help="untimed calls first")
    ap.add_argument("--procs", type=int, default=int(os.environ.get("TOOLS_PROCS", 1)), help="client processes")
    ap.add_argument("--settle", type=float, default=3.0)
    ap.add_argument("--wrk-duration", type=float, default=float(os.environ.get("TOOLS_WRK_DURATION", 5)),
                    help="seconds of wrk on the HTTP invoke of each server too (0: skip)")
    ap.add_argument("--out")
    args = ap.parse_args()
    note = benchlib.loadavg_note()
    if note:
        print("tools: NOTE: " + note)

    results: dict[str, Any] = {}
    print(f"tools: ping.echo over our HTTP invoke ({args.procs} x {args.concurrency} concurrent, {args.duration}s) ...", flush=True)
    results["ours_http"] = run_target("ours HTTP invoke", "http", args.ours, args)
    ok, why = mcp_available(args.ours)
    if ok:
        print(f"tools: ping.echo over our MCP /mcp ({why}) ...", flush=True)
        results["ours_mcp"] = run_target("ours MCP tools/call", "mcp", args.ours, args)
    else:
        print(f"MCP: not available ({why})")
        results["ours_mcp"] = None
    print("tools: ping.echo over uvicorn's POST route ...", flush=True)
    results["uvicorn_http"] = run_target("uvicorn POST invoke", "http", args.uvicorn, args)

    wrk_res = {}
    for key, base in (("ours", args.ours), ("uvicorn", args.uvicorn)):
        if args.wrk_duration > 0:
            print(f"tools: HTTP invoke under wrk: {key} ...", flush=True)
        wrk_res[key] = run_wrk(base, args)
    results["wrk"] = wrk_res

    uv = results["uvicorn_http"]
    print()
    print(f"{'ping.echo':<22} {'calls/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'failures':>9} {'client cpu':>11} {'ratio/uvicorn':>14}")
    ratios = {}
    for key in ("ours_http", "ours_mcp", "uvicorn_http"):
        r = results[key]
        if r is None:
            print(f"{'ours MCP tools/call':<22} {'MCP: not available':>40}")
            continue
        rr = benchlib.ratio(r["calls_per_s"], uv["calls_per_s"])
        ratios[key] = {"calls_per_s": rr, "p50": benchlib.ratio(r["p50_s"], uv["p50_s"]), "p99": benchlib.ratio(r["p99_s"], uv["p99_s"])}
        print(f"{r['target']:<22} {r['calls_per_s'] or 0:>9.0f} {benchlib.ms(r['p50_s']):>8} {benchlib.ms(r['p99_s']):>8} {r['failures']:>9} "
              f"{','.join(f'{c:.0%}' for c in r['client_cpu_share']):>11} {benchlib.fmt_ratio(rr):>14}")
    wo, wu = wrk_res.get("ours"), wrk_res.get("uvicorn")
    if wo and wu:
        rr = benchlib.ratio(wo["calls_per_s"], wu["calls_per_s"])
        ratios["wrk_http"] = {"calls_per_s": rr, "p50": benchlib.ratio(wo["p50_s"], wu["p50_s"]), "p99": benchlib.ratio(wo["p99_s"], wu["p99_s"])}
        for name, w in (("ours invoke (wrk)", wo), ("uvicorn invoke (wrk)", wu)):
            errs = sum(w["errors"].values())
            print(f"{name:<22} {w['calls_per_s']:>9.0f} {benchlib.ms(w['p50_s']):>8} {benchlib.ms(w['p99_s']):>8} {errs:>9} {'wrk':>11} "
                  f"{benchlib.fmt_ratio(benchlib.ratio(w['calls_per_s'], wu['calls_per_s'])):>14}")
    print()
    for key in ("ours_http", "ours_mcp"):
        if key in ratios:
            r = ratios[key]
            print(f"ratio ours/uvicorn  {results[key]['target']:<20} calls/s {benchlib.fmt_ratio(r['calls_per_s'])}   "
                  f"p50 {benchlib.fmt_ratio(r['p50'])}   p99 {benchlib.fmt_ratio(r['p99'])} (latency: lower is better)")
    if "wrk_http" in ratios:
        r = ratios["wrk_http"]
        print(f"ratio ours/uvicorn  {'HTTP invoke (wrk)':<20} calls/s {benchlib.fmt_ratio(r['calls_per_s'])}   "
              f"p50 {benchlib.fmt_ratio(r['p50'])}   p99 {benchlib.fmt_ratio(r['p99'])} (latency: lower is better)")
    problems = []
    for name, w in wrk_res.items():
        if w and sum(w["errors"].values()):
            problems.append(f"wrk {name} invoke: errors {w['errors']}")
    for key, r in results.items():
        if r is None or key == "wrk":
            continue
        if r["failures"]:
            problems.append(f"{r['target']}: {r['failures']} failed calls; samples: {r['samples']}")
        if max(r["client_cpu_share"]) > 0.9:
            problems.append(f"{r['target']}: a client process was at {max(r['client_cpu_share']):.0%} CPU: the client is likely the bottleneck")
        if r.get("warning"):
            problems.append(f"{r['target']}: {r['warning']}")
    if note:
        problems.append(note)
    if problems:
        print("\nNOTES/PROBLEMS:")
        for p in problems:
            print("  " + p)
    benchlib.write_json("tools", {"bench": "tools", "results": results, "ratios": ratios, "mcp_available": ok,
                                  "mcp_probe": why, "problems": problems}, args.out)


if __name__ == "__main__":
    main()
