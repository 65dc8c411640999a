# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run, scripts/test and scripts/bench: installs what is
# missing on a Debian 12 machine and builds. Sourced, not run.

set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

packages=(
  gcc libc6-dev pkg-config meson ninja-build
  libgtk-4-dev libadwaita-1-dev libsqlite3-dev sqlite3 libjson-glib-dev libxml2-dev
  libgtk-4-bin librsvg2-common fonts-dejavu-core
  xvfb xauth x11-utils
  desktop-file-utils appstream poppler-utils
  clang libclang-rt-14-dev
  gettext uncrustify
)

ensure_packages () {
  local missing=() p
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# build_dir DIR [meson options…]: configures DIR once, then builds it.
build_dir () {
  local dir=$1
  shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@"
  fi
  meson compile -C "$dir"
}

xvfb () {
  xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" "$@"
}
