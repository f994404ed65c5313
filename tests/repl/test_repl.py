"""The `repl` /ws channel (protocol section 3) and the `dash` SDK (seed 004, sections 7 and 8)."""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.host import EXAMPLES, WSFIX, Host, start_host, telemetry_recent, wait_for
from support.wsclient import WsClient

DIRS = [EXAMPLES, WSFIX]


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host(DIRS, tmp_path_factory.mktemp("repl") / "data")
    yield h
    h.stop()


@pytest.fixture
def ws(host: Host) -> Iterator[WsClient]:
    with WsClient(host.ws_url) as c:
        yield c


def session(ws: WsClient, sid: str = "s1") -> str:
    f = ws.repl_start(sid)
    assert f["event"] == "started", f
    return sid


def run(ws: WsClient, code: str, sid: str = "s1", **kw: Any) -> tuple[str, str, dict[str, Any]]:
    out, err, res = ws.repl_exec(sid, code, **kw)
    assert "_error" not in res, res
    assert set(res) >= {"id", "ok", "repr", "error"}, res
    return out, err, res


def ok(ws: WsClient, code: str, sid: str = "s1", **kw: Any) -> tuple[str, Any]:
    out, err, res = run(ws, code, sid, **kw)
    assert res["ok"] is True and res["error"] is None, (code, res, err)
    return out, res["repr"]


# --- sessions ---------------------------------------------------------------------------------------

def test_start_banner(ws: WsClient) -> None:
    f = ws.repl_start("a")
    assert f["event"] == "started" and f["data"]["id"] == "a"
    assert isinstance(f["data"]["banner"], str) and f["data"]["banner"]


def upstream_id(data: dict[str, Any]) -> str:
    """The session id upstream's REPL manager reads from a frame's data: `str(data.get("id", ""))`."""
    return str(data.get("id", ""))


@pytest.mark.parametrize("data", [{"id": "dup"}, {}, {"id": ""}])
def test_bad_or_duplicate_id(ws: WsClient, data: dict[str, Any]) -> None:
    session(ws, "dup")
    ws.repl("start", **data)
    f = ws.expect_ch("repl", "error")
    assert f["data"] == {"id": upstream_id(data), "message": "bad or duplicate id"}, f


# Upstream stringifies whatever id it is given: `null` names a session "None", `5` one named "5",
# and every frame about that session carries the string. Each case starts the session, runs a
# cell in it under the same raw id, and checks every answer against Python's own `str()`.
@pytest.mark.parametrize("raw", [None, 5, -3, 2.5, 1e-7, 1e22, True, False, [1, "a", None], {"k": "v'"}, "é x"])
def test_start_with_any_id_answers_as_upstream(ws: WsClient, raw: Any) -> None:
    sid = upstream_id({"id": raw})
    ws.repl("start", id=raw)
    started = ws.expect_ch("repl", "started")["data"]
    assert started["id"] == sid, (raw, started)
    ws.repl("exec", id=raw, code="print('hi'); 6 * 7")
    out, _, res = ws.repl_collect(sid)
    assert out == "hi\n", out
    assert res == {"id": sid, "ok": True, "repr": "42", "error": None}, res
    ws.repl("start", id=raw)
    assert ws.expect_ch("repl", "error")["data"] == {"id": sid, "message": "bad or duplicate id"}
    ws.repl("close", id=raw)
    ws.repl("exec", id=raw, code="1")
    assert ws.expect_ch("repl", "error")["data"] == {"id": sid, "message": "unknown session"}


def test_null_id_and_the_string_none_are_one_session(ws: WsClient) -> None:
    """As upstream: both read as "None"."""
    ws.repl("start", id=None)
    assert ws.expect_ch("repl", "started")["data"]["id"] == "None"
    ok(ws, "x = 'set under a null id'", sid="None")
    ws.repl("exec", id=None, code="x")
    assert ws.expect_ch("repl", "result")["data"]["repr"] == "'set under a null id'"


def test_overlong_id_is_refused(ws: WsClient) -> None:
    """A deliberate bound (docs/compat.md): upstream takes any length."""
    ws.repl("start", id="x" * 129)
    assert ws.expect_ch("repl", "error")["data"] == {"id": "x" * 129, "message": "bad or duplicate id"}
    assert session(ws, "y" * 128) == "y" * 128


@pytest.mark.parametrize("data,repr_", [({}, None), ({"code": None}, None), ({"code": 42}, "42"), ({"code": True}, "True")])
def test_exec_without_code_runs_an_empty_cell(ws: WsClient, data: dict[str, Any], repr_: str | None) -> None:
    session(ws)
    ws.repl("exec", id="s1", **data)
    res = ws.expect_ch("repl", "result")["data"]
    assert res == {"id": "s1", "ok": True, "repr": repr_, "error": None}, res


@pytest.mark.parametrize("event", ["exec", "close", "interrupt"])
def test_unknown_session(ws: WsClient, event: str) -> None:
    ws.repl(event, id="ghost", code="1")
    f = ws.expect_ch("repl", "error")
    assert f["data"] == {"id": "ghost", "message": "unknown session"}


def test_sessions_are_per_socket(host: Host, ws: WsClient) -> None:
    session(ws, "mine")
    with WsClient(host.ws_url) as other:
        other.repl("exec", id="mine", code="1")
        assert other.expect_ch("repl", "error")["data"]["message"] == "unknown session"


def test_close_session(ws: WsClient) -> None:
    session(ws, "c")
    ok(ws, "x = 1", "c")
    ws.repl("close", id="c")
    ws.repl("exec", id="c", code="x")
    assert ws.expect_ch("repl", "error")["data"] == {"id": "c", "message": "unknown session"}


def test_running_cell_stops_when_socket_closes(host: Host, tmp_path: Path) -> None:
    marker = tmp_path / "ticks"
    c = WsClient(host.ws_url)
    session(c)
    c.repl("exec", id="s1", code=f"import time\nwhile True:\n    open({str(marker)!r}, 'a').write('x')\n    time.sleep(0.02)")
    wait_for(lambda: marker.exists() and marker.stat().st_size > 5)
    c.close()
    time.sleep(1.5)
    size = marker.stat().st_size
    time.sleep(1.0)
    assert marker.stat().st_size == size, "the session's cell kept running after its socket closed"


def test_at_most_8_sessions_per_socket(host: Host) -> None:
    with WsClient(host.ws_url) as c:
        for i in range(8):
            session(c, f"n{i}")
        f = c.repl_start("n8")
        assert f["event"] == "error" and "8" in f["data"]["message"], f
        c.repl("close", id="n0")
        assert c.repl_start("n9")["event"] == "started"
        with WsClient(host.ws_url) as other:  # the limit is per socket
            assert other.repl_start("x")["event"] == "started"


# --- kernel semantics ------------------------------------------------------------------------------

def test_namespace_and_repr(ws: WsClient) -> None:
    session(ws)
    assert ok(ws, "x = 40") == ("", None)
    assert ok(ws, "x + 2")[1] == "42"
    assert ok(ws, "__name__")[1] == "'__repl__'"
    assert ok(ws, "def f(a):\n    return a * 2\nf(x)")[1] == "80"
    assert ok(ws, "None")[1] is None
    assert ok(ws, "print('hi'); 'r'") == ("hi\n", "'r'")
    assert ok(ws, "import sys\nsys.stdout.write('a'); sys.stdout.write('b')\n")[0] == "ab"
    out, err, res = run(ws, "import sys\nprint('to err', file=sys.stderr)")
    assert err == "to err\n" and out == "" and res["ok"] is True


def test_syntax_error_has_no_stack(ws: WsClient) -> None:
    session(ws)
    _, _, res = run(ws, "def broken(:\n  pass")
    assert res["ok"] is False and "SyntaxError" in res["error"], res
    assert "Traceback" not in res["error"], res["error"]
    assert ok(ws, "1")[1] == "1"


def test_exception_traceback_starts_at_user_code(ws: WsClient) -> None:
    session(ws)
    _, _, res = run(ws, "def inner():\n    return {}['missing_key']\n\nvalue = inner()")
    err = res["error"]
    assert res["ok"] is False and res["repr"] is None
    assert err.startswith('Traceback (most recent call last):\n  File "<repl>", line 4'), err
    assert "value = inner()" in err and "{}['missing_key']" in err, err
    assert err.rstrip().endswith("KeyError: 'missing_key'"), err
    files = re.findall(r'File "([^"]+)"', err)
    assert files == ["<repl>", "<repl>"], f"kernel frames leaked: {files}"
    _, _, res = run(ws, "import json\njson.loads('not json')")
    first = re.findall(r'File "([^"]+)"', res["error"])[0]
    assert first == "<repl>", res["error"]


@pytest.mark.parametrize("code", ["raise SystemExit", "raise SystemExit(3)", "import sys; sys.exit('bye')", "exit()"])
def test_system_exit_ignored(ws: WsClient, code: str) -> None:
    session(ws)
    _, _, res = run(ws, code)
    assert (res["ok"], res["repr"], res["error"]) == (True, "(SystemExit ignored)", None), res
    assert ok(ws, "'alive'")[1] == "'alive'"


def test_cells_of_one_session_run_in_order(ws: WsClient) -> None:
    session(ws)
    ws.repl("exec", id="s1", code="import time\ntime.sleep(0.5)\nseq = [1]")
    ws.repl("exec", id="s1", code="seq.append(2)")
    ws.repl("exec", id="s1", code="seq")
    results = [ws.repl_collect("s1")[2] for _ in range(3)]
    assert [r["ok"] for r in results] == [True, True, True], results
    assert results[2]["repr"] == "[1, 2]"


@pytest.mark.parametrize("code", ["while True: pass", "import time; time.sleep(30)"])
def test_interrupt(ws: WsClient, code: str) -> None:
    session(ws)
    ok(ws, "before = 1")
    ws.repl("exec", id="s1", code=code)
    time.sleep(0.5)
    t0 = time.monotonic()
    ws.repl("interrupt", id="s1")
    _, _, res = ws.repl_collect("s1", timeout=10)
    assert time.monotonic() - t0 < 5
    assert res["ok"] is False and "KeyboardInterrupt" in res["error"], res
    assert ok(ws, "before")[1] == "1", "the session must survive an interrupt"


def test_interrupt_only_hits_its_session(ws: WsClient) -> None:
    session(ws, "a")
    session(ws, "b")
    ws.repl("exec", id="a", code="while True: pass")
    ws.repl("exec", id="b", code="import time; time.sleep(1.5); 'b done'")
    time.sleep(0.3)
    ws.repl("interrupt", id="a")
    assert "KeyboardInterrupt" in ws.repl_collect("a")[2]["error"]
    assert ws.repl_collect("b")[2]["repr"] == "'b done'"


def test_two_sessions_output_never_mixes(ws: WsClient) -> None:
    session(ws, "a")
    session(ws, "b")
    code = "import time\nfor i in range(150):\n    print('{tag}', i)\n    time.sleep(0.002)\n'{tag} done'"
    ws.repl("exec", id="a", code=code.format(tag="AAA"))
    ws.repl("exec", id="b", code=code.format(tag="BBB"))
    out_a, _, res_a = ws.repl_collect("a")
    out_b, _, res_b = ws.repl_collect("b")
    assert out_a == "".join(f"AAA {i}\n" for i in range(150)), out_a[:300]
    assert out_b == "".join(f"BBB {i}\n" for i in range(150)), out_b[:300]
    assert (res_a["repr"], res_b["repr"]) == ("'AAA done'", "'BBB done'")


def test_output_does_not_leak_to_other_sockets(host: Host, ws: WsClient) -> None:
    session(ws, "a")
    with WsClient(host.ws_url) as other:
        session(other, "a")
        ok(ws, "print('only-mine')", "a")
        assert not [f for f in other.quiet(0.5) if "only-mine" in str(f)]


@pytest.mark.parametrize("code,expected", [
    ("for i in range(100000):\n    print(f'{i:07d}' + 'y' * 13)", "".join(f"{i:07d}" + "y" * 13 + "\n" for i in range(100000))),
    ("print('z' * 2_000_000)", "z" * 2_000_000 + "\n"),
    ("print('é✓' * 700_000)", "é✓" * 700_000 + "\n"),
])
def test_big_output_whole_in_order_small_frames(ws: WsClient, code: str, expected: str) -> None:
    session(ws)
    ws.repl("exec", id="s1", code=code)
    chunks: list[str] = []
    while True:
        f = ws.expect(lambda f: f.get("channel") == "repl" and f.get("event") in ("stdout", "result"), timeout=120)
        if f["event"] == "result":
            break
        chunks.append(f["data"]["data"])
    assert f["data"]["ok"] is True, f
    assert max(len(c.encode()) for c in chunks) <= 16 * 1024, max(len(c) for c in chunks)
    got = "".join(chunks)
    assert len(got) == len(expected) and got == expected


# --- dash relays -----------------------------------------------------------------------------------

RELAYS = [
    ("dash.panes.available()", "list_available_panes", {}),
    ("dash.panes.open_list()", "list_open_panes", {}),
    ("dash.panes.open('settings.home')", "open_pane", {"id": "settings.home"}),
    ("dash.panes.close('editor.buffer')", "close_pane", {"id": "editor.buffer"}),
    ("dash.panes.group('network.peers')", "get_pane_group", {"id": "network.peers"}),
    ("dash.workspaces.list()", "list_workspaces", {}),
    ("dash.workspaces.create('debugging')", "create_workspace", {"name": "debugging"}),
    ("dash.workspaces.switch('w2')", "switch_workspace", {"id": "w2"}),
    ("dash.layout.split('repl.console#1', 'left')", "split_pane", {"instanceId": "repl.console#1", "direction": "left"}),
    ("dash.layout.split('repl.console#1', 'right', 'files.tree')", "split_pane",
     {"instanceId": "repl.console#1", "direction": "right", "paneId": "files.tree"}),
    ("dash.layout.split('repl.console#1', 'up')", "split_pane", {"instanceId": "repl.console#1", "direction": "above"}),
    ("dash.layout.split('repl.console#1', 'down')", "split_pane", {"instanceId": "repl.console#1", "direction": "below"}),
    ("dash.layout.split('a#1', 'below', view_id='scratch.note')", "split_pane",
     {"instanceId": "a#1", "direction": "below", "paneId": "scratch.note"}),
    ("dash.layout.move('a#1', 'b#2', 'within')", "move_pane", {"instanceId": "a#1", "reference": "b#2", "direction": "within"}),
    # As upstream: both sizes are always sent, an unset one as null.
    ("dash.layout.resize('a#1', width=300)", "resize_pane", {"instanceId": "a#1", "width": 300, "height": None}),
    ("dash.layout.resize('a#1', height=200)", "resize_pane", {"instanceId": "a#1", "width": None, "height": 200}),
    ("dash.layout.float('a#1')", "float_pane", {"instanceId": "a#1"}),
    ("dash.layout.dock('a#1')", "dock_pane", {"instanceId": "a#1"}),
    ("dash.layout.maximize('a#1')", "maximize_pane", {"instanceId": "a#1"}),
    ("dash.layout.restore('a#1')", "restore_pane", {"instanceId": "a#1"}),
    ("dash.context('editor.buffer#1')", "get_pane_context", {"instanceId": "editor.buffer#1"}),
    ("dash.call('open_pane', id='settings.home')", "open_pane", {"id": "settings.home"}),
    ("dash.call('files.write', path='/x', content='y', n=3)", "files.write", {"path": "/x", "content": "y", "n": 3}),
]


@pytest.mark.parametrize("code,name,args", RELAYS, ids=[r[0] for r in RELAYS])
def test_relay(ws: WsClient, code: str, name: str, args: dict[str, Any]) -> None:
    session(ws)
    calls: list[dict[str, Any]] = []

    def answer(d: dict[str, Any]) -> dict[str, Any]:
        calls.append(d)
        return {"ok": True, "result": {"answered": d["name"], "n": [1, None]}}

    out, r = ok(ws, f"res = {code}\nres", on_tool=answer)
    assert len(calls) == 1
    d = calls[0]
    assert d["id"] == "s1" and isinstance(d["callId"], str) and d["callId"]
    assert d["name"] == name
    assert d["args"] == args, d["args"]
    assert r == repr({"answered": name, "n": [1, None]})


def test_relay_results_and_failures(ws: WsClient) -> None:
    session(ws)
    answers = iter([{"ok": True, "result": {"ok": True, "opened": "settings.home"}},
                     {"ok": False, "error": "x"}, {"ok": False}, {"ok": True, "result": [1, 2]}])
    ids: list[str] = []

    def answer(d: dict[str, Any]) -> dict[str, Any]:
        ids.append(d["callId"])
        return next(answers)

    code = ("r = [dash.panes.open('settings.home'), dash.panes.open('a'), dash.call('nope'), dash.call('list')]\n"
            "r")
    _, r = ok(ws, code, on_tool=answer)
    assert r == repr([{"ok": True, "opened": "settings.home"}, {"error": "x"}, {"error": "tool failed"}, [1, 2]])
    assert len(set(ids)) == 4, "callIds must be fresh"


def test_tool_call_goes_to_owning_socket_and_others_keep_working(host: Host, ws: WsClient) -> None:
    session(ws, "a")
    session(ws, "b")
    with WsClient(host.ws_url) as other:
        ws.repl("exec", id="a", code="dash.panes.open('settings.home')")
        call = ws.expect_ch("repl", "tool_call")["data"]
        assert call["id"] == "a"
        assert ok(ws, "1 + 1", "b")[1] == "2", "another session is blocked by a waiting cell"
        ws.roundtrip_ping("while-waiting")
        assert not [f for f in other.quiet(0.3) if f.get("event") == "tool_call"]
        ws.repl("tool_result", id="a", callId=call["callId"], ok=True, result={"done": 1})
        assert ws.repl_collect("a")[2]["repr"] == "{'done': 1}"


@pytest.mark.slow
def test_relay_timeout(ws: WsClient) -> None:
    session(ws)
    t0 = time.monotonic()
    ws.repl("exec", id="s1", code="dash.panes.open_list()")
    call = ws.expect_ch("repl", "tool_call")["data"]
    res = ws.repl_collect("s1", timeout=45)[2]
    took = time.monotonic() - t0
    assert res["repr"] == "{'error': 'tool timed out'}", res
    assert 28 <= took <= 40, took
    ws.repl("tool_result", id="s1", callId=call["callId"], ok=True, result={"late": True})  # ignored
    assert ok(ws, "'after'")[1] == "'after'"


# --- backend-local facades -------------------------------------------------------------------------

def test_dash_io(host: Host, ws: WsClient) -> None:
    session(ws)
    host.client.get("/api/no-such-thing-404")
    host.client.get("/api/plugins/wsfix/boom")
    _, r = ok(ws, "ev = dash.io.recent(5)\n(len(ev), sorted(ev[-1]))")
    n, keys = eval(r)
    assert n == 5 and {"id", "ts", "source", "method", "target", "status"} <= set(keys)
    _, r = ok(ws, "[(e['target'], e['status'], e['error']) for e in dash.io.errors(50)]")
    errs = eval(r)
    assert ("/api/plugins/wsfix/boom", 500, "RuntimeError") in errs
    assert all(s is not None and s >= 400 or e for _, s, e in errs), errs
    last_id = telemetry_recent(host.client)[-1]["id"]
    assert ok(ws, "dash.io.clear()")[1] == "{'ok': True, 'cleared': True}"
    _, r = ok(ws, "[e['id'] for e in dash.io.recent(0)]")
    assert all(i > last_id for i in eval(r)), "ids must keep counting after clear"
    assert all(e["id"] > last_id for e in telemetry_recent(host.client))
    for _ in range(30):
        host.client.get("/api/health")
    wait_for(lambda: len(telemetry_recent(host.client)) >= 25)
    everything = [e["id"] for e in telemetry_recent(host.client)]
    for arg in ("None", "0", "-1"):
        _, r = ok(ws, f"[e['id'] for e in dash.io.recent({arg})]")
        assert eval(r)[: len(everything)] == everything, f"dash.io.recent({arg}) returns all, as upstream"
    assert ok(ws, "len(dash.io.recent())")[1] == "20"


def test_dash_settings(host: Host, ws: WsClient) -> None:
    session(ws)
    _, r = ok(ws, "dash.settings.set('repl.obj', {'a': [1, None]})")
    assert r == "{'ok': True, 'key': 'repl.obj', 'value': {'a': [1, None]}}"
    _, r = ok(ws, "v = (1, 2)\nout = dash.settings.set('repl.tuple', v)\n(out['value'] is v, dash.settings.get('repl.tuple'))")
    assert r == "(True, [1, 2])", "set echoes the very object given; the store keeps JSON"
    assert host.client.get("/api/settings").json()["values"]["repl.obj"] == {"a": [1, None]}
    host.client.put("/api/settings/repl.fromhttp", json={"value": 7})
    assert ok(ws, "dash.settings.get('repl.fromhttp')")[1] == "7"
    assert ok(ws, "dash.settings.get('repl.missing', 'dflt')")[1] == "'dflt'"
    assert ok(ws, "dash.settings.get('repl.missing')")[1] is None
    _, r = ok(ws, "a = dash.settings.all()\n(type(a).__name__, a['repl.obj'], a['repl.fromhttp'])")
    assert r == "('dict', {'a': [1, None]}, 7)"


def test_plugin_facade_and_broken_factory(host: Host) -> None:
    with WsClient(host.ws_url) as c:
        c.repl("start", id="p")
        started = c.expect_ch("repl", "started")
        assert started["data"]["id"] == "p"
        stderr = "".join(f["data"]["data"] for f in c.quiet(0.5) + [started] if f.get("event") == "stderr")
        assert "wsfixbroken" in stderr and "facade factory exploded" in stderr, stderr
        assert ok(c, "dash.ping.pong()", "p")[1] == "'pong'"
        assert ok(c, "dash.wsfixgood.hello()", "p")[1] == "'hello from wsfixgood'"
        assert ok(c, "hasattr(dash, 'wsfixbroken')", "p")[1] == "False"
        assert ok(c, "dash.settings.all() != 'FAKE'", "p")[1] == "True"


# --- dash.help() / repr ----------------------------------------------------------------------------

def test_dash_help(ws: WsClient) -> None:
    session(ws)
    out, _ = ok(ws, "dash.help()")
    lines = out.rstrip("\n").split("\n")
    assert lines[0] == "dash — drive horrible-dashboard from Python." and lines[1] == "", lines[:2]
    heads = [ln.split(" — ")[0] for ln in lines if re.match(r"^dash\.\w+ — ", ln)]
    assert heads[:5] == ["dash.panes", "dash.workspaces", "dash.layout", "dash.io", "dash.settings"], heads
    assert "dash.ping" in heads[5:] and "dash.wsfixgood" in heads[5:] and "dash.wsfixbroken" not in heads
    sections: dict[str, list[str]] = {}
    cur = None
    for ln in lines[2:]:
        if m := re.match(r"^(dash\.\w+) — ", ln):
            cur = m.group(1)
            sections[cur] = []
        elif ln.startswith("    ."):
            assert cur and re.match(r"^    \.\w+\(\)(  — \S.*)?$", ln), ln
            sections[cur].append(ln)
        elif ln == "":
            cur = None
    names = {k: [re.match(r"^    \.(\w+)", m).group(1) for m in v] for k, v in sections.items()}  # type: ignore[union-attr]
    assert names["dash.panes"] == ["available", "close", "group", "open", "open_list"]
    assert names["dash.workspaces"] == ["create", "list", "switch"]
    assert names["dash.layout"] == ["dock", "float", "maximize", "move", "resize", "restore", "split"]
    assert names["dash.io"] == ["clear", "errors", "recent"]
    assert names["dash.settings"] == ["all", "get", "set"]
    assert names["dash.ping"] == ["pong"]
    assert "    .pong()  — Answer 'pong'." in sections["dash.ping"]
    assert "    .nodoc()" in sections["dash.wsfixgood"]
    assert all("  — " in m for k in ("dash.panes", "dash.io") for m in sections[k])
    tail = [ln.split("  — ")[0] for ln in lines[-3:]]
    assert tail == ["dash.call()", "dash.context()", "dash.help()"], lines[-4:]
    assert lines[-4] == ""


UPSTREAM_HELP_CORE = """dash — drive horrible-dashboard from Python.

dash.panes — Open, close, and inspect active panes (layout slots hosting views) in the active workspace.
    .available()  — Every view (panel + widget) that can be opened into a pane, with id, title, and
    .close()  — Close an active pane instance by its instance ID (from `open_list()`).
    .group()  — The panel group `view_id` belongs to (primary hub + companion views toggled
    .open()  — Open a view (panel or widget) in a new or focused pane by its view ID (from `available()`).
    .open_list()  — Active pane instances currently open in the active workspace (view id, instanceId,

dash.workspaces — List, create, and switch the named workspace tabs.
    .create()  — Create a new named workspace and switch to it.
    .list()  — The workspace tabs and which one is active.
    .switch()  — Switch to a workspace tab by id (from `list()`).

dash.layout — Rearrange open panes — split, move, float, and maximize — the same verbs the
    .dock()  — Dock a floating pane back into the grid.
    .float()  — Pop a pane out into a floating window.
    .maximize()  — Maximize a pane within its group.
    .move()  — Move a pane next to `reference` (`left`/`right`/`above`/`below`/`within`).
    .resize()  — Resize a pane (pixels).
    .restore()  — Restore a maximized pane.
    .split()  — Split a pane (`left`/`right`/`up`/`down`); `view_id` to open a different

dash.io — Read the live I/O telemetry — the same stream the observability panel shows
    .clear()  — Empty the telemetry ring buffer.
    .errors()  — Recent events that failed (error set, or HTTP status ≥ 400).
    .recent()  — The most recent I/O events (newest last), each as a dict.

dash.settings — Read and write app settings (the same values the Settings page edits).
    .all()  — Every persisted override, as a flat key→value dict.
    .get()  — The value for `key` (the persisted override, else `default`).
    .set()  — Persist an override for `key`.

"""
UPSTREAM_HELP_TAIL = """
dash.call()  — Relay an arbitrary tool by name — covers every widget `agentTool` and
dash.context()  — Read an active pane instance's current state/selection snapshot (instanceId from
dash.help()  — Print the whole `dash` surface (facades, methods, and one-line docs).
"""


def test_dash_help_lines_as_upstream(ws: WsClient) -> None:
    """Upstream's render_help, line for line, for the core facades and the top-level methods."""
    session(ws)
    out, _ = ok(ws, "dash.help()")
    assert out.startswith(UPSTREAM_HELP_CORE), out[: len(UPSTREAM_HELP_CORE) + 200]
    assert out.endswith(UPSTREAM_HELP_TAIL), out[-400:]


def test_repr_dash(ws: WsClient) -> None:
    session(ws)
    upstream = "'<dash — the dashboard handle; run dash.help() for the full surface>'"
    assert ok(ws, "repr(dash)")[1] == upstream
    assert ok(ws, "dash")[1] == upstream.strip("'")
