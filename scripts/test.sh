#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (GCC build). With --asan, runs it from the
# Clang build with AddressSanitizer and UndefinedBehaviorSanitizer instead.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=release
if [ "${1:-}" = "--asan" ]; then preset=asan; fi
scripts/install-deps.sh
# The JSON Schema tests run ajv from tests/js; npm ci installs exactly the locked versions.
npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"
