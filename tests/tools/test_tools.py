"""Agent tools executed backend-side (seed: "Agent tools execute backend-side"; protocol.md
sections 1, 3 (agent channel), 7): the catalog, HTTP invoke, argument checking, failures as
values, sync/async handlers, timeouts, the browser relay and the Python-side registry API.

Runs against the real binary with ``examples/backend-plugins`` and ``tests/plugins/toolfix``.
"""
from __future__ import annotations

import concurrent.futures as cf
import json
import os
import subprocess
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.host import EXAMPLES, Host, run_cli
from support.tools_host import (BROWSER_TOOLS, TOOLFIX, invoke, invoke_async, no_browser_settled,
                                reset_permissions, tab, tool_calls, tools_host)


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    yield from tools_host(tmp_path_factory.mktemp("tools"))


@pytest.fixture(autouse=True)
def _clean_permissions(host: Host) -> None:
    reset_permissions(host)


def catalog(host: Host) -> dict[str, dict[str, Any]]:
    r = httpx.get(f"{host.base_url}/api/agent/tools", timeout=10)
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"tools"}, body.keys()
    tools = body["tools"]
    names = [t["function"]["name"] for t in tools]
    assert len(names) == len(set(names)), f"duplicate tool names in the catalog: {names}"
    return {t["function"]["name"]: t for t in tools}


# --- catalog -------------------------------------------------------------------------------------

def test_catalog_provider_form(host: Host) -> None:
    tools = catalog(host)
    for name, t in tools.items():
        assert t["type"] == "function", t
        f = t["function"]
        assert set(f) >= {"name", "description", "parameters"}, t
        assert isinstance(f["description"], str) and f["description"], t
        p = f["parameters"]
        assert p["type"] == "object", t
        assert isinstance(p["properties"], dict), t
        assert isinstance(p["required"], list), t
        assert set(p["required"]) <= set(p["properties"]), t
        assert isinstance(t["source"], str) and t["source"], t
        assert isinstance(t["sideEffect"], bool), t


def test_catalog_ping_echo_exact(host: Host) -> None:
    t = catalog(host)["ping.echo"]
    assert t["function"] == {
        "name": "ping.echo",
        "description": "Echo back the given text.",
        "parameters": {"type": "object", "properties": {"text": {"type": "string", "description": "text to echo"}},
                       "required": ["text"]},
    }
    assert t["source"] == "ping"
    assert t["sideEffect"] is False


def test_catalog_browser_tools(host: Host) -> None:
    tools = catalog(host)
    browser = {n for n, t in tools.items() if t["source"] == "browser"}
    assert browser == set(BROWSER_TOOLS), f"browser tools: extra {browser - set(BROWSER_TOOLS)}, " \
                                          f"missing {set(BROWSER_TOOLS) - browser}"
    for name, params in BROWSER_TOOLS.items():
        t = tools[name]
        assert t["sideEffect"] is False, t
        props = t["function"]["parameters"]["properties"]
        assert set(props) == set(params), f"{name}: properties {sorted(props)} != {sorted(params)}"
    req = {n: set(tools[n]["function"]["parameters"]["required"]) for n in BROWSER_TOOLS}
    assert req["get_pane_context"] == {"instanceId"}
    assert req["open_pane"] == {"id"} and req["close_pane"] == {"id"}
    assert req["split_pane"] == {"instanceId", "direction"}
    assert req["move_pane"] == {"instanceId", "reference", "direction"}
    assert req["resize_pane"] == {"instanceId"}
    assert req["list_open_panes"] == set() and req["list_workspaces"] == set()


def test_catalog_plugin_tools(host: Host) -> None:
    tools = catalog(host)
    ours = {n: t for n, t in tools.items() if t["source"] == "toolfix"}
    assert set(ours) == {"tf.sync", "tf.async", "tf.raises", "tf.async_raises", "tf.set", "tf.object", "tf.model",
                         "tf.nested", "tf.typed", "tf.slow_sync", "tf.slow_async", "tf.write", "tf.delete", "tf.spec", "tf.calls",
                         "tf.nospec", "tf.words", "tf.minute"}
    assert {n for n, t in tools.items() if t["source"] == "tf_files"} == {"files.write", "files.remove", "files.read",
                                                                                "files.mkdir", "notes.write"}
    assert ours["tf.write"]["sideEffect"] is True and ours["tf.delete"]["sideEffect"] is True
    assert ours["tf.sync"]["sideEffect"] is False
    typed = ours["tf.typed"]["function"]["parameters"]
    assert typed["required"] == ["name", "count"]
    assert typed["properties"]["color"] == {"type": "string", "enum": ["red", "green"]}
    assert typed["properties"]["tags"] == {"type": "array", "items": {"type": "string"}}
    # A tool registered without parameters still has a full (empty) object schema.
    assert ours["tf.sync"]["function"]["parameters"] == {"type": "object", "properties": {}, "required": []}


def test_ws_list_tools(host: Host) -> None:
    tools = catalog(host)
    with tab(host) as ws:
        ws.send({"channel": "agent", "event": "list_tools", "data": {}})
        frame = ws.expect_agent("tools")
    listed = frame["data"]["tools"]
    assert isinstance(listed, list)
    for t in listed:
        assert set(t) == {"name", "description", "source"}, t
    by_name = {t["name"]: t for t in listed}
    assert len(by_name) == len(listed), "duplicate names in list_tools"
    assert set(by_name) == set(tools)
    for name, t in by_name.items():
        assert t["description"] == tools[name]["function"]["description"]
        # upstream's source is the tool's group: its namespace before the first dot, else `layout`
        assert t["source"] == (name.split(".", 1)[0] if "." in name else "layout"), (t, tools[name])
    assert by_name["ping.echo"] == {"name": "ping.echo", "description": "Echo back the given text.", "source": "ping"}
    assert by_name["open_pane"]["source"] == "layout"


# --- invoke --------------------------------------------------------------------------------------

def test_invoke_ping_echo(host: Host) -> None:
    assert invoke(host, "ping.echo", {"text": "hi"}) == {"echo": "hi"}


def test_invoke_sync_and_async(host: Host) -> None:
    assert invoke(host, "tf.sync", {"a": [1, {"b": None}], "s": "é"}) == \
        {"sync": True, "args": {"a": [1, {"b": None}], "s": "é"}}
    assert invoke(host, "tf.async", {"n": 21}) == {"async": True, "double": 42}


def test_invoke_unknown_tool(host: Host) -> None:
    assert invoke(host, "nope.nothing", {}) == {"error": "unknown tool: nope.nothing"}


def test_invoke_raises(host: Host) -> None:
    assert invoke(host, "tf.raises") == {"error": "ValueError: boom"}
    out = invoke(host, "tf.async_raises")
    assert set(out) == {"error"} and out["error"].startswith("KeyError: "), out
    assert "nope" in out["error"], out


@pytest.mark.parametrize("tool", ["tf.set", "tf.object"])
def test_invoke_not_jsonable(host: Host, tool: str) -> None:
    out = invoke(host, tool)
    assert isinstance(out, dict) and set(out) == {"error"}, out
    assert "not json" in out["error"].lower(), out


def test_invoke_pydantic_model_result(host: Host) -> None:
    assert invoke(host, "tf.model") == {"x": 1, "y": 2, "label": "p"}


def test_invoke_nested_models_and_tuples(host: Host) -> None:
    assert invoke(host, "tf.nested") == {"points": [{"x": 1, "y": 2, "label": "p"}, {"x": 3, "y": 4, "label": "q"}],
                                         "pair": [1, "two"], "none": None}


def test_invoke_valid_typed_args(host: Host) -> None:
    args = {"name": "n", "count": 3, "ratio": 0.5, "flag": True, "color": "green", "tags": ["a", "b"]}
    assert invoke(host, "tf.typed", args) == {"ok": True, "args": args}
    # An integral number is fine for "number"; extra arguments are passed through.
    args2 = {"name": "n", "count": 0, "ratio": 2, "extra": {"k": 1}}
    assert invoke(host, "tf.typed", args2) == {"ok": True, "args": args2}


@pytest.mark.parametrize("tool,args,field", [
    ("tf.typed", {"count": 1}, "name"),                                  # missing required
    ("tf.typed", {"name": "n"}, "count"),                                # missing required
    ("tf.typed", {"name": "n", "count": None}, "count"),                 # null for a required one
    ("tf.typed", {"name": 5, "count": 1}, "name"),                       # wrong type
    ("tf.typed", {"name": "n", "count": "3"}, "count"),                  # string for integer
    ("tf.typed", {"name": "n", "count": 1.5}, "count"),                  # float for integer
    ("tf.typed", {"name": "n", "count": True}, "count"),                 # bool for integer
    ("tf.typed", {"name": "n", "count": 1, "ratio": "x"}, "ratio"),      # string for number
    ("tf.typed", {"name": "n", "count": 1, "flag": "yes"}, "flag"),      # string for boolean
    ("tf.typed", {"name": "n", "count": 1, "color": "blue"}, "color"),   # not in enum
    ("tf.typed", {"name": "n", "count": 1, "tags": "a"}, "tags"),        # not an array
    ("tf.typed", {"name": "n", "count": 1, "tags": ["a", 1]}, "tags"),   # bad array item
    ("tf.async", {}, "n"),
    ("tf.async", {"n": "2"}, "n"),
    ("ping.echo", {}, "text"),
    ("ping.echo", {"text": 7}, "text"),
])
def test_invoke_bad_args(host: Host, tool: str, args: dict[str, Any], field: str) -> None:
    before = tool_calls(host).get(tool, 0)
    out = invoke(host, tool, args)
    assert isinstance(out, dict) and set(out) == {"error"}, f"{tool} {args} -> {out}"
    assert field in out["error"], f"error does not name {field!r}: {out}"
    assert tool_calls(host).get(tool, 0) == before, f"{tool}'s handler ran despite bad arguments"


@pytest.mark.parametrize("slow", ["tf.slow_sync", "tf.slow_async"])
def test_invoke_timeout(host: Host, slow: str) -> None:
    t0 = time.monotonic()
    out = invoke(host, slow, timeout=10)
    took = time.monotonic() - t0
    assert out == {"error": "tool timed out"}, out
    assert took < 2.5, f"{slow} (timeout=0.5) took {took:.2f}s to time out"
    # The host keeps answering right away, sync and async tools alike.
    t0 = time.monotonic()
    assert invoke(host, "ping.echo", {"text": "after"}, timeout=5) == {"echo": "after"}
    assert invoke(host, "tf.async", {"n": 1}, timeout=5) == {"async": True, "double": 2}
    assert time.monotonic() - t0 < 2.0


def test_many_timeouts_do_not_starve_host(host: Host) -> None:
    futs = [invoke_async(host, t, timeout=15) for t in ["tf.slow_sync"] * 8 + ["tf.slow_async"] * 8]
    for f in futs:
        assert f.result(timeout=20) == {"error": "tool timed out"}
    t0 = time.monotonic()
    assert invoke(host, "ping.echo", {"text": "alive"}, timeout=5) == {"echo": "alive"}
    assert invoke(host, "tf.async", {"n": 2}, timeout=5) == {"async": True, "double": 4}
    assert time.monotonic() - t0 < 2.0


def test_concurrent_invokes(host: Host) -> None:
    futs = {i: invoke_async(host, "tf.async", {"n": i}) for i in range(20)}
    futs.update({100 + i: invoke_async(host, "ping.echo", {"text": str(i)}) for i in range(20)})
    for k, f in futs.items():
        if k < 100:
            assert f.result(timeout=20) == {"async": True, "double": 2 * k}
        else:
            assert f.result(timeout=20) == {"echo": str(k - 100)}


# --- browser relay -------------------------------------------------------------------------------

def test_relay_ok(host: Host) -> None:
    with tab(host) as ws:
        fut = invoke_async(host, "list_open_panes", {})
        call = ws.expect_agent("tool_call")
        d = call["data"]
        assert set(d) >= {"turnId", "callId", "name", "args"}, d
        assert d["name"] == "list_open_panes" and d["args"] == {}, d
        panes = {"panes": [{"id": "files.tree", "instanceId": "i1", "title": "Files", "hasContext": True}]}
        ws.send({"channel": "agent", "event": "tool_result",
                 "data": {"turnId": d["turnId"], "callId": d["callId"], "ok": True, "result": panes}})
        assert fut.result(timeout=10) == panes


def test_relay_args_passed(host: Host) -> None:
    with tab(host) as ws:
        fut = invoke_async(host, "open_pane", {"id": "scratch.note"})
        d = ws.expect_agent("tool_call")["data"]
        assert d["name"] == "open_pane" and d["args"] == {"id": "scratch.note"}, d
        ws.send({"channel": "agent", "event": "tool_result",
                 "data": {"turnId": d["turnId"], "callId": d["callId"], "ok": True,
                          "result": {"ok": True, "opened": "scratch.note"}}})
        assert fut.result(timeout=10) == {"ok": True, "opened": "scratch.note"}


def test_relay_error(host: Host) -> None:
    with tab(host) as ws:
        fut = invoke_async(host, "list_workspaces", {})
        d = ws.expect_agent("tool_call")["data"]
        ws.send({"channel": "agent", "event": "tool_result",
                 "data": {"turnId": d["turnId"], "callId": d["callId"], "ok": False, "error": "x"}})
        assert fut.result(timeout=10) == {"error": "x"}


def test_relay_concurrent_calls_matched_by_call_id(host: Host) -> None:
    with tab(host) as ws:
        f1 = invoke_async(host, "get_pane_context", {"instanceId": "a"})
        f2 = invoke_async(host, "get_pane_context", {"instanceId": "b"})
        calls = [ws.expect_agent("tool_call")["data"] for _ in range(2)]
        assert calls[0]["callId"] != calls[1]["callId"]
        for d in reversed(calls):  # answer out of order
            ws.send({"channel": "agent", "event": "tool_result",
                     "data": {"turnId": d["turnId"], "callId": d["callId"], "ok": True,
                              "result": {"context": d["args"]["instanceId"]}}})
        assert f1.result(timeout=10) == {"context": "a"}
        assert f2.result(timeout=10) == {"context": "b"}


def test_relay_tab_closes_midcall(host: Host) -> None:
    ws = tab(host)
    fut = invoke_async(host, "list_available_panes", {})
    ws.expect_agent("tool_call")
    ws.close()
    out = fut.result(timeout=10)
    assert isinstance(out, dict) and set(out) == {"error"}, out


def _invoke_expect_no_relay(host: Host, ws: Any, name: str, args: dict[str, Any]) -> tuple[Any, list[Any]]:
    """Invokes a browser tool; answers (with an error) any tool_call that reaches the tab.
    Returns (HTTP result, the tool_call frames that were relayed)."""
    fut = invoke_async(host, name, args)
    try:
        out = fut.result(timeout=2)
    except cf.TimeoutError:
        out = None
    stray = [f for f in ws.quiet(0.3) if f.get("event") == "tool_call"]
    for f in stray:  # do not leave the call hanging
        d = f["data"]
        ws.send({"channel": "agent", "event": "tool_result",
                 "data": {"turnId": d["turnId"], "callId": d["callId"], "ok": False, "error": "relayed"}})
    if out is None:
        out = fut.result(timeout=10)
    return out, stray


@pytest.mark.parametrize("name,args,field", [
    ("open_pane", {}, "id"),
    ("get_pane_context", {"instanceId": 5}, "instanceId"),
    ("resize_pane", {"instanceId": "i", "width": "wide"}, "width"),
])
def test_relay_args_are_schema_checked(host: Host, name: str, args: dict[str, Any], field: str) -> None:
    """The catalog advertises each browser tool's schema: a call that breaks it is refused before
    it reaches the tab, like a plugin tool's (the same JSON-schema check)."""
    with tab(host) as ws:
        out, stray = _invoke_expect_no_relay(host, ws, name, args)
    assert not stray, f"{name} {args} was relayed to the tab: {[f['data'] for f in stray]}"
    assert isinstance(out, dict) and set(out) == {"error"} and field in out["error"], out


def test_agent_channel_manifest_and_stray_results(host: Host) -> None:
    with tab(host) as ws:
        ws.send({"channel": "agent", "event": "manifest", "data": {"tools": [
            {"name": "list_open_panes", "description": "d", "params": {}, "sideEffect": False,
             "specifierTemplate": None, "kind": "layout"}]}})
        assert [f for f in ws.quiet(0.3) if f.get("event") == "error"] == [], "manifest answered with an error"
        ws.send({"channel": "agent", "event": "tool_result",
                 "data": {"turnId": "t", "callId": "no-such-call", "ok": True, "result": {}}})
        ws.expect(lambda f: f.get("event") == "error", timeout=5)
        ws.send({"channel": "agent", "event": "list_tools", "data": {}})
        assert ws.expect_agent("tools")["data"]["tools"]  # socket still usable


def test_relay_no_tab(host: Host) -> None:
    no_browser_settled(host)
    out = invoke(host, "list_open_panes", {}, timeout=10)
    assert isinstance(out, dict) and set(out) == {"error"}, out
    assert "browser" in out["error"].lower(), out


# --- the Python-side registry API (horrible python -c) ------------------------------------------

def py(code: str, tmp_path: Path, plugins: str) -> subprocess.CompletedProcess[str]:
    r = run_cli(["python", "-c", textwrap.dedent(code)], tmp_path / "pydata", env={"HORRIBLE_PLUGINS_DIR": plugins})
    assert r.returncode == 0, f"rc={r.returncode}\nstdout:\n{r.stdout}\nstderr:\n{r.stderr}"
    return r


def _last_json(stdout: str) -> Any:
    lines = [ln for ln in stdout.splitlines() if ln.startswith("@@")]
    assert lines, stdout
    return json.loads(lines[-1][2:])


def test_python_invoke_agent_tool(tmp_path: Path) -> None:
    r = py("""
        from backend.sdk import loader, registry; loader.load_plugins(); import asyncio
        print(asyncio.run(registry.invoke_agent_tool("ping.echo", {"text": "x"})))
        print(asyncio.run(registry.invoke_agent_tool("nope", {})))
    """, tmp_path, str(EXAMPLES))
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    assert lines[-2:] == ["{'echo': 'x'}", "{'error': 'unknown plugin tool nope'}"], r.stdout


def test_python_provider_tools(tmp_path: Path) -> None:
    r = py("""
        from backend.sdk import loader, registry; loader.load_plugins(); import json
        print("@@" + json.dumps(registry.provider_tools()))
    """, tmp_path, str(EXAMPLES))
    tools = _last_json(r.stdout)
    assert tools == [{"type": "function", "function": {
        "name": "ping.echo", "description": "Echo back the given text.",
        "parameters": {"type": "object", "properties": {"text": {"type": "string", "description": "text to echo"}},
                       "required": ["text"]}}}]


def test_python_invoke_failures_are_values(tmp_path: Path) -> None:
    r = py("""
        from backend.sdk import loader; loader.load_plugins(); import asyncio, json, importlib
        registry = importlib.import_module("backend.sdk.registry")  # the module: the served path
        async def main():
            out = {}
            for name, args in [("tf.raises", {}), ("tf.async", {"n": 4}), ("tf.sync", {"k": 1}),
                               ("tf.model", {})]:
                out[name] = await registry.invoke_agent_tool(name, args)
            return out
        print("@@" + json.dumps(asyncio.run(main())))
    """, tmp_path, os.pathsep.join([str(EXAMPLES), str(TOOLFIX)]))
    out = _last_json(r.stdout)
    assert out["tf.raises"] == {"error": "ValueError: boom"}
    assert out["tf.async"] == {"async": True, "double": 8}
    assert out["tf.sync"] == {"sync": True, "args": {"k": 1}}
    assert out["tf.model"] in ({"x": 1, "y": 2, "label": "p"},), out


def test_python_registry_errors(tmp_path: Path) -> None:
    bad = tmp_path / "badplugins"
    bad.mkdir()
    (bad / "tf_broken.py").write_text("raise RuntimeError('kaput')\n")
    r = py("""
        from backend.sdk import loader, registry; loader.load_plugins(); import json
        print("@@" + json.dumps({"errors": [list(e) for e in registry.errors],
                                 "types": [type(e).__name__ for e in registry.errors],
                                 "loaded": [m.id for m in registry.loaded]}))
    """, tmp_path, os.pathsep.join([str(EXAMPLES), str(bad)]))
    out = _last_json(r.stdout)
    assert out["loaded"] == ["ping"], out
    assert out["types"] == ["tuple"], out
    (source, msg), = out["errors"]
    assert "tf_broken" in source, out
    assert msg == "RuntimeError: kaput", out
