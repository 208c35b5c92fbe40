#!/usr/bin/python3
"""Drives the real fansly-connect binary (--practice) as a screen-reader user would.

Runs inside an X server and a private session bus with the AT-SPI bus up (see
xvfb-atspi.sh, which sets that up and then runs this script). It

  1. starts the app (with --lang LANG unless English) and finds it in the AT-SPI desktop
     tree (by PID, bounded wait);
  2. on every visited page checks that each focusable input and button has a
     non-empty accessible name equal to its visible label (the label's text without
     the '&' mnemonic), that no two inputs share a name, and that the page's title and
     controls read as translations/fansly-connect_LANG.ts says, with nothing left in
     English; Qt's own Next/Back/Cancel/Finish are learned from the app and must not be
     the English ones either;
  3. walks the practice flow with the keyboard only (xdotool into the focused
     window): Enter on the API key page, username + Tab + password, Enter, Enter on
     "Connect", a wrong code + Enter on the code page (the refusal is read out in the
     language, focus stays on the code), "123456" + Enter, and reads every step's result
     back over AT-SPI (page titles, focused widget, typed text, status labels);
  4. checks the reading direction from the widgets' screen positions: labels before their
     fields and Back before Next (to the left, or to the right in Arabic), and the code's
     digits laid out left to right in every language;
  5. Enter on "Finish", then the accounts window: the new account's row says it is
     connected, the list, actions and menus are named in the language, in its direction;
  6. saves screenshots for humans (the code page after the wrong code: SCREENSHOT; the
     accounts window: SCREENSHOT with "-accounts" before ".png"; with FC_ATSPI_PAGE_SHOTS=1
     in the environment every page too, "-key", "-creator" ...), quits with Ctrl+Q (so
     sanitizers get their normal exit), and prints PASS/FAIL.

Every wait is bounded; the app is killed by PID if it does not exit. Exit code 0 only
if every check passed. Needs /usr/bin/python3 (pyatspi), xdotool and ImageMagick.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import time

import pyatspi

from atspi_i18n import QT_BUTTONS, box, isolated, left_of, same_row, unbidi
from atspi_support import (
    INPUT_ROLES,
    LABEL_ROLES,
    X_UNUSABLE,
    Abort,
    Keyboard,
    check_names,
    checks,
    done_headline,
    elapsed,
    find,
    find_app,
    focused,
    is_page,
    log,
    same,
    shot,
    snapshot,
    stable_snapshot,
    stop,
    text_length,
    text_of,
    tr,
    wait_for,
)

RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
WRONG_CODE, RIGHT_CODE = "654321", "123456"  # the simulator takes 123456 only


def check_order(what, first, second, rtl):
    """`first` comes before `second` in reading order: on its left, or its right in a
    right-to-left language."""
    try:
        a, b = box(first), box(second)
    except Exception as e:  # noqa: BLE001 - a widget that went away
        checks.ok(False, what, f"no extents: {e!r}")
        return
    checks.ok(left_of(b, a) if rtl else left_of(a, b), what,
              f"{first} at {a}, {second} at {b}")


def wizard_row(nodes):
    """The push buttons of the wizard's own button row (children of its top filler)."""
    return [n for n in nodes if n.role == pyatspi.ROLE_PUSH_BUTTON and n.depth == 2]


def learn_qt_button(english, node, where):
    """Qt's text for a wizard button, as the app shows it: kept for the rest of the run.
    In English it must be Qt's English; in any other language anything but that."""
    if not checks.ok(node is not None, f"{where}: Qt's {english!r} button is found"):
        raise Abort(f"no {english!r} button")
    tr.learn_qt(english, node.name)
    if tr.lang == "en":
        checks.ok(node.name == english, f"{where}: Qt's {english!r} reads {english!r}",
                  repr(node.name))
    else:
        checks.ok(node.name.strip() != "" and node.name != english,
                  f"{where}: Qt's {english!r} is translated ({node.name!r})", repr(node.name))


def check_labels_before_fields(page, nodes, rtl):
    """Each labelled input's label sits on its row, before it in reading order."""
    labels = [n for n in nodes if n.role in LABEL_ROLES and n.label_for]
    pairs = []
    for field in (n for n in nodes if n.role in INPUT_ROLES and n.has(pyatspi.STATE_SHOWING)):
        for lb in labels:
            if any(same(t, field.obj) for t in lb.label_for):
                pairs.append((lb, field))
                break
    checks.ok(bool(pairs), f"{page}: labelled fields found for the direction check")
    side = "right" if rtl else "left"
    for lb, field in pairs:
        check_order(f"{page}: the label {lb.name!r} is on the {side} of its field", lb, field, rtl)
        checks.ok(same_row(box(lb), box(field)), f"{page}: {lb.name!r} is on its field's row",
                  f"label at {box(lb)}, field at {box(field)}")


def check_isolated(what, english, shown, rtl, index=0, known_problem=None):
    """In right-to-left text, a left-to-right piece (a username, an email, the server's
    words) in placeholder `index` of message `english` is isolated, so its dots and
    brackets stay where they belong. Nothing to check in a left-to-right language."""
    if not rtl:
        return
    parts = tr.parts(english, shown)
    piece = parts[index] if parts and index < len(parts) else None
    what = f"{what} is isolated in the right-to-left text"
    detail = f"{piece!r} in {shown!r}"
    if known_problem:
        checks.expect_fail(piece is not None and isolated(piece), what, known_problem, detail)
    else:
        checks.ok(piece is not None and isolated(piece), what, detail)


def digits_left_to_right(node):
    """Screen x of each character of a text field: increasing means left to right."""
    t = node.obj.queryText()
    xs = [t.getCharacterExtents(i, pyatspi.DESKTOP_COORDS)[0] for i in range(t.characterCount)]
    return xs, all(a < b for a, b in zip(xs, xs[1:]))


def accounts_window(app, kb, args, rtl):
    """After Finish: the accounts window, in the language and its direction."""
    title = tr("Fansly Connect — Practice")

    def frame():
        for i in range(app.childCount):
            w = app.getChildAtIndex(i)
            if (w is not None and w.getRole() == pyatspi.ROLE_FRAME and w.name == title
                    and w.getState().contains(pyatspi.STATE_SHOWING)):
                return w
        return None

    win = wait_for("the accounts window", frame, 10)
    checks.must(win is not None, f"the accounts window {title!r} is there after Finish")
    checks.must(kb.find_window(10, name="^Fansly Connect") is not None,
                "the accounts window's X window is found")
    connected = tr("Connected", "AccountsModel")

    def new_row(s):
        cells = [n for n in s if n.role == pyatspi.ROLE_TABLE_CELL]
        user = next((c for c in cells if c.name == "emailcreator"), None)
        if user is None:
            return None
        row = [c for c in cells if same_row(box(c), box(user))]
        return s if any(c.name == connected for c in row) else None

    nodes = wait_for("the new account's row to say connected", lambda: new_row(
        stable_snapshot(win)), 15)
    checks.ok(nodes is not None, f"accounts: the new account's row says {connected!r}",
              "cells: " + ", ".join(repr(n.name) for n in snapshot(win)
                                   if n.role == pyatspi.ROLE_TABLE_CELL))
    nodes = nodes or stable_snapshot(win)
    table = find(nodes, pyatspi.ROLE_TABLE, tr("Accounts"))
    checks.ok(table is not None, f"accounts: the list is named {tr('Accounts')!r}")
    for action in ("Connect account…", "Re-authenticate", "Enter code…", "Disconnect…",
                   "Refresh"):
        checks.ok(find(nodes, pyatspi.ROLE_PUSH_BUTTON, tr(action)) is not None,
                  f"accounts: the action {tr(action)!r} is found by its name")
    menus = {}
    for menu in ("File", "Account", "View", "Language", "Help"):
        menus[menu] = find(nodes, pyatspi.ROLE_MENU_ITEM, tr(menu)) or find(
            nodes, pyatspi.ROLE_MENU, tr(menu))
        checks.ok(menus[menu] is not None, f"accounts: the menu {tr(menu)!r} is there")
    if tr.lang != "en":
        english = [str(n) for n in nodes if n.name and tr.is_english(n.name)]
        checks.ok(not english, "accounts: nothing is left in English", "; ".join(english))
    if menus["File"] is not None and menus["Help"] is not None:
        check_order(f"accounts: the menus run {'right to left' if rtl else 'left to right'}",
                    menus["File"], menus["Help"], rtl)
    # A row's cells, not the headers: Qt 6.4 reports header extents unmirrored (from
    # QHeaderView::sectionPosition) though the headers are drawn mirrored.
    cells = [n for n in nodes if n.role == pyatspi.ROLE_TABLE_CELL]
    user = next((c for c in cells if c.name == "emailcreator"), None)
    row = [c for c in cells if user is not None and same_row(box(c), box(user))]
    if checks.ok(len(row) >= 2, "accounts: the new account's row has its cells"):
        check_order(f"accounts: the columns run {'right to left' if rtl else 'left to right'} "
                    f"({row[0].name!r} first)", row[0], row[-1], rtl)
    root, ext = os.path.splitext(args.screenshot)
    shot(f"{root}-accounts{ext}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--app", required=True, help="the fansly-connect binary")
    ap.add_argument("--lang", default="en", help="the language to run the app in (--lang)")
    ap.add_argument("--translations", help="the folder with fansly-connect_LANG.ts")
    ap.add_argument("--screenshot", default="gui_xvfb_atspi.png")
    ap.add_argument("--log", default="gui_xvfb_atspi-app.log", help="the app's output")
    ap.add_argument("--exit-timeout", type=float, default=20.0)
    args = ap.parse_args()
    name = "gui_xvfb_atspi" + ("" if args.lang == "en" else f"_{args.lang}")
    rtl = args.lang in RIGHT_TO_LEFT
    shot_root, shot_ext = os.path.splitext(args.screenshot)

    def page_shot(page):
        """FC_ATSPI_PAGE_SHOTS=1: a picture of every page too (SCREENSHOT-<page>.png)."""
        if os.environ.get("FC_ATSPI_PAGE_SHOTS"):
            shot(f"{shot_root}-{page}{shot_ext}")

    def on_term(signum, _frame):
        raise Abort(f"signal {signum}")  # so that `finally` still stops the app

    signal.signal(signal.SIGTERM, on_term)

    for tool in ("xdotool", "import"):
        if subprocess.run(["sh", "-c", f"command -v {tool}"], capture_output=True).returncode:
            print(f"FAIL: {tool} not found", file=sys.stderr)
            return 1
    if args.lang != "en" and not args.translations:
        print("FAIL: --lang other than en needs --translations", file=sys.stderr)
        return 2
    tr.load(args.lang, args.translations)

    # The system speaks English; --lang is what switches the app.
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               LC_ALL="C.UTF-8", LANGUAGE="en")
    env.pop("QT_SCALE_FACTOR", None)
    command = [args.app, "--practice"] + ([] if args.lang == "en" else ["--lang", args.lang])
    app_log = open(args.log, "wb")
    log(f"starting {' '.join(command)} (output: {os.path.abspath(args.log)})")
    proc = subprocess.Popen(command, stdout=app_log, stderr=subprocess.STDOUT, env=env)
    kb = Keyboard(proc.pid)
    timings = {}
    step_start = time.monotonic()
    exited_cleanly = False

    def step(what):
        nonlocal step_start
        now = time.monotonic()
        timings[what] = now - step_start
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
        wizard_title = tr("Connect a Fansly account — Practice")

        def dialog():
            for i in range(app.childCount):
                w = app.getChildAtIndex(i)
                if w is not None and w.name == wizard_title and w.getState().contains(
                        pyatspi.STATE_SHOWING):
                    return w
            return None

        win = wait_for("the wizard window in the tree", dialog, 10)
        checks.must(win is not None, f"the wizard window {wizard_title!r} is exposed",
                    "windows: " + ", ".join(repr(app.getChildAtIndex(i).name)
                                            for i in range(app.childCount)))
        checks.must(kb.find_window(10, name="^" + re.escape(wizard_title) + "$") is not None,
                    "the wizard's X window is found")
        kb.focus()
        checks.must(wait_for("the window to become active",
                             lambda: win.getState().contains(pyatspi.STATE_ACTIVE), 10),
                    "the wizard window is active (has the keyboard)")

        def failed_login(s):
            return find(s, pyatspi.ROLE_LABEL, tr("Not connected", "DonePage")) is not None

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
            page_shot(page)
            return nodes

        def settle(page, predicate, what, timeout=10):
            """Re-reads the page until predicate(nodes) holds (focus lands a moment later)."""
            return wait_for(what, lambda: (lambda s: s if is_page(s, page) and predicate(s) else None)(
                snapshot(win)), timeout)

        def focus_is(english):
            return lambda s: focused(s) is not None and focused(s).name == tr(english)

        # --- 1. API key page: the practice key is filled in; Enter checks it. Qt's Next is
        # the default button of the row, Cancel the other one.
        nodes = on_page("key", 15)
        step("app start to key page")
        row = wizard_row(nodes)
        log("key: button row " + ", ".join(str(b) for b in row))
        checks.must(len(row) == 2, "key: the wizard's button row holds Next and Cancel",
                    ", ".join(str(b) for b in row))
        learn_qt_button("Next >", next((b for b in row if b.has(pyatspi.STATE_IS_DEFAULT)), None),
                        "key")
        learn_qt_button("Cancel", next((b for b in row if b.name != tr("Next >")), None), "key")
        check_names("key", nodes)
        key = find(nodes, pyatspi.ROLE_PASSWORD_TEXT, tr("API key"))
        checks.ok(text_length(key.obj) > 0, "key: the practice key is filled in")
        kb.key("Return")

        # --- 2. Creator page: Tab to the username, type it, Tab, password, Enter.
        nodes = on_page("creator", 20)
        step("key check (Enter) to creator page")
        back = [b for b in wizard_row(nodes) if b.name not in (tr("Next >"), tr("Cancel"))]
        checks.must(len(back) == 1, "creator: one more button in the row (Back)",
                    ", ".join(str(b) for b in back))
        learn_qt_button("< Back", back[0], "creator")
        check_names("creator", nodes)
        row = {b.name: b for b in wizard_row(nodes)}
        direction = "right to left" if rtl else "left to right"
        check_order(f"creator: Back, Next, Cancel run {direction}",
                    row[tr("< Back")], row[tr("Next >")], rtl)
        check_order("creator: Cancel comes after Next", row[tr("Next >")], row[tr("Cancel")], rtl)
        check_labels_before_fields("creator", nodes, rtl)
        nodes = settle("creator", lambda s: focused(s) is not None and focused(s).role in INPUT_ROLES,
                       "focus in a field on the creator page") or nodes
        f = focused(nodes)
        log(f"focus: {f}")
        if f is not None and f.name == tr("Display name (optional)"):
            kb.key("Tab")  # the optional name comes first; a user skips it
        nodes = settle("creator", focus_is("Fansly username or email"),
                       "focus on the username field")
        checks.must(nodes is not None,
                    f"creator: keyboard focus reaches {tr('Fansly username or email')!r}",
                    f"focus is on {focused(snapshot(win))}")
        kb.type("emailcreator")
        kb.key("Tab")
        nodes = settle("creator", focus_is("Password"), "focus on the password field")
        checks.must(nodes is not None, f"creator: Tab moves focus to {tr('Password')!r}",
                    f"focus is on {focused(snapshot(win))}")
        user = find(nodes, pyatspi.ROLE_TEXT, tr("Fansly username or email"))
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
        managed = find(nodes, pyatspi.ROLE_RADIO_BUTTON, tr("Managed proxy"))
        checks.ok(managed.has(pyatspi.STATE_CHECKED),
                  f"proxy: {tr('Managed proxy')!r} is checked by default")
        connect = find(nodes, pyatspi.ROLE_PUSH_BUTTON, tr("Connect"))
        checks.ok(connect is not None and connect.has(pyatspi.STATE_IS_DEFAULT),
                  f"proxy: {tr('Connect')!r} is the default button (Enter presses it)")
        kb.key("Return")

        # --- 4. Connecting page: the login's state is read out (a label with the status).
        states = {tr("Sending the login to OnlyFansAPI…", "ConnectionSession"),
                  tr("Logging in to Fansly…", "ConnectionSession")}

        def connecting_status(s):
            if not is_page(s, "connecting"):
                return None
            return [n for n in s if n.role == pyatspi.ROLE_LABEL and n.name in states]

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
                # The server's status, once polled, in words ("logging in"), not its token.
                server = [n.name for n in nodes if n.role == pyatspi.ROLE_LABEL
                          and tr.matches("Server status: %1", n.name)]
                if server:
                    checks.ok(not re.search(r"[a-z]+-[a-z]+", unbidi(server[0])),
                              f"connecting: the server status is in words ({server[0]!r})")
        checks.ok(bool(seen) or code_now, "connecting: the login status is exposed as a label",
                  f"none of {sorted(states)} seen on the connecting page")

        # --- 5. Code page: masked email exposed; a wrong code first, then the right one.
        nodes = on_page("code", 25)
        step("connecting page to code page")
        check_names("code", nodes)
        source = "Fansly sent a code to %1. Ask the creator to read it out."
        emailed = [n for n in nodes if n.role == pyatspi.ROLE_LABEL and "@" in n.name
                   and tr.matches(source, n.name)]
        checks.ok(bool(emailed), "code: the masked email address is exposed in a label",
                  "labels: " + ", ".join(repr(n.name) for n in nodes if n.role == pyatspi.ROLE_LABEL))
        if emailed:
            log(f"code source: {emailed[0].name!r}")
            check_isolated("code: the masked email", source, emailed[0].name, rtl)
        for who in ("Code for “%1”", "Code for “%1” (%2)"):
            creator = [n for n in nodes if n.role == pyatspi.ROLE_LABEL and tr.parts(who, n.name)]
            if creator:
                check_isolated("code: the creator's name", who, creator[0].name, rtl)
                break
        else:
            checks.ok(False, "code: the page names the creator whose code it asks for")
        code_name = tr("Verification code")

        def code_field(s):
            return find(s, pyatspi.ROLE_TEXT, code_name)

        nodes = settle("code", focus_is("Verification code"), "focus on the code field")
        checks.must(nodes is not None, f"code: focus is on {code_name!r}",
                    f"focus is on {focused(snapshot(win))}")
        label = next((n for n in nodes if n.role == pyatspi.ROLE_LABEL and n.label_for
                      and any(same(t, code_field(nodes).obj) for t in n.label_for)), None)
        if checks.ok(label is not None, "code: the code field has its label"):
            check_order(f"code: the label is on the {'right' if rtl else 'left'} of the code field",
                        label, code_field(nodes), rtl)

        kb.type(WRONG_CODE[:3] + " " + WRONG_CODE[3:])
        nodes = settle("code", lambda s: text_of(code_field(s).obj) == WRONG_CODE,
                       "the wrong code to read back", 5)
        checks.ok(nodes is not None, f"code: the typed code reads back as {WRONG_CODE!r}",
                  repr(text_of(code_field(snapshot(win)).obj)))
        kb.key("Return")
        refusal = "%1 Wrong codes so far: %2."

        def refused(s):
            return [n for n in s if n.role == pyatspi.ROLE_LABEL and tr.matches(refusal, n.name)]

        found = wait_for("the wrong code's refusal", lambda: refused(snapshot(win)), 15)
        step("wrong code (Enter) to its refusal")
        checks.must(bool(found), "code: a wrong code is refused in a label",
                    "labels: " + ", ".join(repr(n.name) for n in snapshot(win)
                                           if n.role == pyatspi.ROLE_LABEL and n.name))
        said = found[0].name
        log(f"refusal: {said!r}")
        sentence = tr("The code was not accepted. Check it and try again.")
        checks.ok(unbidi(said).startswith(sentence),
                  f"code: the refusal starts with the app's own sentence {sentence!r}", repr(said))
        if tr.lang != "en":
            checks.ok(not tr.is_english(said), "code: the refusal is not in English", repr(said))
        reason = tr.parts(refusal, said)
        reason = reason[0] if reason else ""
        if tr.parts("%1 (reason given: %2)", reason):
            check_isolated("code: the server's reason", "%1 (reason given: %2)", reason, rtl,
                           index=1)
        nodes = settle("code", lambda s: focus_is("Verification code")(s)
                       and code_field(s).has(pyatspi.STATE_EDITABLE), "focus back on the code", 5)
        checks.ok(nodes is not None, "code: focus is back in the code field after the refusal",
                  f"focus is on {focused(snapshot(win))}")
        shot(args.screenshot)

        # The refused code is selected: typing replaces it.
        kb.type(RIGHT_CODE)
        nodes = settle("code", lambda s: text_of(code_field(s).obj) == RIGHT_CODE,
                       "the code to read back", 5)
        checks.ok(nodes is not None, f"code: {RIGHT_CODE!r} typed over the wrong code reads back "
                  f"as {RIGHT_CODE!r}", repr(text_of(code_field(snapshot(win)).obj)))
        if nodes is not None:
            xs, ltr = digits_left_to_right(code_field(nodes))
            checks.ok(ltr, "code: the digits are laid out left to right", f"x of each digit: {xs}")
        verify = find(nodes or snapshot(win), pyatspi.ROLE_PUSH_BUTTON, tr("Verify"))
        checks.ok(verify is not None and verify.has(pyatspi.STATE_ENABLED),
                  f"code: {tr('Verify')!r} is enabled with a plausible code")
        kb.key("Return")

        # --- 6. Done page: "“…” is connected."; Qt's Finish is the default button.
        nodes = on_page("done", 25)
        step("Verify (Enter) to done page")
        headline = done_headline(nodes).name
        log(f"done headline: {headline!r}")
        if tr.parts("“%1” is connected.", headline):
            check_isolated("done: the account's name", "“%1” is connected.", headline, rtl)
        learn_qt_button("Finish", next((b for b in wizard_row(nodes)
                                        if b.has(pyatspi.STATE_IS_DEFAULT)), None), "done")
        check_names("done", nodes)
        nodes = settle("done", lambda s: focused(s) is not None
                       and done_headline([focused(s)]) is not None, "focus on the headline", 5)
        checks.ok(nodes is not None, "done: focus is on the headline, so it is read first",
                  f"focus is on {focused(snapshot(win))}")
        names = [tr(b) for b in QT_BUTTONS]
        checks.ok(len(set(names)) == len(names), "Qt's Next, Back, Cancel and Finish differ",
                  repr(names))

        # The app ignores Enter for 0.4 s after the result appears (it was meant for the page
        # before); a person reads the result first.
        time.sleep(0.6)
        kb.key("Return")
        step("done page to Finish")
        # --- 7. The wizard closes; the accounts window stays until Quit (Ctrl+Q).
        accounts_window(app, kb, args, rtl)
        step("accounts window checked")
        kb.key("ctrl+q")
        try:
            code = proc.wait(timeout=args.exit_timeout)
            exited_cleanly = True
            step("Quit (Ctrl+Q) to process exit")
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
    for what, secs in timings.items():
        print(f"  {secs:6.2f} s  {what}")
    print(f"  {elapsed():6.2f} s  total")
    if checks.failed:
        print("\napp output (tail):")
        try:
            with open(args.log, "rb") as fh:
                tail = fh.read().decode("utf-8", "replace").splitlines()[-60:]
            print("\n".join("  | " + line for line in tail))
        except OSError:
            pass
    if checks.expected:
        print("\nknown problems of the app (expected failures, reported):")
        for x in checks.expected:
            print(f"  XFAIL {x}")
    if checks.warnings:
        print("\naccessibility warnings (not failures):")
        for w in checks.warnings:
            print(f"  WARN {w}")
    print(f"\nscreenshot: {os.path.abspath(args.screenshot)}")
    if checks.failed:
        print(f"{name}: FAIL ({len(checks.failed)} of "
              f"{len(checks.failed) + len(checks.passed)} checks failed)")
        for f in checks.failed:
            print(f"  FAIL {f}")
        return 1
    print(f"{name}: PASS ({len(checks.passed)} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
