from fastapi import FastAPI, Security, WebSocket
from fastapi.requests import HTTPConnection
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.testclient import TestClient
from inline_snapshot import snapshot

app = FastAPI()

security = HTTPBearer()


@app.get("/users/me")
def read_current_user(credentials: HTTPAuthorizationCredentials = Security(security)):
    return {"scheme": credentials.scheme, "credentials": credentials.credentials}


client = TestClient(app)


def test_security_http_bearer():
    response = client.get("/users/me", headers={"Authorization": "Bearer foobar"})
    assert response.status_code == 200, response.text
    assert response.json() == {"scheme": "Bearer", "credentials": "foobar"}


def test_security_http_bearer_no_credentials():
    response = client.get("/users/me")
    assert response.status_code == 401, response.text
    assert response.json() == {"detail": "Not authenticated"}
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_security_http_bearer_incorrect_scheme_credentials():
    response = client.get("/users/me", headers={"Authorization": "Basic notreally"})
    assert response.status_code == 401, response.text
    assert response.json() == {"detail": "Not authenticated"}
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_security_http_bearer_subclass_request_keyword():
    class CustomHTTPBearer(HTTPBearer):
        async def __call__(
            self, request: HTTPConnection
        ) -> HTTPAuthorizationCredentials | None:
            return await super().__call__(request=request)

    subclass_app = FastAPI()
    subclass_security = CustomHTTPBearer()

    @subclass_app.get("/users/me")
    async def read_user(
        credentials: HTTPAuthorizationCredentials = Security(subclass_security),
    ):
        return credentials

    @subclass_app.websocket("/users/me")
    async def read_user_websocket(
        websocket: WebSocket,
        credentials: HTTPAuthorizationCredentials = Security(subclass_security),
    ):
        await websocket.accept()
        await websocket.send_json(credentials.model_dump())
        await websocket.close()

    subclass_client = TestClient(subclass_app)
    headers = {"Authorization": "Bearer foobar"}
    expected = {"scheme": "Bearer", "credentials": "foobar"}

    response = subclass_client.get("/users/me", headers=headers)
    assert response.status_code == 200, response.text
    assert response.json() == expected

    with subclass_client.websocket_connect("/users/me", headers=headers) as websocket:
        assert websocket.receive_json() == expected


def test_openapi_schema():
    response = client.get("/openapi.json")
    assert response.status_code == 200, response.text
    assert response.json() == snapshot(
        {
            "openapi": "3.1.0",
            "info": {"title": "FastAPI", "version": "0.1.0"},
            "paths": {
                "/users/me": {
                    "get": {
                        "responses": {
                            "200": {
                                "description": "Successful Response",
                                "content": {"application/json": {"schema": {}}},
                            }
                        },
                        "summary": "Read Current User",
                        "operationId": "read_current_user_users_me_get",
                        "security": [{"HTTPBearer": []}],
                    }
                }
            },
            "components": {
                "securitySchemes": {"HTTPBearer": {"type": "http", "scheme": "bearer"}}
            },
        }
    )
