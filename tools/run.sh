#!/usr/bin/env bash
# Builds Debrief and starts it: installs missing Debian packages (idempotent), configures once,
# then builds incrementally. Arguments are passed to the app (e.g. --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup-deps.sh app
[ -f build/release/build.ninja ] || cmake --preset release >/dev/null
cmake --build --preset release --target debrief debrief-cli
exec build/release/bin/debrief "$@"
