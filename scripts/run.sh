#!/usr/bin/env bash
# Installs what is needed, builds, and launches Fine-Tune Studio on the built-in emulator.
# Until the GUI exists this starts the emulator and walks a visible ftctl demo flow against it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
exec ./scripts/demo.sh
