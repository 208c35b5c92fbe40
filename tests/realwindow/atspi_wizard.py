#!/usr/bin/python3
"""Drives the real fansly-connect binary (--practice) as a screen-reader user would.

Runs inside an X server and a private session bus with the AT-SPI bus up (see
xvfb-atspi.sh, which sets that up and then runs this script). It

  1. starts the app and finds it in the AT-SPI desktop tree (by PID, bounded wait);
  2. on every visited page checks that each focusable input and button has a
     non-empty accessible name equal to its visible label (the label's text without
     the '&' mnemonic) and that no two inputs share a name;
  3. walks the practice flow with the keyboard only (xdotool into the focused
     window): Enter on the API key page, username + Tab + password, Enter, Enter on
     "Connect", "123 456" + Enter on the code page, and reads every step's result back
     over AT-SPI (page titles, focused widget, typed text, status labels);
  4. checks the connecting status and the code page's masked email are exposed;
  5. saves a screenshot of the screen for humans, closes the app with Enter on
     "Finish" (so sanitizers get their normal exit), and prints PASS/FAIL.

Every wait is bounded; the app is killed by PID if it does not exit. Exit code 0 only
if every check passed. Needs /usr/bin/python3 (pyatspi), xdotool and ImageMagick.
"""

import argparse
import os
import signal
import subprocess
import sys
import time

import pyatspi

from atspi_support import (
    INPUT_ROLES,
    X_UNUSABLE,
    Abort,
    Keyboard,
    check_names,
    checks,
    elapsed,
    find,
    find_app,
    focused,
    is_page,
    log,
    shot,
    snapshot,
    stable_snapshot,
    stop,
    text_length,
    text_of,
    wait_for,
)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--app", required=True, help="the fansly-connect binary")
    ap.add_argument("--screenshot", default="gui_xvfb_atspi.png")
    ap.add_argument("--log", default="gui_xvfb_atspi-app.log", help="the app's output")
    ap.add_argument("--exit-timeout", type=float, default=20.0)
    args = ap.parse_args()

    def on_term(signum, _frame):
        raise Abort(f"signal {signum}")  # so that `finally` still stops the app

    signal.signal(signal.SIGTERM, on_term)

    for tool in ("xdotool", "import"):
        if subprocess.run(["sh", "-c", f"command -v {tool}"], capture_output=True).returncode:
            print(f"FAIL: {tool} not found", file=sys.stderr)
            return 1

    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               LC_ALL="C.UTF-8", LANGUAGE="en")
    env.pop("QT_SCALE_FACTOR", None)
    app_log = open(args.log, "wb")
    log(f"starting {args.app} --practice (output: {os.path.abspath(args.log)})")
    proc = subprocess.Popen([args.app, "--practice"], stdout=app_log, stderr=subprocess.STDOUT,
                            env=env)
    kb = Keyboard(proc.pid)
    timings = {}
    step_start = time.monotonic()
    exited_cleanly = False

    def step(name):
        nonlocal step_start
        now = time.monotonic()
        timings[name] = now - step_start
        step_start = now

    try:
        # Stop waiting as soon as the app is gone (it could not start).
        app = find_app(proc, 15)
        if app is None and proc.poll() is not None and b"could not connect to display" in open(
                args.log, "rb").read():
            # The X server, not the app: the wrapper tries again with a fresh one.
            log("the app could not connect to the X server")
            return X_UNUSABLE
        checks.must(app is not None, "the app appears in the AT-SPI desktop within 15 s",
                    f"exit code {proc.poll()}" if proc.poll() is not None else "")
        log(f"found application {app.name!r}")

        def dialog():
            for i in range(app.childCount):
                w = app.getChildAtIndex(i)
                if w is not None and "Connect a Fansly account" in (w.name or "") and w.getState().contains(
                        pyatspi.STATE_SHOWING):
                    return w
            return None

        win = wait_for("the wizard window in the tree", dialog, 10)
        checks.must(win is not None, "the wizard window is exposed")
        checks.must(kb.find_window(10) is not None, "the wizard's X window is found")
        kb.focus()
        checks.must(wait_for("the window to become active",
                             lambda: win.getState().contains(pyatspi.STATE_ACTIVE), 10),
                    "the wizard window is active (has the keyboard)")

        def failed_login(s):
            return find(s, pyatspi.ROLE_LABEL, "Not connected") is not None

        def on_page(page, timeout):
            nodes = wait_for(f"page {page!r}", lambda: (
                lambda s: s if is_page(s, page) or failed_login(s) else None)(
                    stable_snapshot(win)), timeout)
            if nodes is not None and not is_page(nodes, page):
                # The wizard went to its "Not connected" page: say why instead of waiting.
                texts = [n.name for n in nodes if n.role == pyatspi.ROLE_LABEL and n.name]
                checks.must(False, f"page {page!r} shows", "the login failed: " + " | ".join(texts))
            checks.must(nodes is not None, f"page {page!r} shows within {timeout:.0f} s",
                        f"showing: {', '.join(str(n) for n in snapshot(win) if n.name)}")
            return nodes

        def settle(page, predicate, what, timeout=10):
            """Re-reads the page until predicate(nodes) holds (focus lands a moment later)."""
            return wait_for(what, lambda: (lambda s: s if is_page(s, page) and predicate(s) else None)(
                snapshot(win)), timeout)

        # --- 1. API key page: the practice key is filled in; Enter checks it.
        nodes = on_page("key", 15)
        step("app start to key page")
        check_names("key", nodes)
        key = find(nodes, pyatspi.ROLE_PASSWORD_TEXT, "API key")
        checks.ok(text_length(key.obj) > 0, "key: the practice key is filled in")
        kb.key("Return")

        # --- 2. Creator page: Tab to the username, type it, Tab, password, Enter.
        nodes = on_page("creator", 20)
        step("key check (Enter) to creator page")
        check_names("creator", nodes)
        nodes = settle("creator", lambda s: focused(s) is not None and focused(s).role in INPUT_ROLES,
                       "focus in a field on the creator page") or nodes
        f = focused(nodes)
        log(f"focus: {f}")
        if f is not None and f.name == "Display name (optional)":
            kb.key("Tab")  # the optional name comes first; a user skips it
        nodes = settle("creator", lambda s: focused(s) is not None
                       and focused(s).name == "Fansly username or email",
                       "focus on the username field")
        checks.must(nodes is not None, "creator: keyboard focus reaches 'Fansly username or email'",
                    f"focus is on {focused(snapshot(win))}")
        kb.type("emailcreator")
        kb.key("Tab")
        nodes = settle("creator", lambda s: focused(s) is not None and focused(s).name == "Password",
                       "focus on the password field")
        checks.must(nodes is not None, "creator: Tab moves focus to 'Password'",
                    f"focus is on {focused(snapshot(win))}")
        user = find(nodes, pyatspi.ROLE_TEXT, "Fansly username or email")
        checks.ok(text_of(user.obj) == "emailcreator", "creator: the typed username reads back",
                  repr(text_of(user.obj)))
        kb.type("practice-pass", shown="<password>")
        nodes = settle("creator", lambda s: text_length(focused(s).obj) == len("practice-pass"),
                       "the password to be typed")
        checks.ok(nodes is not None, "creator: the password field holds what was typed")
        kb.key("Return")

        # --- 3. Proxy page: managed proxy is the default; Enter presses "Connect".
        nodes = on_page("proxy", 15)
        step("creator page (typing, Enter) to proxy page")
        check_names("proxy", nodes)
        managed = find(nodes, pyatspi.ROLE_RADIO_BUTTON, "Managed proxy")
        checks.ok(managed.has(pyatspi.STATE_CHECKED), "proxy: 'Managed proxy' is checked by default")
        connect = find(nodes, pyatspi.ROLE_PUSH_BUTTON, "Connect")
        checks.ok(connect is not None and connect.has(pyatspi.STATE_IS_DEFAULT),
                  "proxy: 'Connect' is the default button (Enter presses it)")
        kb.key("Return")

        # --- 4. Connecting page: the login's state is read out (a label with the status).
        def connecting_status(s):
            if not is_page(s, "connecting"):
                return None
            # Past the title, subtitle and banner: the status label that changes with the login.
            return [n for n in s if n.role == pyatspi.ROLE_LABEL and n.name
                    and ("Fansly" in n.name or "OnlyFansAPI" in n.name) and "…" in n.name]

        seen = wait_for("the connecting status", lambda: connecting_status(snapshot(win)), 15)
        code_now = is_page(snapshot(win), "code")
        step("Connect (Enter) to connecting page")
        if seen:
            log(f"connecting status: {seen[0].name!r}")
            nodes = stable_snapshot(win)
            if is_page(nodes, "connecting"):
                check_names("connecting", nodes)
                f = settle("connecting", lambda s: focused(s) is not None
                           and focused(s).role == pyatspi.ROLE_LABEL, "focus on the status", 5)
                f = focused(f) if f else None
                checks.ok(f is not None and f.name != "",
                          "connecting: focus is on the status text, not on 'Cancel login'",
                          f"focus is on {focused(snapshot(win))}")
        checks.ok(bool(seen) or code_now, "connecting: the login status is exposed as a label",
                  "no status label seen on the connecting page")

        # --- 5. Code page: masked email exposed; type the code with a space; Enter verifies.
        nodes = on_page("code", 25)
        step("connecting page to code page")
        check_names("code", nodes)
        emailed = [n for n in nodes if n.role == pyatspi.ROLE_LABEL and "@" in n.name]
        checks.ok(bool(emailed), "code: the masked email address is exposed in a label",
                  "labels: " + ", ".join(repr(n.name) for n in nodes if n.role == pyatspi.ROLE_LABEL))
        if emailed:
            log(f"code source: {emailed[0].name!r}")
        nodes = settle("code", lambda s: focused(s) is not None
                       and focused(s).name == "Verification code", "focus on the code field")
        checks.must(nodes is not None, "code: focus is on 'Verification code'",
                    f"focus is on {focused(snapshot(win))}")
        kb.type("123 456")
        nodes = settle("code", lambda s: text_of(find(s, pyatspi.ROLE_TEXT, "Verification code").obj)
                       == "123456", "the code to read back", 5)
        checks.ok(nodes is not None, "code: '123 456' reads back as '123456'",
                  repr(text_of(find(snapshot(win), pyatspi.ROLE_TEXT, "Verification code").obj)))
        verify = find(nodes or snapshot(win), pyatspi.ROLE_PUSH_BUTTON, "Verify")
        checks.ok(verify is not None and verify.has(pyatspi.STATE_ENABLED),
                  "code: 'Verify' is enabled with a plausible code")
        kb.key("Return")

        # --- 6. Done page: "... is connected."
        nodes = on_page("done", 25)
        step("Verify (Enter) to done page")
        headline = find(nodes, pyatspi.ROLE_LABEL, contains="is connected")
        log(f"done headline: {headline.name!r}")
        check_names("done", nodes)
        nodes = settle("done", lambda s: focused(s) is not None and "is connected" in focused(s).name,
                       "focus on the headline", 5)
        checks.ok(nodes is not None, "done: focus is on the headline, so it is read first",
                  f"focus is on {focused(snapshot(win))}")

        # Pictures for humans, then leave the way a user does: Enter on "Finish".
        shot(args.screenshot)
        # The app ignores Enter for 0.4 s after the result appears (it was meant for the page
        # before); a person reads the result first.
        time.sleep(0.6)
        kb.key("Return")
        # The wizard closes; the accounts window stays until Quit (Ctrl+Q).
        checks.must(kb.find_window(10, name="^Fansly Connect") is not None,
                    "the accounts window is there after Finish")
        kb.key("ctrl+q")
        try:
            code = proc.wait(timeout=args.exit_timeout)
            exited_cleanly = True
            step("Finish (Enter) to process exit")
            checks.ok(code == 0, "the app exits with 0 after Finish and Quit",
                      f"exit code {code} (sanitizer report in {args.log}?)")
        except subprocess.TimeoutExpired:
            checks.ok(False, f"the app exits within {args.exit_timeout:.0f} s after Finish and Quit")
    except Abort as e:
        if str(e).startswith("signal"):
            checks.ok(False, "the driver ran to the end", f"stopped by {e}")
    except Exception as e:  # noqa: BLE001 - report, never hang
        checks.ok(False, "no unexpected error in the driver", repr(e))
    finally:
        if not exited_cleanly:
            if not shot.taken:
                shot(args.screenshot)
            stop(proc)
        app_log.close()

    print()
    print("timings:")
    for name, secs in timings.items():
        print(f"  {secs:6.2f} s  {name}")
    print(f"  {elapsed():6.2f} s  total")
    if checks.failed:
        print("\napp output (tail):")
        try:
            with open(args.log, "rb") as fh:
                tail = fh.read().decode("utf-8", "replace").splitlines()[-60:]
            print("\n".join("  | " + line for line in tail))
        except OSError:
            pass
    if checks.warnings:
        print("\naccessibility warnings (not failures):")
        for w in checks.warnings:
            print(f"  WARN {w}")
    print(f"\nscreenshot: {os.path.abspath(args.screenshot)}")
    if checks.failed:
        print(f"gui_xvfb_atspi: FAIL ({len(checks.failed)} of "
              f"{len(checks.failed) + len(checks.passed)} checks failed)")
        for f in checks.failed:
            print(f"  FAIL {f}")
        return 1
    print(f"gui_xvfb_atspi: PASS ({len(checks.passed)} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
