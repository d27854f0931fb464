#!/usr/bin/env bash
# Installs the build, builds examples/plugin-hello against the installed SDK with
# find_package(Pactum), moves the installed tree, and loads the plugin with the moved pactum.
set -euo pipefail
build_dir=$1 example_dir=$2 cxx=$3 build_type=${4:-Release}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/install" >"$work/install.log"
cmake -S "$example_dir" -B "$work/hello" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_BUILD_TYPE="$build_type" -DCMAKE_PREFIX_PATH="$work/install" >"$work/configure.log" \
  || { cat "$work/configure.log"; exit 1; }
cmake --build "$work/hello" >"$work/build.log" || { cat "$work/build.log"; exit 1; }
# The example must not have used the build tree: its include paths name the install prefix.
if grep -q -- "$build_dir" "$work/hello/build.ninja"; then
  echo "FAIL: the example was built against the build tree"; exit 1
fi

mv "$work/install" "$work/moved"
pactum=$work/moved/bin/pactum

out=$("$pactum" --plugin "$work/hello/hello.so" plugins list --format json)
echo "$out"
grep -q '"name": "hello"' <<<"$out" || { echo "FAIL: hello not listed"; exit 1; }
grep -q '"hello-greeting-missing"' <<<"$out" || { echo "FAIL: hello's rule missing"; exit 1; }
# core comes from the moved tree's own plugin folder.
grep -q "\"file\": \"$work/moved/lib[^\"]*/pactum/plugins/core.so\"" <<<"$out" \
  || { echo "FAIL: core not loaded from the moved install"; exit 1; }

PACTUM_PLUGIN_PATH="$work/hello" "$pactum" plugins info hello | grep -q "clause kinds added: hello.greeting" \
  || { echo "FAIL: PACTUM_PLUGIN_PATH did not load hello"; exit 1; }
echo "package test passed"
