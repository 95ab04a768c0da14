#!/usr/bin/env bash
# The README's test command: installs what is needed, builds, and runs the whole suite.
# ctest runs inside a private D-Bus session, where the keychain tests find a real Secret Service.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
exec dbus-run-session -- ./scripts/run-tests.sh "$@"
