"""Builds the reference FastAPI app from the same plugin packages the host loads.

Discovery mirrors protocol.md section 2 (sorted entries, ``.``/``_`` skipped, packages and
``.py`` modules); each plugin's ``setup`` runs against a recording host double; its routers are
included into a plain ``FastAPI()`` with the host's prefix rule: default
``/api/plugins/<id>``, a given prefix joined under ``/api``.
"""
from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI

STUB_DIR = Path(__file__).resolve().parent / "sdkstub"


def ensure_sdk() -> None:
    """Makes ``backend.sdk`` importable: the real one if present (``horrible python``), else the stub."""
    try:
        import backend.sdk  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(STUB_DIR))
        for name in [m for m in sys.modules if m == "backend" or m.startswith("backend.")]:
            del sys.modules[name]
        import backend.sdk  # noqa: F401


class RecordingHost:
    def __init__(self, manifest: Any) -> None:
        import logging

        self.manifest = manifest
        self.log = logging.getLogger(f"plugin.{manifest.id}")
        self.routers: list[tuple[Any, str | None]] = []
        self.tools: list[Any] = []
        self.channels: dict[str, Any] = {}
        self.facades: dict[str, Any] = {}
        self.startup: list[Any] = []
        self.shutdown: list[Any] = []

    def add_router(self, router: Any, prefix: str | None = None) -> None:
        self.routers.append((router, prefix))

    def add_agent_tool(self, tool: Any) -> None:
        self.tools.append(tool)

    def add_ws_channel(self, name: str, handler: Any) -> None:
        self.channels[name] = handler

    def add_dash_facade(self, name: str, factory: Any) -> None:
        self.facades[name] = factory

    def on_startup(self, hook: Any) -> None:
        self.startup.append(hook)

    def on_shutdown(self, hook: Any) -> None:
        self.shutdown.append(hook)

    def broadcast(self, frame: dict[str, Any]) -> int:
        return 0


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


def load_plugin(directory: Path, name: str) -> tuple[Any, RecordingHost]:
    ensure_sdk()
    d = str(directory)
    if d not in sys.path:
        sys.path.insert(0, d)
    module = importlib.import_module(name)
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
