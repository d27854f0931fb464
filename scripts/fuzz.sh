#!/usr/bin/env bash
# Fuzzes Pactum's untrusted-input paths with libFuzzer in the Clang ASan+UBSan build, SECONDS
# (default 60) per target, then prints each target's final stats:
#   deal_loader_fuzz     deal YAML → validation → generation → Markdown and XML
#   agreement_xml_fuzz   Agreement XML reader (libxml2 + XSD)
#   docx_reader_fuzz     DOCX reader (zip archive limits, WordprocessingML)
#   text_reader_fuzz     .txt/.md reader (encoding detection, segmentation)
#   extract_fuzz         clause detection: the core English patterns, captures, value parsers
#
#   scripts/fuzz.sh 30                        # every target for 30 s, as CI runs it
#   scripts/fuzz.sh 3600 docx_reader_fuzz     # the long run of one target
#
# Builds the asan preset's fuzz targets if needed. Each target's corpus grows across runs in
# build/asan/fuzz-corpus/TARGET, seeded from its seeds (tests/fuzz/seeds/…, example deals) and
# tests/fuzz/regressions; a crashing input is written to build/asan/fuzz-artifacts/ and the
# script exits non-zero. Minimize a crash with
#   build/asan/bin/TARGET -minimize_crash=1 -runs=100000 FILE
# then, once fixed, put the minimized input with the target's seeds (ctest runs them all).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
case "$seconds" in
'' | *[!0-9]*)
  echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2
  exit 2
  ;;
esac
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(deal_loader_fuzz agreement_xml_fuzz docx_reader_fuzz text_reader_fuzz extract_fuzz)
fi

build=build/asan
if ! grep -q '^PACTUM_BUILD_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  cmake --preset asan >/dev/null
fi
cmake --build --preset asan --target "${targets[@]}"

artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
failed=0
for target in "${targets[@]}"; do
  corpus=$build/fuzz-corpus/$target
  mkdir -p "$corpus"
  extra=()
  case "$target" in
  deal_loader_fuzz)
    seeds=(examples/deals/*.yaml tests/fuzz/regressions/*)
    extra=(-dict=tests/fuzz/deal.dict -max_len=65536)
    ;;
  agreement_xml_fuzz) seeds=(tests/fuzz/seeds/agreement/*) extra=(-max_len=65536) ;;
  docx_reader_fuzz) seeds=(tests/fuzz/seeds/docx/*) extra=(-max_len=262144) ;;
  text_reader_fuzz) seeds=(tests/fuzz/seeds/text/*) extra=(-max_len=65536) ;;
  extract_fuzz) seeds=(tests/fuzz/seeds/text/*) extra=(-max_len=65536 -dict=tests/fuzz/extract.dict) ;;
  *)
    echo "fuzz: unknown target $target" >&2
    exit 2
    ;;
  esac
  for file in "${seeds[@]}"; do
    if [ -f "$file" ] && [ ! -e "$corpus/$(basename "$file")" ]; then cp "$file" "$corpus"/; fi
  done
  log=$build/fuzz-$target.log
  echo "fuzz: $target for ${seconds} s, corpus $corpus ($(find "$corpus" -type f | wc -l) files), log $log"
  status=0
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
  UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$build/bin/$target" "$corpus" "${extra[@]}" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
    >"$log" 2>&1 || status=$?
  # The last status line ("#N DONE cov: ... corp: FILES/SIZE exec/s: ..."), then the final stats.
  grep -E '^#[0-9]+' "$log" | tail -n 1 || true
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" || true
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FINDING (exit status $status); the report:" >&2
    grep -E -A 40 '^==[0-9]+==|^[a-z_]+_fuzz: |runtime error|^SUMMARY' "$log" | head -n 80 >&2 || true
    ls -t "$artifacts" | head -n 3 | sed "s|^|fuzz: reproducer $artifacts/|" >&2
    failed=$status
  fi
done
exit "$failed"
