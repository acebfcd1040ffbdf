#!/usr/bin/env bash
# Builds the Debian package of Fine-Tune Studio from a built tree and proves it:
#   scripts/package.sh [BUILD_DIR]        (default: build, as configured and built by scripts/build.sh)
# 1. validates packaging/<id>.desktop (desktop-file-validate) and <id>.metainfo.xml (appstreamcli, strict,
#    pedantic, no network) and the committed PNG icons' sizes;
# 2. runs `cpack -G DEB` into BUILD_DIR/packages/ and checks the .deb's control fields and contents;
# 3. installs it with apt-get, runs the three programs from /usr/bin, validates the installed .desktop,
#    then removes it (and any dependency the install pulled in), leaving the machine as it was.
# Every failed check exits non-zero with a "package: FAILED:" line. Step 3 needs root (or passwordless
# sudo); FT_PACKAGE_SKIP_INSTALL=1 stops after step 2.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${1:-build}
ID=io.github.finetunestudio.FineTuneStudio
SIZES=(16 24 32 48 64 128 256 512)            # packaging/CMakeLists.txt FT_ICON_SIZES
PROGRAMS=(finetune-studio ftctl finetune-emulator)

say() { echo "package: $*"; }
fail() { echo "package: FAILED: $*" >&2; exit 1; }

./scripts/install-package-deps.sh

[ -f "$BUILD_DIR/CMakeCache.txt" ] || fail "$BUILD_DIR is not a configured build directory (run scripts/build.sh first)"
BUILD_DIR=$(cd "$BUILD_DIR" && pwd)

# --- 0. the binaries are current (a no-op after scripts/build.sh; regenerates CPackConfig.cmake if needed)
cmake --build "$BUILD_DIR" --target "${PROGRAMS[@]}" >/dev/null \
  || fail "building ${PROGRAMS[*]} in $BUILD_DIR (run: cmake --build $BUILD_DIR)"
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "$BUILD_DIR/CPackConfig.cmake missing: is add_subdirectory(packaging) in CMakeLists.txt?"
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD_DIR/CPackConfig.cmake")
[ -n "$VERSION" ] || fail "no CPACK_PACKAGE_VERSION in $BUILD_DIR/CPackConfig.cmake"
ARCH=$(dpkg --print-architecture)
say "Fine-Tune Studio $VERSION ($ARCH) from $BUILD_DIR"

# --- 1. desktop integration files ----------------------------------------------------------------
out=$(desktop-file-validate "packaging/$ID.desktop" 2>&1) || fail "desktop-file-validate packaging/$ID.desktop:"$'\n'"$out"
# Errors and warnings fail; hints do not (Development;Science; are two main categories: a hint).
if grep -Eq ': (error|warning):' <<<"$out"; then fail "desktop-file-validate packaging/$ID.desktop:"$'\n'"$out"; fi
# shellcheck disable=SC2001
[ -z "$out" ] || sed 's/^/  /' <<<"$out"
say "ok   desktop-file-validate packaging/$ID.desktop"

# --strict fails on any error, warning or info; --pedantic only adds hints (the one hint is the upper
# case in the required component id, as in org.gnome.TextEditor).
out=$(appstreamcli validate --no-net --strict --pedantic "packaging/$ID.metainfo.xml" 2>&1) \
  || fail "appstreamcli validate packaging/$ID.metainfo.xml:"$'\n'"$out"
say "ok   appstreamcli validate --no-net --strict --pedantic packaging/$ID.metainfo.xml"
grep -q "<release version=\"$VERSION\"" "packaging/$ID.metainfo.xml" \
  || fail "packaging/$ID.metainfo.xml has no <release version=\"$VERSION\"> entry: add this release"

for n in "${SIZES[@]}"; do
  png="packaging/icons/${n}x${n}/$ID.png"
  [ -f "$png" ] || fail "$png missing (run packaging/render-icons.sh)"
  file -b "$png" | grep -q "^PNG image data, $n x $n," || fail "$png is not a ${n}x${n} PNG: $(file -b "$png")"
done
say "ok   icons: scalable SVG + PNG ${SIZES[*]}"

# --- 2. the .deb -----------------------------------------------------------------------------------
rm -rf "$BUILD_DIR/packages"
say "cpack -G DEB in $BUILD_DIR"
if ! (cd "$BUILD_DIR" && cpack -G DEB -B "$BUILD_DIR/packages" >"$BUILD_DIR/cpack.log" 2>&1); then
  cat "$BUILD_DIR/cpack.log" >&2
  fail "cpack -G DEB (log: $BUILD_DIR/cpack.log)"
fi
DEB="$BUILD_DIR/packages/finetune-studio_${VERSION}_${ARCH}.deb"
[ -f "$DEB" ] || fail "cpack did not write $DEB (see $BUILD_DIR/cpack.log)"

field() { dpkg-deb -f "$DEB" "$1"; }
[ "$(field Package)" = finetune-studio ] || fail "Package is '$(field Package)', not finetune-studio"
[ "$(field Version)" = "$VERSION" ] || fail "Version is '$(field Version)', not $VERSION"
[ "$(field Architecture)" = "$ARCH" ] || fail "Architecture is '$(field Architecture)', not $ARCH"
DEPENDS=$(field Depends)
for dep in libqt6widgets6 libqt6core6 qt6-qpa-plugins libqt6svg6; do
  grep -Eq "(^|, )$dep( |,|$)" <<<"$DEPENDS" || fail "Depends lacks $dep: $DEPENDS"
done
for f in Maintainer Description Section Homepage; do
  [ -n "$(field $f)" ] || fail "control field $f is empty"
done
say "ok   dpkg-deb -I: Package finetune-studio, Version $VERSION, Architecture $ARCH, Depends has Qt + qt6-qpa-plugins"

listing=$(dpkg-deb -c "$DEB")
paths=$(awk '{print $NF}' <<<"$listing")
want=()
for p in "${PROGRAMS[@]}"; do want+=("./usr/bin/$p"); done
want+=("./usr/share/applications/$ID.desktop" "./usr/share/metainfo/$ID.metainfo.xml"
       "./usr/share/icons/hicolor/scalable/apps/$ID.svg" "./usr/share/doc/finetune-studio/copyright")
for n in "${SIZES[@]}"; do want+=("./usr/share/icons/hicolor/${n}x${n}/apps/$ID.png"); done
for w in "${want[@]}"; do
  grep -qxF "$w" <<<"$paths" || fail "the .deb lacks $w"$'\n'"$listing"
done
# (No `producer | grep -q` here: with pipefail, grep -q quitting early fails the producer.)
for p in "${PROGRAMS[@]}"; do
  entry=$(grep -E " \./usr/bin/$p$" <<<"$listing" || true)
  [[ $entry == "-rwxr-xr-x root/root "* ]] || fail "/usr/bin/$p is not -rwxr-xr-x root/root: $entry"
done
bad=$(grep -v ' root/root ' <<<"$listing" || true)
[ -z "$bad" ] || fail "entries not owned by root/root:"$'\n'"$bad"
bad=$(grep -vE '^\./usr(/|$)' <<<"$paths" | grep -vxF './' || true)
[ -z "$bad" ] || fail "entries outside /usr:"$'\n'"$bad"
SIZE=$(du -k "$DEB" | cut -f1)
say "ok   dpkg-deb -c: ${#want[@]} expected files present, all root/root under /usr"
say "built $DEB (${SIZE} KiB)"
say "Depends: $DEPENDS"

if [ "${FT_PACKAGE_SKIP_INSTALL:-0}" = 1 ]; then
  say "FT_PACKAGE_SKIP_INSTALL=1: not installing it; all package checks passed"
  exit 0
fi

# --- 3. install, run, remove -----------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
  SUDO=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=sudo
else
  echo "package: the install check needs root. Run these, then remove the package again:" >&2
  echo "  sudo apt-get install -y --no-install-recommends $DEB" >&2
  echo "  finetune-studio --version && ftctl --version && finetune-emulator --version" >&2
  echo "  sudo apt-get remove -y finetune-studio" >&2
  echo "(or FT_PACKAGE_SKIP_INSTALL=1 $0 $* to stop after the package checks)" >&2
  exit 1
fi
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
installed_list() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" {print $2}' | sort; }
if installed finetune-studio; then
  fail "finetune-studio $(dpkg-query -W -f='${Version}' finetune-studio) is already installed; this check installs and removes it: run '$SUDO apt-get remove -y finetune-studio' first"
fi

before=$(mktemp)
stage=$(mktemp -d)
installed_list >"$before"
cleanup() {
  local rc=$? ok=1
  if installed finetune-studio; then
    say "apt-get remove -y finetune-studio"
    $SUDO apt-get remove -y -q finetune-studio >/dev/null || { echo "package: FAILED: apt-get remove finetune-studio" >&2; rc=1; ok=0; }
  fi
  # Dependencies the install pulled in (none on a machine set up by scripts/install-deps.sh).
  local extra
  extra=$(installed_list | comm -13 "$before" - | tr '\n' ' ')
  if [ -n "${extra// /}" ]; then
    # Purge them only if that removes nothing else.
    local others
    # shellcheck disable=SC2086
    others=$(apt-get -s purge $extra 2>/dev/null | awk '$1 == "Purg" {sub(/:.*/, "", $2); print $2}' | grep -vxF -f <(tr ' ' '\n' <<<"$extra" | grep .) || true)
    if [ -n "$others" ]; then
      echo "package: FAILED: the install pulled in $extra; purging them would also remove $others: left alone" >&2; rc=1; ok=0
    else
      say "apt-get purge -y $extra(installed as dependencies)"
      # shellcheck disable=SC2086
      $SUDO apt-get purge -y -q $extra >/dev/null || { echo "package: FAILED: apt-get purge $extra" >&2; rc=1; ok=0; }
    fi
  fi
  if installed finetune-studio || [ -e /usr/bin/finetune-studio ]; then
    echo "package: FAILED: finetune-studio still installed after removal" >&2; rc=1; ok=0
  fi
  rm -rf "$before" "$stage"
  [ "$ok" = 0 ] || say "removed again: the machine's packages are as they were"
  exit "$rc"
}
trap cleanup EXIT

# apt's _apt user must be able to read the file: stage it in a world-readable directory.
chmod 755 "$stage"
install -m 644 "$DEB" "$stage/"
say "apt-get install -y ./$(basename "$DEB")"
export DEBIAN_FRONTEND=noninteractive
if ! out=$($SUDO apt-get install -y -q --no-install-recommends "$stage/$(basename "$DEB")" 2>&1); then
  echo "$out" >&2
  fail "apt-get install $DEB"
fi
installed finetune-studio || fail "finetune-studio is not installed after apt-get install"
[ "$(dpkg-query -W -f='${Version}' finetune-studio)" = "$VERSION" ] || fail "installed version is not $VERSION"

for p in "${PROGRAMS[@]}"; do
  [ -x "/usr/bin/$p" ] || fail "/usr/bin/$p missing after install"
  missing=$(ldd "/usr/bin/$p" | grep 'not found' || true)
  [ -z "$missing" ] || fail "/usr/bin/$p has unresolved libraries:"$'\n'"$missing"
  # The version goes to standard output; standard error (Qt's warnings) is shown only on failure.
  if ! out=$(timeout 30 "/usr/bin/$p" --version 2>"$stage/stderr"); then
    fail "/usr/bin/$p --version failed:"$'\n'"$out"$'\n'"$(cat "$stage/stderr")"
  fi
  grep -qF "$VERSION" <<<"$out" || fail "/usr/bin/$p --version does not print $VERSION: $out"$'\n'"$(cat "$stage/stderr")"
  say "ok   /usr/bin/$p --version: $out"
done

out=$(desktop-file-validate "/usr/share/applications/$ID.desktop" 2>&1) || fail "desktop-file-validate /usr/share/applications/$ID.desktop:"$'\n'"$out"
if grep -Eq ': (error|warning):' <<<"$out"; then fail "desktop-file-validate /usr/share/applications/$ID.desktop:"$'\n'"$out"; fi
say "ok   desktop-file-validate /usr/share/applications/$ID.desktop"
out=$(appstreamcli validate --no-net --strict "/usr/share/metainfo/$ID.metainfo.xml" 2>&1) \
  || fail "appstreamcli validate /usr/share/metainfo/$ID.metainfo.xml:"$'\n'"$out"
say "ok   appstreamcli validate /usr/share/metainfo/$ID.metainfo.xml"
for n in "${SIZES[@]}"; do
  [ -f "/usr/share/icons/hicolor/${n}x${n}/apps/$ID.png" ] || fail "/usr/share/icons/hicolor/${n}x${n}/apps/$ID.png missing after install"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$ID.svg" ] || fail "/usr/share/icons/hicolor/scalable/apps/$ID.svg missing after install"
say "ok   installed: 3 programs, .desktop, metainfo, $((${#SIZES[@]} + 1)) icons"
say "all checks passed: $DEB ($SIZE KiB)"
