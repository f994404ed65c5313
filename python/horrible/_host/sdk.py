"""The Python half of `backend.sdk` (`horrible._host.sdk`): the SDK's plain-data types, the
`PluginHost` a plugin's `setup()` registers through, and the `PluginRegistry` it registers into.

Why Python and not Rust pyclasses: plugin code and plugin authors' tests use these as dataclasses
(equality, `dataclasses.replace/asdict`, pickle, subclassing, `FrozenInstanceError`), with
upstream's names and semantics. The serving host still keeps its own registry in Rust: the loader
(src/plugins/loader.rs) runs `setup()` into a fresh `PluginRegistry`, reads what landed there into
plain Rust specs and commits them. A `PluginRegistry` a test creates is never read by the server.

What only the binary can do (a plugin's store, broadcasting to /ws tabs, the recorded http
client, discovery and the serving registry) comes in through `install_native`.
"""

import abc
import dataclasses
import importlib
import importlib.util
import inspect
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from os import PathLike
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, ClassVar

logger = logging.getLogger("backend.sdk")

# A backend agent-tool handler: the model's arguments in, a JSON-able result out; sync or async.
AgentToolHandler = Callable[[dict[str, Any]], Any | Awaitable[Any]]
# A `/ws` channel handler: the connection and the raw frame; replies with `conn.send_json`.
WsChannelHandler = Callable[[Any, dict[str, Any]], Awaitable[None]]
# A startup or shutdown hook; sync or async.
LifecycleHook = Callable[[], Any | Awaitable[Any]]
# Builds the object bound to `dash.<name>` in each REPL session.
DashFacadeFactory = Callable[[], Any]

# Filled by the binary (`install_native`); empty in unit tests, where only the pure parts run.
_native: dict[str, Callable[..., Any]] = {}


def install_native(**functions: Callable[..., Any]) -> None:
    _native.update(functions)


def _need_native(name: str) -> Callable[..., Any]:
    f = _native.get(name)
    if f is None:
        raise RuntimeError(f"{name} needs the horrible binary (horrible serve / horrible python)")
    return f


@dataclasses.dataclass(frozen=True)
class PluginManifest:
    """Identity of a backend plugin. `requires` (our extension, keyword only in practice) names
    the plugin ids this one needs loaded first; it is not a dataclass field, so equality,
    `fields()` and `asdict()` stay upstream's."""

    id: str
    name: str
    version: str = "0.0.0"
    description: str = ""
    requires: dataclasses.InitVar[Sequence[str] | None] = None

    def __post_init__(self, requires: Sequence[str] | None) -> None:
        if isinstance(requires, str):
            requires = [requires]
        object.__setattr__(self, "_requires", tuple(str(r) for r in requires or ()))

    @property
    def dependencies(self) -> tuple[str, ...]:
        """The plugin ids given as `requires=`."""
        return tuple(self.__dict__.get("_requires", ()))


@dataclasses.dataclass
class AgentTool:
    """A server-side agent tool: its handler runs in the backend, so it works with no tab open.
    `side_effect=True` routes it through the permission gate's rules; `timeout` (seconds, our
    addition) overrides the host's per-tool default."""

    name: str
    description: str
    handler: AgentToolHandler
    parameters: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    required: list[str] = dataclasses.field(default_factory=list)
    side_effect: bool = False
    specifier_template: str | None = None
    timeout: float | None = None

    def provider_tool(self) -> dict[str, Any]:
        """The provider (OpenAI/Ollama) tool definition a model sees."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": {"type": "object", "properties": dict(self.parameters), "required": list(self.required)},
            },
        }

    def meta(self) -> dict[str, Any]:
        """The permission gate's view of the tool."""
        return {"name": self.name, "sideEffect": self.side_effect, "specifierTemplate": self.specifier_template}

    def provider_form(self) -> dict[str, Any]:
        """Alias of `provider_tool` (this host's earlier name)."""
        return self.provider_tool()

    def gate_metadata(self) -> dict[str, Any]:
        """Alias of `meta` (this host's earlier name)."""
        return self.meta()


@dataclasses.dataclass
class _MountedRouter:
    router: Any  # a fastapi.APIRouter
    prefix: str
    plugin_id: str


async def _run_hooks(hooks: list[LifecycleHook], phase: str) -> None:
    for hook in hooks:
        try:
            result = hook()
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("plugin %s hook failed", phase)


@dataclasses.dataclass
class PluginRegistry:
    """Everything plugins registered into it, across plugins (upstream's shape and semantics)."""

    loaded: list[PluginManifest] = dataclasses.field(default_factory=list)
    routers: list[_MountedRouter] = dataclasses.field(default_factory=list)
    agent_tools: dict[str, AgentTool] = dataclasses.field(default_factory=dict)
    ws_channels: dict[str, WsChannelHandler] = dataclasses.field(default_factory=dict)
    dash_facades: dict[str, DashFacadeFactory] = dataclasses.field(default_factory=dict)
    startup_hooks: list[LifecycleHook] = dataclasses.field(default_factory=list)
    shutdown_hooks: list[LifecycleHook] = dataclasses.field(default_factory=list)
    errors: list[tuple[str, str]] = dataclasses.field(default_factory=list)

    def reset(self) -> None:
        """Drops every registration (between test loads)."""
        for f in dataclasses.fields(self):
            getattr(self, f.name).clear()

    def provider_tools(self) -> list[dict[str, Any]]:
        return [t.provider_tool() for t in self.agent_tools.values()]

    async def invoke_agent_tool(self, name: str, args: dict[str, Any]) -> Any:
        """Runs a tool by name, as upstream: no argument check, failures as `{"error": ...}`."""
        tool = self.agent_tools.get(name)
        if tool is None:
            return {"error": f"unknown plugin tool {name}"}
        try:
            result = tool.handler(args)
            if inspect.isawaitable(result):
                result = await result
            return result
        except Exception as exc:
            logger.exception("plugin agent tool %s failed", name)
            return {"error": f"{type(exc).__name__}: {exc}"}

    async def dispatch_ws(self, conn: Any, channel: str, message: dict[str, Any]) -> bool:
        """Runs the channel's handler on a frame; False when no plugin has the channel."""
        handler = self.ws_channels.get(channel)
        if handler is None:
            return False
        try:
            result: Any = handler(conn, message)
            if inspect.isawaitable(result):
                await result
        except Exception:
            logger.exception("plugin ws channel %s handler failed", channel)
        return True

    async def run_startup(self) -> None:
        await _run_hooks(self.startup_hooks, "startup")

    async def run_shutdown(self) -> None:
        await _run_hooks(self.shutdown_hooks, "shutdown")


# The process's registry as Python sees it. Under `horrible serve` the binary mirrors what it
# serves into it; registering into it directly changes nothing that is served.
registry = PluginRegistry()

# (kind, *args) -> None: where a serving plugin's registrations go once its setup() returned.
LateSink = Callable[..., None]


class PluginHost:
    """What `setup(host)` registers through. `PluginHost(manifest, reg)` registers into `reg`
    (the process's `registry` by default), as upstream."""

    def __init__(self, manifest: PluginManifest, reg: PluginRegistry | None = None) -> None:
        self._manifest = manifest
        self._registry = reg if reg is not None else registry
        self._late: LateSink | None = None
        self._store: Any = None
        self.log = logging.getLogger(f"plugin.{manifest.id}")

    @property
    def manifest(self) -> PluginManifest:
        return self._manifest

    @property
    def store(self) -> Any:
        """A persistent key-value store namespaced to this plugin (a `PluginStore`)."""
        if self._store is None:
            self._store = _need_native("store")(self._manifest.id)
        return self._store

    def _register(self, kind: str, *args: Any) -> bool:
        """Hands a registration made after setup() returned to the serving host; True if it took it."""
        if self._late is None:
            return False
        self._late(kind, *args)
        return True

    def add_router(self, router: Any, prefix: str | None = None) -> None:
        """Mounts a FastAPI router at `/api/plugins/<id>`, or at `/api<prefix>` when given."""
        resolved = prefix if prefix is not None else f"/plugins/{self._manifest.id}"
        if not self._register("router", router, resolved):
            self._registry.routers.append(_MountedRouter(router=router, prefix=resolved, plugin_id=self._manifest.id))

    def add_agent_tool(self, tool: AgentTool) -> None:
        if not self._register("tool", tool):
            self._registry.agent_tools[tool.name] = tool

    def add_ws_channel(self, channel: str, handler: WsChannelHandler) -> None:
        if not self._register("channel", channel, handler):
            self._registry.ws_channels[channel] = handler

    def add_dash_facade(self, name: str, factory: DashFacadeFactory) -> None:
        if not self._register("facade", name, factory):
            self._registry.dash_facades[name] = factory

    def on_startup(self, hook: LifecycleHook) -> None:
        if not self._register("startup", hook):
            self._registry.startup_hooks.append(hook)

    def on_shutdown(self, hook: LifecycleHook) -> None:
        if not self._register("shutdown", hook):
            self._registry.shutdown_hooks.append(hook)

    def broadcast(self, frame: dict[str, Any]) -> int:
        """Sends a frame to every open /ws tab; returns how many took it."""
        f = _native.get("broadcast")
        return int(f(frame)) if f is not None else 0

    def http_client(self, sync: bool = False, **kwargs: Any) -> Any:
        """An `httpx.AsyncClient` (`httpx.Client` with `sync=True`) recorded as outbound telemetry."""
        return _need_native("http_client")(sync, **kwargs)

    def __repr__(self) -> str:
        return f"<PluginHost for {self._manifest.id!r}>"


class BackendPlugin(abc.ABC):
    """Base class: set a `manifest` class attribute and implement `setup`; expose an instance
    (or the class) as the module's `PLUGIN`."""

    manifest: ClassVar[PluginManifest]

    @abc.abstractmethod
    def setup(self, host: PluginHost) -> None:
        """Registers this plugin's capabilities on `host`."""
        raise NotImplementedError


# ---- importing a candidate (shared by the serving loader and `load_plugins(reg=...)`) ----


def private_module_name(directory: Path, stem: str) -> str:
    """`_horrible_plugin_<dir>_<stem>`, as upstream; a second directory with the same name gets a
    numbered name, so two `dupmod.py` in two `plugins/` folders stay two modules."""
    base = f"_horrible_plugin_{directory.name}_{stem}"
    name, n = base, 1
    while (old := sys.modules.get(name)) is not None and Path(getattr(old, "__file__", "") or "").parent not in (
        directory,
        directory / stem,
    ):
        n += 1
        name = f"{base}_{n}"
    return name


def fresh_module_name(name: str) -> str:
    """`name` for a first import, else `name__r<n>` with the first free n: a reloaded plugin is
    imported beside its running version, never over it."""
    if name not in sys.modules:
        return name
    n = 2
    while f"{name}__r{n}" in sys.modules:
        n += 1
    return f"{name}__r{n}"


def forget_modules(name: str) -> None:
    """Drops a module and its submodules from `sys.modules` (a plugin version no longer served)."""
    for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
        del sys.modules[key]


def import_file(directory: str, stem: str, path: str, fresh: bool = False) -> ModuleType:
    """Imports a plugin file or package under a private name, without touching `sys.path` (so a
    plugin package named like a stdlib module shadows nothing); `fresh`: under a new name beside
    the one already imported (a reload)."""
    d = Path(directory)
    target = Path(path)
    if target.is_dir():
        target = target / "__init__.py"
    name = private_module_name(d, stem)
    if fresh:
        name = fresh_module_name(name)
    spec = importlib.util.spec_from_file_location(name, target)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {target}")
    module = importlib.util.module_from_spec(spec)
    # Registered first so a package's relative imports, dataclasses and pickle find it.
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        forget_modules(name)
        raise
    return module


def reimport(name: str) -> ModuleType:
    """Imports an installed module anew (a reload of a bundled or entry-point plugin): the module
    and its package's other modules are taken out of `sys.modules` first, so edited submodules
    are read again; if the import fails, the old modules are put back."""
    # A bundled plugin is its own root (never `backend`); an installed one, its top package.
    root = name if name.startswith("backend.plugins.") else name.split(".")[0]
    saved = {k: v for k, v in sys.modules.items() if k == root or k.startswith(root + ".")}
    for key in saved:
        del sys.modules[key]
    importlib.invalidate_caches()
    try:
        return importlib.import_module(name)
    except BaseException:
        forget_modules(root)
        sys.modules.update(saved)
        raise


NOT_A_PLUGIN_MODULE = "no PLUGIN (BackendPlugin) found in module"
NOT_A_PLUGIN_ENTRY = "did not resolve to a BackendPlugin"


def coerce_plugin(obj: Any) -> BackendPlugin | None:
    """A module exposing `PLUGIN`, a plugin class or an instance, as an instance."""
    if hasattr(obj, "PLUGIN"):
        obj = obj.PLUGIN
    if isinstance(obj, type) and issubclass(obj, BackendPlugin):
        obj = obj()
    return obj if isinstance(obj, BackendPlugin) else None


def resolve_module(
    directory: str, stem: str, path: str, package: str | None, fresh: bool = False
) -> tuple[BackendPlugin | None, str, str]:
    """Imports a directory candidate (`package` set: import it as `<package>.<stem>`, as bundled
    plugins are); returns the plugin, or None and why not, and the module's name. Import errors
    raise. `fresh`: a reload (a new private name, or the installed module imported anew)."""
    if package:
        name = f"{package}.{stem}"
        module = reimport(name) if fresh else importlib.import_module(name)
    else:
        module = import_file(directory, stem, path, fresh)
    return coerce_plugin(module), NOT_A_PLUGIN_MODULE, module.__name__


def resolve_entry_point(module: str, attr: str | None, fresh: bool = False) -> tuple[BackendPlugin | None, str, str]:
    if fresh:
        importlib.invalidate_caches()
    obj: Any = reimport(module) if fresh else importlib.import_module(module)
    for part in (attr or "").split("."):
        if part:
            obj = getattr(obj, part)
    return coerce_plugin(obj), NOT_A_PLUGIN_ENTRY, module


def plugin_files(module_name: str) -> list[str]:
    """The files a served plugin version was read from: its module and every submodule of it (or
    of its package), for the dev mode's watcher."""
    private = module_name.startswith(("backend.plugins.", "_horrible_plugin_"))
    root = module_name if private else module_name.split(".")[0]
    out: list[str] = []
    for key, mod in list(sys.modules.items()):
        if key == root or key.startswith(root + "."):
            f = getattr(mod, "__file__", None)
            if isinstance(f, str):
                out.append(f)
    return sorted(set(out))


def error_location(exc: BaseException, tb: TracebackType | None = None) -> tuple[str | None, int | None]:
    """Where an import, setup or startup error points in the plugin's code: a SyntaxError's own
    file and line, else the innermost frame of its traceback (`tb`, else its `__traceback__`)."""
    if isinstance(exc, SyntaxError) and exc.filename:
        return exc.filename, exc.lineno
    tb = tb or exc.__traceback__
    last: tuple[str | None, int | None] = (None, None)
    while tb is not None:
        last = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return last


def _summary(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def load_plugins(
    *, extra_dirs: Sequence[str | PathLike[str]] | None = None, reg: PluginRegistry | None = None
) -> PluginRegistry:
    """Discovers and sets up every plugin into `reg`, as upstream: the bundled directory,
    `HORRIBLE_PLUGINS_DIR`, `extra_dirs`, then entry points. Without `reg`, this loads the
    serving registry (once per process) and returns `registry`, which mirrors it."""
    dirs = [str(d) for d in extra_dirs or []]
    if reg is None:
        _need_native("load_serving")(dirs)
        return registry
    for kind, source, *rest in _need_native("candidates")(dirs):
        try:
            if kind == "module":
                plugin, why, _ = resolve_module(*rest)
            else:
                plugin, why, _ = resolve_entry_point(*rest)
        except Exception as exc:
            reg.errors.append((source, _summary(exc)))
            logger.warning("plugin %s not imported: %s", source, _summary(exc))
            continue
        if plugin is None:
            reg.errors.append((source, why))
            continue
        try:
            manifest = plugin.manifest
            plugin.setup(PluginHost(manifest, reg))
            reg.loaded.append(manifest)
        except Exception as exc:
            reg.errors.append((source, _summary(exc)))
            logger.warning("plugin %s setup failed: %s", source, _summary(exc))
    return reg


class _NoBackend:
    """`dash.io` and `dash.settings` outside a served REPL session: there is no backend to read."""

    def __getattr__(self, name: str) -> Callable[..., Any]:
        def unavailable(*_args: Any) -> Any:
            raise RuntimeError(f"dash: {name} needs a REPL session of a running host")

        return unavailable


def build_namespace(relay: Callable[[str, dict[str, Any]], Any]) -> dict[str, Any]:
    """A REPL namespace whose `dash` carries the facades in `registry` (the stand-in for
    upstream's `backend.modules.repl.sdk.build_namespace`, which its SDK tests import)."""
    from horrible._host import kernel  # loaded by the binary at boot; kernel does not import us

    facades = [(name, factory, "") for name, factory in registry.dash_facades.items()]
    return kernel.Session(lambda _stream, _text: None, relay, _NoBackend(), facades).namespace


# The public module each name is documented under (repr, pickle and `help()` show these).
for _cls in (PluginManifest, AgentTool):
    _cls.__module__ = "backend.sdk.types"
for _cls2 in (PluginHost, BackendPlugin):
    _cls2.__module__ = "backend.sdk.host"
PluginRegistry.__module__ = _MountedRouter.__module__ = "backend.sdk.registry"
