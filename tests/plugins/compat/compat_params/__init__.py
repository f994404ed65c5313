"""Path, query, header and cookie parameters."""
from typing import Annotated

from fastapi import APIRouter, Cookie, Header, Query, Request

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("/str/{value}", name="compat_path_str")
def path_str(value: str) -> dict[str, str]:
    return {"value": value}


@router.get("/int/{item_id}")
def path_int(item_id: int) -> dict[str, object]:
    return {"item_id": item_id, "type": type(item_id).__name__}


@router.get("/conv/{item_id:int}")
async def path_conv(item_id: int) -> dict[str, object]:
    return {"item_id": item_id, "type": type(item_id).__name__}


@router.get("/files/{p:path}")
def path_path(p: str) -> dict[str, str]:
    return {"p": p}


@router.get("/two/{a}/and/{b}")
async def two(a: str, b: float) -> dict[str, object]:
    return {"a": a, "b": b}


@router.get("/query")
def query(
    required: str,
    optional: str | None = None,
    n: int = 1,
    tags: list[str] = Query(default=[]),
    flag: bool = False,
) -> dict[str, object]:
    return {"required": required, "optional": optional, "n": n, "tags": tags, "flag": flag}


@router.get("/query/constrained")
async def constrained(
    item_query: Annotated[str, Query(alias="item-query", min_length=2)],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, object]:
    return {"item_query": item_query, "limit": limit}


@router.get("/headers")
def headers(
    x_token: str = Header(),
    x_items: list[str] | None = Header(default=None),
    accept_language: str | None = Header(default=None),
) -> dict[str, object]:
    return {"x_token": x_token, "x_items": x_items, "accept_language": accept_language}


@router.get("/cookies")
def cookies(session: str | None = Cookie(default=None), theme: str = Cookie(default="light")) -> dict[str, object]:
    return {"session": session, "theme": theme}


@router.get("/request/{value}")
async def request_info(value: str, request: Request) -> dict[str, object]:
    return {
        "method": request.method,
        "path": request.url.path,
        "query": request.url.query,
        "query_params": sorted(request.query_params.multi_items()),
        "root_path": request.scope.get("root_path"),
        "path_params": request.path_params,
        "route": getattr(request.scope.get("route"), "path", None),
        "url_for": request.url_for("compat_path_str", value="a b").path,
        "x_custom": request.headers.get("x-custom"),
    }


@router.post("/only-post")
def only_post() -> dict[str, bool]:
    return {"posted": True}


@router.get("/methods")
def methods_get() -> dict[str, str]:
    return {"method": "GET"}


@router.delete("/methods")
async def methods_delete() -> dict[str, str]:
    return {"method": "DELETE"}


@router.api_route("/any", methods=["GET", "PUT", "PATCH"])
async def any_method(request: Request) -> dict[str, str]:
    return {"method": request.method}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="compat_params", name="Compat: parameters")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
