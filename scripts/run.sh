#!/usr/bin/env bash
# Installs what is needed, builds, and launches Fine-Tune Studio on its built-in emulator.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display here; showing the terminal demo instead (scripts/demo.sh)." >&2
  echo "        On a desktop, this command opens the app: build/app/finetune-studio" >&2
  exec ./scripts/demo.sh
fi
exec "${BUILD_DIR:-build}/app/finetune-studio" "$@"
