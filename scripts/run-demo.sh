#!/usr/bin/env bash
# Installs what is missing, builds, and opens Sondo on the bundled demo survey, showing the first
# question's chart. The demo is imported once into a project in the build folder (the same import
# the window's preview would make), so the analysis state saved in it survives between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
build_dir=${SONDO_BUILD_DIR:-build}
survey=resources/demo/remote_working_contact_center.csv
project="$build_dir/demo/remote_working_contact_center.sondo"
mkdir -p "$(dirname "$project")"
if [ ! -s "$project" ] || [ "$survey" -nt "$project" ]; then
    "$build_dir/app/sondo" import "$survey" -o "$project"
fi
exec "$build_dir/app/sondo" "$project"
