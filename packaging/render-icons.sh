#!/usr/bin/env bash
# Renders the hicolor PNG icons from icons/<id>.svg with rsvg-convert (librsvg2-bin, installed by
# scripts/install-package-deps.sh). The PNGs are committed: run this after editing the SVG, then commit
# the result. The build and scripts/package.sh only install them.
set -euo pipefail
cd "$(dirname "$0")/icons"
ID=io.github.finetunestudio.FineTuneStudio
SIZES=(16 24 32 48 64 128 256 512)   # keep in step with FT_ICON_SIZES in packaging/CMakeLists.txt
command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing; run scripts/install-package-deps.sh" >&2; exit 1; }
for n in "${SIZES[@]}"; do
  mkdir -p "${n}x${n}"
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio --format png "$ID.svg" -o "${n}x${n}/$ID.png"
  echo "render-icons: ${n}x${n}/$ID.png"
done
