#!/usr/bin/env bash
# Sets everything up and runs the main job on the bundled example: installs packages, builds,
# and lists the plugins the pactum program loads.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
./build/release/bin/pactum plugins list
