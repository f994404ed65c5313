#!/usr/bin/env bash
# Runs every test: Rust unit tests, the Python suite against the release binary, and the
# browser tests in headless Chromium. Installs and builds first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HORRIBLE_BIN="$PWD/target/release/horrible"

echo "== cargo test"
cargo test --release

echo "== pytest"
.venv/bin/python -m pytest tests --ignore=tests/browser -q -p no:cacheprovider

echo "== browser"
node --test tests/browser/
