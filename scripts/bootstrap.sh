#!/usr/bin/env bash
# Installs the Debian packages gosim needs, and only the missing ones.
# As root it runs apt-get itself; otherwise it prints the exact command and stops,
# because a build should never ask for a password halfway through.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build
  nlohmann-json3-dev doctest-dev libcli11-dev libfmt-dev
  libimgui-dev libglfw3-dev libgl-dev libstb-dev libfontconfig-dev
  libavcodec-dev libavformat-dev libswscale-dev libavutil-dev
  golang-go golang-1.19-src
  xvfb xauth
  fonts-wqy-microhei
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "gosim needs these Debian packages: ${missing[*]}" >&2
  echo "Run as root:  apt-get update && $cmd" >&2
  exit 1
fi

echo "bootstrap: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y --no-install-recommends "${missing[@]}"
