"""The REPL kernel and the `dash` handle (`horrible._host.kernel`).

Each session runs its cells on its own long-lived thread (see repl/session.rs). `print` output is
routed per thread, not by swapping `sys.stdout` process-wide, so two sessions never mix output.
UI facades relay a tool call to the browser that owns the session; `io` and `settings` read the
backend directly, and `plugins` calls the host's plugin control (the same as its HTTP
endpoints). `dash.help()` is introspected from the live objects. The browser's tools are
catalog/browser-tools.json, which the host hands over once with `set_browser_tools`.
"""

import ast
import builtins
import functools
import io
import linecache
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Concatenate, ParamSpec, Protocol, TextIO, TypeVar

from horrible._host.plugin_control import PluginControlError as PluginControlError
from horrible._host.plugin_control import PluginsControl, _Plugins, native_plugins_control

Emit = Callable[[str, str], None]  # (stream name, text): output to the session's socket
Relay = Callable[[str, dict[str, Any]], Any]  # (tool name, args): the browser's tool result
Facades = Iterable[tuple[str, Callable[[], object], str]]  # (name, factory, plugin id)
# The served facades now (the binary passes this, so a reloaded plugin's facade is seen on the
# next access), or a fixed list (upstream's `build_namespace`).
FacadeSource = Facades | Callable[[], Facades]
# (action, plugin id or None, cascade) -> (HTTP status, JSON body): the host's `plugins_control`,
# answering exactly as `POST /api/plugins/{id}/<action>` (and `GET /api/plugins` for "list").


class _Host(Protocol):
    """The backend-local reads behind `dash.io` and `dash.settings` (repl/host.rs)."""

    def io_recent(self, limit: int) -> Any: ...
    def io_errors(self, limit: int) -> Any: ...
    def io_clear(self) -> Any: ...
    def settings_get(self, key: str, default: Any) -> Any: ...
    def settings_set(self, key: str, value: Any) -> Any: ...
    def settings_all(self) -> Any: ...


_local = threading.local()
_interrupt_events: dict[int, threading.Event] = {}  # thread ident -> Event set by an `interrupt`
_real_sleep = time.sleep


def _interruptible_sleep(seconds: float) -> None:
    """time.sleep that an `interrupt` wakes when called from a REPL cell.

    The interrupt itself is a KeyboardInterrupt set on the cell's thread; it is raised at the next
    bytecode, which a sleep in C would only reach when the sleep ends. Waking the wait here lets
    it fire at once. Outside REPL cells this is the real time.sleep.
    """
    event = getattr(_local, "interrupt_event", None)
    if event is None:
        _real_sleep(seconds)
        return
    event.wait(seconds)


def wake(ident: int) -> None:
    """Wakes an interruptible wait of the REPL thread `ident` (called by the interrupt)."""
    event = _interrupt_events.get(ident)
    if event is not None:
        event.set()


def _session_emit() -> Emit | None:
    """The console of the cell running on this thread, or of the cell that started this thread."""
    emit: Emit | None = getattr(_local, "emit", None)
    if emit is None:
        emit = getattr(threading.current_thread(), "_horrible_emit", None)
    return emit


_real_thread_start = threading.Thread.start


def _thread_start(self: threading.Thread) -> None:
    """Thread.start that remembers the starting cell's console, so the thread's prints reach it."""
    emit = _session_emit()
    if emit is not None:
        self._horrible_emit = emit  # type: ignore[attr-defined]  # our own mark on the thread
    _real_thread_start(self)


class _RoutedBuffer(io.RawIOBase):
    """`sys.stdout.buffer` inside a cell: bytes written reach the cell's console as text."""

    def __init__(self, name: str, emit: Emit) -> None:
        self._name, self._emit = name, emit

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        data = bytes(b)
        if data:
            self._emit(self._name, data.decode("utf-8", "replace"))
        return len(data)


class _StreamRouter(io.TextIOBase):
    """Stands in for sys.stdout/stderr: writes go to the session of the current thread's cell (or
    of the cell that started the thread), if any. Everywhere else it is the real stream: plugin
    code outside cells gets its `fileno()`, `buffer`, `encoding` and the rest."""

    def __init__(self, name: str, fallback: TextIO) -> None:
        self._name, self._fallback = name, fallback

    def write(self, s: str) -> int:
        emit = _session_emit()
        if emit is None:
            return self._fallback.write(s)
        if s:
            try:
                emit(self._name, s)
            except Exception:  # the session is gone (a thread outlived it): print where Python would
                return self._fallback.write(s)
        return len(s)

    def flush(self) -> None:
        if _session_emit() is None:
            self._fallback.flush()

    def isatty(self) -> bool:
        return _session_emit() is None and self._fallback.isatty()

    def fileno(self) -> int:
        return self._fallback.fileno()

    def writable(self) -> bool:
        return True

    @property
    def buffer(self) -> Any:
        emit = _session_emit()
        return self._fallback.buffer if emit is None else _RoutedBuffer(self._name, emit)

    @property
    def encoding(self) -> str:  # type: ignore[override]  # TextIOBase declares it a plain attribute
        return "utf-8" if _session_emit() is not None else self._fallback.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self._fallback, "errors", None)

    def __getattr__(self, name: str) -> Any:
        # line_buffering, reconfigure, mode, name, ...: the real stream's.
        if name.startswith("__") or name == "_fallback":  # not set up (copy, pickle): no recursion
            raise AttributeError(name)
        return getattr(self._fallback, name)


def install_routers() -> None:
    time.sleep = _interruptible_sleep  # type: ignore[assignment]  # takes what a cell passes: a number, not any SupportsIndex
    threading.Thread.start = _thread_start  # type: ignore[method-assign]  # output of a cell's threads
    if not isinstance(sys.stdout, _StreamRouter):
        sys.stdout = _StreamRouter("stdout", sys.stdout)
        sys.stderr = _StreamRouter("stderr", sys.stderr)


def _first_line(obj: object) -> str:
    """The first line of `obj`'s docstring with its whitespace collapsed (upstream's help)."""
    doc = getattr(obj, "__doc__", None) or ""
    doc = doc.strip() if isinstance(doc, str) else ""
    return " ".join(doc.splitlines()[0].split()) if doc else ""


class _Facade:
    _name: ClassVar[str]

    def __init__(self, relay: Relay) -> None:
        self._relay = relay

    def __repr__(self) -> str:
        return f"<dash.{self._name} — run dash.help()>"


class _Relays(Protocol):
    _relay: Relay


_S = TypeVar("_S", bound=_Relays)
_P = ParamSpec("_P")
_relaying: dict[Callable[..., Any], str] = {}  # relay method -> the browser tool it relays


def _relays(
    tool: str,
) -> Callable[[Callable[Concatenate[_S, _P], dict[str, Any]]], Callable[Concatenate[_S, _P], Any]]:
    """Makes a facade method a relay of the browser tool `tool`: the method returns the tool's
    arguments and the call relays them. Its docstring's first line is upstream's (what
    `dash.help()` shows); `set_browser_tools` appends what the catalog says of the tool."""

    def wrap(build_args: Callable[Concatenate[_S, _P], dict[str, Any]]) -> Callable[Concatenate[_S, _P], Any]:
        @functools.wraps(build_args)
        def method(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> Any:
            return self._relay(tool, build_args(self, *args, **kwargs))

        _relaying[method] = tool
        return method

    return wrap


class _Panes(_Facade):
    """Open, close, and inspect active panes (layout slots hosting views) in the active workspace."""

    _name = "panes"

    @_relays("list_available_panes")
    def available(self) -> dict[str, Any]:
        """Every view (panel + widget) that can be opened into a pane, with id, title, and
        groupId (its panel group's primary view id, if it belongs to one)."""
        return {}

    @_relays("list_open_panes")
    def open_list(self) -> dict[str, Any]:
        """Active pane instances currently open in the active workspace (view id, instanceId,
        groupId, ...)."""
        return {}

    @_relays("open_pane")
    def open(self, pane_id: str) -> dict[str, Any]:
        """Open a view (panel or widget) in a new or focused pane by its view ID (from `available()`)."""
        return {"id": pane_id}

    @_relays("close_pane")
    def close(self, pane_id: str) -> dict[str, Any]:
        """Close an active pane instance by its instance ID (from `open_list()`)."""
        return {"id": pane_id}

    @_relays("get_pane_group")
    def group(self, pane_id: str) -> dict[str, Any]:
        """The panel group `view_id` belongs to (primary hub + companion views toggled
        from its companion strip), or `{"groupId": None}` if it is not grouped."""
        return {"id": pane_id}


class _Workspaces(_Facade):
    """List, create, and switch the named workspace tabs."""

    _name = "workspaces"

    @_relays("list_workspaces")
    def list(self) -> dict[str, Any]:
        """The workspace tabs and which one is active."""
        return {}

    @_relays("create_workspace")
    def create(self, name: str) -> dict[str, Any]:
        """Create a new named workspace and switch to it."""
        return {"name": name}

    @_relays("switch_workspace")
    def switch(self, workspace_id: str) -> dict[str, Any]:
        """Switch to a workspace tab by id (from `list()`)."""
        return {"id": workspace_id}


_SPLIT_ALIASES = {"up": "above", "down": "below"}


class _Layout(_Facade):
    """Rearrange open panes — split, move, float, and maximize — the same verbs the
    agent's layout control uses. Pane targets are instance ids (from `dash.panes.open_list()`)."""

    _name = "layout"

    @_relays("split_pane")
    def split(self, instance_id: str, direction: str, view_id: str | None = None) -> dict[str, Any]:
        """Split a pane (`left`/`right`/`up`/`down`); `view_id` to open a different
        view in the new region, else the pane's own view is duplicated."""
        args: dict[str, Any] = {"instanceId": instance_id, "direction": _SPLIT_ALIASES.get(direction, direction)}
        if view_id is not None:
            args["paneId"] = view_id
        return args

    @_relays("move_pane")
    def move(self, instance_id: str, reference: str, direction: str) -> dict[str, Any]:
        """Move a pane next to `reference` (`left`/`right`/`above`/`below`/`within`)."""
        return {"instanceId": instance_id, "reference": reference, "direction": direction}

    @_relays("resize_pane")
    def resize(self, instance_id: str, width: float | None = None, height: float | None = None) -> dict[str, Any]:
        """Resize a pane (pixels)."""
        # As upstream: both sizes are always sent, an unset one as null (the browser skips it).
        return {"instanceId": instance_id, "width": width, "height": height}

    @_relays("float_pane")
    def float(self, instance_id: str) -> dict[str, Any]:
        """Pop a pane out into a floating window."""
        return {"instanceId": instance_id}

    @_relays("dock_pane")
    def dock(self, instance_id: str) -> dict[str, Any]:
        """Dock a floating pane back into the grid."""
        return {"instanceId": instance_id}

    @_relays("maximize_pane")
    def maximize(self, instance_id: str) -> dict[str, Any]:
        """Maximize a pane within its group."""
        return {"instanceId": instance_id}

    @_relays("restore_pane")
    def restore(self, instance_id: str) -> dict[str, Any]:
        """Restore a maximized pane."""
        return {"instanceId": instance_id}


class _Io(_Facade):
    """Read the live I/O telemetry — the same stream the observability panel shows
    (HTTP in/out and /ws frames). Backend-local: no browser round-trip."""

    _name = "io"

    def __init__(self, host: _Host) -> None:
        self._host = host

    def recent(self, limit: int | None = 20) -> Any:
        """The most recent I/O events (newest last), each as a dict.

        A falsy or negative limit (None, 0) means all, as upstream."""
        return self._host.io_recent(limit if limit and limit > 0 else 0)

    def errors(self, limit: int | None = 20) -> Any:
        """Recent events that failed (error set, or HTTP status ≥ 400).

        A falsy or negative limit (None, 0) means all, as upstream."""
        return self._host.io_errors(limit if limit and limit > 0 else 0)

    def clear(self) -> Any:
        """Empty the telemetry ring buffer.

        Returns {'ok': True, 'cleared': True}; ids keep counting."""
        return self._host.io_clear()


class _Settings(_Facade):
    """Read and write app settings (the same values the Settings page edits).
    Backend-local: writes persist immediately."""

    _name = "settings"

    def __init__(self, host: _Host) -> None:
        self._host = host

    def get(self, key: str, default: Any = None) -> Any:
        """The value for `key` (the persisted override, else `default`)."""
        return self._host.settings_get(key, default)

    def set(self, key: str, value: Any) -> Any:
        """Persist an override for `key`.

        Returns {'ok': True, 'key': key, 'value': value}."""
        return self._host.settings_set(key, value)

    def all(self) -> Any:
        """Every persisted override, as a flat key→value dict."""
        return self._host.settings_all()


_CORE = ("panes", "workspaces", "layout", "io", "settings")
# The host's own facades beyond upstream's, listed after upstream's in `dash.help()`.
_HOST_FACADES = ("plugins",)


class Dash:
    """The dashboard handle. Drives workspace layouts, manages and rearranges panes, reads
    live pane state and I/O telemetry, and reads/writes settings. Run `dash.help()`."""

    def __init__(
        self,
        relay: Relay,
        host: _Host,
        plugin_facades: FacadeSource,
        report: Callable[[str], None],
        plugins_control: PluginsControl = native_plugins_control,
    ) -> None:
        self._relay = relay
        self.panes = _Panes(relay)
        self.workspaces = _Workspaces(relay)
        self.layout = _Layout(relay)
        self.io = _Io(host)
        self.settings = _Settings(host)
        self.plugins = _Plugins(plugins_control)
        self._facade_source = plugin_facades if callable(plugin_facades) else list(plugin_facades)
        self._report = report
        # name -> (the factory it was made by, the facade): made again when a reload (or a
        # disable) changes the factory the host serves under that name.
        self._plugin_cache: dict[str, tuple[object, object]] = {}
        self._failed: dict[str, object] = {}  # name -> the factory that raised
        self._refresh_plugins()

    def _served(self) -> list[tuple[str, Callable[[], object], str]]:
        source = self._facade_source
        served = source() if callable(source) else source
        taken = {*_CORE, *_HOST_FACADES, *type(self).__dict__}
        return [(n, f, p) for n, f, p in served if n not in taken]

    def _refresh_plugins(self) -> dict[str, tuple[object, object]]:
        """The plugin facades as served now; a facade whose factory changed is made anew."""
        fresh: dict[str, tuple[object, object]] = {}
        for name, factory, plugin in self._served():
            cached = self._plugin_cache.get(name)
            if cached is not None and cached[0] is factory:
                fresh[name] = cached
                continue
            if name in self._failed and self._failed[name] is factory:
                continue  # said once per factory
            try:
                fresh[name] = (factory, factory())
            except Exception as exc:
                self._failed[name] = factory
                self._report(f"dash.{name} (plugin {plugin!r}) is unavailable: {type(exc).__name__}: {exc}\n")
        self._plugin_cache = fresh
        return fresh

    @property
    def _plugin_names(self) -> list[str]:
        return list(self._refresh_plugins())

    def __getattr__(self, name: str) -> Any:
        # Only reached for names that are not attributes: the plugin facades, looked up live.
        if name.startswith("_"):
            raise AttributeError(name)
        found = self._refresh_plugins().get(name)
        if found is None:
            raise AttributeError(f"dash has no facade {name!r} (run dash.help())")
        return found[1]

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(self._plugin_cache))

    def call(self, name: str, **args: Any) -> Any:
        """Relay an arbitrary tool by name — covers every widget `agentTool` and
        agent-exposed command, so new capabilities are reachable without an SDK change."""
        return self._relay(name, args)

    @_relays("get_pane_context")
    def context(self, instance_id: str) -> dict[str, Any]:
        """Read an active pane instance's current state/selection snapshot (instanceId from
        `panes.open_list()`)."""
        return {"instanceId": instance_id}

    def help(self) -> None:
        """Print the whole `dash` surface (facades, methods, and one-line docs)."""
        print(self._help_text())

    def _help_text(self) -> str:
        """Upstream's cheat-sheet, line for line: each facade with its first doc line (even
        when empty), its public methods sorted, a blank line; then the top-level methods."""
        lines = ["dash — drive horrible-dashboard from Python.", ""]
        for name in [*_CORE, *_HOST_FACADES, *self._plugin_names]:
            facade = getattr(self, name)
            lines.append(f"dash.{name} — {_first_line(facade)}")
            for attr in sorted(dir(facade)):
                if attr.startswith("_"):
                    continue
                member = getattr(facade, attr, None)
                if not callable(member):
                    continue
                doc = _first_line(member)
                lines.append(f"    .{attr}()  — {doc}" if doc else f"    .{attr}()")
            lines.append("")
        for attr in ("call", "context", "help"):
            doc = _first_line(getattr(self, attr))
            lines.append(f"dash.{attr}()  — {doc}" if doc else f"dash.{attr}()")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return "<dash — the dashboard handle; run dash.help() for the full surface>"


def _shape(schema: object) -> str:
    """A short Python-flavoured rendering of a JSON schema, for docs: {'ok': True} or {'error': str}."""
    if not isinstance(schema, dict):
        return "a value"
    alternatives = schema.get("oneOf") or schema.get("anyOf")
    if alternatives:
        return " or ".join(_shape(s) for s in alternatives)
    if "const" in schema:
        return repr(schema["const"])
    if "enum" in schema:
        return " | ".join(map(repr, schema["enum"]))
    kind = schema.get("type")
    if kind == "object" and schema.get("properties"):
        return "{" + ", ".join(f"{k!r}: {_shape(v)}" for k, v in schema["properties"].items()) + "}"
    if kind == "array":
        return f"[{_shape(schema.get('items'))}, ...]"
    names = {"string": "str", "number": "float", "integer": "int", "boolean": "bool", "null": "None", "object": "dict"}
    kinds = kind if isinstance(kind, list) else [kind] if kind else []
    return " | ".join(names.get(k, str(k)) for k in kinds) or "any"


def set_browser_tools(tools: Iterable[dict[str, Any]]) -> None:
    """Takes the browser's tool catalog: the parsed `tools` list of catalog/browser-tools.json
    (dicts with name, description, parameters, result). The host calls it once, before any
    session. Every tool a `dash` facade relays must be in it, else ValueError names the missing
    ones; the relaying methods take their documentation from it."""
    catalog: dict[str, dict[str, Any]] = {}
    for tool in tools:
        if not isinstance(tool, dict) or not isinstance(tool.get("name"), str):
            raise TypeError(f"set_browser_tools: each tool must be a dict with a str 'name', got {tool!r}")
        catalog[tool["name"]] = tool
    owners: tuple[tuple[str, type], ...] = (
        ("dash.panes", _Panes),
        ("dash.workspaces", _Workspaces),
        ("dash.layout", _Layout),
        ("dash", Dash),
    )
    relays = [
        (f"{prefix}.{attr}()", fn, _relaying[fn])
        for prefix, cls in owners
        for attr, fn in vars(cls).items()
        if callable(fn) and fn in _relaying
    ]
    missing = [f"{tool!r} (relayed by {where})" for where, _, tool in relays if tool not in catalog]
    if missing:
        raise ValueError(f"the browser tool catalog has no {', no '.join(missing)}")
    for _, fn, name in relays:
        own = (getattr(fn, "__wrapped__", fn).__doc__ or "").strip()
        about = catalog[name].get("description") or ""
        returns = _shape(catalog[name].get("result"))
        fn.__doc__ = f"{own}\n\nRelays the browser tool {name!r} ({about}); returns {returns}."


class Session:
    """One REPL session: a persistent namespace and the cell runner."""

    def __init__(
        self,
        emit: Emit,
        relay: Relay,
        host: _Host,
        plugin_facades: FacadeSource,
        plugins_control: PluginsControl = native_plugins_control,
    ) -> None:
        self._emit = emit
        self.namespace: dict[str, Any] = {"__name__": "__repl__", "__builtins__": builtins}
        _local.emit = emit
        try:
            report = functools.partial(emit, "stderr")
            self.namespace["dash"] = Dash(relay, host, plugin_facades, report, plugins_control)
        finally:
            _local.emit = None

    def run(self, code: str) -> tuple[bool, str | None, str | None]:
        """Runs one cell; returns (ok, repr_or_None, error_or_None)."""
        ident = threading.get_ident()
        event = _interrupt_events.setdefault(ident, threading.Event())
        event.clear()
        _local.emit, _local.interrupt_event = self._emit, event
        try:
            return self._run(code)
        finally:
            _local.emit = _local.interrupt_event = None

    def _run(self, code: str) -> tuple[bool, str | None, str | None]:
        try:
            tree = ast.parse(code, "<repl>", "exec")
        except SyntaxError as exc:
            return False, None, "".join(traceback.format_exception_only(type(exc), exc))
        linecache.cache["<repl>"] = (len(code), None, code.splitlines(True), "<repl>")
        trailing: ast.Expression | None = None
        if tree.body and isinstance(last := tree.body[-1], ast.Expr):
            tree.body.pop()
            trailing = ast.Expression(last.value)
        try:
            exec(compile(tree, "<repl>", "exec"), self.namespace)
            if trailing is not None:
                value = eval(compile(trailing, "<repl>", "eval"), self.namespace)
                if value is not None:
                    self.namespace["_"] = value
                    return True, repr(value), None
            return True, None, None
        except SystemExit:
            # As upstream: exit()/quit() in a cell is not an error, just ignored.
            return True, "(SystemExit ignored)", None
        except BaseException as exc:  # KeyboardInterrupt from an interrupt, too
            tb = exc.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename != "<repl>":
                tb = tb.tb_next
            return False, None, "".join(traceback.format_exception(type(exc), exc, tb))


def core_names() -> list[str]:
    """The names `dash` itself owns (its facades and methods): a plugin facade may not take them."""
    return [*_CORE, *_HOST_FACADES, *(name for name in vars(Dash) if not name.startswith("_"))]
