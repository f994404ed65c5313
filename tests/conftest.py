"""Fixtures only: thin wrappers around ``support.host``. Helpers live in ``tests/support``; tests
import them from there (``from support.host import ...``), never from this file."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from support.host import EXAMPLES, Host, start_host


@pytest.fixture
def host_factory(tmp_path: Path) -> Iterator[Callable[..., Host]]:
    """``host_factory(dirs, **kw)`` starts a host with a fresh data dir; all are stopped afterwards."""
    hosts: list[Host] = []
    counter = iter(range(1000))

    def make(dirs: list[Path | str], *, data_dir: Path | None = None, **kw: Any) -> Host:
        h = start_host(dirs, data_dir or tmp_path / f"data{next(counter)}", **kw)
        hosts.append(h)
        return h

    yield make
    for h in hosts:
        try:
            h.stop()
        except AssertionError as e:
            print(e, file=sys.stderr)


@pytest.fixture(scope="module")
def ping_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    """One host serving examples/backend-plugins (the ping plugin), shared by a module."""
    h = start_host([EXAMPLES], tmp_path_factory.mktemp("ping") / "data")
    yield h
    h.stop()
