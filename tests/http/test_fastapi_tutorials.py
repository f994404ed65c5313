"""FastAPI's own tutorial apps (`docs_src/` of the pinned fastapi) as plugins, differentially.

Each tutorial app's routes go on a plugin by one generic adapter (tests/fastapi_tutorials/
adapter.py: the plugin router includes the app's router); the requests its own tests
(`tests/test_tutorial/`) send through TestClient are recorded (tests/fastapi_tutorials/
recorder.py) and replayed, in order, to one host serving every app and to one uvicorn + FastAPI
serving the same plugin files, each app under its plugin prefix. Status, body bytes, content
type and the headers in `tutorials.HEADERS` must be identical. Their websocket sessions
(`websocket_connect`) are recorded step by step too and replayed with the real `websockets` client
to both (tests/fastapi_tutorials/ws_sessions.py): the handshake's outcome (subprotocol, or a
refusal's status and body), every frame received, close codes and reasons must be identical.

Apps that cannot be plugins (app middleware, exception handlers, root_path, mounts, app-level
dependencies) are skipped, with their reason counted in the summary printed at the end; so are
requests and websocket sessions made while a test had set `app.dependency_overrides`.

The source comes from the pinned fastapi's sdist on the package index (support/fastapi_src.py,
fetched by scripts/setup.sh into .cache/); without it (offline, never fetched) this skips.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from support import fastapi_src
from support.host import REPO, Host, free_port, host_env, horrible_bin, plugin_dir_args, require_bin, wait_ready

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fastapi_tutorials"))
import tutorials  # noqa: E402
import ws_sessions  # noqa: E402

STARTUP_TIMEOUT = 240.0
# Both servers hash strings alike, so a `set` in a response is serialized in the same order.
ENV = {"PYTHONHASHSEED": "0"}
# Apps whose answers vary run to run by design: only status and headers are compared.
RANDOM_BODY = {
    "docs_src.query_params_str_validations.tutorial015": "the endpoint answers random.choice(...)",
}

# Known mismatches: (module, method, target) -> reason. Each must still mismatch (strict).
KNOWN: dict[tuple[str, str, str], str] = {}


@pytest.fixture(scope="module")
def source() -> Path:
    src = fastapi_src.ensure_source()
    if src is None:
        pytest.skip("FastAPI's source distribution is not available (scripts/setup.sh fetches it)")
    return src


@pytest.fixture(scope="module")
def recording(source: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return tutorials.record(source, tmp_path_factory.mktemp("record"))


Plan = tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]], tutorials.Report]


def _count(counts: dict[str, int], key: str, n: int = 1) -> None:
    if n:
        counts[key] = counts.get(key, 0) + n


def ws_plan(steps: list[dict[str, Any]], report: tutorials.Report) -> list[dict[str, Any]]:
    """The app's websocket steps without the sessions opened under dependency_overrides."""
    dropped = {s["conn"] for s in steps if s["op"] == "connect" and s["overrides"]}
    _count(report.skipped_requests, "websocket sessions: app.dependency_overrides set by the test", len(dropped))
    return [s for s in steps if s["conn"] not in dropped]


def plan(recording: dict[str, Any]) -> Plan:
    """The apps to serve with the requests and websocket steps to replay; the report's skip counts."""
    report = tutorials.Report()
    apps: dict[str, list[dict[str, Any]]] = {}
    ws: dict[str, list[dict[str, Any]]] = {}
    for module, entry in sorted(recording["apps"].items()):
        reason = entry["skip"]
        if reason is not None:
            report.skipped_apps.setdefault(reason, []).append(module)
            _count(report.skipped_requests, f"app skipped: {reason}", len(entry["requests"]))
            _count(report.skipped_requests, f"websocket sessions: app skipped: {reason}", entry["websockets"])
            continue
        steps = ws_plan(entry["ws"], report)
        if steps:
            ws[module] = steps
        keep = []
        for req in entry["requests"]:
            if req["overrides"]:
                why = "app.dependency_overrides set by the test"
            else:
                keep.append(req)
                continue
            _count(report.skipped_requests, why)
        if keep:
            apps[module] = keep
    for nodeid, error in recording["collect_errors"].items():
        report.skipped_apps.setdefault(f"test file not collected: {error.removeprefix('E   ')}", []).append(nodeid)
    report.apps = len(apps)
    report.requests = sum(len(r) for r in apps.values())
    report.ws_steps = sum(len(s) for s in ws.values())
    return apps, ws, report


class Reference:
    """uvicorn + FastAPI serving the generated plugins (tests/fastapi_tutorials/serve_reference.py)."""

    def __init__(self, plugins: Path, cwd: Path) -> None:
        self.port = free_port()
        self.log = cwd / "reference.log"
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, str(tutorials.HERE / "serve_reference.py"), str(plugins), str(self.port)],
                cwd=cwd, env={**os.environ, **ENV}, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            assert self.proc.poll() is None, f"reference exited:\n{self.log.read_text()[-4000:]}"
            try:
                httpx.get(f"{self.base_url}/", timeout=2)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "reference did not start"
                time.sleep(0.2)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start_host_in(plugins: Path, cwd: Path, hosts: set[str]) -> Host:
    """`horrible serve` with the generated plugins, its cwd a scratch directory."""
    b = require_bin()
    port = free_port()
    data = cwd / "data"
    data.mkdir(parents=True, exist_ok=True)
    log_path = cwd / f"host-{port}.log"
    allow = [a for h in sorted(hosts) for a in ("--allow-host", h)]
    with open(log_path, "wb") as log:
        # `--venv`: the cwd is a scratch dir, and $HORRIBLE_BIN may live anywhere (no `.venv` beside it).
        proc = subprocess.Popen([str(b), "--venv", str(REPO / ".venv"), "serve", "--port", str(port), "--no-entry-points",
                                 *plugin_dir_args([plugins]), *allow],
                                cwd=cwd, env=host_env(data, ENV), stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    host = Host(proc=proc, port=port, log_path=log_path, data_dir=data)
    try:
        wait_ready(host, "/api/health", STARTUP_TIMEOUT)
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    return host


def normalized(seen: dict[str, Any]) -> dict[str, Any]:
    """What may differ between two runs of the same code: a cookie's `expires` date (the clock)."""
    out = dict(seen)
    if out.get("set-cookie"):
        out["set-cookie"] = [re.sub(r"expires=[^;]*", "expires=<date>", c) for c in out["set-cookie"]]
    return out


@pytest.fixture(scope="module")
def report(recording: dict[str, Any], source: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
        tutorials.Report]:
    if horrible_bin() is None:
        pytest.skip("no horrible binary")
    apps, ws, rep = plan(recording)
    work = tmp_path_factory.mktemp("tutorials")
    plugins = work / "plugins"
    tutorials.write_plugins(sorted(set(apps) | set(ws)), source, plugins)
    hosts = {v for reqs in apps.values() for r in reqs for k, v in r["headers"] if k.lower() == "host"}
    (work / "host").mkdir()
    (work / "ref").mkdir()
    t0 = time.monotonic()
    host = start_host_in(plugins, work / "host", hosts)
    t1 = time.monotonic()
    ref = Reference(plugins, work / "ref")
    t2 = time.monotonic()
    try:
        outcomes = tutorials.replay(apps, host.base_url, ref.base_url)
        t3 = time.monotonic()
        rep.ws_outcomes = ws_sessions.replay(ws, f"ws://127.0.0.1:{host.port}", f"ws://127.0.0.1:{ref.port}",
                                             lambda m: tutorials.PREFIX + tutorials.plugin_id(m))
        rep.timings = {"host start": t1 - t0, "reference start": t2 - t1, "replay": t3 - t2,
                       "websocket replay": time.monotonic() - t3}
        for o in outcomes:
            o.host, o.reference = normalized(o.host), normalized(o.reference)
            if o.app in RANDOM_BODY:
                o.host.pop("body"), o.reference.pop("body")
        rep.outcomes = outcomes
        yield rep
    finally:
        host.stop()
        ref.stop()


def test_tutorial_apps_match_fastapi(report: tutorials.Report, capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + report.summary())
    unexpected = [o for o in report.mismatches if (o.app, o.method, o.target) not in KNOWN]
    assert not unexpected, f"{len(unexpected)} responses differ from FastAPI's (summary above)"
    still = {(o.app, o.method, o.target) for o in report.mismatches}
    fixed = [k for k in KNOWN if k not in still]
    assert not fixed, f"known mismatches no longer seen (remove them from KNOWN): {fixed}"


def test_tutorial_websocket_sessions_match_fastapi(report: tutorials.Report) -> None:
    # (the summary printed by the test above lists each differing session, step by step)
    differ = [(o.app, o.conn, o.target) for o in report.ws_mismatches]
    assert not differ, f"{len(differ)} websocket sessions differ from FastAPI's: {differ}"


def test_tutorial_websocket_sessions_are_replayed(report: tutorials.Report) -> None:
    # FastAPI 0.163.2's tutorial tests open 15 websocket sessions, on 5 apps (one test holds two at once).
    assert len(report.ws_outcomes) >= 15 and len({o.app for o in report.ws_outcomes}) >= 5, report.ws_summary()
    # each replayed session observed what the tutorial's own test saw (under uvicorn, as a plugin router)
    assert all(ws_sessions.faithful(o.reference, o.recorded) for o in report.ws_outcomes), report.ws_summary()


def test_enough_tutorials_are_served(report: tutorials.Report) -> None:
    # FastAPI 0.163.2's tutorial tests: about 300 apps and 1300 requests can be plugins.
    assert report.apps >= 250 and report.requests >= 1000, (report.apps, report.requests)


def test_adapter_keeps_the_tutorials_behaviour(report: tutorials.Report) -> None:
    # The plugin router (under uvicorn) answers as the tutorial's own app did under its test.
    faithful, known = report.adapter_fidelity
    assert faithful >= 0.97 * known, (faithful, known)
