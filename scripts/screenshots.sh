#!/usr/bin/env bash
# Makes the user guide's screenshots (docs/images/*.png) from the real console in demo mode, under Xvfb,
# driven by the keyboard the way a user would (Ctrl+K, Ctrl+N, …), so they stay current with the code.
#
#   scripts/screenshots.sh [LANG]     e.g. scripts/screenshots.sh de_DE.UTF-8 (default: English)
#
# Needs a built console (scripts/build.sh); installs xvfb, xdotool and imagemagick when missing. The
# demo data is generated from a fixed seed, so the same candidates and postings appear every time.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
lang="${1:-C.UTF-8}"
out="$root/docs/images"
suffix=""
if [ "$lang" != "C.UTF-8" ]; then suffix="-${lang%%_*}"; fi

packages=(xvfb xdotool imagemagick)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
console="$root/build/app/lever-console"
[ -x "$console" ] || { echo "screenshots: build the console first (scripts/build.sh)"; exit 1; }

# A display of our own, and a home of our own: no saved accounts, settings or demo data leak in or out.
display=":$((90 + RANDOM % 9))"
home="$(mktemp -d)"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
cleanup() {
  pkill -f "lever-console --demo" 2> /dev/null || true
  kill "$xvfb" 2> /dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
export DISPLAY="$display"
sleep 1
mkdir -p "$out"

shot() { # name
  sleep "${2:-1.5}"
  import -window root "$out/$1$suffix.png"
  echo "screenshots: $out/$1$suffix.png"
}
key() { xdotool key --clearmodifiers "$@"; }
# Without a window manager a closed dialog leaves no window focused: a click on the status bar gives
# the keyboard back to the main window.
refocus() { sleep 0.5; xdotool mousemove 800 990 click 1; sleep 0.3; }
palette() { # open Ctrl+K, type, Enter
  refocus
  key ctrl+k; sleep 0.8
  xdotool type --delay 30 "$1"; sleep 0.8
  key Return
}

LANG="$lang" LANGUAGE="${lang%%_*}" HOME="$home" \
  dbus-run-session -- "$console" --demo > "$home/console.log" 2>&1 &
for _ in $(seq 60); do
  window=$(xdotool search --onlyvisible --class lever-console 2> /dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "screenshots: the console did not open"; cat "$home/console.log"; exit 1; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000
sleep 10 # the demo sandbox starts and the first sync fills the board

shot board
refocus; key ctrl+shift+n; shot sign-in
key Escape
palette "Abebe Nowak"; shot candidate 3
key alt+i; sleep 0.5; key alt+s; shot schedule 2
key Escape
refocus; key ctrl+n; shot new-candidate
key Escape
palette "Data Scientist"; shot posting-editor 3
palette "Insights"; shot insights 4
palette "Pipeline"; sleep 1
refocus; key ctrl+k; xdotool type --delay 30 "arch"; shot search
key Escape
refocus; key ctrl+comma; shot settings
key Escape
refocus; key ctrl+slash; shot shortcuts
key Escape
