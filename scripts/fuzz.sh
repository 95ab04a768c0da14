#!/usr/bin/env bash
# Builds the libFuzzer targets under fuzz/ (clang-15, ASan + UBSan) into ./build-fuzz, runs each for
# SECONDS (default 60), then prints per target the executions and the crashes found (exit 1 if any).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 300 fuzz_multipart
#
# Corpora live in build-fuzz/corpus/<target>/ (kept between runs, so each run starts where the last one
# stopped), seeded from fuzz/seeds/<target>/ and from tests/data (fuzz/make_seeds.py). Crashing inputs go
# to build-fuzz/artifacts/<target>/; replay one with `build-fuzz/fuzz/<target> <file>`.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

seconds="${1:-60}"
shift || true
all_targets=(fuzz_api_types fuzz_sandbox_request fuzz_sandbox_handle fuzz_multipart fuzz_html
  fuzz_posting_draft fuzz_cache_rows fuzz_resume)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all_targets[@]}"); fi

# The compiler and libFuzzer (same style as install-deps.sh: only what is missing, sudo when not root).
packages=(clang-15 libfuzzer-15-dev)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "fuzz: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
build="$root/build-fuzz"
# Debug with -O1: fast enough to fuzz, and Q_ASSERT/assert stay on (Qt's inline container checks catch
# out-of-range reads in our code). LEVER_FUZZ adds the sanitizer flags; tests, benchmarks and the app are
# not built here.
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang-15 CXX=clang++-15 cmake -S . -B "$build" -G Ninja -DLEVER_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DLEVER_BUILD_TESTS=OFF -DLEVER_BUILD_BENCH=OFF > /dev/null
fi
start=$(date +%s)
nice -n 10 cmake --build "$build" -j2 --target "${targets[@]}"
echo "fuzz: build took $(($(date +%s) - start)) s"

mkdir -p "$build/corpus" "$build/artifacts" "$build/logs"
if command -v python3 > /dev/null; then
  python3 fuzz/make_seeds.py tests/data "$build/seeds"
else
  echo "fuzz: python3 not found, starting from fuzz/seeds/ only"
fi

dict_for() {
  case "$1" in
    fuzz_api_types | fuzz_cache_rows | fuzz_posting_draft) echo fuzz/dicts/json.dict ;;
    fuzz_sandbox_request | fuzz_sandbox_handle | fuzz_multipart | fuzz_resume) echo fuzz/dicts/http.dict ;;
    fuzz_html) echo fuzz/dicts/html.dict ;;
  esac
}

# UB aborts (the libraries are built with -fno-sanitize-recover too); Qt's own allocations kept until exit
# are not leaks (fuzz/lsan.supp).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/fuzz/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ]; then
  for s in llvm-symbolizer-15 llvm-symbolizer; do
    if command -v "$s" > /dev/null; then export ASAN_SYMBOLIZER_PATH="$(command -v "$s")"; break; fi
  done
fi

declare -A execs crashes
failed=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  artifacts="$build/artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  marker="$build/logs/$t.start"
  touch "$marker"
  dirs=("$corpus")
  [ -d "fuzz/seeds/$t" ] && dirs+=("fuzz/seeds/$t")
  [ -d "$build/seeds/$t" ] && dirs+=("$build/seeds/$t")
  args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
    -artifact_prefix="$artifacts/")
  dict=$(dict_for "$t")
  [ -n "$dict" ] && args+=(-dict="$dict")
  # One sandbox serves every input and keeps what they wrote, so most inputs allocate more than they
  # free: a leak scan per input would be meaningless and slows it 30-fold. Leaks are still checked at exit.
  [ "$t" = fuzz_sandbox_handle ] && args+=(-detect_leaks=0)
  echo "fuzz: $t for ${seconds}s (log: build-fuzz/logs/$t.log)"
  status=0
  "$build/fuzz/$t" "${args[@]}" "${dirs[@]}" > "$build/logs/$t.log" 2>&1 || status=$?
  execs[$t]=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$t.log" | grep -o '[0-9]*$' |
    tail -1)
  crashes[$t]=$(find "$artifacts" -type f -newer "$marker" | wc -l)
  if [ "$status" -ne 0 ] || [ "${crashes[$t]}" -ne 0 ]; then
    failed=1
    echo "fuzz: $t FAILED (exit $status); see build-fuzz/logs/$t.log"
    grep -m3 -E 'ERROR: |runtime error|SUMMARY|Test unit written' "$build/logs/$t.log" || true
  fi
done

echo
printf '%-24s %14s %8s\n' target executions crashes
for t in "${targets[@]}"; do
  printf '%-24s %14s %8s\n' "$t" "${execs[$t]:-?}" "${crashes[$t]}"
done
exit "$failed"
