#!/usr/bin/env bash
# The build's cold figures (issue 17's targets), one run per call, as JSON on stdout:
#   demo_to_window_s   ./scripts/demo.sh on a clean clone with an empty ccache, until the window is mapped
#                      (Xvfb), less the time install-deps.sh takes on its own (apt excluded)
#   test_to_summary_s  ./scripts/test.sh on another clean clone with an empty ccache, to ctest's summary
#   rebuild_models_s   then, in that clone, ./scripts/build.sh after a real edit of one models/ .cpp
#   rebuild_models_console_s  the same edit, building only lever-console
# Run it on a quiet machine (nothing else compiling), three times, and quote the median. It needs xvfb,
# xdotool and a commit to measure (default HEAD of this checkout; BUILD_TIMES_REV to choose).
#   bench/build_times.sh [--skip-demo] [--skip-test]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rev="${BUILD_TIMES_REV:-HEAD}"
work="$(mktemp -d /tmp/lever-build-times.XXXXXX)"
display=":$((70 + RANDOM % 9))"
skip_demo=false
skip_test=false
for a in "$@"; do
  case "$a" in
    --skip-demo) skip_demo=true ;;
    --skip-test) skip_test=true ;;
    *) echo "usage: $0 [--skip-demo] [--skip-test]" >&2; exit 2 ;;
  esac
done
cleanup() {
  [ -n "${demo_pid:-}" ] && pkill -P "$demo_pid" 2> /dev/null || true
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }
clone() { # dir
  git clone -q "$repo" "$1"
  git -C "$1" checkout -q "$rev"
}

demo=null
if ! $skip_demo; then
  clone "$work/demo"
  export CCACHE_DIR="$work/ccache-demo"
  s=$(now); (cd "$work/demo" && ./scripts/install-deps.sh > /dev/null 2>&1); apt_s=$(since "$s")
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp > /dev/null 2>&1 &
  xvfb=$!
  mkdir -p "$work/home"
  s=$(now)
  (cd "$work/demo" && DISPLAY="$display" HOME="$work/home" exec dbus-run-session -- ./scripts/demo.sh \
     > "$work/demo.log" 2>&1) &
  demo_pid=$!
  until DISPLAY="$display" xdotool search --onlyvisible --class lever-console > /dev/null 2>&1; do
    sleep 0.5
    if ! kill -0 "$demo_pid" 2> /dev/null; then echo "demo.sh ended without a window" >&2; tail "$work/demo.log" >&2; exit 1; fi
  done
  demo=$(printf '%.1f' "$(echo "$(since "$s") - $apt_s" | bc)")
  # demo.sh execs ./build/app/lever-console: find it by its window, then dbus-run-session ends too.
  console_pid=$(DISPLAY="$display" xdotool search --onlyvisible --class lever-console getwindowpid 2> /dev/null | head -1)
  [ -n "$console_pid" ] && kill "$console_pid" 2> /dev/null || true
  wait "$demo_pid" 2> /dev/null || true
fi

test=null
rebuild=null
rebuild_console=null
if ! $skip_test; then
  clone "$work/test"
  export CCACHE_DIR="$work/ccache-test"
  s=$(now)
  (cd "$work/test" && ./scripts/test.sh > "$work/test.log" 2>&1)
  test=$(since "$s")
  edit() { echo "// build_times $(now)" >> "$work/test/models/WhenText.cpp"; }
  edit
  s=$(now); (cd "$work/test" && ./scripts/build.sh > /dev/null); rebuild=$(since "$s")
  edit
  s=$(now); (cd "$work/test" && LEVER_TARGET=lever-console ./scripts/build.sh > /dev/null); rebuild_console=$(since "$s")
fi

printf '{"rev": "%s", "demo_to_window_s": %s, "test_to_summary_s": %s, "rebuild_models_s": %s, "rebuild_models_console_s": %s}\n' \
  "$(git -C "$repo" rev-parse --short "$rev")" "$demo" "$test" "$rebuild" "$rebuild_console"
