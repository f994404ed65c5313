"""OpenAPI fixture: tags (router and route), summaries, descriptions, response models, extra
responses, an enum, nested models, a deprecated route, a hidden route, a websocket route (never
in OpenAPI) and a model named like one of oa_b_auth's."""
from __future__ import annotations

from enum import Enum

from fastapi import APIRouter, WebSocket
from pydantic import BaseModel, Field

from backend.sdk import BackendPlugin, PluginHost, PluginManifest


class Kind(str, Enum):
    book = "book"
    game = "game"


class Item(BaseModel):
    """An item in the shop."""

    id: int
    name: str = Field(min_length=1, description="Display name")
    kind: Kind
    tags: list[str] = []


class Page(BaseModel):
    items: list[Item]
    total: int


class Error(BaseModel):
    message: str


router = APIRouter(tags=["shop"], responses={404: {"model": Error, "description": "Not found"}})


@router.get("/items", summary="List items", response_model=Page)
def list_items(kind: Kind | None = None, limit: int = 10) -> Page:
    return Page(items=[], total=0)


@router.get("/items/{item_id}", tags=["items"], response_description="The item")
def get_item(item_id: int) -> Item:
    """Returns **one** item."""
    return Item(id=item_id, name="x", kind=Kind.book)


@router.post("/items", status_code=201, responses={409: {"model": Error}})
def create_item(item: Item) -> Item:
    return item


@router.delete("/items/{item_id}", deprecated=True)
def delete_item(item_id: int) -> None:
    return None


@router.get("/hidden", include_in_schema=False)
def hidden() -> dict[str, str]:
    return {}


@router.websocket("/live")
async def live(ws: WebSocket) -> None:
    await ws.accept()
    await ws.close()


class Shop(BackendPlugin):
    manifest = PluginManifest(id="oa_a_shop", name="Shop")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Shop()
