"""Python helpers the Rust host calls by name.

Each module here is compiled into the binary (``include_str!``) and registered in
``sys.modules`` as ``horrible._host.<name>`` with its real file name, so tracebacks show these
paths and lines. They import only the standard library and the plugin stack (FastAPI, Starlette,
httpx); whatever they need from the host is passed in as arguments, so unit tests can import
and drive them with plain Python.
"""
