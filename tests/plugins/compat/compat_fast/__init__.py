"""Simple routes (path/query/JSON body, no dependencies): the host may serve these on a fast
path, so they get the nastiest inputs: number/float edge cases, duplicate keys, odd encodings."""
import time
from typing import Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


class Item(BaseModel):
    name: str
    price: float
    qty: int = 1
    tags: list[str] = []
    meta: dict[str, Any] | None = None


@router.post("/items/{item_id}")
def create(item_id: int, item: Item, q: str | None = None, n: int = 0, flag: bool = False) -> dict[str, Any]:
    return {"item_id": item_id, "q": q, "n": n, "flag": flag, "item": item}


@router.get("/q")
def query(a: str = "", n: int = 0, f: float = 0.0, flag: bool = False,
          tags: list[str] = Query(default=[])) -> dict[str, Any]:
    return {"a": a, "n": n, "f": f, "flag": flag, "tags": tags}


@router.get("/p/{name}/{num}")
def path(name: str, num: float) -> dict[str, Any]:
    return {"name": name, "num": num}


@router.post("/echo")
def echo(payload: dict[str, Any]) -> dict[str, Any]:
    return {"payload": payload}


@router.post("/sum")
async def total(nums: list[float]) -> dict[str, float]:
    return {"sum": sum(nums)}


@router.get("/floats")
def floats() -> dict[str, Any]:
    return {"values": [0.1 + 0.2, 1e16, 1e-7, -0.0, 1e300, 2.5, 100.0, float(2**53 + 1), 123456789.123456789]}


@router.get("/ints")
def ints() -> dict[str, Any]:
    return {"big": 2**70, "neg": -(2**63) - 1, "zero": 0}


@router.get("/str")
def text() -> str:
    return "a \"string\" with \u00e9 and \u2028 and \U0001F600"


@router.get("/none")
def nothing() -> None:
    return None


@router.get("/list")
def listing() -> list[int]:
    return [3, 2, 1]


@router.get("/sleep")
def sleep(s: float = 0.5) -> dict[str, float]:
    time.sleep(s)
    return {"slept": s}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="compat_fast", name="Compat: fast-path candidates")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
