#!/usr/bin/env bash
# Runs a command next to a private PulseAudio server with a virtual microphone, so recording
# tests hear exactly what they play and never the machine's real audio:
#   vsink  a null sink: play test speech into it (paplay --device=vsink --latency-msec=20)
#   vmic   a real input made from vsink's monitor (Qt 6.4 hides monitor sources)
# The server runs in a fresh folder under TMPDIR (run inside isolated-env.sh), PULSE_SERVER
# points the command at it, and the server and its folder are gone afterwards.
# DEBRIEF_PULSE_NO_MIC=1 leaves vmic out: a working audio server without any input device.
set -euo pipefail

command -v pulseaudio >/dev/null || { echo "with-virtual-mic: pulseaudio is not installed" >&2; exit 4; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/pulse-XXXXXX")
server=""
keeper=""
cleanup() {
  local p
  for p in $keeper $server; do
    kill "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  rm -rf "$dir"
}
trap cleanup EXIT

mkdir -p "$dir/home" "$dir/runtime"
chmod 700 "$dir/runtime"
{
  echo "load-module module-native-protocol-unix socket=$dir/native auth-anonymous=1"
  echo "load-module module-null-sink sink_name=vsink rate=48000 channels=1"
  echo "set-default-sink vsink"
  if [ "${DEBRIEF_PULSE_NO_MIC:-0}" != 1 ]; then
    echo "load-module module-remap-source master=vsink.monitor source_name=vmic"
    echo "set-default-source vmic"
  fi
} >"$dir/server.pa"

# The daemon keeps its cookie and state in its own HOME; -n: no default script, only ours.
HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config" XDG_RUNTIME_DIR="$dir/runtime" \
  pulseaudio -n -F "$dir/server.pa" --daemonize=no --exit-idle-time=-1 --system=false \
  --use-pid-file=false --log-target=stderr --log-level=error 2>"$dir/server.log" &
server=$!

export PULSE_SERVER="unix:$dir/native"
for _ in $(seq 1 100); do
  pactl info >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.05
done
pactl info >/dev/null 2>&1 || { echo "with-virtual-mic: the server did not come up" >&2; exit 1; }
# A null sink with nothing playing runs at its longest latency and vmic would deliver audio in
# ~2 s bursts; a real microphone delivers every few ms. A stream of silence at 20 ms latency
# keeps vsink (and so vmic) ticking like a real device; test speech mixes in on top.
pacat --playback --device=vsink --latency-msec=20 --raw --format=s16le --rate=48000 \
  --channels=1 </dev/zero >/dev/null 2>>"$dir/server.log" &
keeper=$!
# The first capture after that waits until the ~2 s the sink buffered at its start have played.
head -c 9600 < <(timeout 10 parec --device=vmic --raw --format=s16le --rate=48000 --channels=1 \
  --latency-msec=20 2>/dev/null || true) >/dev/null || true

# For tests that take the server away mid-recording.
export DEBRIEF_PULSE_PID="$server"

set +e
"$@"
rc=$?
set -e
exit $rc
