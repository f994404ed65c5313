"""The SDK's types as plugin authors' tests use them (upstream's dataclass semantics); run with
`horrible python -m pytest <this file>` (tests/host/test_sdk_dropin.py)."""
import abc
import copy
import dataclasses
import inspect
import pickle

import pytest

import backend.sdk
from backend.sdk import (
    AgentTool,
    AgentToolHandler,
    BackendPlugin,
    DashFacadeFactory,
    LifecycleHook,
    PluginHost,
    PluginManifest,
    PluginRegistry,
    WsChannelHandler,
    load_plugins,
    registry,
)
from backend.sdk import host as host_mod
from backend.sdk import loader as loader_mod
from backend.sdk import types as types_mod


def test_exports_and_modules() -> None:
    for name in ["PluginRegistry", "load_plugins", "registry", "AgentToolHandler", "WsChannelHandler",
                 "LifecycleHook", "DashFacadeFactory"]:
        assert name in backend.sdk.__all__
    assert types_mod.PluginManifest is PluginManifest and types_mod.AgentTool is AgentTool
    assert types_mod.AgentToolHandler is AgentToolHandler and types_mod.LifecycleHook is LifecycleHook
    assert types_mod.WsChannelHandler is WsChannelHandler and types_mod.DashFacadeFactory is DashFacadeFactory
    assert host_mod.PluginHost is PluginHost and host_mod.BackendPlugin is BackendPlugin
    assert loader_mod.load_plugins is load_plugins
    from backend.sdk.registry import PluginRegistry as R, registry as r

    assert R is PluginRegistry and r is registry and isinstance(registry, PluginRegistry)


def test_manifest_is_a_frozen_dataclass() -> None:
    m = PluginManifest(id="my plugin!", name="X")  # any id string
    assert dataclasses.is_dataclass(m)
    assert [f.name for f in dataclasses.fields(m)] == ["id", "name", "version", "description"]
    assert dataclasses.asdict(m) == {"id": "my plugin!", "name": "X", "version": "0.0.0", "description": ""}
    assert dataclasses.replace(m, version="2") == PluginManifest("my plugin!", "X", "2")
    assert pickle.loads(pickle.dumps(m)) == m and copy.copy(m) == m and copy.deepcopy(m) == m
    assert hash(m) == hash(PluginManifest(id="my plugin!", name="X"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.id = "y"  # type: ignore[misc]


def test_agent_tool_is_a_mutable_subclassable_dataclass() -> None:
    params = {"x": {"type": "string"}}
    t = AgentTool(name="a.b", description="d", handler=lambda a: a, parameters=params, required=["x"],
                  side_effect=True, specifier_template="{x}")
    assert t.parameters is params  # the very dict given
    assert t.provider_tool() == t.provider_form() == {"type": "function", "function": {
        "name": "a.b", "description": "d",
        "parameters": {"type": "object", "properties": {"x": {"type": "string"}}, "required": ["x"]}}}
    assert t.meta() == t.gate_metadata() == {"name": "a.b", "sideEffect": True, "specifierTemplate": "{x}"}
    t.description = "changed"
    assert dataclasses.replace(t, name="c").name == "c"
    # upstream is lenient: a required key missing from parameters is accepted
    AgentTool(name="x", description="", handler=print, required=["nope"])

    @dataclasses.dataclass
    class Tagged(AgentTool):
        tag: str = "t"

    assert Tagged(name="n", description="", handler=print).tag == "t"


def test_backend_plugin_is_an_abc() -> None:
    assert inspect.isabstract(BackendPlugin) and issubclass(BackendPlugin, abc.ABC)
    with pytest.raises(TypeError):
        BackendPlugin()  # type: ignore[abstract]


def test_plugin_host_registers_into_the_given_registry() -> None:
    reg = PluginRegistry()
    h = PluginHost(PluginManifest(id="p", name="P"), reg)
    h.add_ws_channel("c", lambda conn, msg: None)
    h.add_dash_facade("f", object)
    h.on_startup(lambda: None)
    assert list(reg.ws_channels) == ["c"] and list(reg.dash_facades) == ["f"] and len(reg.startup_hooks) == 1
    assert registry.ws_channels == {}  # the process's registry is untouched
    reg.reset()
    assert reg == PluginRegistry()


def test_invoke_agent_tool_is_upstreams() -> None:
    import asyncio

    reg = PluginRegistry()

    def boom(args: dict[str, object]) -> object:
        raise ValueError("bad")

    reg.agent_tools["t"] = AgentTool(name="t", description="", handler=boom, required=["x"])
    assert asyncio.run(reg.invoke_agent_tool("t", {})) == {"error": "ValueError: bad"}  # no argument check
    assert asyncio.run(reg.invoke_agent_tool("u", {})) == {"error": "unknown plugin tool u"}
