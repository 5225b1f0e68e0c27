#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: once in the machine's locale and once
# under an Italian one, so that no number is parsed or printed with the machine's conventions.
#
#   bash scripts/test.sh               the suite, as CI runs it (.ci/run)
#   bash scripts/test.sh --sanitize    the whole suite built with AddressSanitizer and
#                                      UndefinedBehaviorSanitizer into ./build-asan, run once
#   bash scripts/test.sh --fuzz-smoke  the suite, then each libFuzzer harness for 20 s on its
#                                      corpus after replaying its saved regressions (clang; see
#                                      scripts/fuzz.sh). Opt-in: the fuzz build alone takes longer
#                                      than CI's 25 minutes leave (README, "Fuzzing")
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in
"" | --sanitize | --fuzz-smoke) ;;
*)
    echo "usage: bash scripts/test.sh [--sanitize | --fuzz-smoke]" >&2
    exit 1
    ;;
esac
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen

if [ "$mode" = --sanitize ]; then
    # One build with both sanitizers, kept apart from ./build. A report stops the test that made
    # it (halt_on_error), which then fails. Leaks are not checked: Qt's plugins, fontconfig and
    # the GL stack keep memory for the process's life, and every UI test would report it.
    build_dir=${SONDO_ASAN_BUILD_DIR:-build-asan}
    flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
        >/dev/null
    cmake --build "$build_dir" --parallel "$(nproc)"
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # Sanitized code runs 2-5x slower: a longer timeout per test.
    ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 900
    exit 0
fi

bash scripts/build.sh
build_dir=${SONDO_BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 300
LANG=it_IT.UTF-8 LC_ALL=it_IT.UTF-8 ctest --test-dir "$build_dir" --output-on-failure \
    --parallel "$(nproc)" --timeout 300

if [ "$mode" = --fuzz-smoke ]; then
    bash scripts/fuzz.sh --smoke 20
fi
