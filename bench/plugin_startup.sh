#!/usr/bin/env bash
# Start-up plus loading every in-tree plugin: runs `pactum plugins list` N times (default 50)
# and prints the median, minimum and maximum wall time in milliseconds.
#   bench/plugin_startup.sh [build/release/bin/pactum] [runs]
set -euo pipefail
pactum=${1:-build/release/bin/pactum}
runs=${2:-50}
"$pactum" plugins list >/dev/null # warm the page cache
times=()
for _ in $(seq "$runs"); do
  t0=$(date +%s%N)
  "$pactum" plugins list >/dev/null
  t1=$(date +%s%N)
  times+=($(( (t1 - t0) / 1000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(sed -n "$(( (runs + 1) / 2 ))p" <<<"$sorted")
min=$(head -1 <<<"$sorted")
max=$(tail -1 <<<"$sorted")
plugins=$("$pactum" plugins list --format json | grep -c '"name"')
printf 'pactum start-up + %d plugin(s), %d runs: median %d.%03d ms (min %d.%03d, max %d.%03d)\n' \
  "$plugins" "$runs" $((median / 1000)) $((median % 1000)) $((min / 1000)) $((min % 1000)) \
  $((max / 1000)) $((max % 1000))
