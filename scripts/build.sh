#!/usr/bin/env bash
# Configures and builds Lever Console (Ninja, RelWithDebInfo, two jobs) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset default > /dev/null
cmake --build --preset default
