"""Helpers for tools/: a host with the ping plugin and the ``tests/plugins/toolfix`` fixtures,
tool invocation over HTTP, permission settings, a fake browser tab, MCP sessions, and the browser
layout tools as declared in ``catalog/browser-tools.json``.
"""
from __future__ import annotations

import concurrent.futures as cf
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from support.host import EXAMPLES, PLUGINS, REPO, Host, start_host
from support.wsclient import WsClient

TOOLFIX = PLUGINS / "toolfix"
TOOL_DIRS: list[Path | str] = [EXAMPLES, TOOLFIX]

PERM_KEYS = ("agent.permissions.allow", "agent.permissions.ask", "agent.permissions.deny",
             "agent.permissions.mode")
DENIED = "denied by permission policy"

# The relayed layout tools (protocol.md section 7): one data file, read by the host and the web app.
BROWSER_TOOLS_JSON = REPO / "catalog" / "browser-tools.json"


def browser_tool_specs() -> list[dict[str, Any]]:
    """``catalog/browser-tools.json``'s ``tools``: ``{name, description, parameters}`` each."""
    return json.loads(BROWSER_TOOLS_JSON.read_text(encoding="utf-8"))["tools"]


# name -> its parameter (property) names, in declaration order.
BROWSER_TOOLS: dict[str, list[str]] = {t["name"]: list(t["parameters"]["properties"]) for t in browser_tool_specs()}

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
    """A fake browser tab: a ``WsClient`` on ``host`` (no telemetry)."""
    return WsClient(host.ws_url)


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
    if res.structured_content is not None:
        return res.structured_content
    texts = [c.text for c in res.content if getattr(c, "type", None) == "text"]
    assert texts, res
    return json.loads(texts[0])

