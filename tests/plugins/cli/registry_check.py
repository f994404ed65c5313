"""Run with `horrible python` and HORRIBLE_PLUGINS_DIR set: prints what the documented
`backend.sdk.loader` / `backend.sdk.registry` modules report, as JSON."""
import asyncio
import json

import importlib

from backend.sdk import loader

# The module (what is served, tools schema-checked): `import backend.sdk.registry as r` would give
# the package attribute, upstream's `registry` object.
registry = importlib.import_module("backend.sdk.registry")

first = [m.id for m in loader.load_plugins().loaded]
second = [m.id for m in loader.load_plugins().loaded]


async def calls() -> dict[str, object]:
    names = ["ping.echo", "tl.sync", "tl.async", "tl.raises", "tl.write", "tl.slow", "no.such.tool"]
    args = {"ping.echo": {"text": "hi"}, "tl.sync": {"a": [1, None]}, "tl.async": {"n": 21},
            "tl.write": {"path": "/tmp/x"}}
    return {n: await registry.invoke_agent_tool(n, args.get(n, {})) for n in names}


print(json.dumps({
    "first": first,
    "second": second,
    "loaded": [m.id for m in registry.loaded],
    "errors": [list(e) for e in registry.errors],
    "provider_tools": registry.provider_tools(),
    "calls": asyncio.run(calls()),
}))
