#!/usr/bin/env bash
# Runs every test: lint, Rust unit tests, bounded fuzzing of the pure parsers, the Python suite
# (host unit tests, then the release binary end to end) and the browser tests in headless
# Chromium. Installs and builds first (scripts/setup.sh).
#   HORRIBLE_FUZZ_SECONDS=N   seconds per fuzz target (default 60; 0 skips fuzzing)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HORRIBLE_BIN="$PWD/target/release/horrible"

echo "== lint"
scripts/lint.sh

echo "== cargo test"
cargo test --release

fuzz_seconds="${HORRIBLE_FUZZ_SECONDS:-60}"
if [ "$fuzz_seconds" != 0 ]; then
  echo "== fuzz (${fuzz_seconds}s per target)"
  scripts/fuzz.sh "$fuzz_seconds"
fi

echo "== pytest"
.venv/bin/python -m pytest tests --ignore=tests/browser -q -p no:cacheprovider

echo "== browser"
node --test tests/browser/
