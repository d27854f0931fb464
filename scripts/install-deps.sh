#!/usr/bin/env bash
# Installs the Debian 12 packages Pactum builds, tests and runs with. Idempotent and
# non-interactive; run as root (or with sudo available). Each package is in DESIGN.md's list
# or named here with its reason.
set -euo pipefail

packages=(
  # toolchain: GCC for the main build, Clang + its sanitizer runtimes for the ASan/UBSan build
  build-essential g++ clang libclang-rt-14-dev cmake ninja-build pkg-config clang-format
  # libraries (DESIGN.md, Dependencies)
  libboost-dev libyaml-cpp-dev libxml2-dev libpoco-dev libicu-dev libre2-dev libhyperscan-dev
  libcli11-dev libmstch-dev
  # tests and benchmarks; Node.js runs ajv, which validates deal files against their JSON Schema
  libgtest-dev libgmock-dev libbenchmark-dev
  # zlib: the tests build zip archives (hand-made DOCX, zip bombs, lying headers) without the
  # zip reader they test
  zlib1g-dev
  # tests of DOCX output: pandoc reads the generated .docx back (heading levels, numbering,
  # tables), LibreOffice lays it out as PDF and poppler's pdfinfo/pdftotext check the pages
  pandoc libreoffice-writer-nogui poppler-utils
)
# Debian's nodejs and npm, unless a Node.js is already on the machine (the image may ship one).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
