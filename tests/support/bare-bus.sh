#!/usr/bin/env bash
# Runs a command in a fresh sandbox (isolated-env.sh) on a private D-Bus session bus that can
# start no services, so nothing provides org.freedesktop.secrets: the "no keyring" machine.
# (isolated-env.sh's own bus can still D-Bus-activate gnome-keyring from the system's service
# files, which then answers "not found" instead of "unavailable".)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ "${1:-}" != "--inside-sandbox" ]; then
  exec "$here/isolated-env.sh" "$here/bare-bus.sh" --inside-sandbox "$@"
fi
shift
conf="$DEBRIEF_TEST_SANDBOX/bare-bus.conf"
cat >"$conf" <<XML
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
XML
# isolated-env.sh exec's its bus, so its own clean-up trap never runs: remove the sandbox here.
cleanup() {
  case "$DEBRIEF_TEST_SANDBOX" in
  */debrief-test-*) [ "${DEBRIEF_KEEP_SANDBOX:-0}" = 1 ] || rm -rf "$DEBRIEF_TEST_SANDBOX" ;;
  esac
}
trap cleanup EXIT
dbus-run-session --config-file="$conf" -- "$@"
