#!/bin/sh
# Runs one test against a real, unlocked gnome-keyring on the private session bus
# that `dbus-run-session` created for it:
#   dbus-run-session -- sh keyring-session.sh TEST [ARGS...]
# Everything the keyring and the test write goes to a fresh temporary HOME, whose
# path is exported as FC_TEST_HOME so the test can scan it for leaked secrets.
#
# FC_KEYRING=locked: the login keyring exists (made with a password by a first daemon)
# but the daemon the test talks to was started without --unlock, as after a login that
# did not unlock it. Its unlock prompt (gcr-prompter) finds no display and fails at once.
# FC_KEYRING=locked-prompt: the same, but the prompter gets a private Xvfb display, so
# the unlock window opens where nobody answers it: keychain jobs wait for ever.
# The test sees FC_KEYRING (empty: unlocked). FC_KEYRING_SETUP, when set, is a shell command
# run while the keyring is still unlocked (to save entries that are locked afterwards).
set -u
FC_KEYRING="${FC_KEYRING:-}"
export FC_KEYRING

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "keyring-session.sh: no session bus; run me under dbus-run-session" >&2
    exit 1
fi

. "$(dirname "$0")/test-home.sh"
fc_make_test_home fc-keyring || exit 1

keyring_pid=""
xvfb_pid=""
cleanup() {
    if [ -n "$keyring_pid" ]; then
        kill "$keyring_pid" 2>/dev/null
    fi
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null
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
wait_for_keyring() {
    tries=0
    while :; do
        keyring_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
            string:org.freedesktop.secrets 2>/dev/null | awk '{print $2}')
        [ -n "$keyring_pid" ] && return 0
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            echo "keyring-session.sh: org.freedesktop.secrets did not appear on the bus" >&2
            exit 1
        fi
        sleep 0.05
    done
}
wait_for_keyring

if [ -n "${FC_KEYRING_SETUP:-}" ]; then
    sh -c "$FC_KEYRING_SETUP" || {
        echo "keyring-session.sh: FC_KEYRING_SETUP failed" >&2
        exit 1
    }
fi

if [ -n "$FC_KEYRING" ]; then
    # Stop the daemon that made (and unlocked) the keyring and wait until its name is gone.
    kill "$keyring_pid"
    tries=0
    while dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetNameOwner string:org.freedesktop.secrets >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            echo "keyring-session.sh: the first gnome-keyring did not stop" >&2
            exit 1
        fi
        sleep 0.05
    done
    keyring_pid=""
    rm -rf "$XDG_RUNTIME_DIR/keyring"
    if [ "$FC_KEYRING" = locked-prompt ]; then
        command -v Xvfb >/dev/null || {
            echo "keyring-session.sh: FC_KEYRING=locked-prompt needs Xvfb" >&2
            exit 1
        }
        display_file="$FC_TEST_HOME/display"
        Xvfb -displayfd 3 -nolisten tcp -screen 0 640x480x24 3>"$display_file" 2>/dev/null &
        xvfb_pid=$!
        tries=0
        while [ ! -s "$display_file" ]; do
            tries=$((tries + 1))
            if [ "$tries" -ge 200 ]; then
                echo "keyring-session.sh: Xvfb did not start" >&2
                exit 1
            fi
            sleep 0.05
        done
        # Only services started by the bus (the prompter) see this display; the test
        # keeps its own environment (offscreen).
        dbus-update-activation-environment "DISPLAY=:$(cat "$display_file")"
    else
        dbus-update-activation-environment DISPLAY=
    fi
    # No --unlock: the login keyring stays locked.
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1 || {
        echo "keyring-session.sh: gnome-keyring-daemon --start failed" >&2
        exit 1
    }
    wait_for_keyring
fi

"$@"
status=$?
exit "$status"
