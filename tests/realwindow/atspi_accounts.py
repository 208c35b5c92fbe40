#!/usr/bin/python3
"""Drives the accounts window of the real fansly-connect binary (--practice) by keyboard,
reading it back over AT-SPI as a screen reader would.

Runs inside xvfb-atspi.sh --accounts (an X server, a private session bus, the AT-SPI bus).
It starts the app, accepts the practice key in the wizard and closes the wizard, then in
the accounts window: finds the list ("Accounts") and the actions by their accessible
names, filters to the expired demo account (Ctrl+F, typing, Down), re-authenticates it
(Ctrl+R), opens its code entry (Enter), types the code and verifies (Enter), waits until
its row says "Connected", takes a screenshot, and quits (Ctrl+Q). Exit code 0 only if
every check passed.
"""

import argparse
import os
import signal
import subprocess
import sys

import pyatspi

from atspi_support import (
    X_UNUSABLE,
    Abort,
    Keyboard,
    checks,
    find,
    find_app,
    focused,
    is_page,
    log,
    shot,
    snapshot,
    stable_snapshot,
    stop,
    wait_for,
)

ACTIONS = ["Connect account…", "Re-authenticate", "Enter code…", "Disconnect…", "Refresh"]


def window(app, contains, role=None):
    for i in range(app.childCount):
        w = app.getChildAtIndex(i)
        if w is None or contains not in (w.name or ""):
            continue
        if role is not None and w.getRole() != role:
            continue
        if w.getState().contains(pyatspi.STATE_SHOWING):
            return w
    return None


def cells(nodes):
    return [n.name for n in nodes if n.role == pyatspi.ROLE_TABLE_CELL]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--app", required=True)
    ap.add_argument("--screenshot", default="gui_xvfb_accounts.png")
    ap.add_argument("--log", default="gui_xvfb_accounts-app.log")
    args = ap.parse_args()

    def on_term(signum, _frame):
        raise Abort(f"signal {signum}")

    signal.signal(signal.SIGTERM, on_term)
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               LC_ALL="C.UTF-8", LANGUAGE="en")
    env.pop("QT_SCALE_FACTOR", None)
    app_log = open(args.log, "wb")
    log(f"starting {args.app} --practice")
    proc = subprocess.Popen([args.app, "--practice"], stdout=app_log, stderr=subprocess.STDOUT,
                            env=env)
    kb = Keyboard(proc.pid)
    try:
        app = find_app(proc, 15)
        if app is None and proc.poll() is not None and b"could not connect to display" in open(
                args.log, "rb").read():
            return X_UNUSABLE
        checks.must(app is not None, "the app appears in the AT-SPI desktop within 15 s")

        # The first minute as today: the wizard over the window, at its key page.
        wizard = wait_for("the wizard", lambda: window(app, "Connect a Fansly account"), 10)
        checks.must(wizard is not None, "the wizard opens over the accounts window")
        checks.must(kb.find_window(10) is not None, "the wizard's X window is found")
        checks.must(wait_for("the key page", lambda: is_page(stable_snapshot(wizard), "key"), 10),
                    "the wizard starts at the key page")
        kb.key("Return")
        checks.must(wait_for("the creator page",
                             lambda: is_page(stable_snapshot(wizard), "creator"), 10),
                    "the practice key is accepted")
        kb.key("Escape")
        checks.must(wait_for("the wizard to close",
                             lambda: window(app, "Connect a Fansly account") is None, 10),
                    "Esc closes the wizard (nothing typed)")

        main_win = wait_for("the accounts window", lambda: window(
            app, "Fansly Connect", pyatspi.ROLE_FRAME), 10)
        checks.must(main_win is not None, "the accounts window is exposed")
        checks.must(kb.find_window(10, name="^Fansly Connect") is not None,
                    "the accounts window's X window is found")
        kb.focus()
        nodes = wait_for("the demo accounts", lambda: (
            lambda s: s if "Expired Demo" in cells(s) else None)(stable_snapshot(main_win)), 15)
        checks.must(nodes is not None, "the list shows the practice demo accounts")
        checks.ok(find(nodes, pyatspi.ROLE_TABLE, "Accounts") is not None,
                  "the list is named Accounts")
        for name in ACTIONS:
            checks.ok(find(nodes, pyatspi.ROLE_PUSH_BUTTON, name) is not None,
                      f"the action {name!r} is found by its name")
        checks.ok(find(nodes, pyatspi.ROLE_TABLE_CELL, "Not connected (session expired)")
                  is not None, "the expired account says so in words")
        checks.ok(find(nodes, pyatspi.ROLE_LABEL, contains="Practice mode") is not None,
                  "the practice banner is shown")
        for menu in ("File", "Account", "View", "Help"):
            checks.ok(find(nodes, pyatspi.ROLE_MENU_ITEM, menu) is not None or find(
                nodes, pyatspi.ROLE_MENU, menu) is not None, f"the {menu} menu is there")

        # Keyboard only: filter, into the list, re-authenticate.
        kb.key("ctrl+f")
        kb.type("expired")
        kb.key("Down")
        got = wait_for("the expired row selected", lambda: (
            lambda f: f if f is not None and f.name == "Expired Demo" else None)(
                focused(snapshot(main_win))), 5)
        checks.ok(got is not None, "Down from the filter selects the expired account",
                  f"focus is on {focused(snapshot(main_win))}")
        kb.key("ctrl+r")
        checks.must(wait_for("Code needed", lambda: find(
            snapshot(main_win), pyatspi.ROLE_TABLE_CELL, "Code needed"), 15) is not None,
            "after Ctrl+R the row says Code needed")
        kb.key("Return")
        dialog = wait_for("the code dialog", lambda: window(
            app, "Verification code for Expired Demo"), 10)
        checks.must(dialog is not None, "Enter opens the code entry named after the creator")
        checks.must(kb.find_window(10, name="Verification code for Expired Demo") is not None,
                    "the code dialog's X window is found")
        dnodes = stable_snapshot(dialog)
        checks.ok(find(dnodes, pyatspi.ROLE_TEXT, "Verification code") is not None,
                  "the code field is named Verification code")
        checks.ok(find(dnodes, pyatspi.ROLE_PUSH_BUTTON, "Verify") is not None,
                  "the Verify button is named")
        kb.type("123456")
        kb.key("Return")
        checks.must(wait_for("the dialog to close", lambda: window(
            app, "Verification code for Expired Demo") is None, 15),
            "the dialog closes once the code is accepted")
        kb.find_window(10, name="^Fansly Connect")
        ok = wait_for("Connected", lambda: (
            lambda s: s if find(s, pyatspi.ROLE_TABLE_CELL, "Connected") is not None
            and find(s, pyatspi.ROLE_TABLE_CELL, "Code needed") is None else None)(
                snapshot(main_win)), 15)
        checks.ok(ok is not None, "the re-authenticated account's row says Connected")
        shot(args.screenshot)
        kb.key("ctrl+q")
        try:
            code = proc.wait(timeout=20)
            checks.ok(code == 0, "the app exits with 0 after Ctrl+Q", f"exit code {code}")
        except subprocess.TimeoutExpired:
            checks.ok(False, "the app exits within 20 s after Ctrl+Q")
    except Abort as e:
        if str(e).startswith("signal"):
            checks.ok(False, "the driver ran to the end", f"stopped by {e}")
    except Exception as e:  # noqa: BLE001 - report, never hang
        checks.ok(False, "no unexpected error in the driver", repr(e))
    finally:
        if not getattr(shot, "taken", False):
            shot(args.screenshot)
        stop(proc)
        app_log.close()
    if checks.failed:
        print("\napp output (tail):")
        with open(args.log, "rb") as fh:
            tail = fh.read().decode("utf-8", "replace").splitlines()[-40:]
        print("\n".join("  | " + line for line in tail))
    print(f"\nscreenshot: {os.path.abspath(args.screenshot)}")
    if checks.failed:
        print(f"gui_xvfb_accounts: FAIL ({len(checks.failed)} of "
              f"{len(checks.failed) + len(checks.passed)} checks failed)")
        for f in checks.failed:
            print(f"  FAIL {f}")
        return 1
    print(f"gui_xvfb_accounts: PASS ({len(checks.passed)} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
