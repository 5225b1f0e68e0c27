#!/usr/bin/env bash
# Collects the user-visible strings of core/, ui/ and app/ into the Italian and English catalogues
# (resources/translations/*.ts), then reports how many are still untranslated. Fill new entries
# with Qt Linguist (`linguist resources/translations/sondo_it.ts`); English is the source text.
set -euo pipefail
cd "$(dirname "$0")/.."
qtbin=/usr/lib/qt6/bin
"$qtbin/lupdate" -no-obsolete -locations none core ui app \
    -ts resources/translations/sondo_it.ts resources/translations/sondo_en.ts 2>&1 |
    grep -v "lacks Q_OBJECT" || true
for lang in it en; do
    "$qtbin/lrelease" "resources/translations/sondo_$lang.ts" -qm "/tmp/sondo_$lang.qm" | tail -1
done
