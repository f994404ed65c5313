"""OpenAPI fixture: security schemes (OAuth2 password bearer with scopes, API key header, HTTP
basic), a router-level dependency, a mounted prefix, form and file bodies, and its own `Error`
model (oa_a_shop has another one)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Security, UploadFile
from fastapi.security import APIKeyHeader, HTTPBasic, HTTPBasicCredentials, OAuth2PasswordBearer
from pydantic import BaseModel

from backend.sdk import BackendPlugin, PluginHost, PluginManifest

oauth2 = OAuth2PasswordBearer(tokenUrl="/api/auth/token", scopes={"read": "Read things", "write": "Write things"})
api_key = APIKeyHeader(name="X-API-Key", auto_error=False)
basic = HTTPBasic()


class Error(BaseModel):
    code: int
    detail: str


class Me(BaseModel):
    user: str
    scopes: list[str]


def needs_key(key: Annotated[str | None, Depends(api_key)]) -> str | None:
    return key


router = APIRouter(dependencies=[Depends(needs_key)], tags=["auth"])


@router.post("/token", summary="Log in")
def token(username: Annotated[str, Form()], password: Annotated[str, Form()]) -> dict[str, str]:
    return {"access_token": username, "token_type": "bearer"}


@router.get("/me", responses={401: {"model": Error}})
def me(token: Annotated[str, Security(oauth2, scopes=["read"])]) -> Me:
    return Me(user=token, scopes=["read"])


@router.post("/upload")
def upload(file: Annotated[UploadFile, File()], creds: Annotated[HTTPBasicCredentials, Depends(basic)]) -> dict[str, int]:
    return {"size": file.size or 0}


class Auth(BackendPlugin):
    manifest = PluginManifest(id="oa_b_auth", name="Auth")

    def setup(self, host: PluginHost) -> None:
        host.add_router(router, prefix="auth")


PLUGIN = Auth()
