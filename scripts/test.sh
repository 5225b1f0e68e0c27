#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: once in the machine's locale and once
# under an Italian one, so that no number is parsed or printed with the machine's conventions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
build_dir=${SONDO_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 300
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 ctest --test-dir "$build_dir" --output-on-failure \
    --parallel "$(nproc)" --timeout 300
