"""Line shapes and the word lists of site chrome (``lexicon/boilerplate.yml``): what a headline, a
byline, a dateline, a call to action or a menu line looks like."""
from __future__ import annotations

import re

from .. import lexicon
from ..dates import DATE_SHAPE, YEAR

QUOTE_MARKS = "\"“”„«»‘’‚‹›'"
OPENING_QUOTES = "\"“„«‘‚‹"
TERMINAL = re.compile(r"[.!?…][\"”’'»)\]]*$")
WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
SOURCE_TAG = re.compile(r"^\(([^()]{3,60})\)\s*[–—-]+\s*")
SEPARATORS = re.compile(r"\s[|•·»›/]\s")
# a note in brackets: what it holds ('[Part 1 / Part 2]', '(Photo: A / B)') is no menu or separator
BRACKETED = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")
# a sentence may end in a bracketed note: a reference or footnote marker ('... for a millennium. [3]')
NOTE_END = re.compile(r"\s*\[[^\[\]]{1,40}\]\s*$")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def comparable(text: str) -> str:
    """Lowercase, quotes and punctuation at the ends dropped: how lines are compared."""
    return re.sub(r"\s+", " ", text.lower()).strip(" .:;,!?-–—|•\"'“”‘’")


def is_quoted(text: str) -> bool:
    return any(mark in text for mark in "\"“”«»") or bool(re.search(r"(^|\s)‘|’(\s|$|[.,])", text))


def is_prose(text: str) -> bool:
    """A sentence of running text: enough words, lowercase words among them, and an end mark."""
    ws = words(text)
    lower = sum(1 for w in ws if w[0].islower())
    return (len(ws) >= 5 and lower >= 2 and bool(TERMINAL.search(NOTE_END.sub("", text)))) or (len(ws) >= 25 and lower >= 8)


def is_headline(text: str) -> bool:
    ws = words(text)
    if not 3 <= len(ws) <= 30 or text.endswith((":", ",")):
        return False
    return not SEPARATORS.search(text)


NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "al", "bin", "el", "la", "le", "di", "du", "dos", "del", "ten", "ter"}


def is_name_like(text: str) -> bool:
    """A byline: 'By Jane Doe', 'Jane Doe', 'Jane Doe and John Roe', 'Anna Schmidt und Jörg Weber'."""
    text = re.sub(lexicon.load("boilerplate")["byline_prefix"], "", text, flags=re.IGNORECASE)
    if len(words(text)) > 10:
        return False
    parts = [p for p in re.split(r"\s*(?:,|\b(?:and|und|et|y|e|og|och|en|ve|i)\b|&)\s*", text) if p]
    if not parts:
        return False
    for part in parts:
        tokens = part.split()
        names = [t for t in tokens if t.lower() not in NAME_PARTICLES]
        if not 2 <= len(tokens) <= 4 or len(names) < 2:
            return False
        # a possessive is no part of a name ("Afghanistan's New Millionaires" is a headline)
        if not all(re.fullmatch(r"[^\W\d_][\w'’.-]*", t) and t[0].isupper() and not re.search(r"['’]s$", t)
                   for t in names):
            return False
    return True


def is_dateline(text: str) -> bool:
    """A publication date line: 'Wednesday 11 October 2023 06:23 EDT', 'Updated: Oct 11, 2023'."""
    if len(words(text)) > 12 or not DATE_SHAPE.search(text):
        return False
    return bool(YEAR.search(text) or re.search(r"\b\d{1,2}:\d{2}\b", text))


# ---------------------------------------------------------------- chrome signals

def exact_chrome(text: str) -> str | None:
    """The reason a line is a known button/menu/label, or None."""
    key = comparable(text)
    for reason, entries in lexicon.load("boilerplate")["exact_lines"].items():
        if key in entries:
            return reason
    # 'Home / News / Local'; a bracketed note ('[Part 1 / Part 2]') is no menu
    if len(SEPARATORS.findall(f" {BRACKETED.sub(' ', text)} ")) >= 2 and not is_prose(text):
        return "navigation"
    return None


def certain_chrome(text: str) -> str | None:
    for reason, patterns in lexicon.load("boilerplate")["certain"].items():
        if lexicon.pattern(*patterns).search(text):
            return reason
    return None


def call_to_action(text: str) -> str | None:
    """The kind of call to action or site notice a line matches, or None."""
    for reason, patterns in lexicon.load("boilerplate")["call_to_action"].items():
        if lexicon.pattern(*patterns).search(text):
            return reason
    return None


def reader_voice(text: str) -> bool:
    """Unquoted text addressing the reader or speaking as the publisher ('you', 'we', 'our')."""
    if is_quoted(text):
        return False
    if lexicon.pattern(*lexicon.load("boilerplate")["appeal_voice"]).search(text):
        return True
    # an imperative opening: "Sign up ...", "Join ...", "Please ...", "Click ..."
    return bool(re.match(r"(please|join|sign|click|tap|follow|subscribe|download|get|like|support|"
                         r"donate|read|watch|listen|share|register|log|stay|enter)\b", text, re.IGNORECASE))


# A line addressing the reader in another language is a prompt when it is this short
OTHER_VOICE_WORDS = 12


def addresses_reader(text: str) -> bool:
    """Unquoted text addressing the reader or speaking as the publisher, in English, or a short line
    addressing the reader in another language (read only beside a call to action's words)."""
    return reader_voice(text) or not is_quoted(text) and len(words(text)) <= OTHER_VOICE_WORDS and bool(
        lexicon.pattern(*lexicon.load("boilerplate")["appeal_voice_other"]).search(text))


def _title_case_share(text: str) -> float:
    ws = words(text)
    return sum(1 for w in ws if w[0].isupper()) / len(ws) if ws else 0.0


def appeal_topic(text: str) -> bool:
    """Two or more words about the publisher's work ('journalism', 'paywalls', 'reporters'...):
    one alone ("as we reported last week") is not an appeal."""
    found = {m.group(0).lower() for m in lexicon.pattern(*lexicon.load("boilerplate")["appeal_topics"]).finditer(text)}
    return len(found) >= 2


def credit(text: str) -> bool:
    return len(words(text)) <= 15 and bool(lexicon.pattern(*lexicon.load("boilerplate")["credit"]).search(text))


COPYRIGHT_LINE = re.compile(r"^\s*(copyright|©|\(c\))|\ball rights reserved\b|^\s*\S+\s+©", re.IGNORECASE)
