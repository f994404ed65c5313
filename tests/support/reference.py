"""Builds the reference FastAPI app from the same plugin packages the host loads.

Discovery mirrors protocol.md section 2 (sorted entries, ``.``/``_`` skipped, packages and
``.py`` modules); each plugin's ``setup`` runs against a recording host double; its routers are
included into a plain ``FastAPI()`` with the host's prefix rule: default
``/api/plugins/<id>``, a given prefix joined under ``/api``.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI

STUB_DIR = Path(__file__).resolve().parent / "sdkstub"


def ensure_sdk() -> None:
    """Makes ``backend.sdk`` importable: the real one if present (``horrible python``), else the stub.

    ``python/backend/sdk`` holds only ``.pyi`` stubs: with ``python/`` on ``sys.path`` (as
    tests/unit puts it) it imports as an empty namespace package, which is not an SDK either."""
    try:
        import backend.sdk

        real = hasattr(backend.sdk, "BackendPlugin")
    except ImportError:
        real = False
    if not real:
        sys.path.insert(0, str(STUB_DIR))
        for name in [m for m in sys.modules if m == "backend" or m.startswith("backend.")]:
            del sys.modules[name]
        import backend.sdk  # noqa: F401


def _load_stub_host() -> Any:
    """The stand-in SDK's recording ``PluginHost``, loaded under a private name, so it is the same
    double whether ``backend.sdk`` is the stub or the real module (under ``horrible python``)."""
    spec = importlib.util.spec_from_file_location("_horrible_sdkstub", STUB_DIR / "backend" / "sdk" / "__init__.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module.PluginHost


RecordingHost = _load_stub_host()


def mount_prefix(plugin_id: str, prefix: str | None) -> str:
    if prefix is None:
        return f"/api/plugins/{plugin_id}"
    return ("/api/" + prefix.strip("/")).rstrip("/")


def candidates(directory: Path) -> list[str]:
    out = []
    for name in sorted(os.listdir(directory)):
        if name.startswith((".", "_")):
            continue
        p = directory / name
        if (p / "__init__.py").is_file():
            out.append(name)
        elif name.endswith(".py") and p.is_file():
            out.append(name[:-3])
    return out


def _import_private(directory: Path, name: str) -> Any:
    """Imports a plugin as upstream's loader does: under `_horrible_plugin_<dir>_<stem>`, from its
    file, with no directory on `sys.path` (model names in OpenAPI documents carry the module)."""
    modname = f"_horrible_plugin_{directory.name}_{name}"
    if modname in sys.modules:
        return sys.modules[modname]
    package = directory / name
    if (package / "__init__.py").is_file():
        spec = importlib.util.spec_from_file_location(
            modname, package / "__init__.py", submodule_search_locations=[str(package)]
        )
    else:
        spec = importlib.util.spec_from_file_location(modname, directory / f"{name}.py")
    assert spec is not None and spec.loader is not None, f"cannot import {directory / name}"
    module = importlib.util.module_from_spec(spec)
    sys.modules[modname] = module
    spec.loader.exec_module(module)
    return module


def load_plugin(directory: Path, name: str) -> tuple[Any, RecordingHost]:
    ensure_sdk()
    module = _import_private(directory, name)
    plugin = module.PLUGIN
    if isinstance(plugin, type):
        plugin = plugin()
    host = RecordingHost(plugin.manifest)
    plugin.setup(host)
    return plugin, host


def build_app(plugin_dirs: list[Path]) -> FastAPI:
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    for directory in plugin_dirs:
        for name in candidates(directory):
            plugin, host = load_plugin(directory, name)
            for router, prefix in host.routers:
                app.include_router(router, prefix=mount_prefix(plugin.manifest.id, prefix))
    return app
