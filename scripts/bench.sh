#!/usr/bin/env bash
# Benchmark: import the 1,000,000-respondent x 14-question CSV (~280 MB) and count one question for
# one segment, with Sondo and with the tools an analyst would otherwise reach for (the sqlite3
# shell, R's data.table::fread). Prints wall time and peak memory of each step.
#
# `bash scripts/bench.sh --publish` times only the publication outputs (bench_publish), on the
# demo and on the 1,000,000-respondent project (imported first when missing).
#
# `bash scripts/bench.sh --10m` runs the same on 10,000,000 respondents (a 2.8 GB CSV; not in CI).
#
# Environment: SONDO_BUILD_DIR (default build), SONDO_BENCH_DIR (default ${TMPDIR:-/tmp}/sondo-bench),
# SONDO_BENCH_N (respondents, default 1000000). The CSV is generated once and reused.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${SONDO_BUILD_DIR:-build}
bench_dir=${SONDO_BENCH_DIR:-${TMPDIR:-/tmp}/sondo-bench}
respondents=${SONDO_BENCH_N:-1000000}
if [ "${1:-}" = --10m ]; then
    respondents=10000000
    shift
fi
csv="$bench_dir/bench_${respondents}.csv"
# "1M", "10M": what the labels call the project.
size_label="$((respondents / 1000000))M"
[ "$respondents" -lt 1000000 ] && size_label="${respondents}"

# The query every tool answers: respondents per sector among those in the North-West.
filter_column="Area geografica"
filter_value="Nord-Ovest"
group_column="Settore"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Benchmark-only dependencies: not needed to build or test Sondo, so not in setup.sh.
install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# timed LABEL COMMAND... : runs COMMAND, shows its output, then "LABEL: <seconds> s <peak> KB".
timed() {
    local label=$1
    shift
    local stats
    stats=$(mktemp)
    /usr/bin/time -f "%e s %M KB" -o "$stats" "$@"
    printf '%-34s %s\n' "$label:" "$(tail -n 1 "$stats")" | tee -a "$bench_dir/results.txt"
    rm -f "$stats"
}

bench_sqlite() {
    timed "sqlite3 .import + GROUP BY" sqlite3 :memory: \
        -cmd ".import --csv '$csv' survey" \
        "SELECT \"$group_column\", count(*) FROM survey WHERE \"$filter_column\" = '$filter_value'
         GROUP BY \"$group_column\" ORDER BY \"$group_column\";"
}

bench_fread() {
    # Rscript's own start (~0.2 s) is inside the figure; the R lines print fread's time alone too.
    timed "R data.table::fread + count" Rscript -e '
        suppressMessages(library(data.table))
        args <- commandArgs(trailingOnly = TRUE)
        t <- system.time(d <- fread(args[1], encoding = "UTF-8", showProgress = FALSE))
        q <- system.time(r <- d[get(args[2]) == args[3], .N, by = c(args[4])][order(get(args[4]))])
        print(r)
        cat(sprintf("fread %.2f s, query %.3f s, %d threads\n", t[["elapsed"]], q[["elapsed"]], getDTthreads()))
    ' "$csv" "$filter_column" "$filter_value" "$group_column"
}

# ---------------------------------------------------------------------------------------------
# SONDO: the whole `sondo import` (file to saved project), then a filtered frequency answered
# from the saved project by the CLI (process start and project load included) and, from
# bench_import, the same frequency on a loaded project (what the window pays per click).
bench_sondo() {
    local sondo="$build_dir/app/sondo"
    if [ ! -x "$sondo" ] || [ ! -x "$build_dir/tests/bench/bench_window_open" ]; then
        cmake -S . -B "$build_dir" -G Ninja >/dev/null
        cmake --build "$build_dir" --target sondo bench_import bench_load bench_window_open
    fi
    rm -f "$bench_dir/bench.sondo"
    timed "sondo import" "$sondo" import "$csv" -o "$bench_dir/bench.sondo"
    timed "sondo freq (filtered, incl. load)" "$sondo" freq "$bench_dir/bench.sondo" \
        "$group_column" --where "$filter_column=$filter_value"
    # The same count by the sqlite3 shell from the same file, on the stored codes (the fastest
    # SQL there is: no labels, no view), its columns and code looked up first.
    local project="$bench_dir/bench.sondo" group filter code
    column_of() {
        sqlite3 "$project" "SELECT column_name FROM columns JOIN questions ON questions.id = \
            columns.question_id WHERE questions.text = '$1'"
    }
    group=$(column_of "$group_column")
    filter=$(column_of "$filter_column")
    code=$(sqlite3 "$project" "SELECT options.position FROM options JOIN questions ON \
        questions.id = options.question_id WHERE questions.text = '$filter_column' AND \
        options.label = '$filter_value'")
    timed "sqlite3 count from the .sondo" sqlite3 "$project" \
        "SELECT \"$group\", count(*) FROM responses WHERE \"$filter\" = $code GROUP BY 1"
    rm -rf "$bench_dir/charts-1m"
    timed "sondo chart --all ($size_label project)" "$sondo" chart "$project" --all \
        -o "$bench_dir/charts-$size_label"
    "$build_dir/tests/bench/bench_import" "$csv" "$bench_dir/phases.sondo" | tee -a "$bench_dir/results.txt"
    rm -f "$bench_dir/phases.sondo"
    "$build_dir/tests/bench/bench_load" "$project" 3 | tee -a "$bench_dir/results.txt"
    "$build_dir/tests/bench/bench_window_open" "$project" 3 2>/dev/null | tee -a "$bench_dir/results.txt"
}
# ---------------------------------------------------------------------------------------------

# Publication outputs (issue 12's targets: the demo's whole report under 2 s, the 1M project's
# tables by one segment under 3 s), and every demo chart at twice its pixels (issue 14: under 1 s).
bench_publish() {
    local sondo="$build_dir/app/sondo"
    local demo="$bench_dir/demo.sondo"
    [ -x "$sondo" ] || cmake --build "$build_dir" --target sondo
    "$sondo" import resources/demo/remote_working_contact_center.csv -o "$demo" --force >/dev/null
    [ -s "$bench_dir/bench.sondo" ] || "$sondo" import "$csv" -o "$bench_dir/bench.sondo" >/dev/null
    timed "sondo report demo (PDF, 15 q.)" "$sondo" report "$demo" -o "$bench_dir/report.pdf"
    timed "sondo slides demo (PPTX, 16 sl.)" "$sondo" slides "$demo" -o "$bench_dir/slides.pptx"
    rm -rf "$bench_dir/charts"
    timed "sondo chart --all demo --scale 2" "$sondo" chart "$demo" --all -o "$bench_dir/charts" \
        --scale 2
    timed "sondo tables $size_label --by $group_column" "$sondo" tables "$bench_dir/bench.sondo" \
        -o "$bench_dir/tables.xlsx" --by "$group_column"
}

install_missing sqlite3 r-cran-data.table time
mkdir -p "$bench_dir"
: >"$bench_dir/results.txt"

generator="$build_dir/tests/bench/bench_generate"
if [ ! -s "$csv" ]; then
    if [ ! -x "$generator" ]; then
        cmake -S . -B "$build_dir" -G Ninja >/dev/null
        cmake --build "$build_dir" --target bench_generate
    fi
    timed "generate $respondents respondents" "$generator" "$csv.part" "$respondents"
    mv "$csv.part" "$csv"
fi
echo "Data: $csv ($(du -h "$csv" | cut -f1)), $(nproc) cores"

if [ "${1:-}" = --publish ]; then
    bench_publish
else
    bench_sqlite
    bench_fread
    bench_sondo
    bench_publish
fi

echo
echo "Summary (wall time, peak resident memory):"
cat "$bench_dir/results.txt"
