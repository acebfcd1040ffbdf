#!/usr/bin/env bash
# Fails when anything in a GUI-less build (cmake -DFT_GUI=OFF) links Qt Widgets, Gui, Charts or OpenGL:
# checks the link lines CMake wrote and the libraries each built executable loads (ldd).
set -euo pipefail
build=${1:?usage: check-gui-less-links.sh BUILD_DIR}
pattern='Qt6?(Widgets|Gui|Charts|OpenGL|OpenGLWidgets|Svg)'
bad=0

if ! grep -q '^FT_GUI:BOOL=OFF' "$build/CMakeCache.txt"; then
  echo "$build is not a GUI-less build (FT_GUI is not OFF)" >&2
  exit 1
fi

# Link lines: ninja's LINK_LIBRARIES of every executable and library.
if grep -nE "LINK_LIBRARIES = .*${pattern}" "$build/build.ninja" >/dev/null; then
  echo "link lines naming a GUI library:" >&2
  grep -nE "LINK_LIBRARIES = .*${pattern}" "$build/build.ninja" | cut -c1-300 >&2
  bad=1
fi

# What the executables really load.
count=0
while IFS= read -r -d '' exe; do
  [ "$(head -c4 "$exe" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  count=$((count + 1))
  if ldd "$exe" | grep -E "lib${pattern}" >/dev/null; then
    echo "$exe loads: $(ldd "$exe" | grep -oE "lib${pattern}[^ ]*" | sort -u | tr '\n' ' ')" >&2
    bad=1
  fi
done < <(find "$build" -type f -perm -u+x ! -name '*.sh' ! -path '*/CMakeFiles/*' -print0)

if [ "$count" -lt 5 ]; then
  echo "only $count executables found in $build: is it built?" >&2
  exit 1
fi
if [ "$bad" -ne 0 ]; then
  exit 1
fi
echo "GUI-less build: $count executables, none links or loads Qt Widgets, Gui, Charts, OpenGL or Svg"
