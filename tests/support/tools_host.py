"""Helpers for test_tools / test_gate_e2e / test_mcp: a host with the ping plugin and the
``tests/plugins/toolfix`` fixtures, tool invocation, permission settings and a fake browser tab.
"""
from __future__ import annotations

import concurrent.futures as cf
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from conftest import EXAMPLES, PLUGINS, Host, start_host  # type: ignore[import-not-found]
from support.host2 import WsClient

TOOLFIX = PLUGINS / "toolfix"
TOOL_DIRS: list[Path | str] = [EXAMPLES, TOOLFIX]

PERM_KEYS = ("agent.permissions.allow", "agent.permissions.ask", "agent.permissions.deny",
             "agent.permissions.mode")
DENIED = "denied by permission policy"

# The 16 relayed layout tools of protocol.md section 7.
BROWSER_TOOLS = {
    "list_available_panes": [], "list_open_panes": [], "get_pane_context": ["instanceId"],
    "open_pane": ["id"], "close_pane": ["id"], "get_pane_group": ["id"], "list_workspaces": [],
    "create_workspace": ["name"], "switch_workspace": ["id"],
    "split_pane": ["instanceId", "direction", "paneId"],
    "move_pane": ["instanceId", "reference", "direction"],
    "resize_pane": ["instanceId", "width", "height"], "float_pane": ["instanceId"],
    "dock_pane": ["instanceId"], "maximize_pane": ["instanceId"], "restore_pane": ["instanceId"],
}

_pool = cf.ThreadPoolExecutor(max_workers=8)


def tools_host(tmp: Path) -> Iterator[Host]:
    h = start_host(TOOL_DIRS, tmp / "data")
    try:
        yield h
    finally:
        h.stop()


def invoke(host: Host, name: str, args: Any = None, *, timeout: float = 20.0,
           body: Any = "__default__") -> Any:
    """POST /api/agent/tools/{name}/invoke; asserts 200 and returns the JSON body."""
    payload = {"args": args if args is not None else {}} if body == "__default__" else body
    r = httpx.post(f"{host.base_url}/api/agent/tools/{name}/invoke", json=payload, timeout=timeout)
    assert r.status_code == 200, f"POST invoke {name} {payload} -> {r.status_code} {r.text[:500]}"
    return r.json()


def invoke_async(host: Host, name: str, args: Any = None, timeout: float = 20.0) -> "cf.Future[Any]":
    """Starts an invoke in a thread (for calls that wait on the browser)."""
    return _pool.submit(invoke, host, name, args, timeout=timeout)


def put_setting(host: Host, key: str, value: Any) -> None:
    r = httpx.put(f"{host.base_url}/api/settings/{key}", json={"value": value}, timeout=10)
    assert r.status_code == 200, f"PUT /api/settings/{key} -> {r.status_code} {r.text[:300]}"


def get_setting(host: Host, key: str) -> Any:
    r = httpx.get(f"{host.base_url}/api/settings", timeout=10)
    assert r.status_code == 200, r.text
    return r.json()["values"].get(key)


def reset_permissions(host: Host) -> None:
    for k in PERM_KEYS:
        r = httpx.delete(f"{host.base_url}/api/settings/{k}", timeout=10)
        assert r.status_code in (200, 404), f"DELETE {k} -> {r.status_code} {r.text[:200]}"


def policy(host: Host, *, allow: list[str] | None = None, ask: list[str] | None = None,
           deny: list[str] | None = None, mode: str | None = None) -> None:
    """Resets the permission settings, then sets the given ones."""
    reset_permissions(host)
    if allow is not None:
        put_setting(host, "agent.permissions.allow", allow)
    if ask is not None:
        put_setting(host, "agent.permissions.ask", ask)
    if deny is not None:
        put_setting(host, "agent.permissions.deny", deny)
    if mode is not None:
        put_setting(host, "agent.permissions.mode", mode)


def tool_calls(host: Host) -> dict[str, int]:
    """How often each toolfix handler has run (via the plugin's own route: no gate involved)."""
    r = httpx.get(f"{host.base_url}/api/plugins/toolfix/calls", timeout=10)
    assert r.status_code == 200, r.text
    return r.json()


def tab(host: Host) -> WsClient:
    """A fake browser tab (no telemetry)."""
    return WsClient(host.ws_url)


def agent_frame(ws: WsClient, event: str, timeout: float = 10.0, **where: Any) -> dict[str, Any]:
    return ws.expect_ch("agent", event, timeout,
                        where=lambda f: all((f.get("data") or {}).get(k) == v for k, v in where.items()))


def result_of(fut: "cf.Future[Any]", timeout: float = 20.0) -> Any:
    return fut.result(timeout=timeout)


def no_browser_settled(host: Host, timeout: float = 5.0) -> None:
    """Waits until a relayed call reports that no tab is connected (closed sockets are gone)."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = invoke(host, "list_workspaces", timeout=2)
        except httpx.TimeoutException as e:  # relayed to a tab that is still registered
            last = e
        else:
            if isinstance(last, dict) and "error" in last:
                return
        time.sleep(0.1)
    raise AssertionError(f"a browser still looks connected: {last}")


# --- MCP (Streamable HTTP at /mcp) -----------------------------------------------------------------

def mcp_run(host: Host, fn: Any) -> Any:
    """Opens an initialized MCP session on ``host`` and returns ``await fn(session, init_result)``."""
    import asyncio

    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    async def go() -> Any:
        async with streamable_http_client(host.base_url + "/mcp") as streams:
            async with ClientSession(streams[0], streams[1]) as s:
                init = await s.initialize()
                return await fn(s, init)

    return asyncio.run(asyncio.wait_for(go(), 30))


def mcp_call(host: Host, name: str, args: dict[str, Any] | None = None) -> Any:
    """``tools/call``; returns the CallToolResult."""
    async def call(s: Any, _init: Any) -> Any:
        return await s.call_tool(name, args or {})
    return mcp_run(host, call)


def mcp_value(res: Any) -> Any:
    """The tool's result value from a CallToolResult (structured content, else the JSON text)."""
    import json

    if res.structured_content is not None:
        return res.structured_content
    texts = [c.text for c in res.content if getattr(c, "type", None) == "text"]
    assert texts, res
    return json.loads(texts[0])


def ws_call(ws: WsClient, name: str, args: Any, turn: str = "t-1", call_id: str = "k-1",
            answer_approval: str | None = None, timeout: float = 15.0) -> tuple[Any, dict[str, Any] | None]:
    """Runs a tool through the agent channel's ``call`` event on ``ws``; when ``answer_approval``
    is given, the approval_request that must arrive first is answered with that decision.
    Returns (result value, approval_request data or None)."""
    ws.send({"channel": "agent", "event": "call", "data": {"turnId": turn, "callId": call_id, "name": name,
                                                           "args": args}})
    req = None
    if answer_approval is not None:
        req = agent_frame(ws, "approval_request", timeout)["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": answer_approval}})
    f = agent_frame(ws, "result", timeout, callId=call_id)
    d = f["data"]
    assert d.get("turnId") == turn and d.get("name") == name, f
    return d["result"], req
