"""The reference server: the generated tutorial plugins in one plain FastAPI app under uvicorn,
each plugin's routers at the host's prefix (support/reference.py), as a process of its own (its
cwd is a scratch directory: some tutorial apps write files).

    python serve_reference.py <plugins dir> <port>

A plugin that fails to load is printed and left out (the host leaves it out too, as a load error).
"""
from __future__ import annotations

import sys
import traceback
from pathlib import Path

import uvicorn
from fastapi import FastAPI

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/: `support`

from support import reference  # noqa: E402


def build(directory: Path) -> FastAPI:
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    for name in reference.candidates(directory):
        try:
            plugin, host = reference.load_plugin(directory, name)
        except Exception:
            print(f"reference: {name} failed to load:\n{traceback.format_exc()}", file=sys.stderr)
            continue
        for router, prefix in host.routers:
            app.include_router(router, prefix=reference.mount_prefix(plugin.manifest.id, prefix))
    return app


if __name__ == "__main__":
    directory, port = Path(sys.argv[1]), int(sys.argv[2])
    uvicorn.run(build(directory), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
