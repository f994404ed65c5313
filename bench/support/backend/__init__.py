"""Stand-in ``backend`` package for the uvicorn baseline (see ``sdk/__init__.py``)."""
