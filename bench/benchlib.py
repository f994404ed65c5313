"""Small helpers shared by bench/*.py: percentiles, the result table, the JSON summary."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

OUT_DIR = Path(__file__).resolve().parent / "out"


def pct(values: list[float], p: float) -> float | None:
    """The p-th percentile (nearest rank) of values, or None when empty."""
    if not values:
        return None
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1))
    return s[k]


def ms(v: float | None) -> str:
    return "-" if v is None else f"{v * 1000:.2f}"


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    return a / b


def fmt_ratio(r: float | None) -> str:
    return "-" if r is None else f"x{r:.2f}"


def write_json(name: str, data: dict[str, Any], out: str | None = None) -> Path:
    path = Path(out) if out else OUT_DIR / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=str))
    print(f"\nwrote {path}")
    return path


def run(main: Any) -> Any:
    """Runs coroutine ``main`` on uvloop (a faster client skews less) unless BENCH_CLIENT_UVLOOP=0."""
    if os.environ.get("BENCH_CLIENT_UVLOOP", "1") != "0":
        try:
            import uvloop

            return uvloop.run(main)
        except ImportError:
            pass
    import asyncio

    return asyncio.run(main)


def spawn_workers(script: str, payloads: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Runs ``python script --worker '<json>'`` once per payload, in parallel; returns their JSON."""
    import subprocess

    procs = [subprocess.Popen([sys.executable, script, "--worker", json.dumps(p)], stdout=subprocess.PIPE) for p in payloads]
    out = []
    for p in procs:
        stdout, _ = p.communicate()
        if p.returncode != 0:
            raise SystemExit(f"bench: a client worker failed (exit {p.returncode})")
        out.append(json.loads(stdout))
    return out


def loadavg_note() -> str | None:
    """A warning when the machine is busy before a run (other work skews every number)."""
    try:
        one = os.getloadavg()[0]
    except OSError:
        return None
    if one > 1.0:
        return f"load average {one:.2f} before the run: the machine is busy; numbers are noisy"
    return None
