"""WebSocket: N connections each doing M strictly sequential ping-pong round trips through the
plugin channel ``ping`` (``{"channel":"ping","event":"x","data":X}`` -> ``{"channel":"ping",
"event":"pong","data":X}``), against our host and the uvicorn baseline.

    python bench/ws.py --ours ws://127.0.0.1:P/ws?telemetry=0 --uvicorn ws://127.0.0.1:Q/ws

Every pong is checked against the data it answers; missing/mismatched replies and error frames are
counted and reported. ``--procs 2`` splits the connections over two client processes; each client
reports its CPU use, so a saturated client (the bottleneck, not the server) is visible.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import time
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

import websockets  # noqa: E402


async def one_conn(url: str, cid: int, warmup: int, rounds: int, start_at: float, timeout: float, out: dict[str, Any]) -> None:
    rtts: list[float] = out["rtts"]
    try:
        # close_timeout: a server that never answers our close frame costs 2 s, not 10 (and is reported).
        async with websockets.connect(url, max_size=None, compression=None, open_timeout=30, close_timeout=2, ping_interval=None) as ws:
            async def round_trip(i: int) -> float | None:
                payload = {"c": cid, "i": i}
                t0 = time.perf_counter()
                await ws.send(json.dumps({"channel": "ping", "event": "x", "data": payload}))
                while True:
                    try:
                        raw = await asyncio.wait_for(ws.recv(), timeout)
                    except asyncio.TimeoutError:
                        out["dropped"] += 1
                        return None
                    frame = json.loads(raw)
                    ch, ev = frame.get("channel"), frame.get("event")
                    if ch == "ping" and ev == "pong":
                        if frame.get("data") != payload:
                            out["mismatched"] += 1
                            continue
                        return time.perf_counter() - t0
                    if ch == "system" and ev == "hello":
                        continue
                    out["other_frames"] += 1
                    if len(out["samples"]) < 5:
                        out["samples"].append(frame)

            for i in range(warmup):
                if await round_trip(-1 - i) is None:
                    return
            out["ready"] += 1
            delay = start_at - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            for i in range(rounds):
                rtt = await round_trip(i)
                if rtt is None:
                    out["aborted_conns"] += 1
                    return
                rtts.append(rtt)
            out["last_reply"] = max(out["last_reply"], time.time())
            t_close = time.perf_counter()
            await ws.close()
            out["close_s"].append(time.perf_counter() - t_close)
            if ws.close_code != 1000:
                out["unclean_close"] += 1
                out["close_codes"][str(ws.close_code)] = out["close_codes"].get(str(ws.close_code), 0) + 1
    except Exception as exc:  # connection refused / closed mid-run: report, never hide
        out["conn_errors"] += 1
        if len(out["samples"]) < 5:
            out["samples"].append(f"{type(exc).__name__}: {exc}")


async def worker(url: str, first: int, n: int, warmup: int, rounds: int, start_at: float, timeout: float) -> dict[str, Any]:
    out: dict[str, Any] = {"rtts": [], "dropped": 0, "mismatched": 0, "other_frames": 0, "conn_errors": 0,
                           "aborted_conns": 0, "ready": 0, "samples": [], "last_reply": 0.0, "close_s": [],
                           "unclean_close": 0, "close_codes": {}}
    tasks = [asyncio.create_task(one_conn(url, first + k, warmup, rounds, start_at, timeout, out)) for k in range(n)]
    # Measure this process's CPU only over the timed phase.
    delay = start_at - time.time()
    if delay > 0:
        await asyncio.sleep(delay)
    cpu0, wall0 = time.process_time(), time.time()
    await asyncio.gather(*tasks)
    # The timed window ends with the last reply (closing handshakes are timed separately).
    out["end"] = out["last_reply"] or time.time()
    out["cpu_share"] = (time.process_time() - cpu0) / max(1e-9, time.time() - wall0)
    out["late_start"] = max(0.0, wall0 - start_at)
    return out


def run_server(name: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    # All clients connect and warm up first, then start together at start_at (wall clock).
    start_at = time.time() + args.settle
    per = [args.conns // args.procs + (1 if k < args.conns % args.procs else 0) for k in range(args.procs)]
    parts: list[dict[str, Any]] = []
    if args.procs == 1:
        parts.append(benchlib.run(worker(url, 0, per[0], args.warmup, args.rounds, start_at, args.timeout)))
    else:
        procs, first = [], 0
        for n in per:
            cmd = [sys.executable, os.path.abspath(__file__), "--worker", url, str(first), str(n), str(args.warmup),
                   str(args.rounds), repr(start_at), str(args.timeout)]
            procs.append(subprocess.Popen(cmd, stdout=subprocess.PIPE))
            first += n
        for p in procs:
            stdout, _ = p.communicate()
            parts.append(json.loads(stdout))
    rtts = [r for p in parts for r in p["rtts"]]
    end = max(p["end"] for p in parts)
    elapsed = end - start_at
    res = {
        "server": name, "url": url, "conns": args.conns, "rounds": args.rounds, "client_procs": args.procs,
        "round_trips": len(rtts), "expected": args.conns * args.rounds, "elapsed_s": elapsed,
        "round_trips_per_s": len(rtts) / elapsed if elapsed > 0 else None,
        "p50_s": benchlib.pct(rtts, 50), "p99_s": benchlib.pct(rtts, 99), "max_s": max(rtts) if rtts else None,
        "client_cpu_share": [round(p["cpu_share"], 3) for p in parts],
    }
    for k in ("dropped", "mismatched", "other_frames", "conn_errors", "aborted_conns", "unclean_close"):
        res[k] = sum(p[k] for p in parts)
    closes = [c for p in parts for c in p["close_s"]]
    res["close_max_s"] = max(closes) if closes else None
    res["close_codes"] = {}
    for p in parts:
        for code, cnt in p["close_codes"].items():
            res["close_codes"][code] = res["close_codes"].get(code, 0) + cnt
    res["samples"] = [s for p in parts for s in p["samples"]][:5]
    if any(p["late_start"] > 0.5 for p in parts):
        res["warning"] = "a client was not ready at the start time (raise --settle)"
    return res


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        url, first, n, warmup, rounds, start_at, timeout = sys.argv[2:9]
        out = benchlib.run(worker(url, int(first), int(n), int(warmup), int(rounds), float(start_at), float(timeout)))
        json.dump(out, sys.stdout)
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ours", required=True, help="our /ws URL (use ?telemetry=0)")
    ap.add_argument("--uvicorn", required=True, help="the baseline's /ws URL")
    ap.add_argument("--conns", type=int, default=int(os.environ.get("WS_CONNS", 50)))
    ap.add_argument("--rounds", type=int, default=int(os.environ.get("WS_ROUNDS", 400)))
    ap.add_argument("--warmup", type=int, default=20, help="untimed round trips per connection first")
    ap.add_argument("--procs", type=int, default=int(os.environ.get("WS_PROCS", 2)), help="client processes (one saturates near 10k round trips/s)")
    ap.add_argument("--settle", type=float, default=3.0, help="seconds to connect and warm up before the timed start")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds to wait for one pong")
    ap.add_argument("--out")
    args = ap.parse_args()

    results = {}
    for name, url in (("ours", args.ours), ("uvicorn", args.uvicorn)):
        print(f"ws: {name}: {args.conns} conns x {args.rounds} round trips, {args.procs} client process(es) ...", flush=True)
        results[name] = run_server(name, url, args)

    o, u = results["ours"], results["uvicorn"]
    print()
    print(f"{'ws ping channel':<16} {'round trips/s':>14} {'p50 ms':>8} {'p99 ms':>8} {'ok/expected':>14} {'client cpu':>12}")
    for r in (o, u):
        print(f"{r['server']:<16} {r['round_trips_per_s'] or 0:>14.0f} {benchlib.ms(r['p50_s']):>8} {benchlib.ms(r['p99_s']):>8} "
              f"{str(r['round_trips']) + '/' + str(r['expected']):>14} {','.join(f'{c:.0%}' for c in r['client_cpu_share']):>12}")
    rt = benchlib.ratio(o["round_trips_per_s"], u["round_trips_per_s"])
    p50 = benchlib.ratio(o["p50_s"], u["p50_s"])
    p99 = benchlib.ratio(o["p99_s"], u["p99_s"])
    print(f"\nratio ours/uvicorn  round trips/s {benchlib.fmt_ratio(rt)}   p50 {benchlib.fmt_ratio(p50)}   p99 {benchlib.fmt_ratio(p99)} (latency: lower is better)")
    print("(each round trip = one frame in + one frame out; messages/s = 2 x round trips/s)")
    problems = []
    for r in (o, u):
        bad = {k: r[k] for k in ("dropped", "mismatched", "other_frames", "conn_errors", "aborted_conns") if r[k]}
        if bad or r["round_trips"] != r["expected"]:
            problems.append(f"{r['server']}: {r['round_trips']}/{r['expected']} round trips; {bad}; samples: {r['samples']}")
        if r["unclean_close"]:
            problems.append(f"{r['server']}: {r['unclean_close']}/{r['conns']} sockets did not close cleanly when the client closed "
                            f"(close codes {r['close_codes']}; slowest close {r['close_max_s']:.2f}s, client close_timeout 2s): "
                            "the server did not answer the close frame")
        if max(r["client_cpu_share"]) > 0.9:
            problems.append(f"{r['server']}: a client process was at {max(r['client_cpu_share']):.0%} CPU: the client may be the bottleneck (try --procs 2)")
        if r.get("warning"):
            problems.append(f"{r['server']}: {r['warning']}")
    if problems:
        print("\nNOTES/PROBLEMS:")
        for p in problems:
            print("  " + p)
    benchlib.write_json("ws", {"bench": "ws", "ours": o, "uvicorn": u, "ratio_round_trips_per_s": rt,
                               "ratio_p50": p50, "ratio_p99": p99, "problems": problems}, args.out)


if __name__ == "__main__":
    main()
