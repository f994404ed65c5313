"""Depends: plain, class, sub-dependencies, caching, router-level, yield (with teardown records)."""
import time
from collections.abc import AsyncIterator, Iterator

from fastapi import APIRouter, Depends, Header, HTTPException

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

events: list[str] = []
calls = {"counted": 0}


def common(q: str | None = None, skip: int = 0, limit: int = 100) -> dict[str, object]:
    return {"q": q, "skip": skip, "limit": limit}


class Pager:
    def __init__(self, page: int = 1, size: int = 10) -> None:
        self.page = page
        self.size = size


def counted() -> int:
    calls["counted"] += 1
    return calls["counted"]


def uses_counted(c: int = Depends(counted)) -> int:
    return c


def get_db() -> Iterator[dict[str, str]]:
    events.append("db:open")
    try:
        yield {"session": "open"}
    finally:
        events.append("db:close")


async def get_async_resource() -> AsyncIterator[str]:
    events.append("async:open")
    try:
        yield "resource"
    finally:
        events.append("async:close")


def get_db_seeing_errors() -> Iterator[str]:
    try:
        yield "x"
    except HTTPException as e:
        events.append(f"dep saw {e.status_code}")
        raise
    finally:
        events.append("erring:close")


def verify_token(x_token: str = Header()) -> None:
    if x_token != "secret":
        raise HTTPException(status_code=401, detail="bad token", headers={"WWW-Authenticate": "Bearer"})


router = APIRouter()
secure = APIRouter(prefix="/secure", dependencies=[Depends(verify_token)])


@router.get("/common")
def use_common(c: dict[str, object] = Depends(common)) -> dict[str, object]:
    return c


@router.get("/class")
async def use_class(p: Pager = Depends()) -> dict[str, int]:
    return {"page": p.page, "size": p.size}


@router.get("/cached")
def cached(a: int = Depends(counted), b: int = Depends(uses_counted)) -> dict[str, bool]:
    return {"same": a == b}


@router.get("/db")
def use_db(db: dict[str, str] = Depends(get_db)) -> dict[str, str]:
    events.append("db:handler")
    return {"db": db["session"]}


@router.get("/async-resource")
async def use_async_resource(r: str = Depends(get_async_resource)) -> dict[str, str]:
    events.append("async:handler")
    return {"resource": r}


@router.get("/erring")
def erring(x: str = Depends(get_db_seeing_errors)) -> None:
    raise HTTPException(status_code=409, detail="conflict")


@router.get("/sleep")
def blocking(c: dict[str, object] = Depends(common)) -> dict[str, float]:
    time.sleep(0.5)
    return {"slept": 0.5}


@router.post("/events/reset")
def reset_events() -> dict[str, bool]:
    events.clear()
    return {"ok": True}


@router.get("/events")
def get_events() -> dict[str, list[str]]:
    return {"events": list(events)}


@secure.get("")
def secure_root() -> dict[str, bool]:
    return {"secure": True}


router.include_router(secure)


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="compat_deps", name="Compat: dependencies")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
