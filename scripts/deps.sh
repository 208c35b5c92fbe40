#!/usr/bin/env bash
# Installs the Debian 12 packages Fansly Connect needs to build, run and test.
# Usage: scripts/deps.sh [build|run|test]   (default: test, which is everything)
set -euo pipefail
what=${1:-test}

build=(cmake ninja-build g++ qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
       qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev libgl-dev
       help2man)  # the man pages are made from the programs' --help at build time
run=(libsecret-1-0 qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core dbus)
test=(xvfb xauth imagemagick gnome-keyring libsecret-tools dbus-user-session at-spi2-core
      python3-pyatspi xdotool desktop-file-utils appstream clang-format
      clang-14 libclang-rt-14-dev  # the fuzz preset: clang with libFuzzer and the sanitizers
      lintian rpm man-db)  # scripts/check-packages.sh

pkgs=("${build[@]}" "${run[@]}")
[ "$what" = test ] && pkgs+=("${test[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
