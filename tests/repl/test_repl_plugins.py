"""`dash.plugins` in the REPL against a running host: `list()`, `reload(id)`, `enable(id)`,
`disable(id, cascade=False)`, `rescan()` return the endpoints' JSON as dicts; refusals raise
`PluginControlError` with `.status` and `.body`. The session and its namespace live on across
reloads, and plugin facades follow the swap.

The plugins are written into the test's own directory (module names `rp_*`) and edited there."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.host import Host, start_host
from support.wsclient import WsClient

BASE = '''\
from backend.sdk import BackendPlugin, PluginHost, PluginManifest

VERSION = "{version}"


class Facade:
    """The rp-base plugin from the REPL."""

    def version(self) -> str:
        """The version that answers."""
        return VERSION


class Base(BackendPlugin):
    manifest = PluginManifest(id="rp-base", name="REPL base", version=VERSION)

    def setup(self, host: PluginHost) -> None:
{setup_body}        host.add_dash_facade("rp_base", Facade)


PLUGIN = Base()
'''

DEP = '''\
from backend.sdk import BackendPlugin, PluginHost, PluginManifest


class Dep(BackendPlugin):
    manifest = PluginManifest(id="rp-dep", name="REPL dependent", version="1.0.0", requires=["rp-base"])

    def setup(self, host: PluginHost) -> None:
        host.add_dash_facade("rp_dep", object)


PLUGIN = Dep()
'''


def write_base(plugins: Path, version: str, *, setup_raises: bool = False) -> None:
    path = plugins / "rp_base" / "__init__.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    body = '        raise ValueError("boom")\n' if setup_raises else ""
    path.write_text(BASE.format(version=version, setup_body=body))


def make_plugins(root: Path) -> Path:
    d = root / "plugins"
    write_base(d, "1.0.0")
    (d / "rp_dep.py").write_text(DEP)
    return d


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    return make_plugins(tmp_path)


@pytest.fixture
def host(host_factory: Any, plugins: Path) -> Host:
    h: Host = host_factory([plugins], extra_args=["--no-entry-points"])
    return h


@pytest.fixture
def ws(host: Host) -> Iterator[WsClient]:
    with WsClient(host.ws_url) as c:
        f = c.repl_start("s")
        assert f["event"] == "started", f
        yield c


def value(ws: WsClient, expr: str) -> Any:
    """Evaluates `expr` in the session; its value through JSON."""
    out, err, res = ws.repl_exec("s", f"import json as _j\nprint(_j.dumps({expr}))")
    assert res.get("ok") is True, (res, err)
    return json.loads(out.strip().split("\n")[-1])


def raised(ws: WsClient, call: str) -> dict[str, Any]:
    """Runs `call`, which must raise PluginControlError; its status, body, message and type."""
    code = (
        f"try:\n    {call}\nexcept Exception as _e:\n"
        "    _r = {'type': type(_e).__name__, 'status': _e.status, 'body': _e.body, 'message': str(_e)}\n"
        "else:\n    _r = None"
    )
    out, err, res = ws.repl_exec("s", code)
    assert res.get("ok") is True, (res, err)
    result = value(ws, "_r")
    assert result is not None, f"{call} did not raise"
    assert result["type"] == "PluginControlError", result
    return result  # type: ignore[no-any-return]


def test_list_is_the_plugins_report(host: Host, ws: WsClient) -> None:
    listing = value(ws, "dash.plugins.list()")
    assert listing == host.client.get("/api/plugins").json()
    assert [p["id"] for p in listing["plugins"]] == ["rp-base", "rp-dep"]
    assert listing["plugins"][1]["requires"] == ["rp-base"] and listing["locked"] is False


def test_reload_keeps_the_namespace(ws: WsClient, plugins: Path) -> None:
    ws.repl_exec("s", "kept = 41")
    write_base(plugins, "1.1.0")
    answer = value(ws, "dash.plugins.reload('rp-base')")
    assert answer["ok"] is True and answer["version"] == "1.1.0" and answer["reloaded"] == ["rp-base", "rp-dep"]
    assert value(ws, "kept + 1") == 42, "the session's namespace survives a reload"
    assert value(ws, "dash.plugins.list()")["plugins"][0]["version"] == "1.1.0"


def test_reload_swaps_the_facade_of_a_running_session(ws: WsClient, plugins: Path) -> None:
    assert value(ws, "dash.rp_base.version()") == "1.0.0"
    write_base(plugins, "1.1.0")
    assert value(ws, "dash.plugins.reload('rp-base')")["ok"] is True
    assert value(ws, "dash.rp_base.version()") == "1.1.0", "the facade is the new version's on the next access"


def test_failed_reload_raises_and_the_old_version_serves(ws: WsClient, plugins: Path) -> None:
    write_base(plugins, "2.0.0", setup_raises=True)
    err = raised(ws, "dash.plugins.reload('rp-base')")
    assert err["status"] == 409
    assert err["body"]["ok"] is False and err["body"]["stage"] == "setup" and err["body"]["error"] == "ValueError: boom"
    first, *rest = err["message"].split("\n")
    assert first.startswith("reload of 'rp-base' failed at setup: ValueError: boom"), first
    assert first.endswith("; the old version keeps serving"), first
    assert rest[0] == "Traceback (most recent call last):" and rest[-1] == "ValueError: boom", rest
    assert value(ws, "dash.rp_base.version()") == "1.0.0"
    (base,) = [p for p in value(ws, "dash.plugins.list()")["plugins"] if p["id"] == "rp-base"]
    assert base["last_error"]["stage"] == "setup"


def test_disable_refuses_with_dependents_then_cascades_and_enable(ws: WsClient) -> None:
    err = raised(ws, "dash.plugins.disable('rp-base')")
    assert err["status"] == 409 and err["body"]["dependents"] == ["rp-dep"]
    assert err["message"] == "'rp-base' was not disabled: rp-dep depend on it (pass cascade=True to disable them too)"
    assert value(ws, "dash.plugins.disable('rp-base', cascade=True)") == {"ok": True, "disabled": ["rp-base", "rp-dep"]}
    listing = value(ws, "dash.plugins.list()")
    assert listing["plugins"] == []
    assert [(d["id"], d["by"]) for d in listing["disabled"]] == [("rp-base", None), ("rp-dep", "rp-base")]
    enabled = value(ws, "dash.plugins.enable('rp-base')")
    assert enabled["ok"] is True and enabled["enabled"][0] == "rp-base"
    assert value(ws, "dash.rp_base.version()") == "1.0.0"


def test_unknown_plugin_raises_404(ws: WsClient) -> None:
    err = raised(ws, "dash.plugins.reload('nope')")
    assert err["status"] == 404 and err["message"] == "reload of 'nope': 404 no plugin \"nope\""


def test_rescan(ws: WsClient, plugins: Path) -> None:
    assert value(ws, "dash.plugins.rescan()") == {"ok": True, "added": [], "removed": [], "errors": []}
    (plugins / "rp_dep.py").unlink()
    assert value(ws, "dash.plugins.rescan()")["removed"] == ["rp-dep"]


def test_help_lists_dash_plugins(ws: WsClient) -> None:
    out, _, _ = ws.repl_exec("s", "dash.help()")
    section = out.split("\ndash.plugins — ")[1].split("\n\n")[0].split("\n")
    assert section[0].startswith("List, reload, enable and disable backend plugins")
    assert [ln.split("()")[0].strip() for ln in section[1:]] == [".disable", ".enable", ".list", ".reload", ".rescan"]
    assert out.index("\ndash.settings — ") < out.index("\ndash.plugins — ") < out.index("\ndash.rp_base — ")


def test_locked_host_raises_403(tmp_path: Path) -> None:
    h = start_host([make_plugins(tmp_path)], tmp_path / "data", extra_args=["--no-entry-points", "--locked"])
    try:
        with WsClient(h.ws_url) as c:
            assert c.repl_start("s")["event"] == "started"
            for call in ("dash.plugins.reload('rp-base')", "dash.plugins.rescan()", "dash.plugins.enable('x')"):
                err = raised(c, call)
                assert err["status"] == 403, err
                assert err["body"] == {"detail": "plugin control is locked: the host was started with --locked"}
            assert value(c, "dash.plugins.list()")["locked"] is True
    finally:
        h.stop()
