#!/usr/bin/env bash
# Where the time of `ftctl check` goes: builds stages.cpp against the build tree's libftcore.a
# into a temporary directory (the CMake build is not touched), runs it on a corpus, and times ftctl itself
# and the Node reference's stages (stages.mjs) beside it.
#
#   bench/dataset_check/breakdown.sh [FILE]     # default: the 100 MiB corpus of run.sh
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-build}"
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
FTCTL="${FTCTL:-$BUILD_DIR/app/ftctl}"
FILE="${1:-${CORPUS_DIR:-${TMPDIR:-/tmp}/ftctl-dataset-check-corpora}/sft-100mb-seed${SEED:-3}.jsonl}"
[ -f "$FILE" ] || { echo "breakdown.sh: no $FILE (run run.sh first, or pass a file)" >&2; exit 2; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/ftctl-stages.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
QT_INC="$(pkg-config --variable=includedir Qt6Core 2>/dev/null || echo /usr/include/x86_64-linux-gnu/qt6)"
c++ -O2 -g -DNDEBUG -std=gnu++20 -fPIC -DQT_NO_DEBUG -DQT_CORE_LIB \
  -I"$ROOT/src" -I"$BUILD_DIR/src/core/ftcore_autogen/include" -isystem "$QT_INC/QtCore" -isystem "$QT_INC" \
  "$HERE/stages.cpp" "$BUILD_DIR"/src/core/CMakeFiles/ftcore_resources_*.dir/.rcc/qrc_*.o \
  "$BUILD_DIR/src/core/libftcore.a" -lQt6Core -o "$TMP/stages"

cat "$FILE" >/dev/null
echo "== ftctl check --json (whole process)"
/usr/bin/time -f "%e s wall, %U s user, %M KB peak RSS" "$FTCTL" check "$FILE" --json >/dev/null || true
echo
echo "== ftctl's stages (stages.cpp, same libftcore.a)"
"$TMP/stages" "$FILE"
echo
echo "== npm tiktoken's stages (stages.mjs)"
node "$HERE/stages.mjs" "$FILE"
