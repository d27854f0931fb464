#!/usr/bin/env bash
# Runs `pactum extract` over the reader fixtures plus one path that does not exist, the way a
# reviewer would, and keeps the JSON for validate_extract.mjs. The missing path must make the
# run exit 2 and still write a complete document naming it.
#   write_extract_sample.sh PACTUM OUTPUT.json FOLDER...
set -uo pipefail
pactum=$1
output=$2
shift 2
"$pactum" extract "$@" no-such-agreement.docx -o "$output" 2>/dev/null
status=$?
if [ "$status" -ne 2 ]; then
  echo "pactum extract exited $status; expected 2 for the missing input" >&2
  exit 1
fi
test -s "$output"
