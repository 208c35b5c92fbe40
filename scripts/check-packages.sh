#!/usr/bin/env bash
# Builds the Linux packages from a built Release tree and checks them as a user gets them:
# the .deb installed with apt-get (its dependencies resolved), both programs' --version,
# a practice login with the installed CLI, the installed GUI's first window under Xvfb, the
# desktop entry and AppStream data, lintian (no errors), then purged with nothing left
# behind; the .rpm and .tar.gz listed against packaging/linux/expected/, and the CLI started
# from an unpacked tarball through its launcher with the bundled Qt.
# Usage: scripts/check-packages.sh BUILD_DIR [OUT_DIR]
#   BUILD_DIR: a built Release tree (e.g. build/release-tests); OUT_DIR: where to keep the
#   checked packages (the release workflow uploads them); without it they are deleted.
# Installs and removes the package fansly-connect on this machine (as root, else with sudo).
set -euo pipefail
[ $# -eq 1 ] || [ $# -eq 2 ] || { echo "usage: $0 BUILD_DIR [OUT_DIR]" >&2; exit 2; }
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$1" && pwd)
expected=$src/packaging/linux/expected
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
started=$(date +%s)
step() { echo "== $* ($(($(date +%s) - started)) s)"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  # This script's own background jobs (cpack, lintian), if a check failed before they ended.
  for job in $(jobs -p); do kill "$job" 2>/dev/null || true; done
  wait 2>/dev/null || true
  # Never leave the package installed, whatever failed.
  if dpkg-query -W -f='${Status}' fansly-connect 2>/dev/null | grep -q "ok installed"; then
    DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -q fansly-connect >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"

# --- the packages ---------------------------------------------------------------------------
# The .deb first; the .rpm, the .tar.gz and lintian run in the background while the .deb is
# installed and tried (this keeps the whole check near 2 minutes on 2 cores).
pack() { # GENERATOR
  cpack --config "$build/CPackConfig.cmake" -G "$1" -B "$work/out" >"$work/cpack-$1.log" 2>&1 ||
    { cat "$work/cpack-$1.log"; echo "FAIL: cpack -G $1" >&2; return 1; }
}
step "cpack -G DEB (version $version)"
pack DEB || exit 1
deb=$(ls "$work"/out/fansly-connect_"$version"_*.deb)
(pack RPM && pack TGZ) &
packing=$!
# Warnings are printed (packaging/linux/README.md says why each one left is there).
lintian --fail-on error "$deb" >"$work/lintian.txt" 2>&1 &
linting=$!

[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail ".deb version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libsecret-1-0 qt6-qpa-plugins qt6-translations-l10n libqt6widgets6 libqt6keychain1; do
  [[ $depends == *"$dep"* ]] || fail ".deb does not depend on $dep"
done

# --- the .deb, installed --------------------------------------------------------------------
# What is on the machine before, to compare after the purge (paths only: caches that
# triggers rewrite, such as the icon cache, stay where they were).
snapshot() { $sudo find /usr /etc /opt -xdev 2>/dev/null | grep -v '^/etc/ld.so.cache$' | sort; }
step "apt-get install $(basename "$deb")"
dpkg-query -W fansly-connect >/dev/null 2>&1 && fail "fansly-connect is installed already: purge it first"
snapshot >"$work/before.txt"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$deb" \
  >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }

step "installed programs"
[ "$(/usr/bin/fansly-connect --version)" = "fansly-connect $version" ] || fail "fansly-connect --version"
[ "$(/usr/bin/fansly-connect-cli --version)" = "fansly-connect-cli $version" ] || fail "fansly-connect-cli --version"
for page in fansly-connect fansly-connect-cli fansly-connect-simulator; do
  LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null | grep . &&
    fail "man page $page has warnings"
done
bash -n /usr/share/bash-completion/completions/fansly-connect-cli || fail "bash completion"

# A private home and no keychain: nothing of this run's user is read or kept.
home=$work/home
mkdir -p -m700 "$home/run"
user_env=(env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
          XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" LC_ALL=C.UTF-8 LANGUAGE=en
          DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/bus)
practice_login() { # CLI: an emailed code, password and code on stdin, to the end
  printf 'any-password\n123456\n' |
    "${user_env[@]}" timeout 60 "$1" --practice --json connect --username emailcreator \
      --password-stdin >"$work/login.json" 2>"$work/login.err" ||
    { cat "$work/login.err"; fail "practice login with $1"; }
  tail -n 1 "$work/login.json" | grep -q '"state":"connected"' ||
    { cat "$work/login.json"; fail "practice login with $1 did not end connected"; }
}
step "practice login with the installed CLI"
practice_login /usr/bin/fansly-connect-cli

step "installed GUI under Xvfb, until its first window is mapped"
cat >"$work/gui.sh" <<'EOF'
/usr/bin/fansly-connect --practice &
app=$!
timeout 30 xdotool search --sync --onlyvisible --name "Fansly Connect" >/dev/null
found=$?
kill -TERM "$app"
wait "$app"
exit $found
EOF
"${user_env[@]}" xvfb-run -a -s "-screen 0 1366x768x24" sh "$work/gui.sh" >"$work/gui.log" 2>&1 ||
  { cat "$work/gui.log"; fail "the installed GUI showed no window"; }

step "desktop entry and AppStream data"
desktop-file-validate /usr/share/applications/app.fansly_connect.FanslyConnect.desktop
appstreamcli validate --no-net /usr/share/metainfo/app.fansly_connect.FanslyConnect.metainfo.xml
cmake -DVERSION="$version" -DMETAINFO=/usr/share/metainfo/app.fansly_connect.FanslyConnect.metainfo.xml \
  -P "$src/packaging/linux/check-version.cmake"

step "apt-get purge"
DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -q fansly-connect >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get purge"; }
snapshot >"$work/after.txt"
if ! diff "$work/before.txt" "$work/after.txt" >"$work/left.txt"; then
  cat "$work/left.txt"
  fail "the purge left the machine different from before the install"
fi

step "lintian"
lint_status=0
wait "$linting" || lint_status=$?
grep -v "running with root privileges" "$work/lintian.txt" || true
[ "$lint_status" -eq 0 ] || fail "lintian reports errors"

step "package contents"
wait "$packing" || fail "cpack -G RPM or TGZ"
rpm=$(ls "$work"/out/fansly-connect-"$version"-*.rpm)
tgz=$(ls "$work"/out/fansly-connect-"$version"-linux-*.tar.gz)
# Every expected line (a shell pattern) matches a listed file, and every file matches one.
compare() { # NAME EXPECTED_FILE LISTING_FILE
  local name=$1 patterns file pattern ok=0
  mapfile -t patterns < <(grep -v '^#' "$2" | grep .)
  while read -r file; do
    for pattern in "${patterns[@]}"; do [[ $file == $pattern ]] && continue 2; done
    echo "$name: unexpected file $file"
    ok=1
  done <"$3"
  for pattern in "${patterns[@]}"; do
    grep -qx -- "$(printf '%s' "$pattern" | sed 's/[.[\^$]/\\&/g; s/\*/.*/g; s/?/./g')" "$3" ||
      { echo "$name: missing $pattern"; ok=1; }
  done
  return $ok
}
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sed 's|^\./||' | sort >"$work/deb.txt"
rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" 2>/dev/null | awk '$1 !~ /^d/ {print $2}' |
  sed 's|^/||' | sort >"$work/rpm.txt"
tar -tzf "$tgz" | grep -v '/$' | cut -d/ -f2- | sort >"$work/tgz.txt"
compare deb "$expected/deb.txt" "$work/deb.txt" || fail ".deb contents differ from packaging/linux/expected/deb.txt"
compare rpm "$expected/rpm.txt" "$work/rpm.txt" || fail ".rpm contents differ from packaging/linux/expected/rpm.txt"
compare tgz "$expected/tgz.txt" "$work/tgz.txt" || fail ".tar.gz contents differ from packaging/linux/expected/tgz.txt"
[ "$(rpm -qp --qf '%{VERSION}' "$rpm" 2>/dev/null)" = "$version" ] || fail ".rpm version is not $version"

# --- the .tar.gz, unpacked ------------------------------------------------------------------
step "CLI from the unpacked .tar.gz, through its launcher"
mkdir "$work/portable"
tar -xzf "$tgz" -C "$work/portable"
launcher=$(ls -d "$work"/portable/fansly-connect-*/)fansly-connect-cli
[ "$("$launcher" --version)" = "fansly-connect-cli $version" ] || fail "portable --version"
# The launcher must load the bundled Qt, not the system's.
LD_DEBUG=libs "$launcher" --version >"$work/ld.log" 2>&1
grep -q "init: $(dirname "$launcher")/lib/libQt6Core.so" "$work/ld.log" ||
  fail "the launcher did not load the bundled libQt6Core"
practice_login "$launcher"

if [ $# -eq 2 ]; then
  mkdir -p "$2"
  cp "$deb" "$rpm" "$tgz" "$2/"
fi
step "all checks passed"
