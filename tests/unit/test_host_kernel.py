"""`horrible._host.kernel` without the host: REPL cells, per-thread output routing, the
interruptible sleep, and the `dash` handle with plain Python callables for relay and host."""

from __future__ import annotations

import ctypes
import functools
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec

import pytest

from horrible._host import kernel

_P = ParamSpec("_P")


class FakeHost:
    """Stands for repl/host.rs: answers what `dash.io` / `dash.settings` ask, and records it."""

    def __init__(self) -> None:
        self.asked: list[tuple[Any, ...]] = []
        self.settings: dict[str, Any] = {"theme": "dark"}

    def io_recent(self, limit: int) -> Any:
        self.asked.append(("io_recent", limit))
        return [{"n": i} for i in range(limit)]

    def io_errors(self, limit: int) -> Any:
        self.asked.append(("io_errors", limit))
        return []

    def io_clear(self) -> Any:
        self.asked.append(("io_clear",))
        return {"ok": True, "cleared": True}

    def settings_get(self, key: str, default: Any) -> Any:
        return self.settings.get(key, default)

    def settings_set(self, key: str, value: Any) -> Any:
        self.settings[key] = value
        return {"ok": True, "key": key, "value": value}

    def settings_all(self) -> Any:
        return dict(self.settings)


class Kit:
    def __init__(self) -> None:
        self.out: list[tuple[str, str]] = []
        self.relayed: list[tuple[str, dict[str, Any]]] = []
        self.host = FakeHost()

    def emit(self, stream: str, text: str) -> None:
        self.out.append((stream, text))

    def relay(self, name: str, args: dict[str, Any]) -> Any:
        self.relayed.append((name, args))
        return {"relayed": name}

    def session(self, facades: list[tuple[str, Any, str]] | None = None) -> kernel.Session:
        return kernel.Session(self.emit, self.relay, self.host, facades or [])

    def text(self, stream: str = "stdout") -> str:
        return "".join(t for s, t in self.out if s == stream)


@contextmanager
def routed() -> Iterator[None]:
    """`install_routers` replaces sys.stdout/stderr and time.sleep process-wide: put them back.
    (Around the test body, not a fixture: pytest resets sys.stdout between the test phases.)"""
    saved = sys.stdout, sys.stderr, time.sleep
    kernel.install_routers()
    try:
        yield
    finally:
        sys.stdout, sys.stderr, time.sleep = saved


def routers_installed(test: Callable[_P, None]) -> Callable[_P, None]:
    """Runs the test inside `routed()`."""

    @functools.wraps(test)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> None:
        with routed():
            test(*args, **kwargs)

    return run


def test_expression_value_statements_and_namespace() -> None:
    s = Kit().session()
    assert s.run("x = 20\ny = x + 1") == (True, None, None)
    assert s.run("x * 2 + y") == (True, "61", None)
    assert s.run("_ + 1") == (True, "62", None)  # `_` is the last value
    assert s.run("None") == (True, None, None)
    assert s.run("'a' * 3") == (True, "'aaa'", None)
    assert s.run("def f(n):\n    return n * n\nf(9)") == (True, "81", None)
    assert s.namespace["__name__"] == "__repl__"


def test_syntax_error_is_reported_without_running() -> None:
    s = Kit().session()
    ok, value, error = s.run("x = 1\nif:")
    assert (ok, value) == (False, None)
    assert error is not None and "SyntaxError" in error and "<repl>" in error
    assert "x" not in s.namespace


def test_exception_traceback_starts_at_the_cell() -> None:
    s = Kit().session()
    ok, value, error = s.run("def g():\n    return 1 / 0\n\ng()")
    assert (ok, value) == (False, None)
    assert error is not None
    assert error.startswith("Traceback (most recent call last):\n")
    assert "ZeroDivisionError: division by zero" in error
    assert 'File "<repl>", line 4' in error and "return 1 / 0" in error  # the cell's own lines
    assert "kernel.py" not in error  # the kernel's frames are cut


def test_system_exit_is_ignored() -> None:
    s = Kit().session()
    assert s.run("raise SystemExit(3)") == (True, "(SystemExit ignored)", None)  # as upstream
    assert s.run("1") == (True, "1", None)  # the session lives on


@routers_installed
def test_print_goes_to_the_session_that_runs_the_cell() -> None:
    a, b = Kit(), Kit()
    sa, sb = a.session(), b.session()
    barrier = threading.Barrier(2)

    def cells(s: kernel.Session, tag: str) -> None:
        barrier.wait()
        for i in range(50):
            s.run(f"print('{tag}{i}')")
        s.run("import sys; sys.stderr.write('err-' + '" + tag + "')")

    threads = [threading.Thread(target=cells, args=(sa, "a")), threading.Thread(target=cells, args=(sb, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert a.text() == "".join(f"a{i}\n" for i in range(50))
    assert b.text() == "".join(f"b{i}\n" for i in range(50))
    assert (a.text("stderr"), b.text("stderr")) == ("err-a", "err-b")


@routers_installed
def test_output_outside_a_cell_goes_to_the_real_stream(capsys: pytest.CaptureFixture[str]) -> None:
    k = Kit()
    k.session().run("print('inside')")
    print("outside")
    assert k.text() == "inside\n"
    assert "outside" in capsys.readouterr().out
    assert not sys.stdout.isatty() and sys.stdout.encoding.lower() == "utf-8"  # the real stream's


@routers_installed
def test_install_routers_is_idempotent() -> None:
    router = sys.stdout
    kernel.install_routers()
    assert sys.stdout is router and isinstance(router, kernel._StreamRouter)


@routers_installed
def test_interrupt_wakes_a_sleeping_cell() -> None:
    s = Kit().session()
    result: list[tuple[bool, str | None, str | None]] = []
    idents: list[int] = []

    def cell() -> None:
        idents.append(threading.get_ident())
        result.append(s.run("import time\ntime.sleep(30)"))

    t = threading.Thread(target=cell)
    started = time.monotonic()
    t.start()
    time.sleep(0.3)  # the cell is now in its sleep
    # What repl/session.rs `interrupt` does: a KeyboardInterrupt set on the thread, then `wake`.
    assert ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(idents[0]), ctypes.py_object(KeyboardInterrupt))
    kernel.wake(idents[0])
    t.join(10)
    assert not t.is_alive() and time.monotonic() - started < 10
    [(ok, value, error)] = result
    assert (ok, value) == (False, None)
    assert error is not None and "KeyboardInterrupt" in error


@routers_installed
def test_sleep_outside_a_cell_really_sleeps() -> None:
    started = time.monotonic()
    time.sleep(0.05)
    assert time.monotonic() - started >= 0.045
    kernel.wake(threading.get_ident())  # no cell on this thread: nothing to wake, no error


@routers_installed
def test_sleep_in_a_cell_sleeps_until_woken() -> None:
    s = Kit().session()
    started = time.monotonic()
    assert s.run("import time\ntime.sleep(0.05)") == (True, None, None)
    assert time.monotonic() - started >= 0.045


def test_facades_relay_browser_tools() -> None:
    k = Kit()
    dash = k.session().namespace["dash"]
    dash.panes.open("logs")
    dash.workspaces.create("Ops")
    dash.layout.split("i1", "up")
    dash.layout.split("i1", "left", view_id="v2")
    dash.layout.resize("i2", height=300)
    dash.context("i3")
    assert dash.call("anything", a=1) == {"relayed": "anything"}
    assert k.relayed == [
        ("open_pane", {"id": "logs"}),
        ("create_workspace", {"name": "Ops"}),
        ("split_pane", {"instanceId": "i1", "direction": "above"}),
        ("split_pane", {"instanceId": "i1", "direction": "left", "paneId": "v2"}),
        ("resize_pane", {"instanceId": "i2", "width": None, "height": 300}),
        ("get_pane_context", {"instanceId": "i3"}),
        ("anything", {"a": 1}),
    ]


def test_io_and_settings_read_the_host_directly() -> None:
    k = Kit()
    dash = k.session().namespace["dash"]
    assert dash.io.recent(2) == [{"n": 0}, {"n": 1}]
    assert dash.io.errors() == []
    dash.io.clear()
    dash.io.recent(None)
    dash.io.errors(0)
    assert k.host.asked == [("io_recent", 2), ("io_errors", 20), ("io_clear",), ("io_recent", 0), ("io_errors", 0)]
    assert dash.settings.get("theme") == "dark"
    assert dash.settings.get("nope", 5) == 5
    dash.settings.set("theme", "light")
    assert dash.settings.all() == {"theme": "light"}
    assert k.relayed == []  # no browser round-trip


def test_plugin_facades_join_dash_unless_they_clash_or_fail() -> None:
    class Weather:
        """Forecasts from the weather plugin."""

        def today(self) -> str:
            """Today's forecast."""
            return "sun"

    def broken() -> object:
        raise RuntimeError("no api key")

    k = Kit()
    facades = [
        ("weather", Weather, "weather-plugin"),
        ("panes", Weather, "greedy"),  # a core name: skipped
        ("help", Weather, "greedy"),  # a Dash attribute: skipped
        ("radar", broken, "radar-plugin"),
    ]
    s = k.session(facades)
    dash = s.namespace["dash"]
    assert dash.weather.today() == "sun"
    assert isinstance(dash.panes, kernel._Panes) and callable(dash.help)
    assert not hasattr(dash, "radar")
    assert k.text("stderr") == "dash.radar (plugin 'radar-plugin') is unavailable: RuntimeError: no api key\n"
    assert s.run("dash.weather.today()") == (True, "'sun'", None)


@routers_installed
def test_help_lists_every_facade_and_plugin() -> None:
    class Weather:
        """Forecasts from the weather plugin."""

        def today(self) -> str:
            """Today's forecast."""
            return "sun"

    k = Kit()
    s = k.session([("weather", Weather, "weather-plugin")])
    assert s.run("dash.help()") == (True, None, None)
    text = k.text()
    for facade in ("panes", "workspaces", "layout", "io", "settings"):
        assert f"\ndash.{facade} — " in text
    assert "dash.weather — Forecasts from the weather plugin.\n    .today()  — Today's forecast.\n" in text
    assert "    .recent()  — The most recent I/O events (newest last), each as a dict.\n" in text
    assert "    .split()" in text
    assert "dash.call()  — Relay an arbitrary tool by name — covers every widget `agentTool` and\n" in text
    assert s.run("dash") == (True, "<dash — the dashboard handle; run dash.help() for the full surface>", None)
    assert s.run("dash.layout") == (True, "<dash.layout — run dash.help()>", None)


@routers_installed
def test_outside_a_cell_the_streams_are_the_real_ones(tmp_path: Path) -> None:
    """Plugin code outside REPL cells gets fileno() and buffer of the real stream."""
    with open(tmp_path / "out.txt", "w+", encoding="utf-8") as real:
        router = kernel._StreamRouter("stdout", real)
        assert router.fileno() == real.fileno()
        router.buffer.write(b"bytes ")
        router.buffer.flush()
        router.write("text\n")
        router.flush()
        assert router.encoding == real.encoding and router.errors == real.errors
        assert router.mode == real.mode  # anything else: the real stream's
    assert (tmp_path / "out.txt").read_text() == "bytes text\n"


@routers_installed
def test_threads_a_cell_starts_print_to_its_console() -> None:
    k = Kit()
    s = k.session()
    ok, _, err = s.run(
        "import threading, sys\n"
        "t = threading.Thread(target=lambda: (print('from thread'), sys.stdout.buffer.write(b'raw\\n')))\n"
        "t.start(); t.join()"
    )
    assert ok, err
    assert k.text() == "from thread\nraw\n"
