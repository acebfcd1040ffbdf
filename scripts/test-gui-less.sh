#!/usr/bin/env bash
# Builds core, api, emulator and ftctl without the GUI (-DFT_GUI=OFF) into build-nogui and runs their tests;
# one of them checks that nothing there links or loads Qt Widgets, Gui or Charts.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
BUILD_DIR=${NOGUI_BUILD_DIR:-build-nogui}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFT_GUI=OFF
fi
cmake --build "$BUILD_DIR" -j "${JOBS:-2}"
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${JOBS:-2}" "$@"
