#!/usr/bin/env bash
# Configures and builds Sondo into ./build (or $SONDO_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${SONDO_BUILD_DIR:-build}
# ccache, where installed, makes rebuilds after a branch switch or in a second checkout cheap.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo} "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)"
