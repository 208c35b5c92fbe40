#!/usr/bin/python3
"""What the app should say in another language, for the AT-SPI drivers.

A Catalog reads translations/fansly-connect_<lang>.ts (English source -> translation) so a
driver can look widgets up by the words the app shows in that language, and check that
what it reads is the translation, not the English. Qt's own button texts (Next, Back,
Cancel, Finish) are not in our .ts files: a driver learns them from the running app
(Catalog.learn_qt) and the catalog hands them out from then on.

Also here: where things are on screen (AT-SPI component extents), for the right-to-left
checks.
"""

import re
import xml.etree.ElementTree as ET

import pyatspi

# Qt's QWizard texts as the English tests name them (accessible names: no '&').
QT_BUTTONS = ("Next >", "< Back", "Cancel", "Finish")

# Unicode's bidi isolates, marks and embeddings: the app wraps names in FSI..PDI inside
# right-to-left sentences; a reader compares the words.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"
                                        "\u202a\u202b\u202c\u202d\u202e"))
# A placeholder: %1, %n, and the locale-aware %L1, %Ln.
_PLACEHOLDER = r"%L?(?:\d+|n)"


def isolated(text):
    """Whether a piece of text is wrapped in a bidi isolate (LRI or FSI ... PDI) or an
    embedding (LRE ... PDF) of its own, so that a left-to-right name or sentence keeps its
    order inside right-to-left text."""
    text = text or ""
    return text[:1] in ("\u2066", "\u2068", "\u202a") and text[-1:] in ("\u2069", "\u202c")


def plain(text):
    """'&Password' -> 'Password', as A11y::plain and Qt's accessible names do ('&&' -> '&')."""
    return re.sub(r"&(.)", r"\1", text or "", flags=re.S)


def unbidi(text):
    return (text or "").translate(_BIDI_CONTROLS)


class MissingText(Exception):
    """The catalog has no (or no single) translation for an English text."""


class Catalog:
    """English text -> what the app shows in `lang`. For 'en' every text is itself."""

    def __init__(self):
        self.lang = "en"
        self.qt = {}  # Qt's button texts, learned from the app (learn_qt)
        # plain English source -> {plain translation: [contexts]}
        self._by_source = {}
        self._forms = {}  # plain English source of a %n message -> its plural forms
        self._sources = set()  # every plain English source
        self._patterns = []  # (English source regex, translation regex) for texts with %1

    def load(self, lang, ts_dir):
        """Reads ts_dir/fansly-connect_<lang>.ts (nothing for English, the source language)."""
        self.__init__()
        self.lang = lang
        if lang == "en":
            return
        root = ET.parse(f"{ts_dir}/fansly-connect_{lang}.ts").getroot()
        for context in root.iter("context"):
            cname = context.findtext("name")
            for msg in context.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue  # the app shows the English: looking it up fails
                key = plain(msg.findtext("source") or "")
                forms = [plain(f.text) for f in tr.iter("numerusform") if f.text]
                texts = forms or ([plain(tr.text)] if tr.text else [])
                if not texts:
                    continue
                self._sources.add(key)
                if forms:
                    self._forms.setdefault(key, forms)
                for text in texts:
                    self._by_source.setdefault(key, {}).setdefault(text, []).append(cname)
                    # Only sources with words of their own besides the placeholders: "%1"
                    # or "%1:%2" would match any text.
                    if re.search(_PLACEHOLDER, key) and re.search(
                            r"[A-Za-z]{3}", re.sub(_PLACEHOLDER, "", key)):
                        self._patterns.append((self._regex(key), self._regex(text)))

    @staticmethod
    def _regex(text):
        parts = re.split(_PLACEHOLDER, text)
        return re.compile("(.+?)".join(re.escape(p) for p in parts) + r"\Z", re.S)

    def __call__(self, english, context=None):
        """The name the app shows for `english` (an accessible name: no '&')."""
        if english in self.qt:
            return self.qt[english]
        if self.lang == "en":
            return english
        found = self._by_source.get(english)
        if not found:
            raise MissingText(f"no {self.lang} translation of {english!r}")
        if context is not None:
            found = {t: c for t, c in found.items() if context in c}
            if not found:
                raise MissingText(f"no {self.lang} translation of {english!r} in {context}")
        if len(found) > 1:
            raise MissingText(f"{english!r} has {len(found)} {self.lang} translations "
                              f"({', '.join(repr(t) for t in found)}): name the context")
        return next(iter(found))

    def pattern(self, english, context=None):
        """A regex for the shown text of a message with placeholders ('%1 is connected.');
        each placeholder matches any text, and any plural form of a %n message matches."""
        if self.lang != "en" and english in self._forms:
            forms = (self._regex(f).pattern for f in self._forms[english])
            return re.compile("|".join(f"(?:{f})" for f in forms), re.S)
        return self._regex(self(english, context))

    def matches(self, english, shown, context=None):
        return self.pattern(english, context).match(unbidi(shown)) is not None

    def parts(self, english, shown, context=None):
        """What fills the placeholders of `english` in `shown`, bidi controls and all (in
        the order they appear on screen), or None when `shown` is not that message."""
        m = self.pattern(english, context).match(shown or "")
        return list(m.groups()) if m else None

    def is_english(self, shown):
        """Whether a shown text is one of our English sources left untranslated (whole, or
        with its placeholders filled in) while this language has its own words for it."""
        if self.lang == "en":
            return False
        text = unbidi(shown)
        if text in self._sources:
            return text not in self._by_source[text]
        return any(src.match(text) and not tr.match(text) for src, tr in self._patterns)

    def learn_qt(self, english, shown):
        self.qt[english] = shown


# ---------------------------------------------------------------- on screen


class Box:
    __slots__ = ("x", "y", "w", "h")

    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    @property
    def right(self):
        return self.x + self.w

    @property
    def centre_y(self):
        return self.y + self.h / 2

    def __str__(self):
        return f"[x {self.x}..{self.right}, y {self.y}..{self.y + self.h}]"


def box(node):
    """Where a widget is on the screen (AT-SPI component extents, screen coordinates)."""
    obj = getattr(node, "obj", node)
    e = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return Box(e.x, e.y, e.width, e.height)


def left_of(a, b, slack=2):
    """Whether box a lies wholly to the left of box b (a few pixels of overlap allowed)."""
    return a.right <= b.x + slack


def same_row(a, b):
    """Whether two boxes share a line of the layout (their vertical centres overlap)."""
    return b.y <= a.centre_y <= b.y + b.h or a.y <= b.centre_y <= a.y + a.h
