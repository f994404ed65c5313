"""`dash.plugins` without the host: the facade over `plugins_control` (a plain Python stand-in
answering as the contract's endpoints do), its errors, and its place in `dash.help()`."""

from __future__ import annotations

import json
from typing import Any

import pytest

from horrible._host import kernel, plugin_control

from .test_host_kernel import Kit, routers_installed


class FakeControl:
    """Stands for the binary's `plugins_control`: records calls, answers from a script."""

    def __init__(self, answers: dict[str, tuple[int, Any]]) -> None:
        self.answers = answers
        self.calls: list[tuple[str, str | None, bool]] = []

    def __call__(self, action: str, plugin_id: str | None, cascade: bool) -> tuple[int, str]:
        self.calls.append((action, plugin_id, cascade))
        status, body = self.answers[action]
        return status, body if isinstance(body, str) else json.dumps(body)


def dash_with(control: FakeControl) -> Any:
    k = Kit()
    return kernel.Session(k.emit, k.relay, k.host, [], control).namespace["dash"]


RELOADED = {
    "ok": True,
    "plugin": "ping",
    "version": "1.2.0",
    "ms": 12.3,
    "reloaded": ["ping"],
    "changes": {"routes": {"added": ["GET /api/x"], "removed": []}},
}


def test_calls_map_to_actions_and_return_the_json() -> None:
    control = FakeControl(
        {
            "list": (200, {"plugins": [], "errors": [], "disabled": [], "blocked": [], "locked": False}),
            "reload": (200, RELOADED),
            "enable": (200, {"ok": True, "enabled": ["a", "b"]}),
            "disable": (200, {"ok": True, "disabled": ["a", "b"]}),
            "rescan": (200, {"ok": True, "added": [], "removed": [], "errors": []}),
        }
    )
    dash = dash_with(control)
    assert dash.plugins.list()["locked"] is False
    assert dash.plugins.reload("ping") == RELOADED
    assert dash.plugins.enable("a") == {"ok": True, "enabled": ["a", "b"]}
    assert dash.plugins.disable("a", cascade=True)["disabled"] == ["a", "b"]
    assert dash.plugins.disable("a")["ok"] is True
    assert dash.plugins.rescan()["added"] == []
    assert control.calls == [
        ("list", None, False),
        ("reload", "ping", False),
        ("enable", "a", False),
        ("disable", "a", True),
        ("disable", "a", False),
        ("rescan", None, False),
    ]


def test_a_failed_reload_raises_with_status_body_and_traceback() -> None:
    failed = {
        "ok": False,
        "plugin": "ping",
        "stage": "setup",
        "error": "ValueError: boom",
        "traceback": 'Traceback (most recent call last):\n  File "/p/ping/__init__.py", line 12\nValueError: boom\n',
        "file": "/p/ping/__init__.py",
        "line": 12,
    }
    dash = dash_with(FakeControl({"reload": (409, failed)}))
    with pytest.raises(kernel.PluginControlError) as info:
        dash.plugins.reload("ping")
    err = info.value
    assert err.status == 409 and err.body == failed
    first, *rest = str(err).split("\n")
    assert first == (
        "reload of 'ping' failed at setup: ValueError: boom (/p/ping/__init__.py:12); the old version keeps serving"
    )
    assert rest[-1] == "ValueError: boom"


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (
            409,
            {"ok": False, "plugin": "a", "dependents": ["b", "c"], "detail": "b, c depend on a"},
            "'a' was not disabled: b, c depend on it (pass cascade=True to disable them too)",
        ),
        (
            403,
            {"detail": "plugin control is locked: the host was started with --locked"},
            "disable of 'a': 403 plugin control is locked: the host was started with --locked",
        ),
        (404, {"detail": 'no plugin "a"'}, "disable of 'a': 404 no plugin \"a\""),
        (500, "not json", "disable of 'a': 500 not json"),
    ],
)
def test_refusals_raise(status: int, body: Any, message: str) -> None:
    dash = dash_with(FakeControl({"disable": (status, body)}))
    with pytest.raises(kernel.PluginControlError) as info:
        dash.plugins.disable("a")
    assert str(info.value) == message and info.value.status == status


def test_ok_false_with_200_still_raises() -> None:
    dash = dash_with(FakeControl({"enable": (200, {"ok": False, "error": "odd"})}))
    with pytest.raises(kernel.PluginControlError):
        dash.plugins.enable("a")


def test_without_the_binary_the_call_says_so() -> None:
    k = Kit()
    dash = kernel.Session(k.emit, k.relay, k.host, []).namespace["dash"]
    with pytest.raises(RuntimeError, match="plugins_control needs the horrible binary"):
        dash.plugins.list()


@routers_installed
def test_help_lists_plugins_after_upstreams_facades() -> None:
    k = Kit()
    s = kernel.Session(k.emit, k.relay, k.host, [("weather", object, "w"), ("plugins", object, "greedy")])
    assert s.run("dash.help()") == (True, None, None)
    text = k.text()
    assert text.index("\ndash.settings — ") < text.index("\ndash.plugins — ") < text.index("\ndash.weather — ")
    section = text.split("\ndash.plugins — ")[1].split("\n\n")[0].split("\n")
    assert [line.split("()")[0].strip() for line in section[1:]] == [
        ".disable",
        ".enable",
        ".list",
        ".reload",
        ".rescan",
    ]
    assert isinstance(s.namespace["dash"].plugins, plugin_control._Plugins), "a plugin facade may not take the name"
    assert "plugins" in kernel.core_names()
