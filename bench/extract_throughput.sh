#!/usr/bin/env bash
# Extraction and checking speed on real agreements: the CUAD .txt files (../shared/corpus/cuad)
# read by `pactum extract` and by `pactum check` (every in-tree plugin's rules), and linted by
# textlint (npm) with one rule of 40 clause-like regexes (bench/js/textlint-rule-clause-patterns.js),
# all in the same run, RUNS times each (interleaved), medians. Prints input MB, files, seconds,
# MB/s and files/s per tool and how many times faster pactum is. Budget: >= 200 MB/s and
# >= 20x textlint.
#
#   bench/extract_throughput.sh [RUNS]      (default 3; PACTUM=path/to/pactum, CUAD_DIR=...)
#
# Build first (cmake --build --preset release). Installs textlint (bench/js, npm ci) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
pactum=${PACTUM:-build/release/bin/pactum}
corpus=${CUAD_DIR:-../shared/corpus/cuad/contracts}
if [ -d "$corpus/contracts" ]; then corpus=$corpus/contracts; fi

die() { echo "extract_throughput: $*" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$runs'"
[ -x "$pactum" ] || die "no pactum at $pactum: build it (cmake --build --preset release) or set PACTUM"
[ -d "$corpus" ] || die "no CUAD contracts at $corpus (set CUAD_DIR)"
corpus=$(cd "$corpus" && pwd)
textlint=bench/js/node_modules/.bin/textlint
if [ ! -x "$textlint" ]; then
  echo "extract_throughput: installing textlint (npm ci in bench/js)..." >&2
  npm ci --prefix bench/js --no-audit --no-fund --loglevel=error >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

files=$(find "$corpus" -maxdepth 1 -name '*.txt' | wc -l)
bytes=$(find "$corpus" -maxdepth 1 -name '*.txt' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f 1)
find "$corpus" -maxdepth 1 -name '*.txt' -print0 | xargs -0 cat >/dev/null # warm the page cache

# Runs a command and prints its wall time in seconds; exit codes up to $1 are success
# (check and textlint exit 1 when they report findings).
timed() {
  local ok=$1; shift
  local t0 t1 rc=0
  t0=$(date +%s%N)
  "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  t1=$(date +%s%N)
  if [ "$rc" -gt "$ok" ]; then
    tail -n 5 "$tmp/err" >&2
    die "failed (exit $rc): $*"
  fi
  awk -v ns=$((t1 - t0)) 'BEGIN { printf "%.4f\n", ns / 1e9 }'
}

run_extract() { timed 0 "$pactum" extract "$corpus" --jobs 2 -o "$tmp/extract.json"; }
run_check() { timed 1 "$pactum" check "$corpus" --jobs 2 --format json -o "$tmp/check.json"; }
# From bench/js so that only this rules folder and no .textlintrc above it is picked up.
run_textlint() {
  (cd bench/js && timed 1 node_modules/.bin/textlint --no-textlintrc --rulesdir . \
    --format json -o "$tmp/textlint.json" "$corpus")
}

declare -A times=([extract]="" [check]="" [textlint]="")
for run in $(seq "$runs"); do
  echo "extract_throughput: run $run of $runs" >&2
  for tool in extract check textlint; do
    times[$tool]+="$("run_$tool") "
  done
done

median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
declare -A med
for tool in extract check textlint; do med[$tool]=$(median "${times[$tool]}"); done

textlint_version=$("$textlint" --version)
rules=$("$pactum" plugins list | awk 'NR > 1 { n += $5 } END { print n + 0 }') # RULES column
printf 'input: %d CUAD .txt files, %.1f MB; %d core(s), load average %s\n' "$files" \
  "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$(nproc)" "$(cut -d ' ' -f 1-3 /proc/loadavg)"
line() {
  awk -v name="$1" -v s="$2" -v b="$bytes" -v f="$files" -v n="$runs" \
    'BEGIN { printf "%-44s median of %d runs %.3f s: %6.1f MB/s, %5.0f files/s\n", name, n, s, b / 1e6 / s, f / s }'
}
line "pactum extract --jobs 2" "${med[extract]}"
line "pactum check --jobs 2 ($rules rules)" "${med[check]}"
line "textlint $textlint_version (text plugin, 40 regexes)" "${med[textlint]}"
awk -v e="${med[extract]}" -v c="${med[check]}" -v t="${med[textlint]}" 'BEGIN {
  printf "pactum vs textlint: extract %.1fx, check %.1fx faster (budget: >= 200 MB/s and >= 20x textlint)\n", t / e, t / c }'
