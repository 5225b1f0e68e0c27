#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz (clang; sondo_core with AddressSanitizer and
# UndefinedBehaviorSanitizer) into ./build-fuzz (or $SONDO_FUZZ_BUILD_DIR), seeds their corpora
# from the fixtures in tests/data, and runs them one after the other, each in one process.
#
#   bash scripts/fuzz.sh --smoke [SECONDS] [HARNESS...]   each harness for SECONDS (default 30)
#   bash scripts/fuzz.sh --runs N [HARNESS...]            each harness for N inputs (or for
#                                                         $SONDO_FUZZ_MAX_TIME seconds, if set)
#   bash scripts/fuzz.sh --replay [HARNESS...]            only the saved regressions, once each
#   bash scripts/fuzz.sh --build                          build and seed only
#
# HARNESS is a name without "fuzz_" (csvreader, textdecoder, xlsxreader, statreader, dateparser,
# numberparser, where, projectstore); none means all. Every run first replays the inputs saved in
# tests/fuzz/regressions/HARNESS/, then fuzzes from build-fuzz/corpus/HARNESS/ (which keeps what
# earlier runs found). A crash, a hang (over 10 s for one input), a leak or a sanitizer report
# ends that harness: the input is written to build-fuzz/artifacts/HARNESS/, the report to
# build-fuzz/logs/HARNESS.log, and the script exits 1 once all harnesses have run. It prints
# executions per second and covered edges per harness.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build_dir=${SONDO_FUZZ_BUILD_DIR:-build-fuzz}
all=(csvreader textdecoder xlsxreader statreader dateparser numberparser where projectstore columnchunks)

mode=smoke
seconds=30
runs=0
case "${1:-}" in
--smoke)
    shift
    if [[ "${1:-}" =~ ^[0-9]+$ ]]; then
        seconds=$1
        shift
    fi
    ;;
--runs)
    mode=runs
    runs=${2:?--runs needs a number}
    shift 2
    ;;
--replay)
    mode=replay
    shift
    ;;
--build)
    mode=build
    shift
    ;;
-h | --help)
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
esac
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=("${all[@]}")
for h in "${harnesses[@]}"; do
    [[ " ${all[*]} " == *" $h "* ]] || {
        echo "fuzz.sh: unknown harness '$h' (one of: ${all[*]})" >&2
        exit 1
    }
done

# --- build -----------------------------------------------------------------------------------
bash scripts/setup.sh --fuzz
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja -DSONDO_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --target sondo_fuzzers --parallel "$(nproc)"
bin="$build_dir/tests/fuzz"

# --- seed corpora ----------------------------------------------------------------------------
# Fixtures are copied (not linked) into a folder per harness; libFuzzer adds what it finds there.
corpus="$build_dir/corpus"
seed() { # seed HARNESS FILE...
    mkdir -p "$corpus/$1"
    local h=$1
    shift
    for f in "$@"; do
        [ -f "$f" ] && cp -n "$f" "$corpus/$h/seed-$(basename "$f")"
    done
    return 0
}
text_fixtures=(tests/data/csv/* tests/data/profiles/* tests/data/analysis/* tests/data/stats/*)
seed csvreader "${text_fixtures[@]}"
seed textdecoder tests/data/csv/*
seed xlsxreader tests/data/xlsx/*
seed statreader tests/data/spss/*
seed projectstore tests/data/storage/*
# The marker names the project format of the seeds: a new format (3: column chunks) writes them
# again in that format; the inputs the corpus grew from the older seeds stay in it.
if [ ! -e "$corpus/projectstore/.made-format3" ]; then
    "$bin/fuzz_seed_projects" "$corpus/projectstore" tests/data/stats/survey.csv \
        tests/data/analysis/survey_v1.csv tests/data/profiles/gforms_it.csv \
        tests/data/profiles/limesurvey_codes.csv tests/data/spss/survey.sav \
        tests/data/xlsx/cells.xlsx
    touch "$corpus/projectstore/.made-format3"
fi
# Dates, numbers and --where conditions: single cells and headers of the fixtures.
python3 - "$corpus" "${text_fixtures[@]}" <<'EOF'
import csv, hashlib, io, os, re, sys
out, files = sys.argv[1], sys.argv[2:]
def put(harness, text):
    data = text.encode("utf-8")
    path = os.path.join(out, harness)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "seed-" + hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)
cells = set()
for name in files:
    raw = open(name, "rb").read()
    for encoding in ("utf-8-sig", "utf-16", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("latin-1")
    delimiter = max(",;\t|", key=lambda d: text[:2000].count(d))
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            for cell in row:
                if 0 < len(cell) <= 40 and re.search(r"\d", cell):
                    cells.add(cell)
    except csv.Error:
        pass  # the broken fixtures (unterminated quotes, binary) give no cells
for cell in sorted(cells)[:400]:
    put("dateparser", cell)
    put("numberparser", cell)
demo = "resources/demo/remote_working_contact_center.csv"
rows = list(csv.reader(open(demo, encoding="utf-8-sig")))
for i, header in enumerate(rows[0]):
    put("where", "Q%d=1" % (i + 1))
    for row in rows[1:4]:
        if i < len(row) and row[i]:
            put("where", "%s=%s" % (header, row[i]))
            put("where", "Q%d=%s\n%s=%s" % (i + 1, row[i], rows[0][0], rows[1][0]))
put("where", '{"questions":[{"id":"Q1","code":"Settore","options":["Banche e assicurazioni"]}]}')
EOF
[ "$mode" = build ] && exit 0

# --- run -------------------------------------------------------------------------------------
mkdir -p "$build_dir/logs"
export SONDO_FUZZ_TMP=/dev/shm/sondo-fuzz-$$
trap 'rm -rf "$SONDO_FUZZ_TMP"' EXIT
# Leaks are reported. UndefinedBehaviorSanitizer's options are compiled into the harnesses
# (tests/fuzz/FuzzSupport.h), with tests/fuzz/known-issues.supp.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
failed=()
summary=()
for h in "${harnesses[@]}"; do
    exe="$bin/fuzz_$h"
    log="$build_dir/logs/$h.log"
    artifacts="$build_dir/artifacts/$h"
    mkdir -p "$artifacts" "$corpus/$h"
    regressions=(tests/fuzz/regressions/$h/*)
    # The longest input is sized to the seeds (twice the largest, for room to grow): longer ones
    # cost time per run and reach nothing new (a --where condition is a line, a cell a word).
    case $h in
    dateparser | numberparser) max_len=256 ;;
    columnchunks) max_len=4096 ;;
    where) max_len=1024 ;;
    csvreader | textdecoder) max_len=4096 ;;
    xlsxreader | statreader) max_len=8192 ;;
    projectstore) max_len=131072 ;;
    esac
    common=(-timeout=10 -rss_limit_mb=2048 -max_len=$max_len -artifact_prefix="$artifacts/"
        -print_final_stats=1)
    # The readers' inputs hit 6,000-17,000 features each, and libFuzzer's entropic scheduler
    # updates a frequency per feature hit on every run: a third of the CPU of the CSV harness
    # (perf, 2026-12-05). The classic scheduler fuzzes the same code at 1.6 times the rate
    # (2,500 runs, same corpus and seed: 20.6 -> 12.6 CPU seconds).
    case $h in
    csvreader | xlsxreader | projectstore | statreader | textdecoder) common+=(-entropic=0) ;;
    esac
    # Extra libFuzzer flags for a campaign (the last of a flag wins): SONDO_FUZZ_FLAGS='-entropic=1'.
    # shellcheck disable=SC2206
    [ -n "${SONDO_FUZZ_FLAGS:-}" ] && common+=(${SONDO_FUZZ_FLAGS})
    status=0
    if [ -e "${regressions[0]}" ]; then
        # A saved input runs alone: each must finish without a report.
        "$exe" "${common[@]}" "${regressions[@]}" >"$log.replay" 2>&1 || status=$?
        if [ $status -ne 0 ]; then
            failed+=("$h (a saved regression: $log.replay)")
            summary+=("$(printf '%-14s regression fails again, see %s' "$h" "$log.replay")")
            continue
        fi
    fi
    [ "$mode" = replay ] && {
        summary+=("$(printf '%-14s %d saved regressions pass' "$h" "${#regressions[@]}")")
        continue
    }
    limit=(-max_total_time="$seconds")
    [ "$mode" = runs ] && limit=(-runs="$runs")
    # A campaign may also end on time: SONDO_FUZZ_MAX_TIME=SECONDS stops each harness then.
    [ -n "${SONDO_FUZZ_MAX_TIME:-}" ] && limit+=(-max_total_time="$SONDO_FUZZ_MAX_TIME")
    # One CPU per harness, except the CSV reader: a process pinned to one CPU reads without its
    # table and SHA-256 threads (QThread::idealThreadCount() follows the affinity), so pinned it
    # would fuzz only the inline path. Unpinned it covers the threaded one too: 2,963 edges
    # instead of 2,324, at half the rate (3,000 runs from the same corpus and seed: 31.0 s wall,
    # 35.9 CPU s, against 14.7 s pinned; 2026-12-05). SONDO_FUZZ_PIN=0 runs every harness
    # unpinned, SONDO_FUZZ_PIN=1 pins the CSV reader too.
    pin=()
    if [ "${SONDO_FUZZ_PIN:-auto}" != 0 ] && command -v taskset >/dev/null &&
        { [ "$h" != csvreader ] || [ "${SONDO_FUZZ_PIN:-auto}" = 1 ]; }; then
        pin=(taskset -c "$(($(nproc) - 1))")
    fi
    start=$(date +%s)
    "${pin[@]}" "$exe" "${common[@]}" "${limit[@]}" "$corpus/$h" >"$log" 2>&1 || status=$?
    took=$(($(date +%s) - start))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    features=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    result=ok
    if [ $status -ne 0 ]; then
        result="FAILED ($(grep -m1 -oE 'ERROR: [A-Za-z]+: [a-z-]+|ERROR: libFuzzer: [a-z-]+|runtime error|broken promise|ERROR: [A-Za-z ]+' "$log" || echo "exit $status"))"
        failed+=("$h ($log; input in $artifacts/)")
    fi
    summary+=("$(printf '%-14s %4ss %10s runs %8s exec/s %6s edges %7s features  %s' \
        "$h" "$took" "${execs:-?}" "${rate:-?}" "${edges:-?}" "${features:-?}" "$result")")
done

printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    printf 'fuzz.sh: failed: %s\n' "${failed[@]}" >&2
    exit 1
fi
