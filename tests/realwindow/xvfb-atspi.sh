#!/bin/sh
# Runs an AT-SPI driver against the real app in a throwaway X server and session bus:
#   sh xvfb-atspi.sh [--lang CODE] APP [SCREENSHOT]
#       atspi_wizard.py: the practice flow (gui_xvfb_atspi), in English or, with --lang,
#       in that language (gui_xvfb_atspi_es, gui_xvfb_atspi_ar), checked against
#       translations/fansly-connect_CODE.ts
#   sh xvfb-atspi.sh --accounts APP [SCREENSHOT]
#       atspi_accounts.py: the accounts window by keyboard (gui_xvfb_accounts)
#   sh xvfb-atspi.sh --crash-resume SIMULATOR APP [SCREENSHOT]
#       atspi_crash_resume.py: a pending login survives kill -9 (gui_xvfb_crash_resume), on
#       a session bus that can start the AT-SPI bus but no Secret Service (so the API key
#       is kept in memory only)
# Outside: starts Xvfb (xvfb-run -a) and a private session bus (dbus-run-session) and runs
# itself again inside them. Inside: a fresh HOME, DISPLAY handed to the bus's activation
# environment (at-spi-bus-launcher needs it, and without it typed keys vanish), the AT-SPI
# bus started before the app (Qt only watches for it; it does not start it), then the driver.
# The app's output goes to gui_xvfb_atspi-app.log (gui_xvfb_atspi_CODE-app.log,
# gui_xvfb_crash_resume-*.log) next to the screenshot.
set -u

here=$(cd "$(dirname "$0")" && pwd)
usage="usage: $0 [--accounts | --lang CODE] APP [SCREENSHOT]
       $0 --crash-resume SIMULATOR APP [SCREENSHOT]"
mode=wizard
simulator=
lang=en
if [ "${1:-}" = "--lang" ]; then
    lang=${2:-}
    case $lang in
        "" | *[!A-Za-z_]*)
            echo "$usage" >&2
            exit 2
            ;;
    esac
    shift 2
fi
if [ "${1:-}" = "--accounts" ]; then
    mode=accounts
    shift
fi
if [ "${1:-}" = "--crash-resume" ]; then
    mode=crash-resume
    simulator=${2:-}
    if [ $# -lt 2 ] || [ -z "$simulator" ]; then
        echo "$usage" >&2
        exit 2
    fi
    shift 2
fi
if [ $# -lt 1 ] || { [ "$lang" != en ] && [ "$mode" != wizard ]; }; then
    echo "$usage" >&2
    exit 2
fi

# Exit code of the inner run when the X server it got cannot be used: try another one.
x_unusable=75

# Whether a process still runs: a zombie (exited, not yet reaped by whoever adopted it)
# has let go of its sockets and display lock already.
running() {
    [ -r "/proc/$1/stat" ] || return 1
    case $(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null) in
        Z* | X* | "") return 1 ;;
    esac
    return 0
}

if [ -z "${FC_ATSPI_INNER:-}" ]; then
    # The inner run writes "started <Xvfb PID>" to the marker once it is up. No marker: the
    # X server or the bus did not start (xvfb-run -a can lose a race for a display number).
    marker=$(mktemp "${TMPDIR:-/tmp}/fc-atspi.XXXXXX") || exit 1
    xvfb_log=$(mktemp "${TMPDIR:-/tmp}/fc-atspi-xvfb.XXXXXX") || exit 1
    bus_dir=
    trap 'rm -f "$marker" "$xvfb_log"; [ -z "$bus_dir" ] || rm -rf "$bus_dir"' EXIT
    trap 'exit 130' INT TERM
    if [ "$mode" = crash-resume ]; then
        # A session bus whose only activatable service is the AT-SPI bus: no gnome-keyring,
        # so QtKeychain finds no Secret Service (like no-secret-service.conf, plus AT-SPI).
        bus_dir=$(mktemp -d "${TMPDIR:-/tmp}/fc-atspi-bus.XXXXXX") || exit 1
        mkdir "$bus_dir/services"
        a11y_service=/usr/share/dbus-1/services/org.a11y.Bus.service
        if [ ! -r "$a11y_service" ]; then
            echo "xvfb-atspi.sh: $a11y_service not found (at-spi2-core)" >&2
            exit 1
        fi
        cp "$a11y_service" "$bus_dir/services/"
        cat >"$bus_dir/session.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$bus_dir/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
        set -- --crash-resume "$simulator" "$@"
    fi
    [ "$mode" = accounts ] && set -- --accounts "$@"
    [ "$lang" = en ] || set -- --lang "$lang" "$@"
    for attempt in 1 2 3; do
        : >"$marker"
        if [ -n "$bus_dir" ]; then
            FC_ATSPI_INNER=1 FC_ATSPI_MARKER="$marker" \
                xvfb-run -a -e "$xvfb_log" -s "-screen 0 1366x768x24 -noreset" \
                dbus-run-session --config-file="$bus_dir/session.conf" -- sh "$0" "$@"
        else
            FC_ATSPI_INNER=1 FC_ATSPI_MARKER="$marker" \
                xvfb-run -a -e "$xvfb_log" -s "-screen 0 1366x768x24 -noreset" \
                dbus-run-session -- sh "$0" "$@"
        fi
        rc=$?
        # xvfb-run sends Xvfb a TERM and does not wait. Wait here (bounded), so that the
        # next run cannot pick the display number of a server that is still going away.
        xvfb_pid=$(sed -n 's/^started //p' "$marker")
        if [ -n "$xvfb_pid" ]; then
            n=0
            while running "$xvfb_pid" && [ "$n" -lt 100 ]; do
                sleep 0.1
                n=$((n + 1))
            done
        fi
        if [ -n "$xvfb_pid" ] && [ "$rc" -ne "$x_unusable" ]; then
            exit "$rc"
        fi
        echo "xvfb-atspi.sh: no usable X server or session bus (attempt $attempt, rc $rc)" >&2
        sed 's/^/  Xvfb| /' "$xvfb_log" >&2
        sleep 1
    done
    exit 1
fi

# --- inside xvfb-run and dbus-run-session
app=$1
if [ "$mode" = crash-resume ]; then
    screenshot=${2:-$PWD/gui_xvfb_crash_resume.png}
elif [ "$mode" = accounts ]; then
    screenshot=${2:-$PWD/gui_xvfb_accounts.png}
elif [ "$lang" = en ]; then
    screenshot=${2:-$PWD/gui_xvfb_atspi.png}
else
    screenshot=${2:-$PWD/gui_xvfb_atspi_$lang.png}
fi
display_number=${DISPLAY#:}
display_number=${display_number%%.*}
xvfb_pid=$(tr -d ' \n' <"/tmp/.X$display_number-lock" 2>/dev/null)
echo "started ${xvfb_pid:-unknown}" >"$FC_ATSPI_MARKER"

FC_ATSPI_HOME=$(mktemp -d "${TMPDIR:-/tmp}/fc-atspi-home.XXXXXX") || exit 1
export FC_ATSPI_HOME
trap 'rm -rf "$FC_ATSPI_HOME"' EXIT
trap 'exit 130' INT TERM
export HOME="$FC_ATSPI_HOME" XDG_RUNTIME_DIR="$FC_ATSPI_HOME/run"
export XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache" XDG_DATA_HOME="$HOME/.local/share"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# The app is X-only here: no Wayland, no session manager, English text.
unset WAYLAND_DISPLAY SESSION_MANAGER QT_QPA_PLATFORMTHEME
export QT_QPA_PLATFORM=xcb LC_ALL=C.UTF-8 LANGUAGE=en
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1

echo "xvfb-atspi.sh: DISPLAY=$DISPLAY (Xvfb PID ${xvfb_pid:-?}), session bus $DBUS_SESSION_BUS_ADDRESS"
# The server must take our connections (with xvfb-run's cookie) before the app needs it.
n=0
until xdotool getdisplaygeometry >/dev/null 2>&1; do
    n=$((n + 1))
    if [ "$n" -ge 50 ]; then
        echo "xvfb-atspi.sh: cannot connect to X display $DISPLAY" >&2
        exit "$x_unusable"
    fi
    sleep 0.1
done

dbus-update-activation-environment DISPLAY XAUTHORITY HOME XDG_RUNTIME_DIR || {
    echo "xvfb-atspi.sh: dbus-update-activation-environment failed" >&2
    exit 1
}
# Starts at-spi-bus-launcher (and with it the AT-SPI bus and registry) through activation.
if ! timeout 20 dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
    org.a11y.Bus.GetAddress >/dev/null; then
    echo "xvfb-atspi.sh: the AT-SPI bus (org.a11y.Bus) did not start" >&2
    exit 1
fi

if [ "$mode" = crash-resume ]; then
    # The point of this bus: nobody provides the Secret Service here.
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.ListActivatableNames 2>/dev/null | grep -q 'org.freedesktop.secrets'; then
        echo "xvfb-atspi.sh: this bus can start a Secret Service" >&2
        exit 1
    fi
    unset GNOME_KEYRING_CONTROL
    timeout 100 /usr/bin/python3 "$here/atspi_crash_resume.py" --app "$app" \
        --simulator "$simulator" --screenshot "$screenshot"
    rc=$?
elif [ "$mode" = accounts ]; then
    timeout 100 /usr/bin/python3 "$here/atspi_accounts.py" --app "$app" --screenshot "$screenshot" \
        --log "$(dirname "$screenshot")/gui_xvfb_accounts-app.log"
    rc=$?
else
    timeout 100 /usr/bin/python3 "$here/atspi_wizard.py" --app "$app" --screenshot "$screenshot" \
        --lang "$lang" --translations "$here/../../translations" \
        --log "${screenshot%.png}-app.log"
    rc=$?
fi
[ "$rc" -eq 124 ] && echo "xvfb-atspi.sh: the driver did not finish within 100 s" >&2
exit "$rc"
