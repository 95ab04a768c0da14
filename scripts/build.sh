#!/usr/bin/env bash
# Configures and builds Lever Console (Ninja, two jobs): the `default` preset (RelWithDebInfo, into
# ./build) unless LEVER_PRESET names another (`debug`: sanitizers, into ./build-debug); everything,
# or only the targets LEVER_TARGET names (space-separated) when set.
set -euo pipefail
cd "$(dirname "$0")/.."
# Paths relative to the tree, so every clone and build folder shares the cache; room for the default,
# sanitizer and fuzz builds side by side (about 2.5 GB each) without evicting one another.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-10G}"
preset=${LEVER_PRESET:-default}
cmake --preset "$preset" > /dev/null
if [ -n "${LEVER_TARGET:-}" ]; then
  # shellcheck disable=SC2086 # one or more target names
  cmake --build --preset "$preset" --target $LEVER_TARGET
else
  cmake --build --preset "$preset"
fi
