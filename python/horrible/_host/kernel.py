"""The REPL kernel and the `dash` handle (`horrible._host.kernel`).

Each session runs its cells on its own long-lived thread (see repl/session.rs). `print` output is
routed per thread, not by swapping `sys.stdout` process-wide, so two sessions never mix output.
UI facades relay a tool call to the browser that owns the session; `io` and `settings` read the
backend directly. `dash.help()` is introspected from the live objects.
"""
import ast
import builtins
import io
import linecache
import sys
import threading
import time
import traceback

_local = threading.local()
_interrupt_events = {}  # thread ident -> Event set by an `interrupt`
_real_sleep = time.sleep


def _interruptible_sleep(seconds):
    """time.sleep that an `interrupt` wakes when called from a REPL cell.

    The interrupt itself is a KeyboardInterrupt set on the cell's thread; it is raised at the next
    bytecode, which a sleep in C would only reach when the sleep ends. Waking the wait here lets
    it fire at once. Outside REPL cells this is the real time.sleep.
    """
    event = getattr(_local, "interrupt_event", None)
    if event is None:
        return _real_sleep(seconds)
    event.wait(seconds)


def wake(ident):
    """Wakes an interruptible wait of the REPL thread `ident` (called by the interrupt)."""
    event = _interrupt_events.get(ident)
    if event is not None:
        event.set()


class _StreamRouter(io.TextIOBase):
    """Stands in for sys.stdout/stderr: writes go to the current thread's session, if any."""

    def __init__(self, name, fallback):
        self._name, self._fallback = name, fallback

    def write(self, s):
        emit = getattr(_local, "emit", None)
        if emit is None:
            return self._fallback.write(s)
        if s:
            emit(self._name, s)
        return len(s)

    def flush(self):
        if getattr(_local, "emit", None) is None:
            self._fallback.flush()

    def isatty(self):
        return False

    @property
    def encoding(self):
        return "utf-8"


def install_routers():
    time.sleep = _interruptible_sleep
    if not isinstance(sys.stdout, _StreamRouter):
        sys.stdout = _StreamRouter("stdout", sys.stdout)
        sys.stderr = _StreamRouter("stderr", sys.stderr)


def _first_line(obj):
    doc = getattr(obj, "__doc__", None) or ""
    doc = doc.strip()
    return doc.splitlines()[0].strip() if doc else ""


class _Facade:
    def __init__(self, relay):
        self._relay = relay

    def __repr__(self):
        return f"<dash.{self._name} — run dash.help()>"


class _Panes(_Facade):
    """Open, close, and inspect panes (panels and widgets) in the active workspace."""

    _name = "panes"

    def available(self):
        """Everything openable: {'panels': [...], 'widgets': [...]}."""
        return self._relay("list_available_panes", {})

    def open_list(self):
        """What's open now: {'panes': [{'id', 'instanceId', 'title', 'hasContext', 'groupId'}]}."""
        return self._relay("list_open_panes", {})

    def open(self, pane_id):
        """Open a pane by id: {'ok': True, 'opened': pane_id}."""
        return self._relay("open_pane", {"id": pane_id})

    def close(self, pane_id):
        """Close an open pane: {'closed': bool}."""
        return self._relay("close_pane", {"id": pane_id})

    def group(self, pane_id):
        """The pane's group: {'groupId', 'label', 'companions'} or {'groupId': None}."""
        return self._relay("get_pane_group", {"id": pane_id})


class _Workspaces(_Facade):
    """List, create, and switch the named workspace tabs."""

    _name = "workspaces"

    def list(self):
        """{'active': id, 'workspaces': [{'id', 'name'}]}."""
        return self._relay("list_workspaces", {})

    def create(self, name):
        """Create a workspace and switch to it: {'id', 'name'}."""
        return self._relay("create_workspace", {"name": name})

    def switch(self, workspace_id):
        """Switch to a workspace: {'ok': True, 'switched': id}."""
        return self._relay("switch_workspace", {"id": workspace_id})


_SPLIT_ALIASES = {"up": "above", "down": "below"}


class _Layout(_Facade):
    """Rearrange open panes: the same layout verbs the agent drives."""

    _name = "layout"

    def split(self, instance_id, direction, view_id=None):
        """Split a pane left/right/up/down (above/below); view_id opens another view there."""
        args = {"instanceId": instance_id, "direction": _SPLIT_ALIASES.get(direction, direction)}
        if view_id is not None:
            args["paneId"] = view_id
        return self._relay("split_pane", args)

    def move(self, instance_id, reference, direction):
        """Move a pane next to another: left/right/above/below/within."""
        return self._relay("move_pane", {"instanceId": instance_id, "reference": reference, "direction": direction})

    def resize(self, instance_id, width=None, height=None):
        """Resize a pane (pixels)."""
        args = {"instanceId": instance_id}
        if width is not None:
            args["width"] = width
        if height is not None:
            args["height"] = height
        return self._relay("resize_pane", args)

    def float(self, instance_id):
        """Pop a pane out to a floating window."""
        return self._relay("float_pane", {"instanceId": instance_id})

    def dock(self, instance_id):
        """Dock a floating pane back."""
        return self._relay("dock_pane", {"instanceId": instance_id})

    def maximize(self, instance_id):
        """Maximize a pane within its group."""
        return self._relay("maximize_pane", {"instanceId": instance_id})

    def restore(self, instance_id):
        """Restore a maximized pane."""
        return self._relay("restore_pane", {"instanceId": instance_id})


class _Io(_Facade):
    """Read the live I/O telemetry (backend-local, no browser round-trip)."""

    _name = "io"

    def __init__(self, host):
        self._host = host

    def recent(self, limit=20):
        """The most recent IoEvents (newest last); limit <= 0 means all."""
        return self._host.io_recent(limit)

    def errors(self, limit=20):
        """Recent events that failed (error set, or status >= 400)."""
        return self._host.io_errors(limit)

    def clear(self):
        """Empty the buffer: {'ok': True, 'cleared': True}."""
        return self._host.io_clear()


class _Settings(_Facade):
    """Read and write app settings (backend-local; writes persist immediately)."""

    _name = "settings"

    def __init__(self, host):
        self._host = host

    def get(self, key, default=None):
        """The persisted value of key, else default."""
        return self._host.settings_get(key, default)

    def set(self, key, value):
        """Persist a value: {'ok': True, 'key', 'value'}."""
        return self._host.settings_set(key, value)

    def all(self):
        """Every setting as a flat dict."""
        return self._host.settings_all()


_CORE = ("panes", "workspaces", "layout", "io", "settings")


class Dash:
    """dash — drive horrible-dashboard from Python. Run dash.help()."""

    def __init__(self, relay, host, plugin_facades, report):
        self._relay = relay
        self.panes = _Panes(relay)
        self.workspaces = _Workspaces(relay)
        self.layout = _Layout(relay)
        self.io = _Io(host)
        self.settings = _Settings(host)
        self._plugin_names = []
        for name, factory, plugin in plugin_facades:
            if name in _CORE or hasattr(self, name):
                continue
            try:
                setattr(self, name, factory())
                self._plugin_names.append(name)
            except Exception as exc:
                report(f"dash.{name} (plugin {plugin!r}) is unavailable: {type(exc).__name__}: {exc}\n")

    def call(self, name, **args):
        """Relay any tool by name (the escape hatch)."""
        return self._relay(name, args)

    def context(self, instance_id):
        """Read a live pane's state snapshot: {'context': ...} or {'error': ...}."""
        return self._relay("get_pane_context", {"instanceId": instance_id})

    def help(self):
        """Print the whole surface, introspected from the live objects."""
        print(self._help_text(), end="")

    def _help_text(self):
        lines = ["dash — drive horrible-dashboard from Python.", ""]
        for name in list(_CORE) + self._plugin_names:
            facade = getattr(self, name)
            summary = _first_line(type(facade))
            lines.append(f"dash.{name} — {summary}" if summary else f"dash.{name}")
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
        return "\n".join(lines) + "\n"

    def __repr__(self):
        return "<dash — run dash.help() for the full surface>"


class Session:
    """One REPL session: a persistent namespace and the cell runner."""

    def __init__(self, emit, relay, host, plugin_facades):
        self._emit = emit
        self.namespace = {"__name__": "__repl__", "__builtins__": builtins}
        _local.emit = emit
        try:
            self.namespace["dash"] = Dash(relay, host, plugin_facades, lambda text: emit("stderr", text))
        finally:
            _local.emit = None

    def run(self, code):
        """Runs one cell; returns (ok, repr_or_None, error_or_None)."""
        ident = threading.get_ident()
        event = _interrupt_events.setdefault(ident, threading.Event())
        event.clear()
        _local.emit, _local.interrupt_event = self._emit, event
        try:
            return self._run(code)
        finally:
            _local.emit = _local.interrupt_event = None

    def _run(self, code):
        try:
            tree = ast.parse(code, "<repl>", "exec")
        except SyntaxError as exc:
            return False, None, "".join(traceback.format_exception_only(type(exc), exc))
        linecache.cache["<repl>"] = (len(code), None, code.splitlines(True), "<repl>")
        trailing = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            trailing = ast.Expression(tree.body.pop().value)
        try:
            exec(compile(tree, "<repl>", "exec"), self.namespace)
            if trailing is not None:
                value = eval(compile(trailing, "<repl>", "eval"), self.namespace)
                if value is not None:
                    self.namespace["_"] = value
                    return True, repr(value), None
            return True, None, None
        except SystemExit:
            return False, None, "(SystemExit ignored)"
        except BaseException as exc:  # KeyboardInterrupt from an interrupt, too
            tb = exc.__traceback__
            while tb is not None and tb.tb_frame.f_code.co_filename != "<repl>":
                tb = tb.tb_next
            return False, None, "".join(traceback.format_exception(type(exc), exc, tb))
