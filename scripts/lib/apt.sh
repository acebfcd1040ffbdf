# Sourced by the scripts/install-*.sh: install_packages NAME PACKAGE... installs the Debian packages not
# yet present with apt-get. Idempotent: packages already present are left alone. As root it just works;
# otherwise (without password-less sudo) it prints the exact command to run and exits 1.
install_packages() {
  local name=$1
  shift
  local missing=() p
  for p in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    echo "$name: all $# packages already installed"
    return 0
  fi
  echo "$name: installing ${missing[*]}"
  local sudo=
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=sudo
    else
      echo "$name: not root. Run this, then try again:" >&2
      echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}
