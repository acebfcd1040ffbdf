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

# shellcheck source=lib/apt.sh
source "$(dirname "$0")/lib/apt.sh"
install_packages install-package-deps "${PACKAGES[@]}"
