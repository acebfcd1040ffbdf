#!/usr/bin/env bash
# Runs clang-tidy (the checks of .clang-tidy) on the C++ files of src/, ui/ and app/ that changed since
# the commit named in .ci/tidy-base (the last commit whose files a CI run has gone over with clang-tidy,
# its findings fixed since: what is new since then is what gets looked at),
# using the compile commands of a configured build. Fails on any finding.
#   scripts/clang-tidy-changed.sh [BUILD_DIR] [BASE]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-${BUILD_DIR:-build}}
base=${2:-$(tr -d '[:space:]' < .ci/tidy-base)}
if [ ! -f "$build/compile_commands.json" ]; then
  echo "clang-tidy: no $build/compile_commands.json; configure and build first" >&2
  exit 1
fi
if ! git rev-parse --verify -q "$base^{commit}" >/dev/null; then
  echo "clang-tidy: the base $base is not a commit of this repository" >&2
  exit 1
fi
mapfile -t files < <(git diff --name-only --diff-filter=AMR "$base" -- 'src/*.cpp' 'ui/*.cpp' 'app/*.cpp' \
  | while read -r f; do [ -f "$f" ] && grep -q "\"file\": \"$PWD/$f\"" "$build/compile_commands.json" && echo "$f"; done)
if [ "${#files[@]}" -eq 0 ]; then
  echo "clang-tidy: no C++ file of src/, ui/ or app/ changed since $base"
  exit 0
fi
echo "clang-tidy: ${#files[@]} files changed since ${base:0:12}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%s\0' "${files[@]}" | xargs -0 -P "${JOBS:-2}" -n 1 clang-tidy -p "$build" --quiet >"$log" 2>&1 || true
if grep -E "(warning|error): .*\[[a-z]" "$log" >/dev/null; then
  grep -E -A3 "(warning|error): .*\[[a-z]" "$log" >&2
  echo "clang-tidy: $(grep -cE "(warning|error): .*\[[a-z]" "$log") findings" >&2
  exit 1
fi
echo "clang-tidy: no findings"
