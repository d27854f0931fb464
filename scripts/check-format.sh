#!/usr/bin/env bash
# Fails if any C++ file of the project is not clang-format clean (.clang-format at the root).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find host plugins tests examples bench -name '*.cpp' -o -name '*.hpp' | sort)
clang-format --dry-run -Werror "${files[@]}"
echo "clang-format: ${#files[@]} files clean"
