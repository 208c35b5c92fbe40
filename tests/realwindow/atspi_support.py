#!/usr/bin/python3
"""Shared helpers for the AT-SPI drivers (atspi_wizard.py, atspi_crash_resume.py).

Reading the app's accessible tree (snapshots, pages, focus), bounded waits, pass/fail
bookkeeping, keyboard input through XTEST (xdotool), screenshots and stopping a process
by its PID. Runs under /usr/bin/python3 (pyatspi), inside the X server and session bus
that xvfb-atspi.sh sets up. Pages are described by their English texts; `tr`
(atspi_i18n.Catalog) turns them into the language the app runs in (English until a driver
calls tr.load).
"""

import os
import signal
import subprocess
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402
import pyatspi  # noqa: E402

from atspi_i18n import Catalog  # noqa: E402

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

# What the app says in the language under test: English -> shown text.
tr = Catalog()


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
        self.expected = []  # known problems of the app, each with its reason

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

    def expect_fail(self, cond, what, why, detail=""):
        """A check the app is known to fail today (`why`): its failure is reported but does
        not fail the run; once it passes, the run fails until the expectation is removed."""
        if cond:
            return self.ok(False, what, f"passes now, though expected to fail ({why}): remove "
                           "the expected failure")
        self.expected.append(f"{what}: {why}{' (' + detail + ')' if detail else ''}")
        log(f"XFAIL {what}{': ' + detail if detail else ''}")
        return False

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

    def find_window(self, timeout, name="Connect a Fansly account"):
        """The newest visible X window of the process whose title matches name (a regex);
        keys go there from now on."""
        def search():
            r = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid), "--name", name],
                capture_output=True, text=True, timeout=5)
            ids = r.stdout.split()
            return ids[-1] if ids else None

        what = "the app's X window" + ("" if name == "Connect a Fansly account" else f" {name!r}")
        self.wid = wait_for(what, search, timeout)
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
# must be there with exactly these names (role, name), in English: tr() gives what the app
# shows. A title is "text" or ("text", "context") when the text has two translations.
# "Next >", "< Back", "Cancel" and "Finish" are Qt's (tr learns them from the app).
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
        "title": ("Connected", "DonePage"),
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


def done_headline(nodes):
    """The done page's "“Name” is connected." (or "The account is connected.")."""
    for n in nodes:
        if n.role == pyatspi.ROLE_LABEL and (tr.matches("“%1” is connected.", n.name)
                                              or n.name == tr("The account is connected.")):
            return n
    return None


def title_of(page):
    title = PAGES[page]["title"]
    return tr(*title) if isinstance(title, tuple) else tr(title)


def is_page(nodes, page):
    spec = PAGES[page]
    if spec["marker"] is None:
        return done_headline(nodes) is not None
    role, name = spec["marker"]
    return find(nodes, role, tr(name)) is not None


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

    missing = [f"{Atspi.role_get_name(r)} {tr(n)!r}" for r, n in PAGES[page]["expect"]
               if find(controls, r, tr(n)) is None]
    checks.ok(not missing, f"{page}: expected controls with their visible names",
              "missing " + ", ".join(missing) + "; have " + ", ".join(str(c) for c in controls))
    checks.ok(find(labels, pyatspi.ROLE_LABEL, title_of(page)) is not None,
              f"{page}: page title {title_of(page)!r} is exposed")
    if tr.lang != "en":
        english = [str(n) for n in labels + controls if tr.is_english(n.name)]
        checks.ok(not english, f"{page}: nothing is left in English",
                  "; ".join(english))


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



# ---------------------------------------------------------------- pictures, stopping


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


def stop(proc, what="the app"):
    """Ends a process we started, by its PID: TERM, then KILL."""
    if proc.poll() is not None:
        return
    log(f"stopping {what} (PID {proc.pid})")
    try:
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
    except ProcessLookupError:
        pass
