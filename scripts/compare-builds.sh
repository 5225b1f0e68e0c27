#!/usr/bin/env bash
# Compares two builds of sondo on the benchmark CSV of scripts/bench.sh, in alternating rounds
# (sqlite3 .import, BEFORE import, AFTER import, BEFORE freq, AFTER freq), so that a busy or
# drifting machine weighs on both alike. Prints one line per run and the medians.
#
#   usage: scripts/compare-builds.sh BEFORE_SONDO AFTER_SONDO [ROUNDS]   (default 5 rounds)
#
# The CSV is $SONDO_BENCH_DIR/bench_1000000.csv (default /tmp/sondo-bench); run scripts/bench.sh
# once to generate it.
set -euo pipefail
before=$(realpath "$1")
after=$(realpath "$2")
rounds=${3:-5}
bench_dir=${SONDO_BENCH_DIR:-${TMPDIR:-/tmp}/sondo-bench}
csv="$bench_dir/bench_1000000.csv"
[ -s "$csv" ] || {
    echo "compare-builds.sh: $csv is missing; run scripts/bench.sh once" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results"

run() { # run LABEL COMMAND...
    local label=$1
    shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>&1
    echo "$label $(tail -n 1 "$work/time")" | tee -a "$results"
}

for round in $(seq 1 "$rounds"); do
    echo "round $round"
    run sqlite3-import sqlite3 :memory: -cmd ".import --csv '$csv' survey" "SELECT count(*) FROM survey;"
    for side in before after; do
        rm -f "$work/$side.sondo"
        sondo=$before
        [ "$side" = after ] && sondo=$after
        run "$side-import" "$sondo" import "$csv" -o "$work/$side.sondo"
    done
    for side in before after; do
        sondo=$before
        [ "$side" = after ] && sondo=$after
        run "$side-freq" "$sondo" freq "$work/$side.sondo" Settore --where "Area geografica=Nord-Ovest"
    done
done

echo
echo "median of $rounds (wall s, CPU s, peak MB):"
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
for label in dict.fromkeys(r[0] for r in rows):
    r = [x for x in rows if x[0] == label]
    wall = [float(x[1]) for x in r]
    cpu = [float(x[3]) + float(x[4]) for x in r]
    peak = [int(x[2]) / 1024 for x in r]
    print(f"{label:16} {statistics.median(wall):6.2f} ({min(wall):.2f}-{max(wall):.2f})"
          f" {statistics.median(cpu):6.2f} {statistics.median(peak):6.0f}")
PY
