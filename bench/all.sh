#!/usr/bin/env bash
# Runs bench/http.sh, ws.sh, tools.sh, repl.sh and reload.sh (each starts and stops its own servers),
# then prints one summary table (bench/summary.py; also bench/out/summary.json).
set -uo pipefail
cd "$(dirname "$0")"
PY="${BENCH_PYTHON:-../.venv/bin/python}"
mkdir -p out
rm -f out/http.json out/ws.json out/tools.json out/repl.json out/reload.json out/summary.json
failed=()
for b in http ws tools repl reload; do
  echo
  echo "=================== bench/$b.sh ==================="
  start=$(date +%s)
  if ! ./"$b".sh; then failed+=("$b"); fi
  echo "(bench/$b.sh took $(( $(date +%s) - start ))s)"
done
echo
echo "=================== summary ==================="
"$PY" summary.py
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED: ${failed[*]}" >&2
  exit 1
fi
