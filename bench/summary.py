"""Prints one table from bench/out/{http,ws,tools,repl}.json (written by the individual benchmarks)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"


def load(name: str) -> dict[str, Any] | None:
    p = OUT / f"{name}.json"
    try:
        return json.loads(p.read_text())
    except (OSError, ValueError):
        return None


def n(v: float | None, unit: str = "") -> str:
    if v is None:
        return "-"
    if unit == "ms":
        return f"{v * 1000:.2f} ms"
    if unit == "us":
        return f"{v / 1000:.2f} ms"
    return f"{v:,.0f}"


def r(a: float | None, b: float | None) -> str:
    return "-" if a is None or b is None or b == 0 else f"x{a / b:.2f}"


def main() -> None:
    rows: list[tuple[str, str, str, str]] = []
    problems: list[str] = []
    h = load("http")
    if h:
        for label, d in h["routes"].items():
            o, u = d["ours"], d["uvicorn"]
            rows.append((f"HTTP {label} req/s", n(o["rps"]), n(u["rps"]), r(o["rps"], u["rps"])))
            rows.append((f"HTTP {label} p99", n(o["latency_us"]["p99"], "us"), n(u["latency_us"]["p99"], "us"),
                         r(o["latency_us"]["p99"], u["latency_us"]["p99"])))
        problems += [f"http: {p}" for p in h.get("problems", [])]
    w = load("ws")
    if w:
        o, u = w["ours"], w["uvicorn"]
        for x in (o, u):
            if x["round_trips"] != x["expected"]:
                problems.append(f"ws: {x['server']} answered {x['round_trips']}/{x['expected']} round trips: "
                                "its WS rows are NOT valid (the run waited out dropped replies)")
        rows.append(("WS ping channel round trips/s", n(o["round_trips_per_s"]), n(u["round_trips_per_s"]),
                     r(o["round_trips_per_s"], u["round_trips_per_s"])))
        rows.append(("WS ping channel p50", n(o["p50_s"], "ms"), n(u["p50_s"], "ms"), r(o["p50_s"], u["p50_s"])))
        rows.append(("WS ping channel p99", n(o["p99_s"], "ms"), n(u["p99_s"], "ms"), r(o["p99_s"], u["p99_s"])))
        problems += [f"ws: {p}" for p in w.get("problems", [])]
    wl = load("wsload")
    if wl:
        o, u = wl["ours"], wl["uvicorn"]
        rows.append(("WS ping round trips/s (Rust client)", n(o["round_trips_per_s"]), n(u["round_trips_per_s"]),
                     r(o["round_trips_per_s"], u["round_trips_per_s"])))
        rows.append(("WS ping p99 (Rust client)", n(o["p99_ms"] / 1000, "ms"), n(u["p99_ms"] / 1000, "ms"), r(o["p99_ms"], u["p99_ms"])))
    t = load("tools")
    if t:
        res = t["results"]
        u = res["uvicorn_http"]
        for key, label in (("ours_http", "tool ping.echo HTTP invoke"), ("ours_mcp", "tool ping.echo MCP (vs uvicorn POST)")):
            o = res.get(key)
            if o is None:
                rows.append((f"{label} calls/s", "MCP: not available", n(u["calls_per_s"]), "-"))
                continue
            rows.append((f"{label} calls/s", n(o["calls_per_s"]), n(u["calls_per_s"]), r(o["calls_per_s"], u["calls_per_s"])))
            rows.append((f"{label} p99", n(o["p99_s"], "ms"), n(u["p99_s"], "ms"), r(o["p99_s"], u["p99_s"])))
        wrk = res.get("wrk") or {}
        if wrk.get("ours") and wrk.get("uvicorn"):
            o, u = wrk["ours"], wrk["uvicorn"]
            rows.append(("tool ping.echo HTTP invoke under wrk calls/s", n(o["calls_per_s"]), n(u["calls_per_s"]), r(o["calls_per_s"], u["calls_per_s"])))
            rows.append(("tool ping.echo HTTP invoke under wrk p99", n(o["p99_s"], "ms"), n(u["p99_s"], "ms"), r(o["p99_s"], u["p99_s"])))
        problems += [f"tools: {p}" for p in t.get("problems", [])]
    rp = load("repl")
    if rp:
        o, u = rp["ours"], rp["upstream"]
        if not o.get("failed") and not u.get("failed"):
            rows.append(("REPL exec 1+1 p50 (vs upstream)", n(o["rtt_p50_s"], "ms"), n(u["rtt_p50_s"], "ms"), r(o["rtt_p50_s"], u["rtt_p50_s"])))
            rows.append(("REPL exec 1+1 p99 (vs upstream)", n(o["rtt_p99_s"], "ms"), n(u["rtt_p99_s"], "ms"), r(o["rtt_p99_s"], u["rtt_p99_s"])))
            rows.append((f"REPL print {o['print_lines']} lines, lines/s (vs upstream)", n(o["lines_per_s"]), n(u["lines_per_s"]),
                         r(o["lines_per_s"], u["lines_per_s"])))
        problems += [f"repl: {p}" for p in rp.get("problems", [])]
    if not rows:
        print("no results in bench/out/")
        sys.exit(1)
    w0 = max(len(x[0]) for x in rows)
    w1 = max(12, max(len(x[1]) for x in rows))
    w2 = max(12, max(len(x[2]) for x in rows))
    print(f"{'route / metric':<{w0}}  {'ours':>{w1}}  {'uvicorn':>{w2}}  {'ratio':>7}")
    print("-" * (w0 + w1 + w2 + 13))
    for a, b, c, d in rows:
        print(f"{a:<{w0}}  {b:>{w1}}  {c:>{w2}}  {d:>7}")
    print("ratio = ours/uvicorn: above 1 is better for throughput, below 1 is better for latency.")
    print("uvicorn: 1 worker, --loop uvloop --http httptools --ws websockets; our host runs Python on one loop thread.")
    if problems:
        print("\nNOTES/PROBLEMS:")
        for p in problems:
            print("  " + p)
    json.dump({"rows": [dict(zip(("metric", "ours", "uvicorn", "ratio"), x)) for x in rows], "problems": problems},
              open(OUT / "summary.json", "w"), indent=2)


if __name__ == "__main__":
    main()
