#!/usr/bin/env bash
# The README's demo command: installs what is needed, builds, and starts the sandbox with demo data
# kept in the user's data folder (changes survive restarts). Ctrl+C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
data="${XDG_DATA_HOME:-$HOME/.local/share}/lever-console"
mkdir -p "$data"
chmod 700 "$data"
echo "Starting the Lever sandbox with demo data in $data/demo.sqlite ..." >&2
echo "It prints one JSON line with its base URL and an API key, then serves until Ctrl+C." >&2
exec ./build/sandbox/lever-sandbox --db "$data/demo.sqlite" --demo-size "${LEVER_DEMO_SIZE:-2000}" "$@"
