#!/usr/bin/env bash
# Runs a command with a small file system of its own (a 4 MiB tmpfs) mounted on
# $DEBRIEF_TEST_SANDBOX/small-disk, in a private mount namespace, so a test can fill a real file
# system (ENOSPC) without touching the machine's. The folder is passed as DEBRIEF_SMALL_DISK.
# Where private mounts are not allowed (some containers): exit 4, which ctest reports as skipped.
set -euo pipefail
dir="${DEBRIEF_TEST_SANDBOX:?run inside isolated-env.sh}/small-disk"
mkdir -p "$dir"
# Root only needs a mount namespace; anyone else maps themselves to root in a user namespace.
if [ "$(id -u)" = 0 ]; then ns=(unshare --mount); else ns=(unshare --user --map-root-user --mount); fi
if ! "${ns[@]}" sh -c "mount -t tmpfs -o size=4m,mode=0700 debrief-small-disk '$dir'"; then
  echo "skipped: a private tmpfs cannot be mounted here"
  exit 4
fi
export DEBRIEF_SMALL_DISK="$dir"
exec "${ns[@]}" sh -c 'mount -t tmpfs -o size=4m,mode=0700 debrief-small-disk "$DEBRIEF_SMALL_DISK" && exec "$@"' sh "$@"
