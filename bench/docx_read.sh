#!/usr/bin/env bash
# DOCX reading speed on real agreements: converts the CUAD agreements (../shared/corpus/cuad,
# plain text) to DOCX with LibreOffice once (cached in build/bench-cuad-docx), then reads them
# all with Pactum's DOCX reader and with mammoth (npm) in the same run, and prints MB/s of
# word/document.xml and files/s for both. Budget: >= 50 MB/s and >= 10x mammoth.
#
#   bench/docx_read.sh [PASSES]
#
# Installs LibreOffice (Debian libreoffice-writer-nogui) and mammoth (bench/js) if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
passes=${1:-5}
corpus=${CUAD_DIR:-../shared/corpus/cuad/contracts}
out=build/bench-cuad-docx
if ! command -v soffice >/dev/null; then
  sudo=""; if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui
fi
if [ ! -d "$out" ] || [ "$(find "$out" -name '*.docx' | wc -l)" -lt "$(find "$corpus" -name '*.txt' | wc -l)" ]; then
  mkdir -p "$out"
  echo "docx_read: converting $(find "$corpus" -name '*.txt' | wc -l) CUAD agreements to DOCX with LibreOffice (once)..." >&2
  # One soffice process converts the whole list; file names keep their spaces.
  find "$corpus" -name '*.txt' -print0 | xargs -0 -n 50 soffice --headless \
    --convert-to docx:"MS Word 2007 XML" --outdir "$out" >/dev/null 2>&1
fi
cmake --build --preset release --target docx_read_bench >/dev/null
[ -d bench/js/node_modules ] || npm install --prefix bench/js --no-audit --no-fund >/dev/null
result=$(build/release/bin/docx_read_bench "$out" "$passes")
echo "$result"
xml_bytes=$(echo "$result" | sed -n 's/.*document.xml \([0-9.]*\) MB.*/\1/p' | head -n 1)
xml_bytes=$(awk -v mb="$xml_bytes" 'BEGIN { printf "%d", mb * 1000000 }')
node bench/js/mammoth_bench.mjs "$out" "$passes" "$xml_bytes"
