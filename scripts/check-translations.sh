#!/usr/bin/env bash
# Every user-visible string is translated in every shipped language. Runs lupdate
# on a copy of translations/*.ts against today's sources (so a new tr() string that nobody translated
# shows up as unfinished), then lrelease; fails on any unfinished or untranslated string.
#   scripts/check-translations.sh            (also a ctest: translations_complete)
set -euo pipefail
cd "$(dirname "$0")/.."
QT_BIN=${QT_BIN:-/usr/lib/qt6/bin}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/*.ts "$work/"
# The same sources as translations/CMakeLists.txt (qt_add_translations).
"$QT_BIN/lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
  ui src/core src/api src/control app/studio_main.cpp -ts "$work"/*.ts
status=0
for ts in "$work"/*.ts; do
  name=$(basename "$ts")
  out=$("$QT_BIN/lrelease" "$ts" -qm "$work/${name%.ts}.qm" 2>&1)
  line=$(grep -E 'Generated [0-9]+ translation' <<<"$out" || true)
  if ! grep -qE '\(([0-9]+) finished and 0 unfinished\)' <<<"$line" || grep -q 'untranslated' <<<"$out"; then
    echo "translations: $name is not complete: $line" >&2
    grep -i 'untranslated' <<<"$out" >&2 || true
    # Which ones, for whoever fixes it:
    python3 - "$ts" <<'PY' >&2
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot().iter('context'):
    for m in ctx.iter('message'):
        t = m.find('translation')
        if t is not None and (t.get('type') == 'unfinished' or not (t.text or list(t))):
            print('  unfinished:', ctx.findtext('name'), '|', (m.findtext('source') or '')[:100])
PY
    status=1
  else
    echo "translations: $name — ${line#*Generated }"
  fi
done
exit $status
