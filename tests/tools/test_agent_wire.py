"""The agent channel and tool dispatch as upstream serves them: the browser's ``manifest`` is kept
per tab and used by ``list_tools``, ``GET /api/agent/tools`` and the gate; ``list_tools`` names
upstream's sources; ``ask`` answers ``agent/error {turnId, message}`` (no model here, use MCP);
a plugin tool that runs longer than the 30 s the host used to allow finishes."""
from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from support.host import PLUGINS, Host, start_host
from support.tools_host import BROWSER_TOOLS, DENIED, TOOL_DIRS, invoke, policy, reset_permissions, tab, tool_calls

WIDGET = {"name": "notes.append", "description": "Append to the open note.", "kind": "widget",
          "params": {"type": "object", "properties": {"title": {"type": "string"}}, "required": ["title"]},
          "sideEffect": True, "specifierTemplate": "{title}"}
READER = {"name": "notes.peek", "description": "Read the open note.", "kind": "widget", "sideEffect": False}


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = start_host([*TOOL_DIRS, PLUGINS / "agentwire"], tmp_path_factory.mktemp("agentwire") / "data")
    yield h
    h.stop()


@pytest.fixture(autouse=True)
def _clean(host: Host) -> None:
    reset_permissions(host)


def manifest(ws: Any, tools: list[dict[str, Any]]) -> None:
    ws.send({"channel": "agent", "event": "manifest", "data": {"tools": tools}})


def list_tools(ws: Any) -> dict[str, dict[str, Any]]:
    ws.send({"channel": "agent", "event": "list_tools", "data": {}})
    tools = ws.expect_agent("tools")["data"]["tools"]
    return {t["name"]: t for t in tools}


def upstream_source(name: str) -> str:
    """Upstream's label for any tool in `list_tools` (its orchestrator's `_group_of`): the
    namespace before the first dot, else `layout`, whether the tool is a layout verb, a plugin's
    or a tab's."""
    return name.split(".", 1)[0] if "." in name else "layout"


def test_list_tools_sources_and_the_manifest(host: Host) -> None:
    with tab(host) as ws:
        before = list_tools(ws)
        assert {n for n, t in before.items() if t["source"] == "layout"} == set(BROWSER_TOOLS) | {"aw_dotless"}
        assert before["ping.echo"]["source"] == "ping" and before["tf.write"]["source"] == "tf"
        assert before["files.write"]["source"] == "files", "a plugin tool is labelled by its name, not its plugin"
        assert before["aw.deep.name"]["source"] == "aw"
        assert "notes.append" not in before
        manifest(ws, [WIDGET, READER, {"name": "refresh", "description": "no namespace"},
                      {"name": "open_pane", "description": "a duplicate: the fixed one wins"}])
        after = list_tools(ws)
        assert after["notes.append"] == {"name": "notes.append", "description": "Append to the open note.",
                                         "source": "notes"}
        assert after["refresh"]["source"] == "layout"
        assert after["open_pane"]["source"] == "layout" and after["open_pane"]["description"] != "a duplicate: the fixed one wins"
        assert all(t["source"] == upstream_source(n) for n, t in after.items()), after
        # The HTTP catalog shows what the newest tab announced, in provider form.
        catalog = {t["function"]["name"]: t for t in host.client.get("/api/agent/tools").json()["tools"]}
        assert catalog["notes.append"]["function"]["parameters"] == WIDGET["params"]
        assert catalog["notes.append"]["sideEffect"] is True
        manifest(ws, "not a list")  # type: ignore[arg-type]
        assert "notes.append" not in list_tools(ws), "a bad manifest empties it, as upstream"


def test_list_tools_order_as_upstream(host: Host) -> None:
    """Upstream lists its core (the layout verbs, then the plugin tools) before what tabs announced."""
    with tab(host) as ws:
        manifest(ws, [WIDGET])
        ws.send({"channel": "agent", "event": "list_tools", "data": {}})
        names = [t["name"] for t in ws.expect_agent("tools")["data"]["tools"]]
    assert names[:len(BROWSER_TOOLS)] == list(BROWSER_TOOLS)
    assert names[-1] == "notes.append"
    assert {"ping.echo", "tf.write", "aw_dotless"} <= set(names[len(BROWSER_TOOLS):-1])


def test_gate_uses_the_manifest_of_the_calling_tab(host: Host) -> None:
    with tab(host) as ws:
        manifest(ws, [WIDGET, READER])
        # Side-effecting widget tool: asked with its rendered specifier, then relayed to the tab.
        ws.send({"channel": "agent", "event": "call",
                 "data": {"turnId": "t-w", "callId": "w-1", "name": "notes.append", "args": {"title": "Ideas"}}})
        req = ws.expect_agent("approval_request")["data"]
        assert req["tool"] == "notes.append" and req["specifier"] == "Ideas", req
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "allow_once"}})
        call = ws.expect_agent("tool_call")["data"]
        assert call["name"] == "notes.append" and call["args"] == {"title": "Ideas"}, call
        ws.send({"channel": "agent", "event": "tool_result",
                 "data": {"turnId": call["turnId"], "callId": call["callId"], "ok": True, "result": {"ok": True}}})
        assert ws.expect_agent("result", callId="w-1")["data"]["result"] == {"ok": True}
        # A deny rule applies to it; a read-only widget tool passes straight through.
        policy(host, deny=["notes.append(Secret*)"])
        result, _ = ws.call_tool("notes.append", {"title": "Secret plans"}, call_id="w-2")
        assert result == {"error": DENIED}
        ws.send({"channel": "agent", "event": "call",
                 "data": {"turnId": "t-r", "callId": "r-1", "name": "notes.peek", "args": {}}})
        call = ws.expect_agent("tool_call")["data"]
        assert call["name"] == "notes.peek", call


def test_unannounced_tool_is_unknown(host: Host) -> None:
    with tab(host) as ws:
        result, _ = ws.call_tool("notes.append", {"title": "x"}, call_id="u-1")
        assert result == {"error": "unknown tool: notes.append"}


def test_ask_answers_agent_error_pointing_at_mcp(host: Host) -> None:
    with tab(host) as ws:
        ws.send({"channel": "agent", "event": "ask", "data": {"turnId": "turn-7", "prompt": "open settings"}})
        f = ws.expect_agent("error")
        assert set(f["data"]) == {"turnId", "message"}, f
        assert f["data"]["turnId"] == "turn-7"
        message = f["data"]["message"]
        assert "no model is configured" in message.lower() and "MCP" in message and "/mcp" in message, message
        ws.send({"channel": "agent", "event": "ask", "data": {}})
        assert ws.expect_agent("error")["data"]["turnId"] == ""


def test_a_tool_longer_than_30_seconds_finishes(host: Host) -> None:
    before = tool_calls(host).get("tf.minute", 0)
    t0 = time.monotonic()
    assert invoke(host, "tf.minute", {}, timeout=120) == {"slept": 35.0}
    assert time.monotonic() - t0 >= 35
    assert tool_calls(host).get("tf.minute", 0) == before + 1
