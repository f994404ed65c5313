import importlib
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.utils import needs_py310, workdir_lock


@pytest.fixture(
    name="client",
    params=[
        pytest.param("tutorial002_non_an", marks=needs_py310),
        pytest.param("tutorial002", marks=needs_py310),
    ],
)
def get_client(request: pytest.FixtureRequest):
    mod = importlib.import_module(f"docs_src.background_tasks.{request.param}")

    client = TestClient(mod.app)
    return client


@workdir_lock
def test(client: TestClient):
    log = Path("log.txt")
    if log.is_file():
        os.remove(log)  # pragma: no cover
    response = client.post("/send-notification/foo@example.com?q=some-query")
    assert response.status_code == 200, response.text
    assert response.json() == {"message": "Message sent"}
    with open("./log.txt") as f:
        assert "found query: some-query\nmessage to foo@example.com" in f.read()
