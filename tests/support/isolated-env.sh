#!/usr/bin/env bash
# Runs a command with HOME, XDG dirs and TMPDIR in a fresh folder and its own D-Bus session,
# so tests never touch the real user's files or keyring. The folder is removed afterwards
# unless DEBRIEF_KEEP_SANDBOX=1.
set -euo pipefail
root=$(mktemp -d "${TMPDIR:-/tmp}/debrief-test-XXXXXX")
cleanup() { [ "${DEBRIEF_KEEP_SANDBOX:-0}" = 1 ] || rm -rf "$root"; }
trap cleanup EXIT
for d in home data config cache state runtime tmp; do mkdir -p "$root/$d"; done
chmod 700 "$root/runtime"
export HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
  XDG_CACHE_HOME="$root/cache" XDG_STATE_HOME="$root/state" XDG_RUNTIME_DIR="$root/runtime" \
  TMPDIR="$root/tmp" DEBRIEF_TEST_SANDBOX="$root"
# dbus-run-session: a private session bus of its own (not the user's), so the user's keyring
# is never reachable. Not exec'd, so the trap above removes the folder afterwards.
dbus-run-session -- "$@"
