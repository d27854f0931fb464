#!/usr/bin/env bash
# Sets everything up and runs the main job on the bundled example: installs packages, builds,
# lists the loaded plugins, and generates the agreement set for the bundled UK retail deal
# (Markdown, DOCX, HTML and XML) into out/uk-retail-philippines/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
./build/release/bin/pactum plugins list
./build/release/bin/pactum generate examples/deals/uk-retail-philippines.yaml --format md,docx,html,xml \
  -o out/uk-retail-philippines
echo "Open out/uk-retail-philippines/msa.docx (Word, LibreOffice) or msa.html to read the generated master services agreement."
