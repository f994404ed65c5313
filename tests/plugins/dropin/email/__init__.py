"""A plugin package named like a stdlib module: it must shadow nothing (FastAPI, pydantic and
the multipart parser import `email`)."""
import sys

from fastapi import APIRouter, Form

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.post("")
def post(name: str = Form()) -> dict[str, str]:
    return {"name": name}


@router.get("/streams")
def streams() -> dict[str, int]:
    """Plugin code outside REPL cells sees the real streams."""
    sys.stdout.buffer.write(b"di_email: bytes on stdout\n")
    sys.stdout.flush()
    return {"fileno": sys.stdout.fileno()}


class Email(BackendPlugin):
    manifest = PluginManifest(id="di_email", name="Named email")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Email()
