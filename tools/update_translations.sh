#!/usr/bin/env bash
# Refresh the English catalogue from the French source texts, then compile it.
# Usage: tools/update_translations.sh   (translate new entries with pyside6-linguist,
# then run it again so the .qm follows the .ts)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(python -c 'import os, sys; print(os.path.dirname(sys.executable))')"
lupdate="$(command -v pyside6-lupdate || echo "$bin/pyside6-lupdate")"
lrelease="$(command -v pyside6-lrelease || echo "$bin/pyside6-lrelease")"
ts=resources/translations/portefeuille_en.ts
mapfile -t sources < <(find desktop_app/ui desktop_app/app.py -name '*.py' | sort)
"$lupdate" -no-obsolete -source-language fr_CI -target-language en "${sources[@]}" -ts "$ts"
"$lrelease" "$ts" -qm resources/translations/portefeuille_en.qm
