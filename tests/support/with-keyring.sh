#!/usr/bin/env bash
# Runs a command in a fresh sandbox with a real, unlocked Secret Service: gnome-keyring-daemon
# on a private bus (bare-bus.sh, so it is the only one), its login keyring created and unlocked
# with a throwaway password. Waits until the service answers, runs the command, stops the daemon.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ "${1:-}" != "--on-bare-bus" ]; then
  exec "$here/bare-bus.sh" "$here/with-keyring.sh" --on-bare-bus "$@"
fi
shift
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring.sh: gnome-keyring-daemon not installed" >&2; exit 1; }

log="$XDG_RUNTIME_DIR/gnome-keyring.log"
printf '%s' "keyring-password-$RANDOM$RANDOM" |
  gnome-keyring-daemon --unlock --components=secrets --foreground >"$log" 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true' EXIT

# Ready = the name is owned and the unlocked login collection is listed (asking never
# activates anything: this bus has no service files).
ready() {
  dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
    org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Service \
    string:Collections 2>/dev/null | grep -q '/org/freedesktop/secrets/collection/login'
}
for _ in $(seq 1 200); do
  ready && break
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.05
done
if ! ready; then
  echo "with-keyring.sh: the Secret Service did not come up; daemon log:" >&2
  cat "$log" >&2
  exit 1
fi
set +e
"$@"
status=$?
set -e
exit "$status"
