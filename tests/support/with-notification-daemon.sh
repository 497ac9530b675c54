#!/usr/bin/env bash
# Runs a command next to a mock notification server on the session bus (run it inside
# isolated-env.sh: a private bus): python3-dbusmock's notification_daemon template, which owns
# org.freedesktop.Notifications, records every call (tests read them with
# org.freedesktop.DBus.Mock.GetMethodCalls) and emits signals on request (EmitSignal).
# Exits 4 (skip) when python3-dbusmock is not installed.
set -euo pipefail
# `python3` on PATH may be a pyenv shim without the Debian package: use the system's.
py=/usr/bin/python3
"$py" -c 'import dbusmock' 2>/dev/null ||
  { echo "with-notification-daemon.sh: python3-dbusmock is not installed" >&2; exit 4; }

log=$(mktemp "${TMPDIR:-/tmp}/notification-daemon-XXXXXX.log")
# A server that offers buttons and reads the body as markup, like GNOME's and KDE's.
"$py" -m dbusmock --session --template notification_daemon -l "$log" \
  -p '{"capabilities": "actions body body-markup"}' >/dev/null 2>>"$log" &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true; rm -f "$log"' EXIT

owned() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null |
    grep -q 'boolean true'
}
for _ in $(seq 1 200); do
  owned && break
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.05
done
if ! owned; then
  echo "with-notification-daemon.sh: the mock server did not come up; its log:" >&2
  cat "$log" >&2
  exit 1
fi
set +e
"$@"
status=$?
set -e
exit "$status"
