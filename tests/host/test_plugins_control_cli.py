"""`horrible plugins reload|enable|disable|rescan` and `plugins list --url` against a running host:
one human line (or `--json`, the endpoint's body), exit 0 done / 1 refused or failed (error and
traceback printed) / 2 no host; the token of a host bound off loopback read from its data dir.

The plugins are written into the test's own directory (module names `ctl_*`) and edited there."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.host import Host, free_port, run_cli, start_host, wait_for

BASE = '''\
from fastapi import APIRouter
from backend.sdk import BackendPlugin, PluginHost, PluginManifest

VERSION = "{version}"
router = APIRouter()


@router.get("")
def answer() -> dict[str, str]:
    return {{"version": VERSION}}
{extra_route}

class Base(BackendPlugin):
    manifest = PluginManifest(id="ctl-base", name="Control base", version=VERSION)

    def setup(self, host: PluginHost) -> None:
{setup_body}        host.add_router(router)


PLUGIN = Base()
'''

EXTRA_ROUTE = '''

@router.get("/extra")
def extra() -> dict[str, bool]:
    return {"extra": True}
'''

DEP = '''\
from fastapi import APIRouter
from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("")
def answer() -> dict[str, str]:
    return {"dep": "yes"}


class Dep(BackendPlugin):
    manifest = PluginManifest(id="ctl-dep", name="Control dependent", version="1.0.0", requires=["ctl-base"])

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Dep()
'''

NEW = '''\
from backend.sdk import BackendPlugin, PluginHost, PluginManifest


class New(BackendPlugin):
    manifest = PluginManifest(id="ctl-new", name="Added later", version="0.1.0")

    def setup(self, host: PluginHost) -> None:
        host.add_dash_facade("ctl_new", object)


PLUGIN = New()
'''


def write_base(plugins: Path, version: str, *, extra: bool = False, setup_raises: bool = False) -> Path:
    path = plugins / "ctl_base" / "__init__.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = '        raise ValueError("boom")\n' if setup_raises else ""
    path.write_text(BASE.format(version=version, extra_route=EXTRA_ROUTE if extra else "", setup_body=body))
    return path


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    d = tmp_path / "plugins"
    write_base(d, "1.0.0")
    (d / "ctl_dep.py").write_text(DEP)
    return d


@pytest.fixture
def host(host_factory: Any, plugins: Path) -> Host:
    h: Host = host_factory([plugins], extra_args=["--no-entry-points"])
    return h


def cli(host: Host, *args: str, data_dir: Path | None = None) -> tuple[int, str, str]:
    r = run_cli(["plugins", *args, "--url", host.base_url], data_dir or host.data_dir)
    return r.returncode, r.stdout, r.stderr


def answer(host: Host, path: str = "/api/plugins/ctl-base") -> Any:
    r = host.client.get(path)
    return r.status_code, (r.json() if r.headers.get("content-type") == "application/json" else r.text)


def test_reload_prints_version_time_changes_and_dependents(host: Host, plugins: Path) -> None:
    assert answer(host) == (200, {"version": "1.0.0"})
    write_base(plugins, "1.1.0", extra=True)
    code, out, err = cli(host, "reload", "ctl-base")
    assert code == 0, err
    assert re.fullmatch(
        r"ctl-base 1\.1\.0 reloaded in \d+\.\d ms \(\+1 route\); dependents reloaded after it: ctl-dep\n", out
    ), out
    assert answer(host) == (200, {"version": "1.1.0"})
    assert answer(host, "/api/plugins/ctl-base/extra") == (200, {"extra": True})
    assert answer(host, "/api/plugins/ctl-dep") == (200, {"dep": "yes"})


def test_reload_json_is_the_endpoints_body(host: Host, plugins: Path) -> None:
    write_base(plugins, "1.0.1")
    code, out, _ = cli(host, "reload", "ctl-base", "--json")
    assert code == 0
    body = json.loads(out)
    assert body["ok"] is True and body["plugin"] == "ctl-base" and body["version"] == "1.0.1"
    assert body["reloaded"] == ["ctl-base", "ctl-dep"] and isinstance(body["ms"], float | int)
    assert set(body["changes"]) == {"routes", "tools", "channels", "facades"}


def test_failed_reload_exits_1_with_error_and_traceback(host: Host, plugins: Path) -> None:
    path = write_base(plugins, "2.0.0", setup_raises=True)
    line = path.read_text().split("\n").index('        raise ValueError("boom")') + 1
    code, out, err = cli(host, "reload", "ctl-base")
    assert code == 1 and out == "", (out, err)
    first, *rest = err.rstrip("\n").split("\n")
    assert first == (
        f"ctl-base reload failed at setup: ValueError: boom ({path}:{line}); the old version keeps serving"
    ), first
    assert rest[0] == "Traceback (most recent call last):" and rest[-1] == "ValueError: boom", rest
    assert answer(host) == (200, {"version": "1.0.0"}), "the old version keeps serving"
    # ...and the listing of the running host says so.
    code, out, _ = cli(host, "list")
    assert code == 0
    assert f"\n    last reload failed at setup: ValueError: boom ({path}:{line}); the version above still serves\n" in out
    code, out, _ = cli(host, "list", "--json")
    (base,) = [p for p in json.loads(out)["plugins"] if p["id"] == "ctl-base"]
    assert base["last_error"]["stage"] == "setup" and base["version"] == "1.0.0"


def test_failed_import_names_file_and_line(host: Host, plugins: Path) -> None:
    path = write_base(plugins, "2.0.0")
    path.write_text(path.read_text() + "\nbroken = (\n")
    line = len(path.read_text().split("\n")) - 1
    code, out, err = cli(host, "reload", "ctl-base")
    assert code == 1 and out == "", (out, err)
    first, *rest = err.rstrip("\n").split("\n")
    assert first == (
        f"ctl-base reload failed at import: SyntaxError: '(' was never closed (__init__.py, line {line}) "
        f"({path}:{line}); the old version keeps serving"
    ), first
    assert rest[0] == "Traceback (most recent call last):" and rest[-1] == "SyntaxError: '(' was never closed", rest
    assert answer(host) == (200, {"version": "1.0.0"})


def test_failed_json_is_the_409_body(host: Host, plugins: Path) -> None:
    write_base(plugins, "2.0.0", setup_raises=True)
    code, out, _ = cli(host, "reload", "ctl-base", "--json")
    assert code == 1
    body = json.loads(out)
    assert body["ok"] is False and body["stage"] == "setup" and body["error"] == "ValueError: boom"


def test_disable_with_dependents_refuses_then_cascades_then_enable(host: Host) -> None:
    code, out, err = cli(host, "disable", "ctl-base")
    assert code == 1 and out == ""
    assert err == "ctl-base not disabled: ctl-dep depends on it (add --cascade to disable them too)\n", err
    assert answer(host)[0] == 200
    code, out, err = cli(host, "disable", "ctl-base", "--cascade")
    assert code == 0, err
    assert out == "disabled ctl-base, ctl-dep\n", out
    assert answer(host)[0] == 404 and answer(host, "/api/plugins/ctl-dep")[0] == 404
    code, out, _ = cli(host, "list")
    assert re.search(r"\ndisabled:\n    ctl-base  \S+\n    ctl-dep  \S+  \(with ctl-base\)\n", out), out
    code, out, err = cli(host, "enable", "ctl-base")
    assert code == 0, err
    assert out.startswith("enabled ctl-base"), out
    wait_for(lambda: answer(host) == (200, {"version": "1.0.0"}))


def test_unknown_plugin_exits_1(host: Host) -> None:
    code, out, err = cli(host, "reload", "nope")
    assert (code, out) == (1, "")
    assert err == 'horrible: reload nope: 404 no plugin "nope"\n', err


def test_rescan_adds_and_removes(host: Host, plugins: Path) -> None:
    code, out, _ = cli(host, "rescan")
    assert (code, out) == (0, "rescan: nothing added or removed\n")
    (plugins / "ctl_new.py").write_text(NEW)
    code, out, err = cli(host, "rescan")
    assert code == 0, err
    assert out == "rescan: added ctl-new; removed none\n", out
    (plugins / "ctl_new.py").unlink()
    code, out, err = cli(host, "rescan")
    assert (code, out) == (0, "rescan: added none; removed ctl-new\n"), err


def test_no_host_exits_2(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    r = run_cli(["plugins", "reload", "ping", "--url", url], tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.startswith(f"horrible: no host answers at {url}: "), r.stderr
    r = run_cli(["plugins", "list", "--url", url], tmp_path)
    assert r.returncode == 2


def test_bad_url_is_an_error(tmp_path: Path) -> None:
    r = run_cli(["plugins", "rescan", "--url", "https://127.0.0.1:1"], tmp_path)
    assert r.returncode == 1 and "only http://" in r.stderr, r.stderr


def test_locked_host_refuses(host_factory: Any, plugins: Path) -> None:
    h: Host = host_factory([plugins], extra_args=["--no-entry-points", "--locked"])
    for args in (["reload", "ctl-base"], ["disable", "ctl-dep"], ["enable", "ctl-dep"], ["rescan"]):
        code, out, err = cli(h, *args)
        assert (code, out) == (1, ""), args
        assert err.endswith(": 403 plugin control is locked: the host was started with --locked\n"), err
    code, out, _ = cli(h, "list")
    assert code == 0 and "host: plugin control locked (--locked)" in out


def test_token_of_a_host_off_loopback_is_sent(tmp_path: Path, plugins: Path) -> None:
    h = start_host([plugins], tmp_path / "open", extra_args=["--no-entry-points", "--host", "0.0.0.0"],
                   wait_path=None)
    try:
        wait_for(lambda: (h.data_dir / "token").is_file() and _health(h) == 401, timeout=30)
        code, out, err = cli(h, "reload", "ctl-base", data_dir=tmp_path / "elsewhere")
        assert code == 1 and "401" in err, (out, err)
        code, out, err = cli(h, "reload", "ctl-base")  # HORRIBLE_DATA_DIR is the host's: its token
        assert code == 0 and out.startswith("ctl-base 1.0.0 reloaded"), err
    finally:
        h.stop()


def _health(h: Host) -> int | None:
    try:
        return httpx.get(h.base_url + "/api/health", timeout=2).status_code
    except httpx.HTTPError:
        return None


def test_help_names_the_commands(tmp_path: Path) -> None:
    r = run_cli(["plugins", "--help"], tmp_path)
    for cmd in ("list", "reload", "enable", "disable", "rescan"):
        assert re.search(rf"^\s+{cmd}\s", r.stdout, re.M), r.stdout
    r = run_cli(["plugins", "disable", "--help"], tmp_path)
    assert "--cascade" in r.stdout and "--url" in r.stdout and "http://127.0.0.1:8000" in r.stdout
