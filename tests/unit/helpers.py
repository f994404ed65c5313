"""What the Rust host does around the host modules, in plain Python: the route entries' ASGI call
with the scope `http/asgi.rs` builds, and FastAPI's own answer through TestClient to compare."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.testclient import TestClient
from starlette.types import Message

from horrible._host import routes

RawHeaders = list[tuple[bytes, bytes]]


@dataclass
class Answer:
    status: int
    headers: RawHeaders
    body: bytes


def reference(routers: Sequence[tuple[APIRouter, str]], method: str, url: str, **kwargs: Any) -> Answer:
    """FastAPI's answer: the same routers included into a FastAPI app, through TestClient."""
    app = FastAPI()
    for router, prefix in routers:
        app.include_router(router, prefix=prefix)
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.request(method, url, **kwargs)
    return Answer(r.status_code, [(k.lower(), v) for k, v in r.headers.raw], r.content)


def find(entries: list[routes.RouteEntry], method: str, path: str) -> routes.RouteEntry:
    for entry in entries:
        if entry[0] == path and method in entry[1]:
            return entry
    raise LookupError(f"{method} {path} not enumerated: {[(e[0], e[1]) for e in entries]}")


def scope_for(
    entry: routes.RouteEntry,
    method: str,
    path: str,
    path_values: dict[str, str],
    query: bytes = b"",
    headers: RawHeaders | None = None,
) -> dict[str, Any]:
    """The scope `http/asgi.rs` `build_scope` makes for a matched route."""
    _, _, params, _, extras, fastapi_scope, _ = entry
    scope = dict(extras)
    scope.update(
        type="http",
        asgi={"version": "3.0", "spec_version": "2.4"},
        http_version="1.1",
        method=method,
        scheme="http",
        path=path,
        raw_path=path.encode(),
        query_string=query,
        root_path="",
        headers=list(headers or []),
        client=("127.0.0.1", 50000),
        server=("127.0.0.1", 8000),
        path_params={
            name: (conv.convert(path_values[name]) if conv is not None else path_values[name])
            for name, conv, _ in params
        },
    )
    if fastapi_scope is not None:
        scope["fastapi"] = dict(fastapi_scope)
    return scope


def call_entry(entry: routes.RouteEntry, scope: dict[str, Any], body: bytes = b"") -> Answer:
    """Runs the route's ASGI entry as the host does: one http.request message, then disconnect."""
    sent: list[dict[str, Any]] = []
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> Message:
        if pending:
            return pending.pop()
        await asyncio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(dict(message))

    async def run() -> None:
        await entry[3](scope, receive, send)

    asyncio.run(run())
    start = next(m for m in sent if m["type"] == "http.response.start")
    chunks = [m.get("body", b"") for m in sent if m["type"] == "http.response.body"]
    return Answer(start["status"], list(start["headers"]), b"".join(chunks))
