"""Route order as Starlette matches it: declaration order, the first route whose path and method
match; a 405 only when none matches both (tests/http/test_http_routing.py)."""
from fastapi import APIRouter
from fastapi.responses import PlainTextResponse

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.get("/users/{user_id}")
def user_by_id(user_id: str) -> dict[str, str]:
    return {"route": "by-id", "user_id": user_id}


@router.get("/users/me")
def user_me() -> dict[str, str]:
    return {"route": "me"}  # never reached: /users/{user_id} is declared first


@router.get("/items/{item_id}")
def item(item_id: str) -> dict[str, str]:
    return {"route": "item", "item_id": item_id}


@router.post("/items/special")
def special() -> dict[str, str]:
    return {"route": "special"}


@router.get("/n/{x:int}")
def n_int(x: int) -> dict[str, object]:
    return {"route": "int", "x": x}


@router.get("/n/{name}")
def n_name(name: str) -> dict[str, str]:
    return {"route": "name", "name": name}


@router.get("/f/{name}.{ext}")
def file_ext(name: str, ext: str) -> dict[str, str]:
    return {"name": name, "ext": ext}


@router.get("/a/{p:path}/b")
def path_middle(p: str) -> dict[str, str]:
    return {"p": p}


@router.get("/dup")
def dup_first() -> dict[str, str]:
    return {"route": "first"}


@router.get("/dup")
def dup_second() -> dict[str, str]:
    return {"route": "second"}


@router.api_route("/allow/{k:int}", methods=["PUT", "PATCH"])
def allow_int(k: int) -> dict[str, int]:
    return {"k": k}


@router.post("/allow/{k}")
def allow_str(k: str) -> dict[str, str]:
    return {"k": k}


@router.get("/slash/")
def with_slash() -> PlainTextResponse:
    return PlainTextResponse("slash")


@router.get("/noslash")
def without_slash() -> PlainTextResponse:
    return PlainTextResponse("noslash")


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="rt_a_order", name="Routing: order")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
