"""MCP at /mcp (Streamable HTTP): initialize, tools/list = the catalog, tools/call through the
gate, failures as ``isError`` results, and the localhost guard. Uses the official ``mcp`` client.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from support.host import Host
from support.rawhttp import raw_request
from support.tools_host import (BROWSER_TOOLS, DENIED, mcp_call, mcp_run, no_browser_settled, put_setting,
                                reset_permissions, tools_host)

PROTOCOL = "2025-11-25"


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    yield from tools_host(tmp_path_factory.mktemp("mcp"))


@pytest.fixture(autouse=True)
def _clean(host: Host) -> None:
    reset_permissions(host)
    no_browser_settled(host)


def catalog(host: Host) -> dict[str, dict[str, Any]]:
    r = httpx.get(f"{host.base_url}/api/agent/tools", timeout=10)
    assert r.status_code == 200, r.text
    return {t["function"]["name"]: t for t in r.json()["tools"]}


def text_of(res: Any) -> str:
    texts = [c.text for c in res.content if getattr(c, "type", None) == "text"]
    assert len(texts) == 1, res
    return texts[0]


def test_initialize(host: Host) -> None:
    async def go(s: Any, init: Any) -> Any:
        await s.send_ping()
        return init
    init = mcp_run(host, go)
    assert init.protocol_version == PROTOCOL, init
    assert init.capabilities.tools is not None, init.capabilities
    assert init.server_info.name, init.server_info


def test_tools_list_is_the_catalog(host: Host) -> None:
    async def go(s: Any, _init: Any) -> Any:
        return await s.list_tools()
    listed = mcp_run(host, go)
    cat = catalog(host)
    tools = {t.name: t for t in listed.tools}
    assert len(tools) == len(listed.tools), "duplicate names in tools/list"
    assert set(tools) == set(cat), f"extra {set(tools) - set(cat)}, missing {set(cat) - set(tools)}"
    assert set(BROWSER_TOOLS) <= set(tools)
    for name, t in tools.items():
        entry = cat[name]
        assert t.description == entry["function"]["description"], name
        assert t.input_schema == entry["function"]["parameters"], f"{name}: {t.input_schema}"
        assert t.annotations is not None, name
        assert t.annotations.read_only_hint is (not entry["sideEffect"]), f"{name}: {t.annotations}"
        assert t.annotations.destructive_hint is entry["sideEffect"], f"{name}: {t.annotations}"
    assert tools["tf.write"].annotations.read_only_hint is False
    assert tools["tf.write"].annotations.destructive_hint is True
    assert tools["ping.echo"].annotations.read_only_hint is True
    assert tools["ping.echo"].input_schema == {
        "type": "object", "properties": {"text": {"type": "string", "description": "text to echo"}},
        "required": ["text"]}


def test_call_ping_echo(host: Host) -> None:
    res = mcp_call(host, "ping.echo", {"text": "hi"})
    assert res.is_error is False, res
    assert json.loads(text_of(res)) == {"echo": "hi"}
    assert res.structured_content == {"echo": "hi"}


def test_call_async_and_model(host: Host) -> None:
    res = mcp_call(host, "tf.async", {"n": 5})
    assert res.is_error is False and res.structured_content == {"async": True, "double": 10}, res
    res = mcp_call(host, "tf.model", {})
    assert res.is_error is False and json.loads(text_of(res)) == {"x": 1, "y": 2, "label": "p"}, res


def test_call_side_effect_denied_then_allowed(host: Host) -> None:
    res = mcp_call(host, "tf.write", {"path": "/mcp/a"})
    assert res.is_error is True, res
    text = text_of(res)
    assert DENIED in text and "no browser" in text.lower(), text
    put_setting(host, "agent.permissions.allow", ["tf.write(/mcp/*)"])
    res = mcp_call(host, "tf.write", {"path": "/mcp/a", "content": "z"})
    assert res.is_error is False, res
    assert res.structured_content == {"wrote": "/mcp/a", "content": "z"}
    assert json.loads(text_of(res)) == {"wrote": "/mcp/a", "content": "z"}


def test_call_deny_rule(host: Host) -> None:
    put_setting(host, "agent.permissions.deny", ["tf.delete"])
    put_setting(host, "agent.permissions.mode", "autonomous")
    res = mcp_call(host, "tf.delete", {})
    assert res.is_error is True and json.loads(text_of(res)) == {"error": DENIED}, res


@pytest.mark.parametrize("tool,args,needle", [
    ("nope.nothing", {}, "unknown tool: nope.nothing"),
    ("tf.raises", {}, "ValueError: boom"),
    ("tf.set", {}, "JSON"),
    ("tf.slow_async", {}, "tool timed out"),
    ("tf.typed", {"name": "n", "count": "x"}, "count"),
    ("ping.echo", {}, "text"),
])
def test_call_failures_are_error_results(host: Host, tool: str, args: dict[str, Any], needle: str) -> None:
    res = mcp_call(host, tool, args)
    assert res.is_error is True, res
    assert needle in text_of(res), text_of(res)


def test_several_calls_in_one_session(host: Host) -> None:
    async def go(s: Any, _init: Any) -> Any:
        import asyncio
        return await asyncio.gather(*(s.call_tool("tf.async", {"n": i}) for i in range(10)))
    results = mcp_run(host, go)
    assert [r.structured_content for r in results] == [{"async": True, "double": 2 * i} for i in range(10)]


def test_call_browser_tool_is_relayed(host: Host) -> None:
    import concurrent.futures as cf

    from support.tools_host import tab
    with tab(host) as ws, cf.ThreadPoolExecutor(1) as ex:
        fut = ex.submit(mcp_call, host, "get_pane_group", {"id": "files.tree"})
        d = ws.expect_agent("tool_call", 15)["data"]
        assert d["name"] == "get_pane_group" and d["args"] == {"id": "files.tree"}, d
        ws.send({"channel": "agent", "event": "tool_result", "data": {
            "turnId": d["turnId"], "callId": d["callId"], "ok": True,
            "result": {"groupId": "files", "label": "Files", "companions": []}}})
        res = fut.result(timeout=20)
    assert res.is_error is False, res
    assert res.structured_content == {"groupId": "files", "label": "Files", "companions": []}


# --- the localhost guard -------------------------------------------------------------------------

INIT = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": PROTOCOL, "capabilities": {}, "clientInfo": {"name": "raw", "version": "0"}}}).encode()
MCP_HEADERS = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}


def test_raw_initialize_ok(host: Host) -> None:
    status, headers, body = raw_request(host.port, "POST", "/mcp", MCP_HEADERS, INIT)
    assert status == 200, (status, headers, body[:300])


@pytest.mark.parametrize("extra", [
    {"Host": "evil.com"},
    {"Host": "evil.com:80"},
    {"Origin": "http://evil.com"},
    {"Origin": "null"},
])
def test_guard_rejects_foreign_host_or_origin(host: Host, extra: dict[str, str]) -> None:
    status, headers, body = raw_request(host.port, "POST", "/mcp", {**MCP_HEADERS, **extra}, INIT)
    assert status == 403, (extra, status, body[:300])


def test_guard_allows_local_origin(host: Host) -> None:
    status, _, body = raw_request(host.port, "POST", "/mcp",
                                  {**MCP_HEADERS, "Origin": f"http://127.0.0.1:{host.port}"}, INIT)
    assert status == 200, (status, body[:300])
    status, _, body = raw_request(host.port, "POST", "/mcp",
                                  {**MCP_HEADERS, "Host": f"localhost:{host.port}"}, INIT)
    assert status == 200, (status, body[:300])


@pytest.mark.parametrize("extra", [{"Host": "evil.com"}, {"Origin": "http://evil.com"}])
def test_guard_on_tool_invoke(host: Host, extra: dict[str, str]) -> None:
    status, _, _ = raw_request(host.port, "POST", "/api/agent/tools/ping.echo/invoke",
                               {"Content-Type": "application/json", **extra}, b'{"args":{"text":"x"}}')
    assert status == 403


def test_guard_on_catalog(host: Host) -> None:
    status, _, _ = raw_request(host.port, "GET", "/api/agent/tools", {"Host": "evil.com"})
    assert status == 403
    # A cross-origin GET is let through (the guard checks Origin on state-changing requests),
    # but no CORS header may hand the catalog to that origin.
    status, headers, _ = raw_request(host.port, "GET", "/api/agent/tools", {"Origin": "http://evil.com"})
    assert headers.get("access-control-allow-origin") not in ("*", "http://evil.com"), headers
