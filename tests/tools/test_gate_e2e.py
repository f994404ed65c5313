"""The permission gate for agent tools end to end (protocol.md section 6), through every way in:
HTTP invoke, the /ws agent channel's ``call`` event and MCP ``tools/call``.

Fixtures: ``tests/plugins/toolfix`` — ``tf.write`` (side effect, specifier ``{path}``),
``tf.delete`` (side effect, no specifier), ``files.write`` / ``files.remove`` (side effect,
``{path}``), ``files.read`` and ``tf.sync`` (read-only), ``tf.calls`` (handler call counts).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from support.host import Host
from support.tools_host import (DENIED, get_setting, invoke, invoke_async, mcp_call, mcp_value, no_browser_settled,
                                policy, put_setting, reset_permissions, tab, tool_calls, tools_host)

NO_BROWSER_HINT = "no browser"


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    yield from tools_host(tmp_path_factory.mktemp("gate"))


@pytest.fixture(autouse=True)
def _clean(host: Host) -> None:
    reset_permissions(host)
    no_browser_settled(host)


def denied(out: Any) -> bool:
    return out == {"error": DENIED}


def assert_no_browser_denial(out: Any) -> None:
    assert isinstance(out, dict) and set(out) == {"error"}, out
    assert out["error"].startswith(DENIED), out
    assert NO_BROWSER_HINT in out["error"].lower(), out


def ran(host: Host, tool: str, fn: Callable[[], Any]) -> tuple[Any, bool]:
    before = tool_calls(host).get(tool, 0)
    out = fn()
    return out, tool_calls(host).get(tool, 0) > before


# --- via HTTP (no browser) -----------------------------------------------------------------------

def test_read_only_runs_without_check(host: Host) -> None:
    policy(host, mode="plan")
    assert invoke(host, "tf.sync", {"a": 1}) == {"sync": True, "args": {"a": 1}}
    assert invoke(host, "files.read", {"path": "/x"}) == {"read": "/x"}
    policy(host)  # default mode, no rules, no browser: still runs, no approval needed
    assert invoke(host, "ping.echo", {"text": "t"}) == {"echo": "t"}


def test_side_effect_with_no_rule_and_no_browser_is_denied(host: Host) -> None:
    out, did = ran(host, "tf.write", lambda: invoke(host, "tf.write", {"path": "/tmp/a"}))
    assert_no_browser_denial(out)
    assert not did, "tf.write's handler ran although the gate asked and nobody answered"
    out, did = ran(host, "tf.delete", lambda: invoke(host, "tf.delete"))
    assert_no_browser_denial(out)
    assert not did


@pytest.mark.parametrize("rule", ["tf.write", "tf.write(/tmp/*)", "tf.*", "*", "tf.write(*)"])
def test_deny_rule_wins_even_in_autonomous(host: Host, rule: str) -> None:
    policy(host, deny=[rule], allow=["tf.write", "tf.write(*)"], mode="autonomous")
    out, did = ran(host, "tf.write", lambda: invoke(host, "tf.write", {"path": "/tmp/a"}))
    assert denied(out), f"deny={rule!r}: {out}"
    assert not did


def test_plan_mode_denies_side_effects(host: Host) -> None:
    policy(host, mode="plan", allow=["tf.write", "tf.delete"])
    out, did = ran(host, "tf.write", lambda: invoke(host, "tf.write", {"path": "/tmp/a"}))
    assert denied(out), out
    assert not did
    assert denied(invoke(host, "tf.delete"))


def test_autonomous_allows(host: Host) -> None:
    policy(host, mode="autonomous")
    assert invoke(host, "tf.write", {"path": "/tmp/a", "content": "c"}) == {"wrote": "/tmp/a", "content": "c"}
    assert invoke(host, "tf.delete") == {"deleted": True}
    assert invoke(host, "files.remove", {"path": "/z"}) == {"removed": "/z"}


def test_bad_mode_is_default(host: Host) -> None:
    policy(host, mode="yolo")
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/tmp/a"}))
    policy(host, mode=["autonomous"])
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/tmp/a"}))


def test_ask_rule_asks_even_in_autonomous(host: Host) -> None:
    policy(host, ask=["tf.write"], mode="autonomous")
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/tmp/a"}))
    assert invoke(host, "tf.delete") == {"deleted": True}


def test_allow_rule_with_specifier_glob(host: Host) -> None:
    policy(host, allow=["tf.write(/tmp/*)"])
    assert invoke(host, "tf.write", {"path": "/tmp/a.txt"}) == {"wrote": "/tmp/a.txt", "content": None}
    assert invoke(host, "tf.write", {"path": "/tmp/sub/dir/b"}) == {"wrote": "/tmp/sub/dir/b", "content": None}
    # the glob is matched against the whole specifier
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/etc/passwd"}))
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "x/tmp/a"}))
    # a rule for another tool does not apply
    assert_no_browser_denial(invoke(host, "files.write", {"path": "/tmp/a"}))


def test_allow_rule_exact_specifier(host: Host) -> None:
    policy(host, allow=["tf.write(/srv/one)"])
    assert invoke(host, "tf.write", {"path": "/srv/one"})["wrote"] == "/srv/one"
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/srv/one2"}))


def test_bare_name_rule_covers_every_call(host: Host) -> None:
    policy(host, allow=["tf.write", "tf.delete"])
    assert invoke(host, "tf.write", {"path": "/anything"})["wrote"] == "/anything"
    assert invoke(host, "tf.delete") == {"deleted": True}


def test_scoped_rule_never_matches_call_without_specifier(host: Host) -> None:
    policy(host, allow=["tf.delete(*)"])
    out, did = ran(host, "tf.delete", lambda: invoke(host, "tf.delete"))
    assert_no_browser_denial(out)
    assert not did
    # nor does a scoped deny rule: a bare allow then decides
    policy(host, deny=["tf.delete(*)"], allow=["tf.delete"])
    assert invoke(host, "tf.delete") == {"deleted": True}
    policy(host, deny=["tf.delete(*)"], mode="autonomous")
    assert invoke(host, "tf.delete") == {"deleted": True}


def test_tool_name_glob(host: Host) -> None:
    policy(host, allow=["files.*"])
    assert invoke(host, "files.write", {"path": "/a"}) == {"written": "/a"}
    assert invoke(host, "files.remove", {"path": "/b"}) == {"removed": "/b"}
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/a"}))
    policy(host, allow=["files.*(/ok/*)"])
    assert invoke(host, "files.write", {"path": "/ok/1"}) == {"written": "/ok/1"}
    assert_no_browser_denial(invoke(host, "files.remove", {"path": "/no/1"}))
    policy(host, deny=["files.*"], mode="autonomous")
    assert denied(invoke(host, "files.write", {"path": "/a"}))
    assert invoke(host, "tf.write", {"path": "/a"})["wrote"] == "/a"


def test_specifier_missing_argument_renders_empty(host: Host) -> None:
    # files.write has no required args; a missing {path} renders as "" which "files.write(*)" matches
    # and "files.write(/x*)" does not.
    policy(host, allow=["files.write(/x*)"])
    assert_no_browser_denial(invoke(host, "files.write", {}))
    policy(host, allow=["files.write(*)"])
    assert invoke(host, "files.write", {}) == {"written": None}


def test_accept_edits_allows_only_upstreams_edit_list(host: Host) -> None:
    policy(host, mode="acceptEdits")
    assert invoke(host, "files.write", {"path": "/a"}) == {"written": "/a"}
    assert invoke(host, "files.mkdir", {"path": "/d"}) == {"written": "/d"}
    # Never by a name guess: these look like edits but are not on upstream's fixed list.
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/a"}))
    assert_no_browser_denial(invoke(host, "notes.write", {"path": "/n"}))
    assert_no_browser_denial(invoke(host, "files.remove", {"path": "/a"}))
    assert_no_browser_denial(invoke(host, "tf.delete"))


def test_read_only_tools_pass_straight_through(host: Host) -> None:
    """Seed 000: read-only tools pass straight through: no deny rule, no ask rule applies."""
    policy(host, deny=["files.read", "tf.*", "*"], ask=["files.*", "tf.sync"], mode="plan")
    assert invoke(host, "files.read", {"path": "/x"}) == {"read": "/x"}
    assert invoke(host, "tf.sync", {"a": 1}) == {"sync": True, "args": {"a": 1}}
    assert denied(invoke(host, "tf.write", {"path": "/a"}))


def test_only_star_is_a_wildcard(host: Host) -> None:
    policy(host, allow=["tf.write(/tmp/?)"])
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/tmp/a"}))
    assert invoke(host, "tf.write", {"path": "/tmp/?"})["wrote"] == "/tmp/?"
    policy(host, allow=["tf.writ?"])
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/tmp/a"}))


def test_empty_template_means_no_specifier(host: Host) -> None:
    policy(host, allow=["tf.nospec(*)"])
    assert_no_browser_denial(invoke(host, "tf.nospec"))
    with tab(host) as ws:
        fut = invoke_async(host, "tf.nospec", {})
        req = ws.expect_agent("approval_request")["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "deny"}})
        assert denied(fut.result(timeout=15))
    assert req["specifier"] is None, req
    policy(host, allow=["tf.nospec"])
    assert invoke(host, "tf.nospec") == {"spec": True}


def test_only_word_placeholders_are_filled(host: Host) -> None:
    with tab(host) as ws:
        fut = invoke_async(host, "tf.words", {"x": "X", "a b": "no", "ü_1": 7})
        req = ws.expect_agent("approval_request")["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "deny"}})
        assert denied(fut.result(timeout=15))
    assert req["specifier"] == "{a b}|X|{x.y}|7", req


def test_rules_take_effect_immediately(host: Host) -> None:
    assert_no_browser_denial(invoke(host, "tf.write", {"path": "/p"}))
    put_setting(host, "agent.permissions.allow", ["tf.write(/p)"])
    assert invoke(host, "tf.write", {"path": "/p"})["wrote"] == "/p"
    put_setting(host, "agent.permissions.deny", ["tf.write"])
    assert denied(invoke(host, "tf.write", {"path": "/p"}))


# --- ask with a browser tab --------------------------------------------------------------------

def test_ask_allow_once(host: Host) -> None:
    policy(host, mode="default")
    with tab(host) as ws:
        fut = invoke_async(host, "tf.write", {"path": "/tmp/once", "content": "c"})
        req = ws.expect_agent("approval_request")["data"]
        assert set(req) >= {"turnId", "approvalId", "tool", "specifier", "mode"}, req
        assert req["tool"] == "tf.write" and req["specifier"] == "/tmp/once" and req["mode"] == "default", req
        assert isinstance(req["approvalId"], str) and req["approvalId"], req
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "allow_once"}})
        assert fut.result(timeout=15) == {"wrote": "/tmp/once", "content": "c"}
        # allow_once stores nothing: the next call asks again
        assert not get_setting(host, "agent.permissions.allow")
        fut = invoke_async(host, "tf.write", {"path": "/tmp/once"})
        req2 = ws.expect_agent("approval_request")["data"]
        assert req2["approvalId"] != req["approvalId"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req2["approvalId"], "decision": "deny"}})
        assert denied(fut.result(timeout=15))


def test_ask_request_without_specifier_and_mode(host: Host) -> None:
    policy(host, mode="acceptEdits")
    with tab(host) as ws:
        fut = invoke_async(host, "tf.delete")
        req = ws.expect_agent("approval_request")["data"]
        assert req["tool"] == "tf.delete" and req["specifier"] is None and req["mode"] == "acceptEdits", req
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "allow_once"}})
        assert fut.result(timeout=15) == {"deleted": True}


@pytest.mark.parametrize("decision", ["deny", "maybe", None])
def test_ask_deny(host: Host, decision: str | None) -> None:
    with tab(host) as ws:
        before = tool_calls(host).get("tf.write", 0)
        fut = invoke_async(host, "tf.write", {"path": "/tmp/no"})
        req = ws.expect_agent("approval_request")["data"]
        data: dict[str, Any] = {"approvalId": req["approvalId"]}
        if decision is not None:
            data["decision"] = decision
        ws.send({"channel": "agent", "event": "approval_response", "data": data})
        assert denied(fut.result(timeout=15))
        assert tool_calls(host).get("tf.write", 0) == before
        assert not get_setting(host, "agent.permissions.allow")


def test_ask_allow_always_stores_name_and_specifier(host: Host) -> None:
    put_setting(host, "agent.permissions.allow", ["files.read"])
    with tab(host) as ws:
        fut = invoke_async(host, "tf.write", {"path": "/home/x"})
        req = ws.expect_agent("approval_request")["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "allow_always"}})
        assert fut.result(timeout=15) == {"wrote": "/home/x", "content": None}
        assert get_setting(host, "agent.permissions.allow") == ["files.read", "tf.write(/home/x)"]
        # the identical call now runs without asking
        assert invoke(host, "tf.write", {"path": "/home/x"}, timeout=10) == {"wrote": "/home/x", "content": None}
        assert not [f for f in ws.quiet(0.5) if f.get("event") == "approval_request"]
        # a different specifier still asks
        fut = invoke_async(host, "tf.write", {"path": "/home/y"})
        req = ws.expect_agent("approval_request")["data"]
        assert req["specifier"] == "/home/y"
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "deny"}})
        assert denied(fut.result(timeout=15))


def test_ask_allow_always_without_specifier_stores_bare_name(host: Host) -> None:
    with tab(host) as ws:
        fut = invoke_async(host, "tf.delete")
        req = ws.expect_agent("approval_request")["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "allow_always"}})
        assert fut.result(timeout=15) == {"deleted": True}
        assert get_setting(host, "agent.permissions.allow") == ["tf.delete"]
        assert invoke(host, "tf.delete", timeout=10) == {"deleted": True}


def test_ask_allow_always_with_given_rule(host: Host) -> None:
    with tab(host) as ws:
        fut = invoke_async(host, "tf.write", {"path": "/srv/a"})
        req = ws.expect_agent("approval_request")["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "allow_always", "rule": "tf.write(/srv/*)"}})
        assert fut.result(timeout=15)["wrote"] == "/srv/a"
        assert get_setting(host, "agent.permissions.allow") == ["tf.write(/srv/*)"]
        assert invoke(host, "tf.write", {"path": "/srv/b"}, timeout=10)["wrote"] == "/srv/b"
        assert not [f for f in ws.quiet(0.5) if f.get("event") == "approval_request"]


def test_ask_allow_always_persists_across_restart(host_factory: Callable[..., Host], tmp_path: Any) -> None:
    from support.tools_host import TOOL_DIRS
    data = tmp_path / "persist"
    h = host_factory(TOOL_DIRS, data_dir=data)
    with tab(h) as ws:
        fut = invoke_async(h, "tf.write", {"path": "/keep"})
        req = ws.expect_agent("approval_request")["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "allow_always"}})
        assert fut.result(timeout=15)["wrote"] == "/keep"
    h.stop()
    h2 = host_factory(TOOL_DIRS, data_dir=data)
    assert get_setting(h2, "agent.permissions.allow") == ["tf.write(/keep)"]
    assert invoke(h2, "tf.write", {"path": "/keep"}, timeout=10)["wrote"] == "/keep"


@pytest.mark.parametrize("args,specifier", [
    ({"a": "x", "b": "y"}, "x:y"),
    ({"a": "x"}, "x:"),
    ({"a": None, "b": "y"}, ":y"),
    ({}, ":"),
    ({"a": 3, "b": 1.5}, "3:1.5"),
    ({"a": True, "b": False}, "True:False"),
])
def test_specifier_rendering(host: Host, args: dict[str, Any], specifier: str) -> None:
    """protocol.md section 6: each {name} becomes str(args[name]); "" when missing or null."""
    with tab(host) as ws:
        fut = invoke_async(host, "tf.spec", args)
        req = ws.expect_agent("approval_request")["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "deny"}})
        assert denied(fut.result(timeout=15))
    assert req["specifier"] == specifier, f"{args} rendered {req['specifier']!r}, expected {specifier!r}"


def test_allow_always_does_not_duplicate_rule(host: Host) -> None:
    policy(host, allow=["tf.write(/x/*)", "tf.delete"])
    with tab(host) as ws:
        fut = invoke_async(host, "tf.write", {"path": "/y"})
        req = ws.expect_agent("approval_request")["data"]
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": req["approvalId"], "decision": "allow_always", "rule": "tf.delete"}})
        assert fut.result(timeout=15)["wrote"] == "/y"
    assert get_setting(host, "agent.permissions.allow") == ["tf.write(/x/*)", "tf.delete"]


def test_tab_closing_during_approval_denies_promptly(host: Host) -> None:
    """The tab that was asked goes away: nobody can answer any more, so the call is denied now,
    not after the 300 s approval timeout."""
    ws = tab(host)
    fut = invoke_async(host, "tf.write", {"path": "/closing"}, timeout=12)
    ws.expect_agent("approval_request")
    ws.close()
    t0 = time.monotonic()
    try:
        out = fut.result(timeout=20)
    except Exception as e:  # httpx timeout: still waiting on the dead tab
        raise AssertionError(f"no answer {time.monotonic() - t0:.0f}s after the asked tab closed ({e!r})")
    assert time.monotonic() - t0 < 10, f"denial took {time.monotonic() - t0:.1f}s"
    assert isinstance(out, dict) and out.get("error", "").startswith(DENIED), out


def test_approval_response_for_unknown_id_is_an_error_frame(host: Host) -> None:
    with tab(host) as ws:
        ws.send({"channel": "agent", "event": "approval_response",
                 "data": {"approvalId": "no-such-approval", "decision": "allow_once"}})
        f = ws.expect(lambda f: f.get("event") == "error", timeout=5)
        assert f["channel"] in ("agent", "system"), f
        ws.roundtrip_ping()  # socket still open


def test_approval_answer_is_single_use(host: Host) -> None:
    with tab(host) as ws:
        fut = invoke_async(host, "tf.write", {"path": "/one"})
        req = ws.expect_agent("approval_request")["data"]
        ans = {"channel": "agent", "event": "approval_response",
               "data": {"approvalId": req["approvalId"], "decision": "allow_once"}}
        ws.send(ans)
        assert fut.result(timeout=15)["wrote"] == "/one"
        ws.send(ans)  # replaying it must not approve anything else
        ws.expect(lambda f: f.get("event") == "error", timeout=5)


# --- through each way in ---------------------------------------------------------------------------

WAYS = ["http", "ws", "mcp"]


def call_via(host: Host, way: str, name: str, args: dict[str, Any]) -> Any:
    """One gated call with no approval expected (for ws, a tab is connected only for the call)."""
    if way == "http":
        return invoke(host, name, args)
    if way == "mcp":
        res = mcp_call(host, name, args)
        value = mcp_value(res)
        is_err = isinstance(value, dict) and "error" in value
        assert res.is_error is is_err, f"MCP isError={res.is_error} for {value}"
        return value
    with tab(host) as ws:
        out, _ = ws.call_tool(name, args)
        assert not [f for f in ws.quiet(0.2) if f.get("event") == "approval_request"]
        return out


@pytest.mark.parametrize("way", WAYS)
def test_each_way_deny_rule(host: Host, way: str) -> None:
    policy(host, deny=["tf.write(/secret/*)"], mode="autonomous")
    out, did = ran(host, "tf.write", lambda: call_via(host, way, "tf.write", {"path": "/secret/k"}))
    assert denied(out), out
    assert not did
    assert call_via(host, way, "tf.write", {"path": "/public/k"})["wrote"] == "/public/k"


@pytest.mark.parametrize("way", WAYS)
def test_each_way_plan_mode(host: Host, way: str) -> None:
    policy(host, mode="plan", allow=["tf.delete"])
    assert denied(call_via(host, way, "tf.delete", {}))
    assert call_via(host, way, "tf.sync", {"w": way}) == {"sync": True, "args": {"w": way}}


@pytest.mark.parametrize("way", WAYS)
def test_each_way_allow_rule(host: Host, way: str) -> None:
    policy(host, allow=["files.*(/ok/*)"])
    assert call_via(host, way, "files.write", {"path": "/ok/f"}) == {"written": "/ok/f"}


@pytest.mark.parametrize("way", WAYS)
def test_each_way_unknown_tool(host: Host, way: str) -> None:
    assert call_via(host, way, "nope.nothing", {}) == {"error": "unknown tool: nope.nothing"}


@pytest.mark.parametrize("way", ["http", "mcp"])
@pytest.mark.parametrize("decision", ["allow_once", "deny"])
def test_each_way_ask_with_tab(host: Host, way: str, decision: str) -> None:
    import concurrent.futures as cf
    with tab(host) as ws:
        with cf.ThreadPoolExecutor(1) as ex:
            fut = ex.submit(call_via, host, way, "tf.write", {"path": f"/ask/{way}"})
            req = ws.expect_agent("approval_request", 15)["data"]
            assert req["tool"] == "tf.write" and req["specifier"] == f"/ask/{way}", req
            ws.send({"channel": "agent", "event": "approval_response",
                     "data": {"approvalId": req["approvalId"], "decision": decision}})
            out = fut.result(timeout=20)
    if decision == "allow_once":
        assert out == {"wrote": f"/ask/{way}", "content": None}
    else:
        assert denied(out), out


@pytest.mark.parametrize("decision", ["allow_once", "deny", "allow_always"])
def test_ws_call_asks_its_own_tab(host: Host, decision: str) -> None:
    with tab(host) as ws:
        out, req = ws.call_tool("tf.write", {"path": "/ws/x"}, turn="turn-42", call_id="cid-7",
                                answer_approval=decision)
        assert req is not None and req["tool"] == "tf.write" and req["specifier"] == "/ws/x", req
        assert req["turnId"] == "turn-42", f"approval_request should carry the call's turnId: {req}"
        if decision == "deny":
            assert denied(out)
        else:
            assert out == {"wrote": "/ws/x", "content": None}
        if decision == "allow_always":
            assert get_setting(host, "agent.permissions.allow") == ["tf.write(/ws/x)"]
            out2, _ = ws.call_tool("tf.write", {"path": "/ws/x"}, call_id="cid-8")
            assert out2 == {"wrote": "/ws/x", "content": None}


def test_ws_call_asks_the_calling_tab_not_the_newest(host: Host) -> None:
    """Two tabs: the older one runs an agent turn. Its approval request (turnId of that turn)
    goes to it, not to whichever tab connected last."""
    with tab(host) as caller, tab(host) as newer:
        caller.send({"channel": "agent", "event": "call",
                     "data": {"turnId": "own-turn", "callId": "own-1", "name": "tf.write", "args": {"path": "/own"}}})
        got = None
        try:
            got = caller.expect_agent("approval_request", 5)["data"]
        finally:
            for f in newer.quiet(0.3):  # answer a misrouted request so nothing hangs
                if f.get("event") == "approval_request":
                    newer.send({"channel": "agent", "event": "approval_response",
                                "data": {"approvalId": f["data"]["approvalId"], "decision": "deny"}})
                    if got is None:
                        raise AssertionError(f"approval for the older tab's call went to the newer tab: {f}")
        caller.send({"channel": "agent", "event": "approval_response",
                     "data": {"approvalId": got["approvalId"], "decision": "allow_once"}})
        assert caller.expect_agent("result", callId="own-1")["data"]["result"] == {"wrote": "/own", "content": None}


def test_ws_call_relays_browser_tool_to_the_calling_tab(host: Host) -> None:
    with tab(host) as caller, tab(host) as newer:
        caller.send({"channel": "agent", "event": "call",
                     "data": {"turnId": "t-rel", "callId": "rel-1", "name": "list_open_panes", "args": {}}})
        got = None
        try:
            got = caller.expect_agent("tool_call", 5)["data"]
        finally:
            for f in newer.quiet(0.3):
                if f.get("event") == "tool_call":
                    d = f["data"]
                    newer.send({"channel": "agent", "event": "tool_result",
                                "data": {"turnId": d["turnId"], "callId": d["callId"], "ok": False, "error": "wrong tab"}})
                    if got is None:
                        raise AssertionError(f"the older tab's browser-tool call went to the newer tab: {f}")
        caller.send({"channel": "agent", "event": "tool_result",
                     "data": {"turnId": got["turnId"], "callId": got["callId"], "ok": True, "result": {"panes": []}}})
        assert caller.expect_agent("result", callId="rel-1")["data"]["result"] == {"panes": []}


def test_ws_call_runs_browser_tool_relay(host: Host) -> None:
    """A browser tool called through the agent channel is relayed back to a tab."""
    with tab(host) as ws:
        ws.send({"channel": "agent", "event": "call",
                 "data": {"turnId": "t9", "callId": "c9", "name": "list_workspaces", "args": {}}})
        d = ws.expect_agent("tool_call")["data"]
        assert d["name"] == "list_workspaces" and d["turnId"] == "t9", d
        ws.send({"channel": "agent", "event": "tool_result",
                 "data": {"turnId": d["turnId"], "callId": d["callId"], "ok": True,
                          "result": {"active": "w1", "workspaces": [{"id": "w1", "name": "Main"}]}}})
        f = ws.expect_agent("result", callId="c9")
        assert f["data"]["result"] == {"active": "w1", "workspaces": [{"id": "w1", "name": "Main"}]}


def test_mcp_side_effect_denied_then_allowed(host: Host) -> None:
    res = mcp_call(host, "tf.write", {"path": "/m"})
    assert res.is_error is True
    text = res.content[0].text
    assert DENIED in text and NO_BROWSER_HINT in text.lower(), text
    put_setting(host, "agent.permissions.allow", ["tf.write(/m)"])
    time.sleep(0.05)
    res = mcp_call(host, "tf.write", {"path": "/m"})
    assert res.is_error is False, res
    assert res.structured_content == {"wrote": "/m", "content": None}
