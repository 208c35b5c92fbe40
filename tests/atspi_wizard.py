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

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402
import pyatspi  # noqa: E402

INPUT_ROLES = {
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
}
BUTTON_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
}
LABEL_ROLES = {pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC}

# Exit code for "the X server cannot be used" (xvfb-atspi.sh then tries a new one).
X_UNUSABLE = 75

T0 = time.monotonic()


def elapsed():
    return time.monotonic() - T0


def log(msg):
    print(f"[{elapsed():6.2f}s] {msg}", flush=True)


class Abort(Exception):
    """A failure after which the flow cannot go on."""


class Checks:
    def __init__(self):
        self.passed = []
        self.failed = []
        self.warnings = []

    def ok(self, cond, what, detail=""):
        if cond:
            self.passed.append(what)
            log(f"ok   {what}")
        else:
            self.failed.append(f"{what}{': ' + detail if detail else ''}")
            log(f"FAIL {what}{': ' + detail if detail else ''}")
        return cond

    def warn(self, what):
        """Worth a look, but not a failure (Orca still reads the right words)."""
        if what not in self.warnings:
            self.warnings.append(what)
            log(f"WARN {what}")

    def must(self, cond, what, detail=""):
        if not self.ok(cond, what, detail):
            raise Abort(what)


checks = Checks()


# ---------------------------------------------------------------- AT-SPI reading


class Node:
    """A snapshot of one showing accessible: read once, compared later."""

    __slots__ = ("obj", "role", "role_name", "name", "states", "depth", "labelled_by", "label_for")

    def __init__(self, obj, depth):
        self.obj = obj
        self.depth = depth
        self.role = obj.getRole()
        self.role_name = obj.getRoleName()
        self.name = obj.name or ""
        self.states = obj.getState()
        self.labelled_by = []
        self.label_for = []
        try:
            for rel in obj.getRelationSet():
                kind = rel.getRelationType()
                targets = [rel.getTarget(i) for i in range(rel.getNTargets())]
                if kind == pyatspi.RELATION_LABELLED_BY:
                    self.labelled_by += targets
                elif kind == pyatspi.RELATION_LABEL_FOR:
                    self.label_for += targets
        except Exception:  # noqa: BLE001 - a widget that went away mid-read
            pass

    def has(self, state):
        return self.states.contains(state)

    def __str__(self):
        return f"{self.role_name} {self.name!r}"


def same(a, b):
    """One widget? libatspi hands out one object per (application, D-Bus path)."""
    return a == b


def snapshot(root):
    """All showing accessibles under root (hidden subtrees are skipped)."""
    out = []

    def walk(obj, depth):
        try:
            node = Node(obj, depth)
        except Exception:  # noqa: BLE001 - gone while walking (page switch)
            return
        if depth > 0 and not node.has(pyatspi.STATE_SHOWING):
            return
        out.append(node)
        try:
            count = obj.childCount
        except Exception:  # noqa: BLE001
            return
        for i in range(count):
            try:
                child = obj.getChildAtIndex(i)
            except Exception:  # noqa: BLE001
                continue
            if child is not None:
                walk(child, depth + 1)

    walk(root, 0)
    return out


def signature(nodes):
    return [(n.depth, int(n.role), n.name, tuple(sorted(int(x) for x in n.states.getStates())))
            for n in nodes]


def stable_snapshot(root, timeout=5):
    """A snapshot that two reads in a row agree on. One read is many calls, and the app
    keeps running between them: a read that crosses a page switch would mix the old
    page's buttons with the new page's fields."""
    deadline = time.monotonic() + timeout
    prev = snapshot(root)
    while True:
        cur = snapshot(root)
        if signature(cur) == signature(prev) or time.monotonic() >= deadline:
            return cur
        prev = cur


def text_length(obj):
    """Characters in a text field; works for password fields, whose text is not exposed."""
    try:
        return obj.queryText().characterCount
    except NotImplementedError:
        return -1


def text_of(obj):
    try:
        t = obj.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return None


def wait_for(what, predicate, timeout, interval=0.1):
    """Polls predicate() until it returns something truthy; bounded by timeout seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = predicate()
            if value:
                return value
        except Exception as e:  # noqa: BLE001 - the tree changes under us
            last_error = e
        if time.monotonic() >= deadline:
            extra = f" (last error: {last_error})" if last_error else ""
            log(f"timed out after {timeout:.0f}s waiting for {what}{extra}")
            return None
        time.sleep(interval)


# ---------------------------------------------------------------- X input


class Keyboard:
    """Key presses through XTEST into the X focus, as a user's keyboard would."""

    def __init__(self, pid):
        self.pid = pid
        self.wid = None

    def find_window(self, timeout):
        def search():
            r = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid), "--name", "Fansly Connect"],
                capture_output=True, text=True, timeout=5)
            ids = r.stdout.split()
            return ids[-1] if ids else None

        self.wid = wait_for("the app's X window", search, timeout)
        return self.wid

    def focus(self):
        # No window manager: windowactivate would wait for one forever; set the X focus.
        subprocess.run(["xdotool", "windowfocus", "--sync", self.wid], timeout=10, check=True)

    def key(self, *keys):
        self.focus()
        log(f"key  {' '.join(keys)}")
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], timeout=20, check=True)

    def type(self, text, shown=None):
        self.focus()
        log(f"type {shown if shown is not None else repr(text)}")
        subprocess.run(["xdotool", "type", "--delay", "40", text], timeout=30, check=True)


# ---------------------------------------------------------------- the app's pages

# Each page: how to recognize it, its title in the wizard header and the controls that
# must be there with exactly these names (role, name).
PAGES = {
    "key": {
        "title": "OnlyFansAPI key",
        "marker": (pyatspi.ROLE_PASSWORD_TEXT, "API key"),
        "expect": [
            (pyatspi.ROLE_PASSWORD_TEXT, "API key"),
            (pyatspi.ROLE_PUSH_BUTTON, "Next >"),
            (pyatspi.ROLE_PUSH_BUTTON, "Cancel"),
        ],
    },
    "creator": {
        "title": "Creator's Fansly account",
        "marker": (pyatspi.ROLE_TEXT, "Fansly username or email"),
        "expect": [
            (pyatspi.ROLE_TEXT, "Display name (optional)"),
            (pyatspi.ROLE_TEXT, "Fansly username or email"),
            (pyatspi.ROLE_PASSWORD_TEXT, "Password"),
            (pyatspi.ROLE_CHECK_BOX, "Connect even if this account is already connected"),
            (pyatspi.ROLE_PUSH_BUTTON, "Change API key"),
            (pyatspi.ROLE_PUSH_BUTTON, "< Back"),
            (pyatspi.ROLE_PUSH_BUTTON, "Next >"),
        ],
    },
    "proxy": {
        "title": "Proxy",
        "marker": (pyatspi.ROLE_RADIO_BUTTON, "Managed proxy"),
        "expect": [
            (pyatspi.ROLE_RADIO_BUTTON, "Managed proxy"),
            (pyatspi.ROLE_RADIO_BUTTON, "Custom proxy"),
            (pyatspi.ROLE_TEXT, "Proxy host"),
            (pyatspi.ROLE_TEXT, "Proxy port"),
            (pyatspi.ROLE_PUSH_BUTTON, "< Back"),
            (pyatspi.ROLE_PUSH_BUTTON, "Connect"),
        ],
    },
    "connecting": {
        "title": "Connecting",
        "marker": (pyatspi.ROLE_PROGRESS_BAR, "Connecting"),
        "expect": [(pyatspi.ROLE_PUSH_BUTTON, "Cancel login")],
    },
    "code": {
        "title": "Verification code",
        "marker": (pyatspi.ROLE_TEXT, "Verification code"),
        "expect": [
            (pyatspi.ROLE_TEXT, "Verification code"),
            (pyatspi.ROLE_PUSH_BUTTON, "Verify"),
            (pyatspi.ROLE_PUSH_BUTTON, "Cancel login"),
        ],
    },
    "done": {
        "title": "Connected",
        "marker": None,  # a label containing "is connected"
        "expect": [
            (pyatspi.ROLE_PUSH_BUTTON, "Connect another creator"),
            (pyatspi.ROLE_PUSH_BUTTON, "Finish"),
        ],
    },
}


def find(nodes, role, name=None, contains=None):
    for n in nodes:
        if n.role != role:
            continue
        if name is not None and n.name != name:
            continue
        if contains is not None and contains not in n.name:
            continue
        return n
    return None


def is_page(nodes, page):
    spec = PAGES[page]
    if spec["marker"] is None:
        return find(nodes, pyatspi.ROLE_LABEL, contains="is connected") is not None
    role, name = spec["marker"]
    return find(nodes, role, name) is not None


def focused(nodes):
    """The focused widget. A container whose focus proxy has the focus (PasswordField) also
    says "focused", so the deepest one (last in tree order) is the real one."""
    found = None
    for n in nodes:
        if n.role not in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW) and n.has(
                pyatspi.STATE_FOCUSED):
            found = n
    return found


def check_names(page, nodes):
    """Names of the page's focusable controls: present, equal to the visible label, unique."""
    labels = [n for n in nodes if n.role in LABEL_ROLES]
    # Focusable ones, and disabled ones too: Qt drops "focusable" while a widget is disabled
    # (Verify before a code is typed), but it gets the focus once enabled.
    controls = [n for n in nodes if (n.role in INPUT_ROLES or n.role in BUTTON_ROLES)
                and (n.has(pyatspi.STATE_FOCUSABLE) or not n.has(pyatspi.STATE_ENABLED))]
    log(f"{page}: " + ", ".join(
        str(c) + ("" if c.has(pyatspi.STATE_ENABLED) else " (disabled)") for c in controls))
    visible_texts = {n.name for n in labels} | {n.name for n in controls if n.role in BUTTON_ROLES}
    problems = []
    announced = {}  # input -> the name a screen reader says for it
    for c in controls:
        if not c.name.strip():
            problems.append(f"{c.role_name} without an accessible name")
            continue
        if c.role in BUTTON_ROLES:
            continue  # a button's visible label is its own text; checked against PAGES
        # The labels tied to this input, from either side of the buddy relation.
        tied = [lb for lb in labels if any(same(t, c.obj) for t in lb.label_for)]
        tied += [n for n in labels if any(same(t, n.obj) for t in c.labelled_by)
                 and not any(n is x for x in tied)]
        if c.role == pyatspi.ROLE_COMBO_BOX:
            # Qt on Linux names a combo box after its current item and gives its label as
            # the "labelled by" relation: Orca reads "Country, United States, combo box".
            if not tied:
                problems.append(f"combo box {c.name!r} has no label relation")
            else:
                announced[c] = tied[0].name
            continue
        announced[c] = c.name
        if tied and not c.labelled_by:
            checks.warn(f"{page}: {c} has no 'labelled by' relation (only its label says "
                        f"'label for'); Qt looks for buddy labels among the field's siblings only")
        for lb in tied:
            if lb.name != c.name:
                problems.append(f"{c} is labelled by {lb.name!r} on screen but named {c.name!r}")
        if not tied and c.name not in visible_texts:
            problems.append(f"{c}: no visible label or button text reads {c.name!r}")
    checks.ok(not problems, f"{page}: every focusable control has a name matching its visible label",
              "; ".join(problems))

    # Read-only values the keyboard can reach (selectable labels) in a form: their caption
    # should be tied to them, or a screen reader reads a bare value ("emailcreator").
    for lb in labels:
        if lb.label_for:
            for value in labels:
                if (value.has(pyatspi.STATE_FOCUSABLE) and value.depth == lb.depth
                        and not value.labelled_by and not value.label_for and value.name
                        and same(value.obj.parent, lb.obj.parent)):
                    checks.warn(f"{page}: focusable value label {value.name!r} has no caption "
                                f"('labelled by') relation, unlike the other values of its form")

    by_name = {}
    for c, name in announced.items():
        by_name.setdefault(name, []).append(c)
    dupes = {k: v for k, v in by_name.items() if len(v) > 1}
    checks.ok(not dupes, f"{page}: no two inputs share a name",
              "; ".join(f"{k!r} x{len(v)}" for k, v in dupes.items()))

    buttons = {}
    for c in controls:
        if c.role in BUTTON_ROLES:
            buttons.setdefault((c.role, c.name), []).append(c)
    dupes = [f"{v[0]} x{len(v)}" for v in buttons.values() if len(v) > 1]
    checks.ok(not dupes, f"{page}: no two buttons share a name", "; ".join(dupes))

    missing = [f"{Atspi.role_get_name(r)} {n!r}" for r, n in PAGES[page]["expect"]
               if find(controls, r, n) is None]
    checks.ok(not missing, f"{page}: expected controls with their visible names",
              "missing " + ", ".join(missing) + "; have " + ", ".join(str(c) for c in controls))
    checks.ok(find(labels, pyatspi.ROLE_LABEL, PAGES[page]["title"]) is not None,
              f"{page}: page title {PAGES[page]['title']!r} is exposed")


# ---------------------------------------------------------------- the flow


def find_app(proc, timeout):
    desktop = pyatspi.Registry.getDesktop(0)
    # No main loop runs here, so libatspi's cache would never hear of changes: read live.
    desktop.set_cache_mask(Atspi.Cache.NONE)
    found = []

    def search():
        if proc.poll() is not None:
            return True  # exited: nothing to wait for
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == proc.pid:
                found.append(app)
                return True
        return False

    wait_for(f"PID {proc.pid} in the AT-SPI desktop", search, timeout)
    return found[0] if found else None


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
                if w is not None and "Fansly Connect" in (w.name or "") and w.getState().contains(
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
        kb.key("Return")
        try:
            code = proc.wait(timeout=args.exit_timeout)
            exited_cleanly = True
            step("Finish (Enter) to process exit")
            checks.ok(code == 0, "the app exits with 0 after Finish",
                      f"exit code {code} (sanitizer report in {args.log}?)")
        except subprocess.TimeoutExpired:
            checks.ok(False, f"the app exits within {args.exit_timeout:.0f} s after Finish")
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


def shot(path):
    shot.taken = True
    try:
        r = subprocess.run(["import", "-window", "root", path], capture_output=True, timeout=20)
        if r.returncode == 0:
            log(f"screenshot saved: {path}")
        else:
            log(f"screenshot failed: {r.stderr.decode(errors='replace').strip()}")
    except subprocess.TimeoutExpired:
        log("screenshot timed out")


shot.taken = False


def stop(proc):
    """Ends the app by its PID: TERM, then KILL."""
    if proc.poll() is not None:
        return
    log(f"stopping the app (PID {proc.pid})")
    try:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
    except ProcessLookupError:
        pass


if __name__ == "__main__":
    sys.exit(main())
