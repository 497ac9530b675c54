#!/usr/bin/env bash
# Installs the Debian packages Debrief needs, only those that are missing (idempotent).
# Usage: tools/setup-deps.sh [app|test]
# SQLCipher 4.6 and Catch2 3 come from bookworm-backports; its apt source is derived from the
# machine's own bookworm entry (URI, components, Signed-By), never from a host name in this repo.
set -euo pipefail

profile=${1:-app}

app_pkgs=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools qt6-qpa-plugins
  libgl-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qtquick
  qml6-module-qtquick-window qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-dialogs qml6-module-qtcore
  qml6-module-qt-labs-settings qml6-module-qt-labs-folderlistmodel # FileDialog's non-native one
  qtkeychain-qt6-dev libsodium-dev libzip-dev libqrencode-dev libzxcvbn-dev
  qt6-multimedia-dev qml6-module-qtmultimedia
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
  libopus-dev libopusenc-dev libopusfile-dev libogg-dev libsonic-dev
  gnome-keyring libsecret-tools dbus dbus-x11
  fonts-wqy-microhei # Chinese (zh_CN) in a real CJK font: 5 MB, where fonts-noto-cjk is 91 MB
)
test_pkgs=(
  xvfb xauth imagemagick libgl1-mesa-dri qml6-module-qttest
  python3-dbusmock clang-format
  pulseaudio pulseaudio-utils sox libsox-fmt-all espeak-ng opus-tools
  age clang-14 libclang-rt-14-dev poppler-utils unzip
)
backports_pkgs=(libsqlcipher-dev sqlcipher catch2)

pkgs=("${app_pkgs[@]}")
[ "$profile" = test ] && pkgs+=("${test_pkgs[@]}")

SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)

missing() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
  done
}

backports_ok() {
  # catch2 must be 3.x and sqlcipher 4.6+ (SQLite 3.46): bookworm's own are too old.
  local v
  v=$(dpkg-query -W -f='${Version}' catch2 2>/dev/null || true)
  [[ "$v" == 3.* ]] || return 1
  v=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
  dpkg --compare-versions "${v:-0}" ge 4.6 || return 1
}

write_backports_source() {
  local target=/etc/apt/sources.list.d/debrief-bookworm-backports.sources
  [ -f "$target" ] && return 0
  if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then return 0; fi
  local entry=""
  # deb822 first: the stanza whose Suites include plain "bookworm".
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    entry=$(awk -v RS='' '/(^|\n)Suites:[^\n]*(^|[ \t])bookworm([ \t]|\n|$)/ && /(^|\n)Types:[^\n]*deb([ \t]|\n|$)/ {print; exit}' "$f")
    [ -n "$entry" ] && break
  done
  if [ -n "$entry" ]; then
    local uris comps signed
    uris=$(printf '%s\n' "$entry" | sed -n 's/^URIs:[[:space:]]*//p' | head -1)
    comps=$(printf '%s\n' "$entry" | sed -n 's/^Components:[[:space:]]*//p' | head -1)
    signed=$(printf '%s\n' "$entry" | sed -n 's/^Signed-By:[[:space:]]*//p' | head -1)
    {
      echo "Types: deb"
      echo "URIs: $uris"
      echo "Suites: bookworm-backports"
      echo "Components: ${comps:-main}"
      [ -n "$signed" ] && echo "Signed-By: $signed"
    } | "${SUDO[@]}" tee "$target" >/dev/null
    return 0
  fi
  # One-line format fallback.
  local line
  line=$(grep -hE '^deb[[:space:]].*[[:space:]]bookworm[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | head -1 || true)
  if [ -z "$line" ]; then
    echo "setup-deps: no bookworm entry found in the apt sources; add bookworm-backports yourself" >&2
    exit 1
  fi
  printf '%s\n' "$line" | sed -E 's/[[:space:]]bookworm[[:space:]]/ bookworm-backports /' |
    "${SUDO[@]}" tee /etc/apt/sources.list.d/debrief-bookworm-backports.list >/dev/null
}

need=$(missing "${pkgs[@]}")
if [ -z "$need" ] && backports_ok; then
  exit 0
fi

write_backports_source
export DEBIAN_FRONTEND=noninteractive
echo "setup-deps: installing missing packages: ${need:-(backports)}" >&2
"${SUDO[@]}" apt-get update -qq
# shellcheck disable=SC2086
[ -n "$need" ] && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends $need >/dev/null
if ! backports_ok; then
  bp=()
  for p in "${backports_pkgs[@]}"; do bp+=("$p/bookworm-backports"); done
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${bp[@]}" >/dev/null
fi
echo "setup-deps: done" >&2
