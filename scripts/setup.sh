#!/usr/bin/env bash
# Installs the Debian 12 packages Sondo needs to build, test and run. Idempotent.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-5compat-dev libqt6sql6-sqlite libqt6opengl6-dev qt6-qpa-plugins
    libreadstat-dev libquazip1-qt6-dev libboost-math-dev libboost-dev
    libsqlite3-dev libssl-dev sqlite3 ccache xvfb xauth locales fonts-dejavu-core poppler-utils
    libreoffice-calc-nogui libreoffice-impress-nogui
    pspp
)
# libFuzzer comes with clang: only for scripts/fuzz.sh (and test.sh --fuzz-smoke), which ask.
[ "${1:-}" = --fuzz ] && packages+=(clang)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Tests also run under an Italian locale (decimal commas must come from the file, not the machine).
if ! locale -a 2>/dev/null | grep -qi '^it_IT\.utf-\?8$'; then
    as_root sed -i 's/^# *\(it_IT.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    grep -q '^it_IT.UTF-8 UTF-8' /etc/locale.gen || echo 'it_IT.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
    as_root locale-gen >/dev/null
fi
