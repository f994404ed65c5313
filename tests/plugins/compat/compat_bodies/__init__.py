"""Pydantic bodies, validation errors, response_model filtering, status_code."""
import hashlib

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, Field

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


class Item(BaseModel):
    name: str
    price: float
    tags: list[str] = []


class UserIn(BaseModel):
    username: str
    password: str
    email: str
    age: int | None = Field(default=None, ge=0)


class UserOut(BaseModel):
    username: str
    email: str


@router.post("/items", status_code=201)
def create_item(item: Item) -> Item:
    return item


@router.put("/items/{item_id}")
async def update_item(item_id: int, item: Item, q: str | None = None, importance: int = Body(1)) -> dict[str, object]:
    return {"item_id": item_id, "item": item, "q": q, "importance": importance}


@router.post("/embed")
def embed(item: Item = Body(embed=True)) -> dict[str, object]:
    return {"embedded": item}


@router.post("/users", response_model=UserOut)
def create_user(user: UserIn) -> object:
    return user


@router.get("/users/raw", response_model=UserOut)
async def user_raw() -> object:
    return {"username": "ann", "email": "ann@example.com", "password": "secret", "extra": 1}


@router.get("/users/list", response_model=list[UserOut])
def user_list() -> object:
    return [{"username": f"u{i}", "email": f"u{i}@x", "password": "p"} for i in range(3)]


@router.post("/list")
def list_body(items: list[Item]) -> dict[str, object]:
    return {"count": len(items), "total": sum(i.price for i in items)}


@router.post("/optional")
def optional_body(item: Item | None = None) -> dict[str, object]:
    return {"item": item}


@router.post("/dict")
async def dict_body(payload: dict[str, int]) -> dict[str, object]:
    return {"sum": sum(payload.values())}


@router.post("/raw-json")
async def raw_json(request: Request) -> dict[str, object]:
    return {"got": await request.json()}


@router.post("/bytes")
async def raw_bytes(request: Request) -> dict[str, object]:
    body = await request.body()
    return {"len": len(body), "sha256": hashlib.sha256(body).hexdigest(),
            "content_type": request.headers.get("content-type")}


@router.post("/stream-in")
async def stream_in(request: Request) -> dict[str, object]:
    h = hashlib.sha256()
    n = 0
    async for chunk in request.stream():
        h.update(chunk)
        n += len(chunk)
    return {"len": n, "sha256": h.hexdigest()}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="compat_bodies", name="Compat: bodies")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
