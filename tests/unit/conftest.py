"""Puts `python/` on sys.path, so `horrible._host.<module>` imports from the source tree with the
venv's real FastAPI, Starlette and httpx (the same modules the binary embeds)."""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON_DIR = REPO / "python"

if str(PYTHON_DIR) not in sys.path:
    sys.path.insert(0, str(PYTHON_DIR))
