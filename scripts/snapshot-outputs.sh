#!/usr/bin/env bash
# Writes what `sondo` prints for every real export in ../shared/realdata and every fixture in
# tests/data (questions --json, freq --json of each question, chart PNGs) into OUT_DIR, so that two
# builds can be compared with `diff -r` when a change must not alter behaviour.
#   usage: scripts/snapshot-outputs.sh SONDO_EXECUTABLE OUT_DIR
set -uo pipefail
cd "$(dirname "$0")/.."
sondo=$(realpath "$1")
out=$2
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8

files=()
for f in ../shared/realdata/* tests/data/*/*; do
    case "$f" in
    *.csv | *.tsv | *.txt | *.xlsx | *.sav | *.zsav | *.por | *.dta | *.sondo) files+=("$f") ;;
    esac
done

for f in "${files[@]}"; do
    name=$(echo "$f" | sed 's|^\.\./shared/||; s|/|_|g')
    dir="$out/$name"
    mkdir -p "$dir"
    "$sondo" questions "$f" --json >"$dir/questions.json" 2>"$dir/questions.err"
    echo "exit $?" >>"$dir/questions.err"
    ids=$(python3 -c 'import json,sys
try:
    d = json.load(open(sys.argv[1]))
except Exception:
    sys.exit(0)
print("\n".join(q["id"] for q in d.get("questions", [])))' "$dir/questions.json")
    for q in $ids; do
        "$sondo" freq "$f" "$q" --json >"$dir/freq-$q.json" 2>&1
        echo "exit $?" >>"$dir/freq-$q.json"
    done
    if [ -n "$ids" ]; then
        "$sondo" chart "$f" --all -o "$dir/charts" >"$dir/chart.log" 2>&1
        echo "exit $?" >>"$dir/chart.log"
        # the log names the files written: keep it comparable between two OUT_DIRs
        sed -i "s|$out/||g" "$dir/chart.log"
    fi
done
echo "snapshot of ${#files[@]} files in $out"
