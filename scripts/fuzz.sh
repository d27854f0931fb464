#!/usr/bin/env bash
# Fuzzes the deal loader (load_deal, generate_agreement, Markdown and XML rendering) with
# libFuzzer in the Clang ASan+UBSan build for SECONDS (default 60), then prints the final stats.
#
#   scripts/fuzz.sh          # a minute, as CI runs it after the asan suite
#
# The long run is one command: scripts/fuzz.sh 3600
#
# Builds the asan preset's fuzz target if needed. The corpus grows across runs in
# build/asan/fuzz-corpus, seeded from examples/deals and tests/fuzz/regressions; a crashing input
# is written to build/asan/fuzz-artifacts/ and the script exits non-zero. Minimize a crash with
#   build/asan/bin/deal_loader_fuzz -minimize_crash=1 -runs=100000 FILE
# then, once fixed, put the minimized input in tests/fuzz/regressions/ (ctest runs those).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
case "$seconds" in
'' | *[!0-9]*)
  echo "usage: scripts/fuzz.sh [SECONDS]" >&2
  exit 2
  ;;
esac

build=build/asan
fuzzer=$build/bin/deal_loader_fuzz
if ! grep -q '^PACTUM_BUILD_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  cmake --preset asan >/dev/null
fi
cmake --build --preset asan --target deal_loader_fuzz

corpus=$build/fuzz-corpus
artifacts=$build/fuzz-artifacts
mkdir -p "$corpus" "$artifacts"
for file in examples/deals/*.yaml tests/fuzz/regressions/*; do
  if [ -f "$file" ] && [ ! -e "$corpus/$(basename "$file")" ]; then cp "$file" "$corpus"/; fi
done

log=$build/fuzz.log
echo "fuzz: deal_loader_fuzz for ${seconds} s, corpus $corpus ($(find "$corpus" -type f | wc -l) files), log $log"
status=0
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  "$fuzzer" "$corpus" -dict=tests/fuzz/deal.dict -max_total_time="$seconds" -max_len=65536 \
  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
  >"$log" 2>&1 || status=$?

# The last status line ("#N DONE cov: ... corp: FILES/SIZE exec/s: ..."), then the final stats.
grep -E '^#[0-9]+' "$log" | tail -n 1 || true
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" || true
echo "fuzz: corpus now $(find "$corpus" -type f | wc -l) files"
if [ "$status" -ne 0 ]; then
  echo "fuzz: FINDING (exit status $status); the report:" >&2
  grep -E -A 40 '^==[0-9]+==|^deal_loader_fuzz: |runtime error|^SUMMARY' "$log" | head -n 80 >&2 || true
  ls -t "$artifacts" | head -n 3 | sed "s|^|fuzz: reproducer $artifacts/|" >&2
  exit "$status"
fi
