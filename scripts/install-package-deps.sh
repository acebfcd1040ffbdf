#!/usr/bin/env bash
# Installs the Debian 12 packages that scripts/package.sh needs on top of scripts/install-deps.sh:
# dpkg-shlibdeps (dpkg-dev) for CPack's DEB dependencies, the .desktop and AppStream validators, `file`
# for the icon checks and rsvg-convert (librsvg2-bin) for packaging/render-icons.sh.
# Idempotent: packages already present are left alone. As root it just works; otherwise it prints the
# exact command to run.
set -euo pipefail

PACKAGES=(
  dpkg-dev desktop-file-utils appstream file librsvg2-bin
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-package-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-package-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "install-package-deps: not root. Run this, then try again:" >&2
    echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
