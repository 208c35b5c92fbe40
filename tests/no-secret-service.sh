#!/bin/sh
# Runs one test on a session bus where no Secret Service can start:
#   dbus-run-session --config-file=no-secret-service.conf -- sh no-secret-service.sh TEST [ARGS...]
# The test gets a fresh temporary HOME (exported as FC_TEST_HOME) so it can check
# afterwards that no secret reached the disk.
set -u

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "no-secret-service.sh: no session bus; run me under dbus-run-session" >&2
    exit 1
fi

# The point of this wrapper: make sure nobody provides the Secret Service here.
if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.ListActivatableNames 2>/dev/null | grep -q 'org.freedesktop.secrets'; then
    echo "no-secret-service.sh: this bus can start a Secret Service; use no-secret-service.conf" >&2
    exit 1
fi

FC_TEST_HOME=$(mktemp -d "${TMPDIR:-/tmp}/fc-nokeyring.XXXXXX") || exit 1
export FC_TEST_HOME
export HOME="$FC_TEST_HOME"
export XDG_RUNTIME_DIR="$FC_TEST_HOME/run"
export XDG_CONFIG_HOME="$FC_TEST_HOME/config"
export XDG_DATA_HOME="$FC_TEST_HOME/data"
export XDG_CACHE_HOME="$FC_TEST_HOME/cache"
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID
unset GNOME_KEYRING_CONTROL
export FC_EXPECT_NO_KEYCHAIN=1

trap 'rm -rf "$FC_TEST_HOME"' EXIT
trap 'exit 130' INT TERM

"$@"
status=$?
exit "$status"
