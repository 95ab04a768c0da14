#!/usr/bin/env bash
# Installs the Debian 12 packages Lever Console needs to build, test and run.
# Idempotent: packages already present are skipped; uses sudo when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  mold # links in a seventh of GNU ld's time (CMakeLists.txt)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-charts-dev
  libqt6opengl6-dev # Qt Charts' CMake package needs Qt6OpenGL
  qtkeychain-qt6-dev libgl-dev libvulkan-dev
  # the sandbox reads resumes (PDF streams, DOCX entries are deflated)
  zlib1g-dev
  # tests: offscreen/X11 widgets, a real Secret Service, packaging validators
  xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-tools
  appstream desktop-file-utils dpkg-dev fakeroot file
  qt6-qpa-plugins fonts-dejavu-core
  # tests: exported .ics files are parsed back with Python's icalendar (CSV with its csv module)
  python3 python3-icalendar
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
