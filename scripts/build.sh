#!/usr/bin/env bash
# Configures and builds Lever Console (Ninja, two jobs): the `default` preset (RelWithDebInfo, into
# ./build) unless LEVER_PRESET names another (`debug`: sanitizers, into ./build-debug); everything,
# or only LEVER_TARGET when set.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
preset=${LEVER_PRESET:-default}
cmake --preset "$preset" > /dev/null
if [ -n "${LEVER_TARGET:-}" ]; then
  cmake --build --preset "$preset" --target "$LEVER_TARGET"
else
  cmake --build --preset "$preset"
fi
