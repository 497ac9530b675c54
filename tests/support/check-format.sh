#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted with the repository's .clang-format.
set -euo pipefail
clang_format=${1:-clang-format}
bad=0
while IFS= read -r -d '' f; do
  if ! "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1; then
    echo "not clang-format clean: $f"
    bad=1
  fi
done < <(git ls-files -z -- '*.cpp' '*.h' 2>/dev/null || find app platform tests bench \( -name '*.cpp' -o -name '*.h' \) -print0)
exit $bad
