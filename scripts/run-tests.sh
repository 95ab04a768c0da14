#!/usr/bin/env bash
# Runs ctest inside the D-Bus session made by test.sh, with gnome-keyring serving Secret Service.
# No DISPLAY: a keyring prompt must never wait for a click.
set -euo pipefail
cd "$(dirname "$0")/.."
unset DISPLAY
XDG_RUNTIME_DIR=$(mktemp -d)
export XDG_RUNTIME_DIR
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
if command -v gnome-keyring-daemon > /dev/null; then
  eval "$(printf 'lever-test' | gnome-keyring-daemon --unlock --components=secrets)" > /dev/null
  export GNOME_KEYRING_CONTROL
fi
export QT_QPA_PLATFORM=offscreen
ctest --preset "${LEVER_TEST_PRESET:-default}" "$@"
