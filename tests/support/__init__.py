"""Helpers for the integration tests (importable as ``support.*``: pytest.ini puts ``tests/`` on
``sys.path``). ``host`` runs the binary, ``wsclient`` is the /ws client, ``rawhttp`` sends
verbatim HTTP, ``tools_host`` drives agent tools / the permission gate / MCP, ``reference``
builds the FastAPI stand-in for the differential tests."""
