"""The ``dash`` REPL over /ws: our host's ``repl`` channel vs the upstream design (bench/upstream_repl.py).

1. round trip: ``exec 1+1`` -> ``result {repr: "2"}``, p50/p99 over ``--runs`` cells;
2. output throughput: one cell printing ``--lines`` short lines; time from sending ``exec`` until
   ``result``, lines/s. Every line is counted: lines arriving after ``result`` (or never) are reported.

    python bench/repl.py --ours ws://127.0.0.1:P/ws?telemetry=0 --upstream ws://127.0.0.1:Q/ws
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

import websockets  # noqa: E402

SID = "bench"


class Client:
    def __init__(self, ws: Any, timeout: float) -> None:
        self.ws, self.timeout = ws, timeout
        self.other: list[Any] = []

    async def frame(self, timeout: float | None = None) -> dict[str, Any]:
        raw = await asyncio.wait_for(self.ws.recv(), timeout or self.timeout)
        return json.loads(raw)

    async def send(self, event: str, data: dict[str, Any]) -> None:
        await self.ws.send(json.dumps({"channel": "repl", "event": event, "data": data}))

    async def until(self, event: str, timeout: float | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Reads frames until a repl ``event`` for our session; returns it and the repl frames before it."""
        seen = []
        while True:
            f = await self.frame(timeout)
            if f.get("channel") == "system" and f.get("event") == "hello":
                continue
            if f.get("channel") != "repl":
                self.other.append(f)
                continue
            if f.get("event") == "error":
                raise RuntimeError(f"repl error frame: {f}")
            if f.get("event") == event and (f.get("data") or {}).get("id") == SID:
                return f, seen
            seen.append(f)


async def bench_server(name: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    res: dict[str, Any] = {"server": name, "url": url, "problems": []}
    async with websockets.connect(url, max_size=None, compression=None, open_timeout=30, close_timeout=2, ping_interval=None) as ws:
        c = Client(ws, args.timeout)
        await c.send("start", {"id": SID})
        await c.until("started")

        # 1. round trip of a trivial cell
        for _ in range(args.warmup):
            await c.send("exec", {"id": SID, "code": "1+1"})
            await c.until("result")
        lat, bad = [], 0
        for _ in range(args.runs):
            t0 = time.perf_counter()
            await c.send("exec", {"id": SID, "code": "1+1"})
            f, _ = await c.until("result")
            lat.append(time.perf_counter() - t0)
            d = f["data"]
            if not (d.get("ok") is True and d.get("repr") == "2"):
                bad += 1
                if bad <= 3:
                    res["problems"].append(f"unexpected result for 1+1: {d}")
        res.update(runs=args.runs, rtt_p50_s=benchlib.pct(lat, 50), rtt_p99_s=benchlib.pct(lat, 99),
                   rtt_mean_s=sum(lat) / len(lat), bad_results=bad)

        # 2. a cell printing many short lines
        code = f"for i in range({args.lines}):\n    print('line', i)\n"
        lines = frames = chars = 0
        t0 = time.perf_counter()
        await c.send("exec", {"id": SID, "code": code})
        result = None
        deadline = t0 + args.print_budget
        while result is None:
            left = deadline - time.perf_counter()
            try:
                if left <= 0:
                    raise asyncio.TimeoutError
                f = await c.frame(min(args.print_timeout, left))
            except asyncio.TimeoutError:
                if time.perf_counter() < deadline:
                    raise
                res["problems"].append(f"print cell: no `result` within the {args.print_budget:.0f}s budget "
                                       f"({lines}/{args.lines} lines by then); lines/s is over the partial output")
                break
            if f.get("channel") != "repl":
                continue
            ev, d = f.get("event"), f.get("data") or {}
            if ev == "stdout":
                frames += 1
                chars += len(d.get("data", ""))
                lines += d.get("data", "").count("\n")
            elif ev == "result":
                result = d
            elif ev in ("stderr", "error"):
                res["problems"].append(f"{ev} frame during the print cell: {str(d)[:200]}")
        elapsed = time.perf_counter() - t0
        lines_at_result = lines
        # Output that arrives after `result` means the result overtook its own output.
        while result is not None and lines < args.lines:
            try:
                f = await c.frame(args.straggler_wait)
            except asyncio.TimeoutError:
                break
            d = f.get("data") or {}
            if f.get("channel") == "repl" and f.get("event") == "stdout":
                frames += 1
                chars += len(d.get("data", ""))
                lines += d.get("data", "").count("\n")
        res.update(print_lines=args.lines, print_elapsed_s=elapsed, lines_per_s=lines_at_result / elapsed,
                   lines_at_result=lines_at_result, lines_total=lines, stdout_frames=frames, stdout_chars=chars,
                   print_result_ok=bool(result and result.get("ok")))
        if result is not None and not res["print_result_ok"]:
            res["problems"].append(f"print cell failed: {result}")
        if result is not None and lines_at_result != args.lines:
            res["problems"].append(f"{lines_at_result}/{args.lines} lines had arrived when `result` came"
                                   f" ({lines} after waiting {args.straggler_wait}s more)")
        if c.other:
            res["other_frames"] = len(c.other)
        if result is not None:
            await c.send("close", {"id": SID})
    return res


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    out = {}
    for name, url in (("ours", args.ours), ("upstream", args.upstream)):
        print(f"repl: {name}: {args.runs} x exec 1+1, then a cell printing {args.lines} lines ...", flush=True)
        try:
            out[name] = await bench_server(name, url, args)
        except Exception as exc:
            out[name] = {"server": name, "url": url, "failed": f"{type(exc).__name__}: {exc}", "problems": [f"FAILED: {type(exc).__name__}: {exc}"]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ours", required=True, help="our /ws URL (use ?telemetry=0)")
    ap.add_argument("--upstream", required=True, help="bench/upstream_repl.py's /ws URL")
    ap.add_argument("--runs", type=int, default=int(os.environ.get("REPL_RUNS", 500)))
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--lines", type=int, default=int(os.environ.get("REPL_LINES", 100_000)))
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for one frame")
    ap.add_argument("--print-timeout", type=float, default=60.0, help="seconds of silence tolerated in the print cell")
    ap.add_argument("--print-budget", type=float, default=float(os.environ.get("REPL_PRINT_BUDGET", 60)),
                    help="seconds the print cell may take before we give up on its result (the suite stays bounded)")
    ap.add_argument("--straggler-wait", type=float, default=3.0)
    ap.add_argument("--out")
    args = ap.parse_args()
    note = benchlib.loadavg_note()
    if note:
        print("repl: NOTE: " + note)
    res = benchlib.run(main_async(args))
    o, u = res["ours"], res["upstream"]

    def g(r: dict[str, Any], k: str) -> Any:
        return r.get(k)

    print()
    print(f"{'repl':<10} {'1+1 p50 ms':>11} {'1+1 p99 ms':>11} {'print ' + str(args.lines) + ' lines s':>20} {'lines/s':>10} {'lines@result':>13}")
    for r in (o, u):
        if r.get("failed"):
            print(f"{r['server']:<10} FAILED: {r['failed']}")
            continue
        print(f"{r['server']:<10} {benchlib.ms(g(r, 'rtt_p50_s')):>11} {benchlib.ms(g(r, 'rtt_p99_s')):>11} "
              f"{r['print_elapsed_s']:>20.2f} {r['lines_per_s']:>10.0f} {str(r['lines_at_result']) + '/' + str(args.lines):>13}")
    ratios = {}
    if not o.get("failed") and not u.get("failed"):
        ratios = {"rtt_p50": benchlib.ratio(o["rtt_p50_s"], u["rtt_p50_s"]), "rtt_p99": benchlib.ratio(o["rtt_p99_s"], u["rtt_p99_s"]),
                  "lines_per_s": benchlib.ratio(o["lines_per_s"], u["lines_per_s"])}
        print(f"\nratio ours/upstream  1+1 p50 {benchlib.fmt_ratio(ratios['rtt_p50'])}   p99 {benchlib.fmt_ratio(ratios['rtt_p99'])} "
              f"(lower is better)   print lines/s {benchlib.fmt_ratio(ratios['lines_per_s'])} (higher is better)")
    problems = [f"{r['server']}: {p}" for r in (o, u) for p in r.get("problems", [])]
    if note:
        problems.append(note)
    if problems:
        print("\nNOTES/PROBLEMS:")
        for p in problems:
            print("  " + p)
    benchlib.write_json("repl", {"bench": "repl", "ours": o, "upstream": u, "ratios": ratios, "problems": problems}, args.out)


if __name__ == "__main__":
    main()
