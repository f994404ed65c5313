"""Form and multipart bodies (needs python-multipart in the environment)."""
import hashlib

from fastapi import APIRouter, File, Form, UploadFile

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

router = APIRouter()


@router.post("/login")
def login(username: str = Form(), password: str = Form()) -> dict[str, object]:
    return {"username": username, "password_len": len(password)}


@router.post("/upload")
async def upload(file: UploadFile = File(), note: str = Form(default="")) -> dict[str, object]:
    data = await file.read()
    return {"filename": file.filename, "content_type": file.content_type, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(), "note": note}


class Plugin(BackendPlugin):
    manifest = PluginManifest(id="compat_forms", name="Compat: forms")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router)


PLUGIN = Plugin()
