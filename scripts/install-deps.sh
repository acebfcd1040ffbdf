#!/usr/bin/env bash
# Installs every Debian 12 package Fine-Tune Studio needs to build, test and run.
# Idempotent: packages already present are left alone. As root it just works;
# otherwise it prints the exact command to run.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libmicrohttpd-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  libqt6svg6 qt6-qpa-plugins
  libqt6opengl6-dev nlohmann-json3-dev qtkeychain-qt6-dev libxkbcommon-dev libgl-dev
  xvfb xauth x11-apps imagemagick
  fonts-wqy-microhei fonts-ipafont-gothic
  procps curl ca-certificates time
  clang-format clang-tidy
)

# shellcheck source=lib/apt.sh
source "$(dirname "$0")/lib/apt.sh"
install_packages install-deps "${PACKAGES[@]}"
