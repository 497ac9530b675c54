#!/usr/bin/env bash
# Builds Debrief and runs every test (unit, integration, ui, reliability, lint): installs missing
# Debian packages (idempotent), configures once, builds incrementally, runs ctest. By default the
# suite runs in the asan preset (the dev build's warnings-as-errors plus AddressSanitizer,
# LeakSanitizer and UBSan; any report fails its test), which is what CI runs. Then the libFuzzer
# targets (fuzz/, label "fuzz"): clang-14 with ASan and UBSan in build/fuzz, a fixed number of
# inputs each; skipped when extra ctest arguments pick tests.
# Usage: tools/test.sh [asan|dev] [extra ctest arguments…]   (dev: the faster plain debug build)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=asan
case "${1:-}" in dev|asan) preset=$1; shift ;; esac
tools/setup-deps.sh test
[ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j2 "$@"
if [ $# -eq 0 ]; then
  [ -f build/fuzz/build.ninja ] || CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEBRIEF_FUZZ=ON -DDEBRIEF_BUILD_TESTS=OFF \
    -DDEBRIEF_BUILD_BENCH=OFF >/dev/null
  cmake --build build/fuzz --target fuzz_targets
  ctest --test-dir build/fuzz -L fuzz --output-on-failure
fi
