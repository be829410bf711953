#!/usr/bin/env bash
# Refresh the English catalogue from the French source texts of every screen module
# (desktop_app/ui/** and desktop_app/app.py), drop the entries no longer in the code,
# then compile the .qm the application loads.
# Usage: tools/update_translations.sh   (translate the new entries with pyside6-linguist
# or by hand, then run it again so the .qm follows the .ts;
# tests/ui/test_translations.py fails while an entry is unfinished)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(python -c 'import os, sys; print(os.path.dirname(sys.executable))')"
lupdate="$(command -v pyside6-lupdate || echo "$bin/pyside6-lupdate")"
lrelease="$(command -v pyside6-lrelease || echo "$bin/pyside6-lrelease")"
ts=resources/translations/portefeuille_en.ts
qm=resources/translations/portefeuille_en.qm
mapfile -t sources < <(find desktop_app/ui desktop_app/app.py -name '*.py' -not -path '*/__pycache__/*' | sort)
"$lupdate" -no-obsolete -locations absolute -source-language fr_CI -target-language en \
    "${sources[@]}" -ts "$ts"
"$lrelease" "$ts" -qm "$qm"
unfinished="$(grep -c 'type="unfinished"' "$ts" || true)"
echo "$ts: ${unfinished} message(s) still to translate"
