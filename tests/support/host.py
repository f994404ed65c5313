"""The ``horrible`` binary under test: find it, start/stop ``horrible serve``, run its CLI.

The binary is ``$HORRIBLE_BIN``, else ``target/release/horrible``, else ``target/debug/horrible``
(relative to the repo root). Every host runs with cwd = repo root and its own
``HORRIBLE_DATA_DIR``; ``HORRIBLE_PLUGINS_DIR`` is cleared unless a test sets it.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent.parent
TESTS = REPO / "tests"
PLUGINS = TESTS / "plugins"
EXAMPLES = REPO / "examples" / "backend-plugins"
WSFIX = PLUGINS / "wsfix"

STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 30.0


def horrible_bin() -> Path | None:
    env = os.environ.get("HORRIBLE_BIN")
    if env:
        p = Path(env)
        return p if p.is_absolute() else REPO / p
    for p in (REPO / "target/release/horrible", REPO / "target/debug/horrible"):
        if p.is_file():
            return p
    return None


def require_bin() -> Path:
    b = horrible_bin()
    if b is None or not b.is_file():
        pytest.skip(f"horrible binary not found ({b or 'target/{release,debug}/horrible'}); set HORRIBLE_BIN")
    return b


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def host_env(data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("HORRIBLE_PLUGINS_DIR", None)
    env["HORRIBLE_DATA_DIR"] = str(data_dir)
    env.setdefault("NO_COLOR", "1")
    if extra:
        env.update(extra)
    return env


def plugin_dir_args(dirs: list[Path | str]) -> list[str]:
    out: list[str] = []
    for d in dirs:
        out += ["--plugins-dir", str(d)]
    return out


def run_cli(args: list[str], data_dir: Path, env: dict[str, str] | None = None, timeout: float = 120,
            cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """Runs ``horrible <args>``; returns the completed process (text mode)."""
    b = require_bin()
    return subprocess.run([str(b), *args], cwd=cwd, env=host_env(data_dir, env), capture_output=True,
                          text=True, timeout=timeout)


def plugins_list_json(dirs: list[Path | str], data_dir: Path, env: dict[str, str] | None = None,
                      extra_args: list[str] | None = None) -> dict[str, Any]:
    """``horrible plugins list --plugins-dir ... --json`` parsed."""
    r = run_cli(["plugins", "list", *plugin_dir_args(dirs), *(extra_args or []), "--json"], data_dir, env)
    assert r.returncode == 0, f"plugins list failed ({r.returncode}):\nstdout:\n{r.stdout}\nstderr:\n{r.stderr}"
    try:
        parsed: dict[str, Any] = json.loads(r.stdout)
    except json.JSONDecodeError as e:
        raise AssertionError(f"plugins list --json did not print JSON ({e}):\n{r.stdout}\nstderr:\n{r.stderr}")
    return parsed


@dataclass
class Host:
    """A running ``horrible serve``."""

    proc: subprocess.Popen[bytes]
    port: int
    log_path: Path
    data_dir: Path
    returncode: int | None = None
    _client: httpx.Client | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(base_url=self.base_url, timeout=30.0)
        return self._client

    def output(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def stop(self, sig: int = signal.SIGTERM, timeout: float = STOP_TIMEOUT) -> int:
        """Sends ``sig`` and waits; returns the exit code (kills and fails after ``timeout``)."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self.returncode is not None:
            return self.returncode
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                self.returncode = self.proc.returncode
                raise AssertionError(f"host did not exit within {timeout}s of signal {sig}\n{self.output()[-4000:]}")
        self.returncode = self.proc.returncode
        return self.returncode


def start_host(dirs: list[Path | str], data_dir: Path, *, env: dict[str, str] | None = None,
               extra_args: list[str] | None = None, wait_path: str | None = "/api/health",
               timeout: float = STARTUP_TIMEOUT) -> Host:
    """Starts ``horrible serve --port P --plugins-dir ...`` and waits for ``wait_path`` to be 200."""
    b = require_bin()
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log_path = data_dir.parent / f"host-{port}.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen([str(b), "serve", "--port", str(port), *plugin_dir_args(dirs), *(extra_args or [])],
                            cwd=REPO, env=host_env(data_dir, env), stdout=log, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL)
    log.close()
    host = Host(proc=proc, port=port, log_path=log_path, data_dir=data_dir)
    if wait_path is not None:
        try:
            wait_ready(host, wait_path, timeout)
        except BaseException:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            raise
    return host


def wait_ready(host: Host, path: str, timeout: float = STARTUP_TIMEOUT) -> httpx.Response:
    deadline = time.monotonic() + timeout
    last: Exception | str = "no attempt"
    while time.monotonic() < deadline:
        if host.proc.poll() is not None:
            raise AssertionError(f"host exited with {host.proc.returncode} before {path} answered\n"
                                 f"{host.output()[-6000:]}")
        try:
            r = httpx.get(host.base_url + path, timeout=2.0)
            if r.status_code == 200:
                return r
            last = f"{r.status_code} {r.text[:200]}"
        except httpx.HTTPError as e:
            last = e
        time.sleep(0.1)
    raise AssertionError(f"{path} not 200 within {timeout}s (last: {last})\n{host.output()[-6000:]}")


def wait_for(fn: Callable[[], Any], timeout: float = 10.0, interval: float = 0.05) -> Any:
    """Polls ``fn`` until it returns something truthy; returns that (raises after ``timeout``)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = fn()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s (last: {last!r})")


def telemetry_recent(client: Any, limit: int = 500) -> list[dict[str, Any]]:
    """``GET /api/telemetry/recent`` (asserts 200) -> its events (a bare JSON list), oldest first."""
    r = client.get("/api/telemetry/recent", params={"limit": limit})
    assert r.status_code == 200, r.text
    events = r.json()
    assert isinstance(events, list), f"/api/telemetry/recent must be a JSON list, got {type(events).__name__}"
    return events
