#!/usr/bin/env bash
# The README's test command: installs what is needed, builds, and runs the whole suite.
# ctest runs inside a private D-Bus session, where the keychain tests find a real Secret Service.
#   scripts/test.sh [ctest args]             the RelWithDebInfo build in ./build
#   scripts/test.sh --sanitize [ctest args]  the `debug` preset in ./build-debug: AddressSanitizer,
#                                            UndefinedBehaviorSanitizer and LeakSanitizer (see
#                                            scripts/sanitizers/ for what is suppressed and why)
#   scripts/test.sh --sanitize --windowless  the same for the tests without widgets only (sandbox,
#                                            api, auth, models, fuzz), building only what they need
set -euo pipefail
cd "$(dirname "$0")/.."
preset=default
target=
if [ "${1:-}" = "--sanitize" ]; then
  preset=debug
  shift
  if [ "${1:-}" = "--windowless" ]; then
    target=windowless_tests
    shift
    set -- -L '^(sandbox|api|auth|models|fuzz)$' "$@"
  fi
fi
./scripts/install-deps.sh
LEVER_PRESET=$preset LEVER_TARGET=$target ./scripts/build.sh
LEVER_TEST_PRESET=$preset exec dbus-run-session -- ./scripts/run-tests.sh "$@"
