#!/usr/bin/env bash
# Builds the benchmarks (release preset) and runs them; prints one Markdown table:
#   benchmark | Debrief | baseline | ratio | goal | met?
# Every ratio compares two things measured in this same run. Benchmarks are not tests: a missed
# goal does not fail the script (exit 0); failing to build or run does.
#
# Environment (all optional):
#   BENCH_BUILD_DIR  build folder (default: build/release, the preset's own)
#   BENCH_DATA_DIR   databases and the startup sandbox, on a real disk (default: <build>/bench-data)
#   BENCH_DISPLAY    xvfb | offscreen (default: xvfb-run -a when DISPLAY is unset, else offscreen)
#   BENCH_JOBS       parallel build jobs (default 2)
#   BENCH_RUNS, BENCH_WARMUPS, BENCH_SAVES, BENCH_SEARCHES, BENCH_LARGE, BENCH_STARTS,
#   BENCH_MINUTES, BENCH_NUDGE_RUNS, BENCH_AGE_MB, BENCH_AGE_RUNS, BENCH_BUNDLE_RUNS, BENCH_HISTORY_RUNS   sample sizes
#   BENCH_KEEP_DATA=1  keep the generated databases afterwards (~0.5 GB)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BENCH_BUILD_DIR:-$repo/build/release}
[[ $build = /* ]] || build=$repo/$build
data=${BENCH_DATA_DIR:-$build/bench-data}
[[ $data = /* ]] || data=$PWD/$data

echo "== building (release preset) in $build" >&2
cmake --preset release -S "$repo" -B "$build" >/dev/null
cmake --build "$build" --target benchmarks -j "${BENCH_JOBS:-2}" >&2
bin=$build/bench

rm -rf "$data"
mkdir -p "$data"
out=$(mktemp -d)
cleanup() {
  rm -rf "$out"
  [[ ${BENCH_KEEP_DATA:-0} = 1 ]] || rm -rf "$data"
}
trap cleanup EXIT

# How the first-frame children display.
mode=${BENCH_DISPLAY:-}
if [[ -z $mode ]]; then
  if [[ -z ${DISPLAY:-} ]] && command -v xvfb-run >/dev/null; then mode=xvfb; else mode=offscreen; fi
fi
case $mode in
  xvfb)
    display_label="Xvfb (xcb, Mesa llvmpipe)"
    frame_cmd=(xvfb-run -a -s "-screen 0 1920x1080x24" env -u QT_QPA_PLATFORM) ;;
  offscreen)
    display_label="offscreen QPA (software)"
    [[ -n ${DISPLAY:-} ]] && display_label+="; DISPLAY is set but not drawn on"
    frame_cmd=(env QT_QPA_PLATFORM=offscreen) ;;
  *) echo "BENCH_DISPLAY must be xvfb or offscreen" >&2; exit 2 ;;
esac

started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== 1) start to first frame ($display_label)" >&2
"${frame_cmd[@]}" "$bin/bench_first_frame" --data-dir "$data" --display "$display_label" \
  --runs "${BENCH_RUNS:-15}" --warmups "${BENCH_WARMUPS:-2}" >"$out/frame.md"
echo "== 2) vault open, 3) save, 4) search, 10) nudge planner input" >&2
"$bin/bench_vault" --data-dir "$data" --saves "${BENCH_SAVES:-500}" \
  --searches "${BENCH_SEARCHES:-300}" --large "${BENCH_LARGE:-100000}" >"$out/vault.md"
echo "== 5) tap to first sample, 6) encoder CPU, 7) bytes per minute, 8) memory over 10 min" >&2
# A private PulseAudio server with a virtual microphone (as the tests use) for 5); without
# pulseaudio the voice benchmark skips 5) with a note.
audio_cmd=()
if command -v pulseaudio >/dev/null; then
  audio_cmd=("$repo/tests/support/isolated-env.sh" "$repo/tests/support/with-virtual-mic.sh")
fi
"${audio_cmd[@]}" "$bin/bench_audio" --data-dir "$data/audio" --starts "${BENCH_STARTS:-20}" \
  --minutes "${BENCH_MINUTES:-10}" >"$out/audio.md"
echo "== 9) nudge planning for 10k entries" >&2
"$bin/bench_nudges" --entries 10000 --runs "${BENCH_NUDGE_RUNS:-50}" >"$out/nudges.md"
echo "== 11) age encrypt, 12) age decrypt: debrief_share vs the age CLI on the same file" >&2
"$bin/bench_share" --data-dir "$data/share" --size-mb "${BENCH_AGE_MB:-100}" \
  --runs "${BENCH_AGE_RUNS:-7}" >"$out/share.md"
echo "== 13) sharing 1,000 entries with 100 voice notes vs reading them from the vault" >&2
"$bin/bench_share_bundle" --data-dir "$data/bundle" --runs "${BENCH_BUNDLE_RUNS:-5}" >"$out/bundle.md"
echo "== 14) history at 100,000 entries: the list's first frame (desktop, phone), memory" >&2
"${frame_cmd[@]}" "$bin/bench_history" --data-dir "$data" --display "$display_label" \
  --entries "${BENCH_LARGE:-100000}" --runs "${BENCH_HISTORY_RUNS:-7}" >"$out/history.md"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
elapsed=$(( $(date +%s) - started ))

rows=$(cat "$out/frame.md" "$out/vault.md" "$out/audio.md" "$out/nudges.md" "$out/share.md" "$out/bundle.md" "$out/history.md" |
  grep '^| ' || true)
notes=$(cat "$out/frame.md" "$out/vault.md" "$out/audio.md" "$out/nudges.md" "$out/share.md" "$out/bundle.md" "$out/history.md" |
  grep '^- ' || true)
met=$(grep -c '| yes |$' <<<"$rows" || true)
total=$(grep -c '^| ' <<<"$rows" || true)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
rev=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$repo" status --porcelain 2>/dev/null | grep -q . && echo " (uncommitted changes)" || true)

echo
echo "## Debrief benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC'), commit $rev$dirty"
echo
echo "| benchmark | Debrief | baseline | ratio | goal | met? |"
echo "|---|---|---|---|---|---|"
echo "$rows"
echo
echo "$met of $total goals met. Run took ${elapsed} s (after the build) on $(nproc) cores ($cpu); load average before $load_before, after $load_after."
echo
echo "Notes:"
echo "$notes"
