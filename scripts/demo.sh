#!/usr/bin/env bash
# The README's demo command: installs what is needed, builds, and starts Lever Console in demo mode. The
# console starts lever-sandbox itself (127.0.0.1, a random port) with demo data kept in the user's data
# folder, so changes survive restarts; File › Reset Demo Data starts over. Set LEVER_DEMO_SIZE to choose how
# many opportunities a new demo database gets (default 2000).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# Only what the demo runs: the console, the sandbox it starts, and the translations it loads (the tests
# and benchmarks are test.sh's to build).
LEVER_TARGET="lever-console lever-sandbox lever_translations" ./scripts/build.sh
exec ./build/app/lever-console --demo "$@"
