"""Upstream's own tests here run inside the host's interpreter (`horrible python -m pytest`,
from tests/host/test_upstream_sdk.py, with --noconftest), never in the outer suite."""

collect_ignore = ["backend", "examples"]
