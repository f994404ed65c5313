#!/usr/bin/env bash
# Bounded fuzzing of the pure crates (routing, frames, discovery, settings keys, gate rules).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
#
# Installs cargo-fuzz if missing, builds every target in fuzz/ once, runs each for the given
# time, two at a time (the machines have 2 cores), and prints one line per target:
# executions (libFuzzer's final stats), corpus size, OK or CRASH. Exits non-zero on any crash,
# printing the artifact path; reproduce with `fuzz/target/<triple>/release/<target> <artifact>`.
# Runs grow fuzz/corpus/<target>/ (ignored by git) from the committed fuzz/seeds/<target>/.
#
# Toolchain: sanitizer builds need unstable flags, so nightly is used when rustup has it,
# else the default compiler with RUSTC_BOOTSTRAP=1. FUZZ_TOOLCHAIN=nightly|stable|default forces one.
# FUZZ_SEED sets libFuzzer's seed (default 1, so runs are repeatable).
set -euo pipefail

per_target="${1:-60}"
[[ "$per_target" =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS_PER_TARGET]" >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/fuzz"
cd "$root"
SECONDS=0

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz"
  cargo install cargo-fuzz --locked
  echo "fuzz.sh: cargo-fuzz installed in ${SECONDS}s"
fi

toolchain="${FUZZ_TOOLCHAIN:-}"
if [[ -z "$toolchain" ]]; then
  if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then toolchain=nightly; else toolchain=default; fi
fi
case "$toolchain" in
  nightly) cargo_fuzz=(cargo +nightly fuzz) ;;
  stable) cargo_fuzz=(env RUSTC_BOOTSTRAP=1 cargo +stable fuzz) ;;
  # No nightly: whatever `cargo` is (works without rustup too).
  default) cargo_fuzz=(env RUSTC_BOOTSTRAP=1 cargo fuzz) ;;
  *) echo "fuzz.sh: FUZZ_TOOLCHAIN must be nightly, stable or default" >&2; exit 2 ;;
esac

# Release build with debug assertions, so integer overflow in the crates is a crash too.
build_start=$SECONDS
"${cargo_fuzz[@]}" build --fuzz-dir "$fuzz" --debug-assertions
echo "fuzz.sh: built with $toolchain in $((SECONDS - build_start))s"
triple="$(rustc -vV | sed -n 's/^host: //p')"
bin="$fuzz/target/$triple/release"
mapfile -t targets < <("${cargo_fuzz[@]}" list --fuzz-dir "$fuzz")

logs="$fuzz/target/fuzz-logs"
mkdir -p "$logs"

run_one() {
  local t="$1" dict=()
  mkdir -p "$fuzz/corpus/$t" "$fuzz/artifacts/$t"
  [[ -f "$fuzz/dicts/$t.dict" ]] && dict=("-dict=$fuzz/dicts/$t.dict")
  # New inputs go to the first directory (the working corpus); the seeds are only read.
  local rc=0
  # A fixed seed (FUZZ_SEED, default 1): a run from the committed seeds explores the same inputs
  # here and in CI, so a CI failure is one this machine could reproduce.
  "$bin/$t" "${dict[@]}" -seed="${FUZZ_SEED:-1}" -max_total_time="$per_target" -print_final_stats=1 -timeout=30 -rss_limit_mb=2048 \
    -artifact_prefix="$fuzz/artifacts/$t/" "$fuzz/corpus/$t" "$fuzz/seeds/$t" >"$logs/$t.log" 2>&1 || rc=$?
  echo "$rc" >"$logs/$t.rc"
}

run_start=$SECONDS
for t in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= 2)); do wait -n || true; done
  run_one "$t" &
done
wait

failed=0
printf '%-14s %8s %12s %8s  %s\n' target seconds executions corpus result
for t in "${targets[@]}"; do
  log="$logs/$t.log"
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  # The last status line's `corp: N/SIZE` is the corpus libFuzzer ended with.
  corpus="$(grep -o 'corp: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)"
  if [[ "$(cat "$logs/$t.rc")" == 0 ]]; then
    result=OK
  else
    result="CRASH $(sed -n 's/.*Test unit written to //p' "$log" | tail -1) (log: $log)"
    failed=1
  fi
  printf '%-14s %8s %12s %8s  %s\n' "$t" "$per_target" "${execs:-?}" "${corpus:-?}" "$result"
done
echo "fuzz.sh: runs took $((SECONDS - run_start))s; ${SECONDS}s in all"
exit "$failed"
