#!/usr/bin/python3
"""Proves that a pending connection survives a crash, with the real binaries.

Runs inside an X server and a private session bus that has the AT-SPI bus but no Secret
Service (see xvfb-atspi.sh --crash-resume), with a throwaway HOME. It

  1. starts fansly-connect-simulator --port 0 --fast and reads its address and its
     request log (method, path, status per request: category fc.simulator);
  2. starts fansly-connect --api-base-url ADDRESS (not --practice, which keeps nothing to
     resume) and, by keyboard only: types the API key (kept in memory only, as no
     keychain is there), the username "emailcreator" and a password, presses Connect and
     waits for the verification code page (read over AT-SPI);
  3. kill -9s the app (a crash: no clean-up), then checks the settings file holds the
     pending account id, and that no file under HOME holds the password or the API key;
  4. starts the app again with the same HOME and address, types the key again, reads the
     "Resume a login?" question (text and buttons) over AT-SPI, accepts it with Enter and
     checks it lands on the code page of the same account without a second login;
  5. types 123456 + Enter, waits for "... is connected", checks the pending entry is gone
     from the settings file, saves a screenshot and leaves with Enter on "Finish";
  6. stops the simulator and checks its log: exactly one POST /api/fansly/authenticate over
     both runs, no re-authentication, and the second run polled and verified the account
     the first one started.

Every wait is bounded; every process is ended by its PID. Exit code 0 only if every check
passed, with a FAIL list otherwise.
"""

import argparse
import os
import re
import secrets
import signal
import subprocess
import sys
import time

import pyatspi

from atspi_support import (
    X_UNUSABLE,
    Abort,
    Keyboard,
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

NAME = "gui_xvfb_crash_resume"
# The simulator accepts the key given with --key (and does not print it); made per run.
API_KEY = "sk-crash-" + secrets.token_hex(12)
USERNAME = "emailcreator"  # the simulator emails a code for it
CODE = "123456"
ACCOUNT_RE = re.compile(rb"fansly_acct_[A-Za-z0-9_-]+")


class Simulator:
    """fansly-connect-simulator on a free port; its output (address, request log) in a file."""

    def __init__(self, binary, log_path, env):
        self.log_path = log_path
        self.fh = open(log_path, "wb")
        log(f"starting {binary} --port 0 --fast --key <API key> "
            f"(output: {os.path.abspath(log_path)})")
        self.proc = subprocess.Popen([binary, "--port", "0", "--fast", "--key", API_KEY],
                                     stdin=subprocess.DEVNULL,
                                     stdout=self.fh, stderr=subprocess.STDOUT, env=env)
        self.url = None

    def text(self):
        with open(self.log_path, "rb") as fh:
            return fh.read().decode("utf-8", "replace")

    def wait_listening(self, timeout):
        def listening():
            if self.proc.poll() is not None:
                return True
            m = re.search(r"^Listening on (http://127\.0\.0\.1:\d+)\s*$", self.text(), re.M)
            if m:
                self.url = m.group(1)
            return self.url
        wait_for("the simulator's 'Listening on' line", listening, timeout)
        return self.url

    def requests(self):
        """(method, path, status) of every request logged so far."""
        return re.findall(r"fc\.simulator: (\w+) (\S+) -> (\S+)", self.text())

    def close(self):
        stop(self.proc, "the simulator")
        self.fh.close()


class App:
    """One run of fansly-connect; its output in its own file."""

    def __init__(self, binary, url, log_path, env, run):
        self.log_path = log_path
        self.fh = open(log_path, "wb")
        self.run = run
        log(f"run {run}: starting {binary} --api-base-url {url} "
            f"(output: {os.path.abspath(log_path)})")
        self.proc = subprocess.Popen([binary, "--api-base-url", url], stdin=subprocess.DEVNULL,
                                     stdout=self.fh, stderr=subprocess.STDOUT, env=env)
        self.kb = Keyboard(self.proc.pid)
        self.app = None
        self.win = None

    def output(self):
        with open(self.log_path, "rb") as fh:
            return fh.read()

    def attach(self):
        """Finds the app over AT-SPI and its wizard window in X; gives it the keyboard."""
        self.app = find_app(self.proc, 15)
        if self.app is None and self.proc.poll() is not None and b"could not connect to display" \
                in self.output():
            return False
        checks.must(self.app is not None, f"run {self.run}: the app appears in the AT-SPI desktop "
                    "within 15 s", f"exit code {self.proc.poll()}" if self.proc.poll() is not None
                    else "")

        def dialog():
            for i in range(self.app.childCount):
                w = self.app.getChildAtIndex(i)
                if w is not None and w.getRole() != pyatspi.ROLE_ALERT \
                        and "Connect a Fansly account" in (w.name or "") \
                        and w.getState().contains(pyatspi.STATE_SHOWING):
                    return w
            return None

        self.win = wait_for("the wizard window in the tree", dialog, 10)
        checks.must(self.win is not None, f"run {self.run}: the wizard window is exposed")
        checks.must(self.kb.find_window(10) is not None,
                    f"run {self.run}: the wizard's X window is found")
        self.kb.focus()
        checks.must(wait_for("the window to become active",
                             lambda: self.win.getState().contains(pyatspi.STATE_ACTIVE), 10),
                    f"run {self.run}: the wizard window is active (has the keyboard)")
        return True

    # --- reading pages

    def on_page(self, page, timeout):
        def failed_login(s):
            return find(s, pyatspi.ROLE_LABEL, "Not connected") is not None

        nodes = wait_for(f"page {page!r}", lambda: (
            lambda s: s if is_page(s, page) or failed_login(s) else None)(
                stable_snapshot(self.win)), timeout)
        if nodes is not None and not is_page(nodes, page):
            texts = [n.name for n in nodes if n.role == pyatspi.ROLE_LABEL and n.name]
            checks.must(False, f"run {self.run}: page {page!r} shows",
                        "the login failed: " + " | ".join(texts))
        checks.must(nodes is not None, f"run {self.run}: page {page!r} shows within {timeout:.0f} s",
                    f"showing: {', '.join(str(n) for n in snapshot(self.win) if n.name)}")
        return nodes

    def settle(self, page, predicate, what, timeout=10):
        return wait_for(what, lambda: (
            lambda s: s if is_page(s, page) and predicate(s) else None)(snapshot(self.win)), timeout)

    def focus_is(self, name):
        return lambda s: focused(s) is not None and focused(s).name == name

    # --- steps both runs share

    def enter_key(self):
        """Key page: waits until the saved-key check is over, checks nothing will be
        remembered (no keychain here), types the key and presses Enter."""
        r = self.run
        self.on_page("key", 20)

        def ready(s):
            f = focused(s)
            return (f is not None and f.name == "API key" and f.has(pyatspi.STATE_ENABLED)
                    and find(s, pyatspi.ROLE_LABEL, contains="Checking the saved") is None)

        nodes = self.settle("key", ready, "the key field to take input", 15)
        checks.must(nodes is not None, f"run {r}: key: focus is on an enabled 'API key' field",
                    f"focus is on {focused(snapshot(self.win))}")
        remember = find(nodes, pyatspi.ROLE_CHECK_BOX, "Remember in the system keychain")

        def keychain_notes():
            return [n.name for n in snapshot(self.win)
                    if n.role == pyatspi.ROLE_LABEL and "keychain" in n.name]

        # The note is set just before the focus moves; it may be exposed a moment later.
        notes = wait_for("the keychain note", keychain_notes, 5) or []
        log(f"key page keychain note: {notes[0] if notes else '(none)'!r}")
        if remember is not None:
            log(f"'Remember in the system keychain': "
                f"{'enabled' if remember.has(pyatspi.STATE_ENABLED) else 'disabled'}, "
                f"{'checked' if remember.has(pyatspi.STATE_CHECKED) else 'unchecked'}")
        checks.ok(remember is not None and not (remember.has(pyatspi.STATE_ENABLED)
                                                and remember.has(pyatspi.STATE_CHECKED)),
                  f"run {r}: key: 'Remember in the system keychain' is off (no Secret Service "
                  "on this bus)", "it is enabled and checked" if remember else "not found")
        checks.ok(bool(notes), f"run {r}: key: the page says the key is kept in memory only",
                  "no label mentions the keychain")
        checks.ok(text_length(nodes and find(nodes, pyatspi.ROLE_PASSWORD_TEXT, "API key").obj) == 0,
                  f"run {r}: key: the field starts empty (no key was kept)")
        self.kb.type(API_KEY, shown="<API key>")
        nodes = self.settle("key", lambda s: text_length(focused(s).obj) == len(API_KEY),
                            "the key to be typed", 5)
        checks.ok(nodes is not None, f"run {r}: key: the field holds what was typed")
        self.kb.key("Return")


def settings_files(config_home):
    out = []
    for d, _dirs, files in os.walk(config_home):
        out += [os.path.join(d, f) for f in files if f.endswith(".conf")]
    return sorted(out)


def read(path):
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return b""


def files_holding(root, needles):
    """Regular files under root that contain any of needles (bytes); sockets etc. skipped."""
    hits = []
    for d, _dirs, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            if os.path.islink(p) or not os.path.isfile(p):
                continue
            data = read(p)
            hits += [f"{p} holds the {what}" for what, needle in needles if needle in data]
    return hits


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--app", required=True, help="the fansly-connect binary")
    ap.add_argument("--simulator", required=True, help="the fansly-connect-simulator binary")
    ap.add_argument("--screenshot", default=f"{NAME}.png")
    ap.add_argument("--exit-timeout", type=float, default=20.0)
    args = ap.parse_args()
    out_dir = os.path.dirname(os.path.abspath(args.screenshot))

    def on_term(signum, _frame):
        raise Abort(f"signal {signum}")  # so that `finally` still stops what we started

    signal.signal(signal.SIGTERM, on_term)

    home = os.environ.get("HOME", "")
    config_home = os.environ.get("XDG_CONFIG_HOME", os.path.join(home, ".config"))
    if not home or home != os.environ.get("FC_ATSPI_HOME") or not os.path.isdir(home):
        print(f"FAIL: HOME={home!r} is not a throwaway directory; run me via xvfb-atspi.sh",
              file=sys.stderr)
        return 1

    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               LC_ALL="C.UTF-8", LANGUAGE="en", QT_LOGGING_RULES="fc.*.info=true")
    env.pop("QT_SCALE_FACTOR", None)
    env.pop("FANSLY_CONNECT_API_BASE_URL", None)
    # Unique, so that finding it anywhere on disk means it was written there.
    password = "crash-pw-" + secrets.token_hex(6)

    timings = {}
    step_start = time.monotonic()

    def step(name):
        nonlocal step_start
        now = time.monotonic()
        timings[name] = now - step_start
        step_start = now

    sim = None
    apps = []
    account = None
    crash_offset = 0
    try:
        # --- 1. The simulator.
        sim = Simulator(args.simulator, os.path.join(out_dir, f"{NAME}-simulator.log"), env)
        checks.must(sim.wait_listening(10) is not None,
                    "the simulator prints 'Listening on http://127.0.0.1:PORT' within 10 s",
                    f"exit code {sim.proc.poll()}; output: {sim.text()!r}")
        log(f"simulator at {sim.url}")
        step("simulator start")

        # --- 2. Run 1: key, creator, Connect, up to the code page.
        a = App(args.app, sim.url, os.path.join(out_dir, f"{NAME}-app1.log"), env, 1)
        apps.append(a)
        if not a.attach():
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True,
                                   text=True, timeout=10)
            log(f"the app could not connect to the X server (DISPLAY={os.environ.get('DISPLAY')}, "
                f"XAUTHORITY={os.environ.get('XAUTHORITY')}; xdotool now: rc {probe.returncode} "
                f"{(probe.stdout + probe.stderr).strip()!r})")
            return X_UNUSABLE
        step("run 1: app start to window")
        a.enter_key()

        nodes = a.on_page("creator", 20)
        step("run 1: key page to creator page")
        nodes = a.settle("creator", lambda s: focused(s) is not None
                         and focused(s).name in ("Display name (optional)", "Fansly username or email"),
                         "focus in a field on the creator page") or nodes
        if focused(nodes) is not None and focused(nodes).name == "Display name (optional)":
            a.kb.key("Tab")
        checks.must(a.settle("creator", a.focus_is("Fansly username or email"),
                             "focus on the username field") is not None,
                    "run 1: creator: focus reaches 'Fansly username or email'",
                    f"focus is on {focused(snapshot(a.win))}")
        a.kb.type(USERNAME)
        a.kb.key("Tab")
        nodes = a.settle("creator", a.focus_is("Password"), "focus on the password field")
        checks.must(nodes is not None, "run 1: creator: Tab moves focus to 'Password'",
                    f"focus is on {focused(snapshot(a.win))}")
        user = find(nodes, pyatspi.ROLE_TEXT, "Fansly username or email")
        checks.ok(text_of(user.obj) == USERNAME, "run 1: creator: the typed username reads back",
                  repr(text_of(user.obj)))
        a.kb.type(password, shown="<password>")
        checks.ok(a.settle("creator", lambda s: text_length(focused(s).obj) == len(password),
                           "the password to be typed", 5) is not None,
                  "run 1: creator: the password field holds what was typed")
        a.kb.key("Return")

        nodes = a.on_page("proxy", 15)
        connect = find(nodes, pyatspi.ROLE_PUSH_BUTTON, "Connect")
        checks.must(connect is not None and connect.has(pyatspi.STATE_IS_DEFAULT),
                    "run 1: proxy: 'Connect' is the default button (Enter presses it)")
        a.kb.key("Return")

        nodes = a.on_page("code", 25)
        step("run 1: creator page to code page")
        emailed = [n.name for n in nodes if n.role == pyatspi.ROLE_LABEL and "@" in n.name]
        log(f"run 1 code page: {emailed[0] if emailed else '(no masked address)'!r}")
        checks.ok(a.settle("code", a.focus_is("Verification code"), "focus on the code field")
                  is not None, "run 1: code: focus is on 'Verification code'")

        # --- 3. The crash.
        log(f"kill -9 the app (PID {a.proc.pid})")
        crash_offset = len(sim.requests())
        os.kill(a.proc.pid, signal.SIGKILL)
        try:
            rc = a.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            rc = None
        checks.must(rc == -signal.SIGKILL, "run 1: the app died of SIGKILL", f"wait status {rc}")
        a.fh.close()
        step("run 1: code page to crash")

        conf = settings_files(config_home)
        settings = b"".join(read(p) for p in conf)
        ids = sorted(set(ACCOUNT_RE.findall(settings)))
        checks.must(len(ids) == 1, "after the crash the settings file holds one pending account id",
                    f"files {conf}; ids {ids}; content {settings.decode('utf-8', 'replace')!r}")
        account = ids[0].decode()
        log(f"pending account in the settings: {account}")
        display = re.search(rb"displayName=(.*)", settings)
        display = display.group(1).decode("utf-8", "replace").strip() if display else ""
        log("settings after the crash:\n" + "\n".join(
            "    | " + line for line in settings.decode("utf-8", "replace").splitlines()))
        secrets_found = files_holding(home, [("password", password.encode()),
                                             ("API key", API_KEY.encode())])
        checks.ok(not secrets_found, "no file under the throwaway HOME holds the password or the "
                  "API key", "; ".join(secrets_found))
        out1 = read(a.log_path)
        checks.ok(password.encode() not in out1 and API_KEY.encode() not in out1,
                  "run 1: the app's output holds neither the password nor the API key")
        starts = [r for r in sim.requests() if r[0] == "POST" and r[1] == "/api/fansly/authenticate"]
        checks.ok(len(starts) == 1, "run 1 sent one POST /api/fansly/authenticate",
                  f"{len(starts)} sent")

        # --- 4. Run 2: same HOME and address; the key again; the resume question.
        a = App(args.app, sim.url, os.path.join(out_dir, f"{NAME}-app2.log"), env, 2)
        apps.append(a)
        checks.must(a.attach(), "run 2: the app reaches the X server")
        step("run 2: app start to window")
        a.enter_key()

        def question():
            for i in range(a.app.childCount):
                w = a.app.getChildAtIndex(i)
                if w is None or not w.getState().contains(pyatspi.STATE_SHOWING):
                    continue
                nodes = snapshot(w)
                if find(nodes, pyatspi.ROLE_PUSH_BUTTON, "Resume") is not None:
                    return w
            return None

        box = wait_for("the resume question", question, 20)
        step("run 2: key (Enter) to the resume question")
        checks.must(box is not None, "run 2: a question box offers to resume the pending login",
                    "showing: " + ", ".join(str(n) for n in snapshot(a.win) if n.name))
        box_nodes = stable_snapshot(box)
        texts = [n.name for n in box_nodes if n.role == pyatspi.ROLE_LABEL and n.name]
        buttons = [n for n in box_nodes if n.role == pyatspi.ROLE_PUSH_BUTTON]
        log(f"question box {box.getRoleName()} {box.name!r}")
        for t in texts:
            log(f"  text   {t!r}")
        for b in buttons:
            log(f"  button {b.name!r}{' (default)' if b.has(pyatspi.STATE_IS_DEFAULT) else ''}"
                f"{' (focused)' if b.has(pyatspi.STATE_FOCUSED) else ''}")
        checks.ok("Resume a login?" in (box.name or ""), "run 2: the question's title is "
                  "'Resume a login?'", repr(box.name))
        who = display or account
        checks.ok(any(who in t for t in texts), f"run 2: the question names the pending login "
                  f"({who!r})", " | ".join(texts))
        checks.ok(any("No new login is sent" in t for t in texts),
                  "run 2: the question says no new login is sent", " | ".join(texts))
        names = sorted(b.name for b in buttons)
        checks.ok(names == sorted(["Resume", "Forget it", "Not now"]),
                  "run 2: the question's buttons are Resume, Forget it, Not now", repr(names))
        resume = find(buttons, pyatspi.ROLE_PUSH_BUTTON, "Resume")
        checks.must(resume is not None and resume.has(pyatspi.STATE_IS_DEFAULT),
                    "run 2: 'Resume' is the default button (Enter presses it)")
        # Keys go to the question's own X window (the wizard is blocked while it shows).
        box_kb = Keyboard(a.proc.pid)
        checks.must(box_kb.find_window(10, name="Resume a login") is not None,
                    "run 2: the question's X window is found")
        box_kb.key("Return")
        gone = wait_for("the question to close",
                        lambda: not box.getState().contains(pyatspi.STATE_SHOWING), 10)
        checks.ok(bool(gone), "run 2: Enter closes the question")

        # --- Back on the code page, for the same account, without a new login.
        nodes = a.on_page("code", 25)
        step("run 2: Resume (Enter) to code page")
        emailed = [n.name for n in nodes if n.role == pyatspi.ROLE_LABEL and "@" in n.name]
        log(f"run 2 code page: {emailed[0] if emailed else '(no masked address)'!r}")
        checks.ok(bool(emailed), "run 2: code: the emailed address is shown again")
        after = sim.requests()[crash_offset:]
        log("simulator requests since the crash: " + ", ".join(f"{m} {p} -> {s}" for m, p, s in after))
        checks.ok(any(m == "GET" and p == f"/api/fansly/authenticate/{account}" and s == "200"
                      for m, p, s in after),
                  f"run 2: the resumed login asked for {account}'s status",
                  "no GET of that account since the crash")
        checks.ok(not any(m == "POST" and p.startswith("/api/fansly/authenticate")
                          for m, p, s in after),
                  "run 2: no login was started again (no POST /api/fansly/authenticate…) before "
                  "the code")
        a.kb.focus()
        nodes = a.settle("code", a.focus_is("Verification code"), "focus on the code field")
        checks.must(nodes is not None, "run 2: code: focus is on 'Verification code'",
                    f"focus is on {focused(snapshot(a.win))}")
        a.kb.type(CODE)
        nodes = a.settle("code", lambda s: text_of(find(s, pyatspi.ROLE_TEXT, "Verification code")
                                                    .obj) == CODE, "the code to read back", 5)
        checks.ok(nodes is not None, "run 2: code: the typed code reads back")
        a.kb.key("Return")

        # --- 5. Connected; the pending entry is gone.
        nodes = a.on_page("done", 25)
        step("run 2: Verify (Enter) to done page")
        headline = find(nodes, pyatspi.ROLE_LABEL, contains="is connected")
        log(f"done headline: {headline.name!r}")
        checks.ok(find(nodes, pyatspi.ROLE_LABEL, account) is not None,
                  f"run 2: done: the connected account is {account}, the one run 1 started",
                  "labels: " + ", ".join(repr(n.name) for n in nodes if n.role == pyatspi.ROLE_LABEL))
        settings = b"".join(read(p) for p in settings_files(config_home))
        checks.ok(account.encode() not in settings and not ACCOUNT_RE.search(settings),
                  "after connecting the settings file no longer holds the pending entry",
                  settings.decode("utf-8", "replace"))
        secrets_found = files_holding(home, [("password", password.encode()),
                                             ("API key", API_KEY.encode())])
        checks.ok(not secrets_found, "after connecting no file under HOME holds the password or "
                  "the API key", "; ".join(secrets_found))
        shot(args.screenshot)
        # The app ignores Enter for 0.4 s after the result appears (it was meant for the page
        # before); a person reads the result first.
        time.sleep(0.6)
        a.kb.key("Return")  # "Finish"
        # The wizard closes; the accounts window stays until Quit (Ctrl+Q).
        checks.must(a.kb.find_window(10, name="^Fansly Connect") is not None,
                    "run 2: the accounts window is there after Finish")
        a.kb.key("ctrl+q")
        try:
            code = a.proc.wait(timeout=args.exit_timeout)
            step("run 2: Finish (Enter) to process exit")
            checks.ok(code == 0, "run 2: the app exits with 0 after Finish and Quit",
                      f"exit code {code} (sanitizer report in {a.log_path}?)")
        except subprocess.TimeoutExpired:
            checks.ok(False, f"run 2: the app exits within {args.exit_timeout:.0f} s after Finish and Quit")
        out2 = read(a.log_path)
        checks.ok(password.encode() not in out2 and API_KEY.encode() not in out2,
                  "run 2: the app's output holds neither the password nor the API key")
    except Abort as e:
        if str(e).startswith("signal"):
            checks.ok(False, "the driver ran to the end", f"stopped by {e}")
    except Exception as e:  # noqa: BLE001 - report, never hang
        checks.ok(False, "no unexpected error in the driver", repr(e))
    finally:
        if apps and apps[-1].proc.poll() is None and not shot.taken:
            shot(args.screenshot)
        for a in apps:
            stop(a.proc, f"the app (run {a.run})")
            a.fh.close()
        if sim is not None:
            sim.close()

    # --- 6. The simulator's log over both runs (complete now that it has stopped).
    if sim is not None:
        reqs = sim.requests()
        starts = [r for r in reqs if r[0] == "POST" and r[1] == "/api/fansly/authenticate"]
        reauth = [r for r in reqs if r[0] == "POST" and r[1].endswith("/reauthenticate")]
        checks.ok(len(starts) == 1, "exactly one POST /api/fansly/authenticate over both runs",
                  f"{len(starts)}: {starts}")
        checks.ok(not reauth, "no re-authentication over both runs", repr(reauth))
        if account:
            verified = [r for r in reqs[crash_offset:] if r[0] == "PUT"
                        and r[1] == f"/api/fansly/authenticate/{account}"]
            log(f"code submitted after the crash: {verified}")
            checks.ok(bool(verified), f"run 2 sent the code for {account}, the account run 1 started",
                      "no PUT /api/fansly/authenticate/<that account> after the crash")
        sim_out = sim.text()
        checks.ok(password not in sim_out and API_KEY not in sim_out,
                  "the simulator's log holds neither the password "
            "nor the API key")

    print()
    print("timings:")
    for name, secs in timings.items():
        print(f"  {secs:6.2f} s  {name}")
    print(f"  {elapsed():6.2f} s  total")
    if checks.failed:
        for a in apps:
            print(f"\napp output, run {a.run} (tail):")
            tail = read(a.log_path).decode("utf-8", "replace").splitlines()[-40:]
            print("\n".join("  | " + line for line in tail))
        if sim is not None:
            print("\nsimulator output (tail):")
            print("\n".join("  | " + line for line in sim.text().splitlines()[-40:]))
    print(f"\nscreenshot: {os.path.abspath(args.screenshot)}")
    print(f"logs: {out_dir}/{NAME}-{{simulator,app1,app2}}.log")
    if checks.failed:
        print(f"{NAME}: FAIL ({len(checks.failed)} of "
              f"{len(checks.failed) + len(checks.passed)} checks failed)")
        for f in checks.failed:
            print(f"  FAIL {f}")
        return 1
    print(f"{NAME}: PASS ({len(checks.passed)} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
