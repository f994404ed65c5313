"""Websocket routes served by the host and, in tests/http/test_websocket_routes.py, by uvicorn:
accept with a subprotocol, echo, path/query params, dependencies (route and router level),
lifespan state, server close with code and reason, client close, reject before accept, errors,
denial responses (the `websocket.http.response` extension)."""
from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, WebSocket, WebSocketDisconnect, WebSocketException, status
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

CLOSES: list[Any] = []


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
    app.state.flag = "app.state from the lifespan"
    yield {"greeting": "hello from the lifespan"}


router = APIRouter(lifespan=lifespan)


@router.websocket("/echo")
async def echo(ws: WebSocket) -> None:
    offered = ws.scope["subprotocols"]
    await ws.accept(subprotocol="chat.v2" if "chat.v2" in offered else None, headers=[(b"x-echo", b"yes")])
    await ws.send_json({"subprotocols": offered, "path": ws.url.path, "query": str(ws.query_params)})
    while True:
        msg = await ws.receive()
        if msg["type"] == "websocket.disconnect":
            CLOSES.append(["echo", msg["code"], msg.get("reason", "")])
            return
        if msg.get("text") == "close-me":
            await ws.close(code=4001, reason="bye now")
            return
        if msg.get("text") is not None:
            await ws.send_text("echo:" + msg["text"])
        else:
            await ws.send_bytes(b"echo:" + msg["bytes"])


def token(token: Annotated[str | None, Query()] = None) -> str:
    if token is None:
        raise WebSocketException(code=status.WS_1008_POLICY_VIOLATION, reason="no token")
    return token


@router.websocket("/items/{item_id:int}/{name}")
async def items(ws: WebSocket, item_id: int, name: str, tok: Annotated[str, Depends(token)], q: int = 0) -> None:
    await ws.accept()
    await ws.send_json({"item_id": item_id, "name": name, "token": tok, "q": q, "state": ws.state.greeting,
                       "app_state": ws.app.state.flag})
    await ws.close()


@router.websocket("/reject")
async def reject(ws: WebSocket) -> None:
    await ws.close(code=status.WS_1008_POLICY_VIOLATION)


@router.websocket("/boom")
async def boom(ws: WebSocket) -> None:
    raise RuntimeError("websocket route boom before accept")


@router.websocket("/boom-after")
async def boom_after(ws: WebSocket) -> None:
    await ws.accept()
    await ws.send_text("about to fail")
    raise RuntimeError("websocket route boom after accept")


@router.websocket("/returns")
async def returns(ws: WebSocket) -> None:
    await ws.accept()
    await ws.send_text("bye without close")


@router.websocket("/client-close")
async def client_close(ws: WebSocket) -> None:
    await ws.accept()
    try:
        while True:
            await ws.receive_text()
    except WebSocketDisconnect as exc:
        CLOSES.append(["client-close", exc.code, exc.reason])


@router.websocket("/deny")
async def deny(ws: WebSocket) -> None:
    response = JSONResponse({"detail": "who are you"}, status_code=401, headers={"www-authenticate": "Bearer"})
    response.set_cookie("seen", "1")
    await ws.send_denial_response(response)


@router.websocket("/deny-stream")
async def deny_stream(ws: WebSocket) -> None:
    async def parts() -> AsyncIterator[bytes]:
        for part in (b"one,", b"two,", b"three"):
            yield part

    await ws.send_denial_response(StreamingResponse(parts(), status_code=429, media_type="text/csv"))


@router.websocket("/deny-raw")
async def deny_raw(ws: WebSocket) -> None:
    # No content type and the body in two events: the server's defaults apply.
    await ws.send({"type": "websocket.http.response.start", "status": 418, "headers": [(b"x-raw", b"yes")]})
    await ws.send({"type": "websocket.http.response.body", "body": b"short ", "more_body": True})
    await ws.send({"type": "websocket.http.response.body", "body": b"and stout"})


@router.websocket("/deny-empty")
async def deny_empty(ws: WebSocket) -> None:
    await ws.send_denial_response(PlainTextResponse("", status_code=404))


@router.get("/closes")
def closes() -> list[Any]:
    return CLOSES


# The same path as an HTTP route: an upgrade goes to the websocket route, a GET to this one.
@router.get("/echo")
def echo_http() -> dict[str, str]:
    return {"http": "echo"}


def router_dep(ws: WebSocket) -> None:
    if ws.headers.get("x-deny") == "1":
        raise WebSocketException(code=4003, reason="denied by the router dependency")


guarded = APIRouter(dependencies=[Depends(router_dep)])


@guarded.websocket("/hello/{who}")
async def hello(ws: WebSocket, who: str) -> None:
    await ws.accept()
    await ws.send_text(f"hello {who}")
    await ws.close(code=1000, reason="done")


class Routes(BackendPlugin):
    manifest = PluginManifest(id="wsr_routes", name="Websocket routes")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)
        host.add_router(guarded, prefix="wsr/guarded")


PLUGIN = Routes()
