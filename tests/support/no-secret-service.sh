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

. "$(dirname "$0")/test-home.sh"
fc_make_test_home fc-nokeyring || exit 1
unset GNOME_KEYRING_CONTROL
export FC_EXPECT_NO_KEYCHAIN=1

trap 'rm -rf "$FC_TEST_HOME"' EXIT
trap 'exit 130' INT TERM

"$@"
status=$?
exit "$status"
