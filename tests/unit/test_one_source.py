"""One source for each fact: the browser's tool list lives in `catalog/browser-tools.json` only.

Implementations may name the tool they implement (the dashboard's executor table, whose keys
`tsc` checks against the catalog; the kernel's relaying methods, which `set_browser_tools`
checks), but no other tracked file may carry the list itself: a description or a parameter
schema written again is how the four copies of it drifted before.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CATALOG = "catalog/browser-tools.json"


def _tracked_text_files() -> dict[str, str]:
    names = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    out: dict[str, str] = {}
    for name in names:
        try:
            out[name] = (REPO / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
    return out


def test_the_catalog_has_the_sixteen_browser_tools() -> None:
    tools = json.loads((REPO / CATALOG).read_text())["tools"]
    assert len(tools) == 16
    assert len({t["name"] for t in tools}) == 16
    for t in tools:
        assert t["description"] and t["parameters"]["type"] == "object", t


def test_no_other_file_repeats_a_description() -> None:
    tools = json.loads((REPO / CATALOG).read_text())["tools"]
    files = _tracked_text_files()
    for tool in tools:
        holders = [name for name, text in files.items() if tool["description"] in text]
        assert holders == [CATALOG], f"{tool['name']}'s description is also in {holders}"


def test_no_other_file_repeats_a_parameter_schema() -> None:
    tools = json.loads((REPO / CATALOG).read_text())["tools"]
    files = {n: t for n, t in _tracked_text_files().items() if n != CATALOG}
    for tool in tools:
        props = tool["parameters"]["properties"]
        if not props:
            continue
        # The schema as any serializer would write it, compact or spaced.
        forms = {json.dumps(props), json.dumps(props, separators=(",", ":"))}
        holders = [name for name, text in files.items() if any(f in text for f in forms)]
        assert holders == [], f"{tool['name']}'s parameter schema is also in {holders}"
