#!/usr/bin/env bash
# Installs the Debian 12 packages the libFuzzer targets (fuzz/, -DFT_FUZZ=ON) need on top of
# scripts/install-deps.sh: clang 14, its compiler-rt (libFuzzer, ASan and UBSan runtimes:
# libclang_rt.fuzzer/asan/ubsan_standalone in libclang-rt-14-dev) and llvm-symbolizer (package llvm) for
# readable stacks. Idempotent: packages already present are left alone. As root it just works;
# otherwise it prints the exact command to run.
set -euo pipefail

PACKAGES=(clang clang-14 libclang-rt-14-dev llvm)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-fuzz-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-fuzz-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "install-fuzz-deps: not root. Run this, then try again:" >&2
    echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
