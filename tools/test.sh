#!/usr/bin/env bash
# Builds Debrief and runs every test (unit, integration, ui, lint): installs missing Debian
# packages (idempotent), configures once, builds incrementally, runs ctest.
# Usage: tools/test.sh [dev|asan] [extra ctest arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=dev
case "${1:-}" in dev|asan) preset=$1; shift ;; esac
tools/setup-deps.sh test
[ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j2 "$@"
