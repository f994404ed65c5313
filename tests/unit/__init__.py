"""Unit tests of the host's own Python (`python/horrible/_host`) and of the SDK stubs.

A package, so its conftest is `unit.conftest` and does not take the `conftest` name that
tests/*.py import from tests/conftest.py.
"""
