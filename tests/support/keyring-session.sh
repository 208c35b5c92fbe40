#!/bin/sh
# Runs one test against a real, unlocked gnome-keyring on the private session bus
# that `dbus-run-session` created for it:
#   dbus-run-session -- sh keyring-session.sh TEST [ARGS...]
# Everything the keyring and the test write goes to a fresh temporary HOME, whose
# path is exported as FC_TEST_HOME so the test can scan it for leaked secrets.
set -u

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "keyring-session.sh: no session bus; run me under dbus-run-session" >&2
    exit 1
fi

. "$(dirname "$0")/test-home.sh"
fc_make_test_home fc-keyring || exit 1

keyring_pid=""
cleanup() {
    if [ -n "$keyring_pid" ]; then
        kill "$keyring_pid" 2>/dev/null
    fi
    rm -rf "$FC_TEST_HOME"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Creates (first time) and unlocks the "login" keyring with a throwaway password.
keyring_env=$(printf 'pass' | gnome-keyring-daemon --unlock --components=secrets) || {
    echo "keyring-session.sh: gnome-keyring-daemon --unlock failed" >&2
    exit 1
}
eval "$keyring_env"
# gnome-keyring 42 prints nothing with --components=secrets; its control socket is here.
GNOME_KEYRING_CONTROL="${GNOME_KEYRING_CONTROL:-$XDG_RUNTIME_DIR/keyring}"
export GNOME_KEYRING_CONTROL

# The daemon forks and claims its bus name a moment later. Ask the bus which process
# owns the Secret Service, so that we wait for it and later stop exactly that process.
tries=0
while :; do
    keyring_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
        string:org.freedesktop.secrets 2>/dev/null | awk '{print $2}')
    [ -n "$keyring_pid" ] && break
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
        echo "keyring-session.sh: org.freedesktop.secrets did not appear on the bus" >&2
        exit 1
    fi
    sleep 0.05
done

"$@"
status=$?
exit "$status"
