from starlette.testclient import TestClient as TestClient  # noqa
