#!/bin/sh
# Screenshots of every wizard page, for docs/screenshots/ and for checking layouts.
#   scripts/screenshots.sh            configure and build into build/screenshots, then shoot
#   scripts/screenshots.sh BUILD_DIR  use an existing build with tests (FC_BUILD_TESTS=ON)
# Runs the screenshot tool (tests/tools/screenshots: the app in practice mode, driven through
# every page) under Xvfb (1366x768, as on a small laptop), once at 100 % and once at
# QT_SCALE_FACTOR=1.5, and once each in German, Spanish and Arabic (right to left).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build/screenshots"}
out="$root/docs/screenshots"

if [ $# -eq 0 ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFC_BUILD_TESTS=ON
fi
cmake --build "$build" --target fansly-connect fansly-connect-screenshots
app="$build/app/gui/fansly-connect"
tour="$build/tests/tools/fansly-connect-screenshots"

for tool in xvfb-run; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing (apt-get install xvfb xauth)" >&2; exit 1; }
done

# A throwaway home: no settings, keychain or pending logins of the user's are touched.
home=$(mktemp -d "${TMPDIR:-/tmp}/fc-shots.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p -m 700 "$home/run"
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
export LC_ALL=C.UTF-8 LANGUAGE=en
unset QT_QPA_PLATFORM QT_SCALE_FACTOR QT_STYLE_OVERRIDE

mkdir -p "$out" "$out/scale-150" "$out/de" "$out/es" "$out/ar"
rm -f "$out"/*.png "$out/scale-150"/*.png "$out/de"/*.png "$out/es"/*.png "$out/ar"/*.png

shoot() { # DIR [ENV=VALUE...]
    dir=$1
    shift
    env "$@" xvfb-run -a -s "-screen 0 1366x768x24" "$tour" "$dir" \
        2>"$home/tour.log" || { cat "$home/tour.log" >&2; exit 1; }
}
shoot "$out"
shoot "$out/scale-150" QT_SCALE_FACTOR=1.5
shoot "$out/de" LANGUAGE=de
shoot "$out/es" LANGUAGE=es
shoot "$out/ar" LANGUAGE=ar

# The API key page when no system keychain exists (a private D-Bus without a Secret
# Service), at 150 %: the longest message the first page shows. Optional.
if command -v dbus-run-session >/dev/null && command -v import >/dev/null; then
    cat >"$home/nokeychain.sh" <<EOS
QT_SCALE_FACTOR=1.5 "$app" --api-base-url http://127.0.0.1:9 2>/dev/null &
pid=\$!
sleep 4
import -window root "$out/scale-150/01c-api-key-no-keychain-screen.png"
kill \$pid
EOS
    dbus-run-session --config-file="$root/tests/support/no-secret-service.conf" -- \
        sh "$root/tests/support/no-secret-service.sh" \
        xvfb-run -a -s "-screen 0 1366x768x24" sh "$home/nokeychain.sh" 2>/dev/null ||
        echo "screenshots.sh: the no-keychain picture failed (skipped)" >&2
fi
echo "screenshots.sh: $(ls "$out"/*.png "$out"/*/*.png | wc -l) pictures in $out"
