#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, ASan and UBSan into ./build-fuzz and runs each
# for SECONDS (default 45) on a copy of its seed corpus, so the committed corpus is never modified. The
# saved reproducers under fuzz/regressions/<target>/ are replayed first. Prints the executions per target;
# exits non-zero when a target crashes (its input is kept under build-fuzz/fuzz-run/<target>/artifacts/).
#
#   scripts/fuzz.sh [SECONDS]
#   FUZZ_TARGETS="fuzz_tokenizer" scripts/fuzz.sh 600     # some targets only
#   FUZZ_ARGS="-runs=1000000" scripts/fuzz.sh 3600        # extra libFuzzer flags
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-45}
case "$DURATION" in
  '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;;
esac
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
read -r -a TARGETS <<<"${FUZZ_TARGETS:-fuzz_dataset_validator fuzz_results_csv fuzz_json_mapping fuzz_tokenizer}"
read -r -a EXTRA <<<"${FUZZ_ARGS:-}"

./scripts/install-deps.sh
./scripts/install-fuzz-deps.sh

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DFT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# Only ftcore and the targets: the rest of the project is not needed here.
cmake --build "$BUILD_DIR" -j "${JOBS:-2}" --target "${TARGETS[@]}"

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
failed=()
summary=()
for t in "${TARGETS[@]}"; do
  work="$BUILD_DIR/fuzz-run/$t"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp -R "fuzz/corpus/$t/." "$work/corpus/"
  inputs=("$work/corpus")
  if [ -d "fuzz/regressions/$t" ]; then
    inputs+=("fuzz/regressions/$t") # read only: new units go to the first directory
  fi
  echo "fuzz: $t for ${DURATION}s ($(find "$work/corpus" -type f | wc -l) seeds)"
  start=$(date +%s)
  rc=0
  "$BUILD_DIR/fuzz/$t" "${inputs[@]}" -max_total_time="$DURATION" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "${EXTRA[@]}" >"$work/log" 2>&1 || rc=$?
  took=$(($(date +%s) - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -n 1)
  if [ -z "$execs" ]; then
    execs=$(grep -oE '^#[0-9]+' "$work/log" | tail -n 1 | tr -d '#')
  fi
  execs=${execs:-0}
  if [ "$rc" -ne 0 ]; then
    failed+=("$t")
    summary+=("$(printf '%-24s %12s execs %6ss  CRASH (exit %s)' "$t" "$execs" "$took" "$rc")")
    echo "fuzz: $t FAILED; the end of $work/log:" >&2
    tail -n 60 "$work/log" >&2
    ls -1 "$work/artifacts" >&2 || true
  else
    summary+=("$(printf '%-24s %12s execs %6ss  ok' "$t" "$execs" "$took")")
  fi
done

echo
echo "fuzz: executions per target"
printf '  %s\n' "${summary[@]}"
if [ "${#failed[@]}" -ne 0 ]; then
  echo "fuzz: crashes in ${failed[*]} (inputs under $BUILD_DIR/fuzz-run/<target>/artifacts/)" >&2
  exit 1
fi
