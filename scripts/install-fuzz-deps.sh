#!/usr/bin/env bash
# Installs the Debian 12 packages the libFuzzer targets (fuzz/, -DFT_FUZZ=ON) need on top of
# scripts/install-deps.sh: clang 14, its compiler-rt (libFuzzer, ASan and UBSan runtimes:
# libclang_rt.fuzzer/asan/ubsan_standalone in libclang-rt-14-dev) and llvm-symbolizer (package llvm) for
# readable stacks. Idempotent: packages already present are left alone. As root it just works;
# otherwise it prints the exact command to run.
set -euo pipefail

PACKAGES=(clang clang-14 libclang-rt-14-dev llvm)

# shellcheck source=lib/apt.sh
source "$(dirname "$0")/lib/apt.sh"
install_packages install-fuzz-deps "${PACKAGES[@]}"
