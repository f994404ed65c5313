#!/usr/bin/env bash
# Every linter and type checker, in order; stops at the first step that fails.
#   scripts/lint.sh              all steps
#   scripts/lint.sh ruff mypy    only the named steps (rustfmt clippy ruff mypy tsc)
# Needs what scripts/setup.sh installs: the Rust toolchain, .venv (requirements-dev.txt: ruff,
# mypy) and web/node_modules (typescript). The Python tools read pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."

ALL=(rustfmt clippy ruff mypy tsc)
steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=("${ALL[@]}")
for s in "${steps[@]}"; do
  case " ${ALL[*]} " in *" $s "*) ;; *) echo "lint: unknown step '$s' (steps: ${ALL[*]})" >&2; exit 2 ;; esac
done

step() {
  echo
  echo "== lint: $1"
}

need() {
  if [ ! -x "$1" ]; then
    echo "lint: $1 is missing: run scripts/setup.sh first" >&2
    exit 1
  fi
}

for s in "${steps[@]}"; do
  case "$s" in
    rustfmt)
      step "cargo fmt --all --check"
      cargo fmt --all --check
      ;;
    clippy)
      # The default workspace members (the binary and crates/*), every target, warnings denied.
      step "cargo clippy --release --all-targets -- -D warnings"
      cargo clippy --release --all-targets -- -D warnings
      ;;
    ruff)
      need .venv/bin/ruff
      step "ruff check"
      .venv/bin/ruff check
      step "ruff format --check"
      .venv/bin/ruff format --check
      ;;
    mypy)
      need .venv/bin/mypy
      step "mypy (strict: python/horrible, python/backend/sdk stubs, tests/unit)"
      .venv/bin/mypy
      ;;
    tsc)
      need web/node_modules/.bin/tsc
      step "tsc --noEmit (web/)"
      (cd web && npx --no-install tsc --noEmit)
      ;;
  esac
done
echo
echo "lint: ok (${steps[*]})"
