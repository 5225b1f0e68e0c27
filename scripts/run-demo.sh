#!/usr/bin/env bash
# Installs what is missing, builds, and opens Sondo on the bundled demo survey.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
build_dir=${SONDO_BUILD_DIR:-build}
exec "$build_dir/app/sondo" resources/demo/remote_working_contact_center.csv
