#!/usr/bin/env bash
# Runs a command as the unprivileged user "nobody" with a minimal environment, for tests of
# permission errors that root would not see. Not root (so the test itself already ran without
# privileges): exit 4, which ctest reports as skipped.
set -euo pipefail
[ "$(id -u)" = 0 ] || exit 4
if ! setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$1"; then
  echo "skipped: the user nobody cannot run $1 (a parent folder is private)"
  exit 4
fi
exec setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin TMPDIR=/tmp "$@"
