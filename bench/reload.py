"""Live plugin reload (issue 12), measured. Run through ``bench/reload.sh`` (``--help``).

Part 0, idle: ``POST /api/plugins/ping/reload`` on the example ping plugin, N times, nothing else
running: the server's own ``ms`` and the client's wall time, p50/p99.

Part 1, reload under load: our host serves a bench plugin ``rbench`` whose two versions A/B
answer differently (route body + ``x-version`` header; channel frame). While wrk hammers the
route, 50 WebSocket clients (a child process) ping the channel and a sampler (another child)
checks that every answer is wholly one version, the plugin is rewritten and reloaded 100 times.
After every 10th reload a broken version (failing at import, setup or startup in turn) is
reloaded too: 409, and the old version must keep serving under the same load.
Reported: wrk's non-2xx and socket errors, frames sent/answered/dropped, mixed answers, reload
time (server ``ms``, client wall) and time to the first request served by the new version
(polled from the start of the POST) p50/p99, RSS after reload 1 vs after the last, server CPU.

Part 2, dev mode: edit the plugin file and time until the route answers the new version, our
``serve --reload`` vs ``uvicorn --reload`` (``bench/uvicorn_app.py``, same plugin file). Held
``/ws`` sockets must survive our reloads; uvicorn's restarts are reported (failed requests,
closed sockets).

Exit status 1 on any non-2xx, socket error, dropped frame, mixed answer, failed reload or a
lost socket of ours. Writes ``bench/out/reload.json``.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

import httpx  # noqa: E402
import websockets  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
PID = "rbench"
ROUTE = f"/api/plugins/{PID}/answer"
CLK = os.sysconf("SC_CLK_TCK")

# The bench plugin. `pad` changes the file's size between dev-mode edits, so a stale
# __pycache__ entry (same mtime second, same size) can never be what a server answers with.
PLUGIN = '''"""Reload benchmark plugin (written by bench/reload.py), version {version}.{pad}"""
from typing import Any

from fastapi import APIRouter, Response

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

VERSION = {version!r}
ANSWER = "answer-" + VERSION
router = APIRouter()
{module_extra}


@router.get("/answer")
async def answer(response: Response) -> dict[str, str]:
    response.headers["x-version"] = VERSION
    return {{"answer": ANSWER, "version": VERSION}}


async def channel(conn: Any, message: dict[str, Any]) -> None:
    data = {{"version": VERSION, "answer": ANSWER, "seq": message.get("data")}}
    await conn.send_json({{"channel": {pid!r}, "event": "version", "data": data}})


class Plugin(BackendPlugin):
    manifest = PluginManifest(id={pid!r}, name="reload bench", version=VERSION)

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_ws_channel({pid!r}, channel)
        {setup_extra}


PLUGIN = Plugin()
'''


# Broken versions, one per stage a reload can fail at: the old version must keep serving.
BROKEN = {
    "import": ('raise RuntimeError("bench: broken at import")', ""),
    "setup": ("", 'raise ValueError("bench: broken in setup")'),
    "startup": ("", 'host.on_startup(lambda: 1 / 0)'),
}


def write_plugin(d: Path, version: str, pad: int = 0, broken: str | None = None) -> None:
    # Written in place (one write), as an editor without atomic saves does.
    module_extra, setup_extra = BROKEN[broken] if broken else ("", "")
    text = PLUGIN.format(version=version, pid=PID, pad=" " * pad, module_extra=module_extra, setup_extra=setup_extra)
    (d / f"{PID}.py").write_text(text)


def answer_ok(r: httpx.Response) -> str | None:
    """The version of a whole, consistent answer, or None (non-200, body/header disagree)."""
    if r.status_code != 200:
        return None
    try:
        body = r.json()
    except ValueError:
        return None
    v = body.get("version")
    if body.get("answer") != f"answer-{v}" or r.headers.get("x-version") != v:
        return None
    return str(v)


# ---------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_s(pid: int, children_too: bool = False) -> float:
    """utime+stime of pid (plus its reaped children's), from /proc/<pid>/stat, in seconds."""
    try:
        f = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    t = int(f[11]) + int(f[12]) + ((int(f[13]) + int(f[14])) if children_too else 0)
    return t / CLK


def tree_cpu_s(pid: int) -> float:
    """CPU of a supervisor (uvicorn --reload), its reaped workers and its live children."""
    total = cpu_s(pid, children_too=True)
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            f = (p / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(f[1]) == pid:
            total += cpu_s(int(p.name), children_too=True)
    return total


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Server:
    """A server process we started (its own session, so a reloader's workers go with it)."""

    def __init__(self, name: str, cmd: list[str], env: dict[str, str], tmp: Path) -> None:
        self.name, self.cmd, self.log = name, cmd, tmp / f"{name}.log"
        self.port = int(cmd[cmd.index("--port") + 1])
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(cmd, env={**os.environ, **env}, cwd=ROOT, stdout=self.log.open("wb"),
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"bench: {name} exited during startup; its log:\n{self.log.read_text()}")
            try:
                if httpx.get(self.base + ROUTE, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise SystemExit(f"bench: {name} did not serve {ROUTE} within 60 s; its log:\n{self.log.read_text()}")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                print(f"bench: {self.name} (pid {self.pid}) ignored SIGTERM for 10 s: killing its group", file=sys.stderr)
                os.killpg(self.pid, signal.SIGKILL)
                self.proc.wait()
        # a reloader's worker left behind (it was ours: same session)
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def start_ours(args: argparse.Namespace, tmp: Path, dirs: list[Path], reload: bool) -> Server:
    cmd = [args.horrible, "serve", "--port", str(free_port()), "--no-entry-points"]
    for d in dirs:
        cmd += ["--plugins-dir", str(d)]
    if reload:
        cmd.append("--reload")
    data = tmp / f"data-{time.monotonic_ns()}"
    data.mkdir()
    env = {"HORRIBLE_DATA_DIR": str(data), "HORRIBLE_LOG": "info" if reload else "warn"}
    return Server("horrible" + (" --reload" if reload else ""), cmd, env, tmp)


def start_uvicorn_reload(tmp: Path, plugin_dir: Path) -> Server:
    cmd = [sys.executable, "-m", "uvicorn", "uvicorn_app:app", "--app-dir", str(BENCH_DIR), "--port", str(free_port()),
           "--host", "127.0.0.1", "--loop", "uvloop", "--http", "httptools", "--ws", "websockets",
           "--log-level", "info", "--no-access-log", "--reload", "--reload-dir", str(plugin_dir)]
    return Server("uvicorn --reload", cmd, {"BENCH_PLUGINS_DIR": str(plugin_dir)}, tmp)


# ---------------------------------------------------------------- client workers (child processes)


async def ws_worker(cfg: dict[str, Any]) -> dict[str, Any]:
    """cfg: url, conns, timeout. Ping-pongs the plugin channel until a line arrives on stdin."""
    st: dict[str, Any] = {"conns": cfg["conns"], "connected": 0, "sent": 0, "answered": 0, "dropped": 0, "mixed": 0, "conn_errors": 0,
                          "versions": Counter(), "system_frames": 0, "unclean_close": 0, "samples": []}
    stop = asyncio.Event()
    all_up = asyncio.Event()

    def sample(x: Any) -> None:
        if len(st["samples"]) < 5:
            st["samples"].append(x)

    async def client(cid: int) -> None:
        try:
            async with websockets.connect(cfg["url"], max_size=None, compression=None, open_timeout=30,
                                          close_timeout=5, ping_interval=None) as ws:
                st["connected"] += 1
                if st["connected"] == cfg["conns"]:
                    all_up.set()
                seq = 0
                while not stop.is_set():
                    seq += 1
                    key = {"c": cid, "i": seq}
                    await ws.send(json.dumps({"channel": PID, "event": "which", "data": key}))
                    st["sent"] += 1
                    deadline = time.monotonic() + cfg["timeout"]
                    while True:
                        try:
                            raw = await asyncio.wait_for(ws.recv(), max(0.01, deadline - time.monotonic()))
                        except asyncio.TimeoutError:
                            st["dropped"] += 1
                            sample(f"conn {cid}: no answer to frame {seq} within {cfg['timeout']} s")
                            return
                        f = json.loads(raw)
                        if f.get("channel") == "system":
                            st["system_frames"] += 1  # hello, and one `plugins` frame per reload
                            continue
                        d = f.get("data")
                        if f.get("channel") == PID and isinstance(d, dict) and d.get("seq") == key:
                            v = d.get("version")
                            if d.get("answer") != f"answer-{v}":
                                st["mixed"] += 1
                                sample(f)
                            st["versions"][str(v)] += 1
                            st["answered"] += 1
                            break
                        st["mixed"] += 1
                        sample(f)
                await ws.close()
                if ws.close_code != 1000:
                    st["unclean_close"] += 1
        except Exception as exc:  # refused / closed mid-run: counted, never hidden
            st["conn_errors"] += 1
            sample(f"conn {cid}: {type(exc).__name__}: {exc}")
            if st["connected"] + st["conn_errors"] >= cfg["conns"]:
                all_up.set()

    tasks = [asyncio.create_task(client(i)) for i in range(cfg["conns"])]
    await asyncio.wait_for(all_up.wait(), 60)
    print("READY", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    stop.set()
    await asyncio.gather(*tasks)
    return st


async def sample_worker(cfg: dict[str, Any]) -> dict[str, Any]:
    """cfg: base, conns. GETs the route back to back and checks each answer is wholly one version."""
    st: dict[str, Any] = {"requests": 0, "mixed_or_non_200": 0, "errors": 0, "versions": Counter(), "samples": []}
    stop = asyncio.Event()

    async def loop(c: httpx.AsyncClient) -> None:
        while not stop.is_set():
            try:
                r = await c.get(ROUTE)
            except httpx.HTTPError as exc:
                st["errors"] += 1
                if len(st["samples"]) < 5:
                    st["samples"].append(f"{type(exc).__name__}: {exc}")
                continue
            st["requests"] += 1
            v = answer_ok(r)
            if v is None:
                st["mixed_or_non_200"] += 1
                if len(st["samples"]) < 5:
                    st["samples"].append(f"{r.status_code} {dict(r.headers)} {r.text[:200]}")
            else:
                st["versions"][v] += 1

    async with httpx.AsyncClient(base_url=cfg["base"], timeout=30) as c:
        tasks = [asyncio.create_task(loop(c)) for _ in range(cfg["conns"])]
        print("READY", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        stop.set()
        await asyncio.gather(*tasks)
    return st


class Worker:
    """`reload.py --worker KIND '<json>'` in a child process: READY on stdout, stop on a stdin line."""

    def __init__(self, kind: str, cfg: dict[str, Any]) -> None:
        self.proc = subprocess.Popen([sys.executable, __file__, "--worker", kind, json.dumps(cfg)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != "READY":
            raise SystemExit(f"bench: the {kind} client worker did not start: {line!r}")

    def stop(self) -> dict[str, Any]:
        out, _ = self.proc.communicate("stop\n", timeout=120)
        if self.proc.returncode != 0:
            raise SystemExit(f"bench: a client worker failed (exit {self.proc.returncode})")
        return dict(json.loads(out))


def worker_main(kind: str, cfg_json: str) -> None:
    cfg = json.loads(cfg_json)
    st = benchlib.run((ws_worker if kind == "ws" else sample_worker)(cfg))
    t = os.times()
    st["client_cpu_s"] = t.user + t.system
    print(json.dumps(st))


# ---------------------------------------------------------------- part 0 + 1: our host, reload under load


def stats(values: list[float]) -> dict[str, float | None]:
    return {"p50": benchlib.pct(values, 50), "p99": benchlib.pct(values, 99), "max": max(values) if values else None}


async def reload_once(base: str, plugin: str, expect: str | None) -> dict[str, Any]:
    """POSTs a reload; meanwhile (when expect is given) polls the route from the POST's start until
    it answers version `expect`. Times in ms."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as post_c, httpx.AsyncClient(base_url=base, timeout=60) as poll_c:
        if expect is not None:
            await poll_c.get(ROUTE)  # connection up before the clock starts
        t0 = time.perf_counter()

        async def do_post() -> tuple[httpx.Response, float]:
            r = await post_c.post(f"/api/plugins/{plugin}/reload")
            return r, (time.perf_counter() - t0) * 1000

        async def poll() -> float | None:
            while time.perf_counter() - t0 < 30:
                if answer_ok(await poll_c.get(ROUTE)) == expect:
                    return (time.perf_counter() - t0) * 1000
            return None

        if expect is None:
            r, wall = await do_post()
            first = None
        else:
            (r, wall), first = await asyncio.gather(do_post(), poll())
    body = r.json() if r.headers.get("content-type", "").startswith("application/json") else {}
    return {"status": r.status_code, "server_ms": body.get("ms"), "wall_ms": wall, "first_new_ms": first,
            "version": body.get("version"), "error": None if r.status_code == 200 else r.text[:500]}


def failing_reload(srv: Server, d: Path, serving: str, stage: str) -> dict[str, Any]:
    """Writes a version that fails at `stage`, reloads it (409 expected), checks `serving` still
    answers, and puts the good version back on disk (no reload: the old one never left)."""
    write_plugin(d, "BAD", broken=stage)
    t0 = time.perf_counter()
    r = httpx.post(f"{srv.base}/api/plugins/{PID}/reload", timeout=60)
    wall = (time.perf_counter() - t0) * 1000
    body = r.json() if r.status_code == 409 else {}
    still = answer_ok(httpx.get(srv.base + ROUTE, timeout=30))
    write_plugin(d, serving)
    ok = r.status_code == 409 and body.get("stage") == stage and still == serving
    return {"stage": stage, "status": r.status_code, "reported_stage": body.get("stage"), "error": body.get("error"),
            "still_serving": still, "wall_ms": wall, "ok": ok}


def run_wrk(args: argparse.Namespace, url: str) -> subprocess.Popen[str]:
    cmd = ["wrk", f"-t{args.wrk_threads}", f"-c{args.wrk_conns}", "-d3600s", "--latency", "-s",
           str(BENCH_DIR / "wrk.lua"), url]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "WRK_METHOD": "GET", "WRK_BODY": ""})


def stop_wrk(p: subprocess.Popen[str]) -> dict[str, Any]:
    p.send_signal(signal.SIGINT)  # wrk stops, prints its summary and runs done()
    out, _ = p.communicate(timeout=60)
    line = next((ln for ln in out.splitlines() if ln.startswith("WRKJSON ")), None)
    if line is None:
        raise SystemExit(f"bench: wrk printed no summary:\n{out}")
    d: dict[str, Any] = json.loads(line[len("WRKJSON "):])
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    d["non_2xx"] = int(m.group(1)) if m else 0
    d["socket_errors"] = sum(v for k, v in d["errors"].items() if k != "status")
    d["rps"] = d["requests"] / (d["duration_us"] / 1e6) if d["duration_us"] else 0.0
    return d


def part_load(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    d = tmp / "load-plugins"
    d.mkdir()
    write_plugin(d, "A")
    srv = start_ours(args, tmp, [ROOT / "examples" / "backend-plugins", d], reload=False)
    res: dict[str, Any] = {"server_cmd": " ".join(srv.cmd)}
    try:
        # part 0: the ping plugin, idle
        idle = [asyncio.run(reload_once(srv.base, "ping", None)) for _ in range(args.idle_reloads)]
        res["idle_ping"] = {"reloads": len(idle), "failed": sum(r["status"] != 200 for r in idle),
                            "server_ms": stats([r["server_ms"] for r in idle if r["server_ms"] is not None]),
                            "wall_ms": stats([r["wall_ms"] for r in idle])}
        # part 1: rbench under load
        ws = Worker("ws", {"url": f"ws://127.0.0.1:{srv.port}/ws?telemetry=0", "conns": args.ws_conns, "timeout": 10})
        sampler = Worker("sample", {"base": srv.base, "conns": 2})
        wrk = run_wrk(args, srv.base + ROUTE)
        time.sleep(1.0)
        cpu0, t0 = cpu_s(srv.pid), time.perf_counter()
        runs: list[dict[str, Any]] = []
        bad: list[dict[str, Any]] = []
        rss: dict[str, float] = {}
        try:
            for i in range(args.reloads):
                v = "B" if i % 2 == 0 else "A"
                write_plugin(d, v)
                r = asyncio.run(reload_once(srv.base, PID, v))
                runs.append(r)
                if r["status"] != 200:
                    print(f"reload {i + 1}: {r['status']} {r['error']}", file=sys.stderr)
                if args.bad_every and i % args.bad_every == args.bad_every - 1:
                    bad.append(failing_reload(srv, d, v, list(BROKEN)[len(bad) % len(BROKEN)]))
                if i in (0, 1, args.reloads - 1):
                    time.sleep(0.5)
                    rss[str(i + 1)] = rss_mib(srv.pid)
        finally:
            wall = time.perf_counter() - t0
            cpu = cpu_s(srv.pid) - cpu0
            w = stop_wrk(wrk)
            wsr = ws.stop()
            smp = sampler.stop()
        alive = srv.proc.poll() is None
        ok = [r for r in runs if r["status"] == 200]
        res.update({
            "reloads": len(runs), "reload_failures": len(runs) - len(ok),
            "reload_server_ms": stats([r["server_ms"] for r in ok if r["server_ms"] is not None]),
            "reload_wall_ms": stats([r["wall_ms"] for r in ok]),
            "first_new_ms": stats([r["first_new_ms"] for r in ok if r["first_new_ms"] is not None]),
            "first_new_missing": sum(r["first_new_ms"] is None for r in runs),
            "failing_reloads": len(bad), "failing_reloads_wrong": [b for b in bad if not b["ok"]],
            "failing_reload_ms": stats([b["wall_ms"] for b in bad]),
            "rss_mib": rss, "rss_growth_mib": (rss[str(args.reloads)] - rss["1"]) if len(rss) >= 2 else None,
            "server_cpu_s": cpu, "phase_wall_s": wall, "wrk": w, "ws": wsr, "sampler": smp, "server_alive": alive,
        })
        res["problems"] = load_problems(res)
    finally:
        srv.stop()
    return res


def load_problems(r: dict[str, Any]) -> list[str]:
    p = []
    w, ws, s = r["wrk"], r["ws"], r["sampler"]
    if r["reload_failures"]:
        p.append(f"{r['reload_failures']} reloads failed")
    if r["failing_reloads_wrong"]:
        p.append(f"broken versions not rolled back as expected: {r['failing_reloads_wrong'][:3]}")
    if r["first_new_missing"]:
        p.append(f"{r['first_new_missing']} reloads: the new version was not served within 30 s")
    if w["non_2xx"] or w["errors"]["status"]:
        p.append(f"wrk: {w['non_2xx']} non-2xx answers")
    if w["socket_errors"]:
        p.append(f"wrk: socket errors {w['errors']}")
    if ws["dropped"] or ws["sent"] != ws["answered"]:
        p.append(f"ws: {ws['sent']} frames sent, {ws['answered']} answered, {ws['dropped']} dropped")
    if ws["conn_errors"] or ws["connected"] != ws["conns"] or ws["unclean_close"]:
        p.append(f"ws: {ws['connected']}/{ws['conns']} connected, {ws['conn_errors']} socket errors, "
                 f"{ws['unclean_close']} unclean closes {ws['samples']}")
    if ws["mixed"] or s["mixed_or_non_200"] or s["errors"]:
        p.append(f"mixed/non-200 answers: ws {ws['mixed']}, sampler {s['mixed_or_non_200']} "
                 f"(+{s['errors']} errors) {ws['samples'] + s['samples']}")
    if not r["server_alive"]:
        p.append("our host died")
    return p


# ---------------------------------------------------------------- part 2: dev mode, ours vs uvicorn --reload


async def dev_edits(args: argparse.Namespace, srv: Server, d: Path, tag: str) -> dict[str, Any]:
    held: list[Any] = []
    for _ in range(args.held_sockets):
        held.append(await websockets.connect(f"ws://127.0.0.1:{srv.port}/ws?telemetry=0", ping_interval=None,
                                             close_timeout=2))
    lat: list[float] = []
    failed_requests: list[str] = []
    non_200 = 0
    requests = 0
    sockets_lost = 0
    cpu0 = tree_cpu_s(srv.pid)
    async with httpx.AsyncClient(base_url=srv.base, timeout=30) as c:
        for i in range(1, args.edits + 1):
            v = f"{tag}{i}"
            t0 = time.perf_counter()
            write_plugin(d, v, pad=i)
            seen = None
            while time.perf_counter() - t0 < 60:
                try:
                    r = await c.get(ROUTE)
                    requests += 1
                    if r.status_code != 200:
                        non_200 += 1
                    if answer_ok(r) == v:
                        seen = (time.perf_counter() - t0) * 1000
                        break
                except httpx.HTTPError as exc:  # uvicorn's worker went away under a kept-alive request
                    failed_requests.append(f"edit {i}: {type(exc).__name__}: {exc}")
                await asyncio.sleep(args.poll_s)
            if seen is None:
                raise SystemExit(f"bench: {srv.name} never served version {v} within 60 s; log:\n{srv.output()[-3000:]}")
            lat.append(seen)
            # every held socket still open answers with the new version
            for j, ws in enumerate(held):
                if ws is None:
                    continue
                try:
                    await ws.send(json.dumps({"channel": PID, "event": "which", "data": {"i": i}}))
                    while True:
                        f = json.loads(await asyncio.wait_for(ws.recv(), 10))
                        if f.get("channel") == PID:
                            assert f["data"]["version"] == v, f
                            break
                except Exception:
                    sockets_lost += 1
                    held[j] = None
            await asyncio.sleep(args.settle_s)
    cpu = tree_cpu_s(srv.pid) - cpu0
    survived = sum(ws is not None for ws in held)
    for ws in held:
        if ws is not None:
            await ws.close()
    return {"edits": args.edits, "latency_ms": lat, "median_ms": statistics.median(lat), "p99_ms": benchlib.pct(lat, 99),
            "requests": requests, "failed_requests": len(failed_requests), "failed_samples": failed_requests[:5],
            "non_200": non_200, "held_sockets": args.held_sockets, "sockets_survived": survived,
            "sockets_lost": sockets_lost, "server_cpu_s": cpu}


def part_dev(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    res: dict[str, Any] = {}
    for name in ("ours", "uvicorn"):
        d = tmp / f"dev-{name}"
        d.mkdir()
        write_plugin(d, "X0")
        srv = start_ours(args, tmp, [d], reload=True) if name == "ours" else start_uvicorn_reload(tmp, d)
        try:
            time.sleep(1.0)  # the watcher is up
            r = asyncio.run(dev_edits(args, srv, d, "E"))
            r["cmd"] = " ".join(srv.cmd)
            if name == "ours":
                r["log_lines"] = [ln for ln in srv.output().splitlines() if "reloaded" in ln][-3:]
                r["log_reload_ms"] = [float(m) for m in re.findall(r"reloaded \S+ \S+ in ([\d.]+) ms", srv.output())]
                # the edit -> answer time is mostly the watcher's debounce; this is the reload itself
                r["log_reload_median_ms"] = statistics.median(r["log_reload_ms"]) if r["log_reload_ms"] else None
            else:
                r["restarts_logged"] = srv.output().count("Started server process") - 1
            res[name] = r
        finally:
            srv.stop()
    res["ratio_uvicorn_over_ours"] = benchlib.ratio(res["uvicorn"]["median_ms"], res["ours"]["median_ms"])
    o = res["ours"]
    res["problems"] = []
    if o["sockets_survived"] != o["held_sockets"]:
        res["problems"].append(f"dev: {o['held_sockets'] - o['sockets_survived']} of our held /ws sockets were lost")
    if o["failed_requests"] or o["non_200"]:
        res["problems"].append(f"dev: ours failed {o['failed_requests']} requests, {o['non_200']} non-200 {o['failed_samples']}")
    return res


# ---------------------------------------------------------------- report


def f(v: float | None, unit: str = "ms") -> str:
    return "-" if v is None else f"{v:.1f} {unit}"


def print_run(r: dict[str, Any]) -> None:
    if "load" in r:
        L = r["load"]
        i = L["idle_ping"]
        print(f"\nidle: reload ping x{i['reloads']}: server ms p50 {f(i['server_ms']['p50'])} p99 {f(i['server_ms']['p99'])}; "
              f"wall p50 {f(i['wall_ms']['p50'])} p99 {f(i['wall_ms']['p99'])}; failed {i['failed']}")
        w, ws, s = L["wrk"], L["ws"], L["sampler"]
        print(f"load: {L['reloads']} reloads of {PID} (A/B) in {L['phase_wall_s']:.1f} s, {L['reload_failures']} failed")
        print(f"  failing reloads (broken at import/setup/startup, 409, old version kept): {L['failing_reloads']}, "
              f"wrong {len(L['failing_reloads_wrong'])}, wall p50 {f(L['failing_reload_ms']['p50'])}")
        print(f"  reload server ms p50 {f(L['reload_server_ms']['p50'])} p99 {f(L['reload_server_ms']['p99'])}; "
              f"client wall p50 {f(L['reload_wall_ms']['p50'])} p99 {f(L['reload_wall_ms']['p99'])}")
        print(f"  first request served by the new version (from POST start) p50 {f(L['first_new_ms']['p50'])} "
              f"p99 {f(L['first_new_ms']['p99'])}")
        print(f"  wrk: {w['requests']} requests ({w['rps']:.0f}/s), non-2xx {w['non_2xx']}, socket errors {w['socket_errors']}, "
              f"p99 {w['latency_us']['p99'] / 1000:.1f} ms, max {w['latency_us']['max'] / 1000:.1f} ms")
        print(f"  ws: {ws['connected']} sockets, frames sent {ws['sent']} answered {ws['answered']} dropped {ws['dropped']}, "
              f"mixed {ws['mixed']}, socket errors {ws['conn_errors']}, versions {dict(ws['versions'])}, "
              f"client CPU {ws['client_cpu_s']:.1f} s")
        print(f"  sampler: {s['requests']} answers checked, mixed/non-200 {s['mixed_or_non_200']}, errors {s['errors']}, "
              f"versions {dict(s['versions'])}")
        rss = L["rss_mib"]
        print(f"  RSS after reload {', '.join(f'{k}: {v:.1f} MiB' for k, v in rss.items())} "
              f"(growth 1 -> {L['reloads']}: {f(L['rss_growth_mib'], 'MiB')}); server CPU {L['server_cpu_s']:.1f} s")
    if "dev" in r:
        D = r["dev"]
        for name in ("ours", "uvicorn"):
            x = D[name]
            print(f"dev {name:8}: edit -> new answer median {f(x['median_ms'])} (p99 {f(x['p99_ms'])}); failed requests "
                  f"{x['failed_requests']}, non-200 {x['non_200']}; held /ws sockets survived {x['sockets_survived']}/"
                  f"{x['held_sockets']}; server CPU {x['server_cpu_s']:.2f} s")
        print(f"dev ours: the reload itself (server log) median {f(D['ours'].get('log_reload_median_ms'))}; the rest is "
              "the watcher's 250 ms debounce (src/app/dev_reload.rs) and the polling client")
        print(f"dev ratio uvicorn/ours (median edit -> new answer): {benchlib.fmt_ratio(D['ratio_uvicorn_over_ours'])}")
        if D["uvicorn"]["failed_samples"]:
            print(f"  uvicorn failures, e.g.: {D['uvicorn']['failed_samples'][:2]}")


def med(runs: list[dict[str, Any]], *path: str) -> float | None:
    vals = []
    for r in runs:
        x: Any = r
        for k in path:
            x = x.get(k) if isinstance(x, dict) else None
        if isinstance(x, (int, float)):
            vals.append(float(x))
    return statistics.median(vals) if vals else None


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    keys = {
        "idle ping reload server ms p50": ("load", "idle_ping", "server_ms", "p50"),
        "idle ping reload server ms p99": ("load", "idle_ping", "server_ms", "p99"),
        "idle ping reload wall ms p50": ("load", "idle_ping", "wall_ms", "p50"),
        "idle ping reload wall ms p99": ("load", "idle_ping", "wall_ms", "p99"),
        "loaded reload server ms p50": ("load", "reload_server_ms", "p50"),
        "loaded reload server ms p99": ("load", "reload_server_ms", "p99"),
        "loaded reload wall ms p50": ("load", "reload_wall_ms", "p50"),
        "loaded reload wall ms p99": ("load", "reload_wall_ms", "p99"),
        "first new-version answer ms p50": ("load", "first_new_ms", "p50"),
        "first new-version answer ms p99": ("load", "first_new_ms", "p99"),
        "wrk req/s during reloads": ("load", "wrk", "rps"),
        "ws frames answered": ("load", "ws", "answered"),
        "RSS growth MiB (reload 1 -> last)": ("load", "rss_growth_mib"),
        "server CPU s (load phase)": ("load", "server_cpu_s"),
        "load phase wall s": ("load", "phase_wall_s"),
        "dev ours edit->answer median ms": ("dev", "ours", "median_ms"),
        "dev ours reload itself ms (server log) median": ("dev", "ours", "log_reload_median_ms"),
        "dev uvicorn edit->answer median ms": ("dev", "uvicorn", "median_ms"),
        "dev ratio uvicorn/ours": ("dev", "ratio_uvicorn_over_ours"),
        "dev ours server CPU s": ("dev", "ours", "server_cpu_s"),
        "dev uvicorn server CPU s (all processes)": ("dev", "uvicorn", "server_cpu_s"),
        "dev uvicorn failed requests": ("dev", "uvicorn", "failed_requests"),
        "dev uvicorn held sockets survived": ("dev", "uvicorn", "sockets_survived"),
    }
    return {k: med(runs, *p) for k, p in keys.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--horrible", default=os.environ.get("HORRIBLE_BIN", str(ROOT / "target/release/horrible")))
    ap.add_argument("--runs", type=int, default=int(os.environ.get("RELOAD_RUNS", "1")), help="repeat; medians reported")
    ap.add_argument("--part", choices=["all", "load", "dev"], default="all")
    ap.add_argument("--reloads", type=int, default=100)
    ap.add_argument("--idle-reloads", type=int, default=20)
    ap.add_argument("--bad-every", type=int, default=10, help="after every Nth reload, a failing one (0: none)")
    ap.add_argument("--ws-conns", type=int, default=50)
    ap.add_argument("--wrk-threads", type=int, default=2)
    ap.add_argument("--wrk-conns", type=int, default=32)
    ap.add_argument("--edits", type=int, default=10)
    ap.add_argument("--held-sockets", type=int, default=5)
    ap.add_argument("--poll-s", type=float, default=0.005, help="dev mode: pause between polls of the route")
    ap.add_argument("--settle-s", type=float, default=1.1, help="dev mode: pause after each edit is served")
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    runs: list[dict[str, Any]] = []
    problems: list[str] = []
    for n in range(1, args.runs + 1):
        note = benchlib.loadavg_note()
        print(f"\n=== reload bench run {n}/{args.runs}" + (f" ({note})" if note else ""))
        r: dict[str, Any] = {"loadavg_before": os.getloadavg()[0]}
        with tempfile.TemporaryDirectory(prefix="horrible-reload.") as t:
            tmp = Path(t)
            if args.part in ("all", "load"):
                r["load"] = part_load(args, tmp)
                problems += [f"run {n}: {p}" for p in r["load"]["problems"]]
            if args.part in ("all", "dev"):
                r["dev"] = part_dev(args, tmp)
                problems += [f"run {n}: {p}" for p in r["dev"]["problems"]]
        print_run(r)
        runs.append(r)
    summary = summarize(runs)
    print(f"\nmedians over {len(runs)} run(s):")
    for k, v in summary.items():
        if v is not None:
            print(f"  {k:<44} {v:,.2f}")
    benchlib.write_json("reload", {"bench": "reload", "binary": args.horrible, "runs": runs, "medians": summary,
                                   "problems": problems}, args.out)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        worker_main(sys.argv[2], sys.argv[3])
    else:
        main()
