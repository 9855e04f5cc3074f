"""Cleaning: SourceDoc -> Article (title, metadata, body paragraphs, removed lines with reasons).

Sequence (``clean_article``):
1. mark site chrome that is certain wherever it stands: exact navigation/button lines, calls to
   action spoken to the reader, copyright footers, short lines repeated across the corpus;
2. grow multi-paragraph appeals (donation, newsletter) from a call to action over the adjacent
   lines written in the publisher's voice;
3. find the headline: the first headline-shaped line before the story begins;
4. read the head of the article (between headline and story) as metadata: byline, dateline,
   credit, standfirst, caption; and the same shapes after the story ends;
5. drop calls to action in the runs of chrome above and below the story;
6. everything else is body, verbatim; a leading source tag "(Site.com) – " is stripped into the
   publisher.
When a line is in doubt it stays in the body: losing a sentence of the story is worse than
keeping a stray line.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import lexicon
from .dates import DATE_SHAPE, YEAR, parse_date
from .model import Article, MetadataLine, Paragraph, RemovedLine, SourceDoc

QUOTE_MARKS = "\"“”„«»‘’‚‹›'"
OPENING_QUOTES = "\"“„«‘‚‹"
TERMINAL = re.compile(r"[.!?…][\"”’'»)\]]*$")
WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
SOURCE_TAG = re.compile(r"^\(([^()]{3,60})\)\s*[–—-]+\s*")
SEPARATORS = re.compile(r"\s[|•·»›/]\s")


@dataclass
class Line:
    """One non-blank input line while it is being classified."""

    index: int
    text: str
    kind: str = "body"          # title | metadata | boilerplate | body
    reason: str = ""            # why it is boilerplate, or the metadata kind


# ---------------------------------------------------------------- line shapes

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
    return (len(ws) >= 5 and lower >= 2 and bool(TERMINAL.search(text))) or (len(ws) >= 25 and lower >= 8)


def is_headline(text: str) -> bool:
    ws = words(text)
    if not 3 <= len(ws) <= 30 or text.endswith((":", ",")):
        return False
    return not SEPARATORS.search(text)


def is_name_like(text: str) -> bool:
    """A byline: 'By Jane Doe', 'Jane Doe', 'Jane Doe and John Roe'."""
    text = re.sub(lexicon.load("boilerplate")["byline_prefix"], "", text, flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", text)
    return all(re.fullmatch(r"[A-Z][\w'’.-]+( (van|von|de|der|da|al|bin|el|la|le)?\s?[A-Z][\w'’.-]+){1,3}", p)
               for p in parts if p) and len(words(text)) <= 8


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
    if len(SEPARATORS.findall(f" {text} ")) >= 2 and not is_prose(text):
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


def repeated_lines(docs: list[SourceDoc]) -> dict[str, int]:
    """Short lines and how many articles carry them, when more than one does.

    Menus, buttons and footers repeat from page to page of a site; news sentences rarely do, and
    quotations carried by several publishers are never counted (they are news).
    """
    counts: Counter[str] = Counter()
    for doc in docs:
        seen = {comparable(line) for line in doc.lines
                if line and len(words(line)) <= 8 and not is_quoted(line)}
        counts.update(key for key in seen if key)
    return {key: n for key, n in counts.items() if n >= 2}


# ---------------------------------------------------------------- classification

def classify_lines(lines: list[Line], repeated: dict[str, int], title_hint: str | None) -> None:
    """Set ``kind`` and ``reason`` of every line (in place), following the module's sequence."""
    _mark_certain_chrome(lines, repeated)
    _grow_appeals(lines)
    title_at = _find_title(lines, title_hint)
    first, last = _story_span(lines, title_at)
    _mark_head_and_tail(lines, title_at, first, last)


def _mark_certain_chrome(lines: list[Line], repeated: dict[str, int]) -> None:
    within: Counter[str] = Counter(comparable(line.text) for line in lines)
    for line in lines:
        text = line.text
        reason = exact_chrome(text) or certain_chrome(text)
        if reason:
            line.kind, line.reason = "boilerplate", reason
            continue
        cta = call_to_action(text)
        if cta == "copyright" or (cta and reader_voice(text) and len(words(text)) <= 60):
            line.kind, line.reason = "boilerplate", f"call to action ({cta})" if cta != "copyright" else "copyright footer"
            continue
        key = comparable(text)
        short = len(words(text)) <= 8 and not is_quoted(text)
        if short and not is_prose(text) and not is_headline_case(text):
            if repeated.get(key, 0) >= 2:
                line.kind, line.reason = "boilerplate", f"repeated on {repeated[key]} articles (site chrome)"
            elif within[key] >= 2 and len(words(text)) <= 4:
                line.kind, line.reason = "boilerplate", "repeated within the page (site chrome)"


def is_headline_case(text: str) -> bool:
    """Four or more words: a headline or a name is never counted as repeated chrome."""
    return len(words(text)) >= 4 and not call_to_action(text)


def _grow_appeals(lines: list[Line]) -> None:
    """A donation or newsletter appeal runs over several paragraphs: the lines next to a call to
    action, in the publisher's voice and about the publisher's work, belong to it."""
    changed = True
    while changed:
        changed = False
        for i, line in enumerate(lines):
            if line.kind != "body" or not reader_voice(line.text) or not appeal_topic(line.text):
                continue
            neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if any(n.kind == "boilerplate" and n.reason.startswith(("call to action", "appeal")) for n in neighbours):
                line.kind, line.reason = "boilerplate", "appeal (part of a call to action)"
                changed = True


def _find_title(lines: list[Line], title_hint: str | None) -> int | None:
    """The headline: among the headline-shaped lines before the story begins, one of headline
    length (5-30 words) wins over short menu and section labels; the earliest on a tie. A line
    that opens the page (nothing but chrome above it) counts as much as headline length, so a
    short headline still beats the standfirst below it."""
    if title_hint:
        for i, line in enumerate(lines):
            if comparable(line.text) == comparable(title_hint):
                line.kind, line.reason = "title", ""
                return i
        return None
    candidates: list[tuple[int, int]] = []
    seen_body = False
    for i, line in enumerate(lines[:60]):
        if line.kind != "body":
            continue
        if not candidates and call_to_action(line.text):
            # a site notice above the headline ("Notifications can be managed ...")
            line.kind, line.reason = "boilerplate", f"call to action ({call_to_action(line.text)}) above the headline"
            continue
        if is_prose(line.text):
            break  # the story has begun
        if is_headline(line.text) and not is_name_like(line.text) and not is_dateline(line.text):
            score = (2 if 5 <= len(words(line.text)) <= 30 else 0) + (2 if not seen_body else 0)
            candidates.append((score, i))
        seen_body = True
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (c[0], -c[1]))[1]
    lines[best].kind = "title"
    return best


def _story_span(lines: list[Line], title_at: int | None) -> tuple[int, int]:
    """Indexes of the first and last lines of running text after the headline."""
    start = (title_at + 1) if title_at is not None else 0
    prose = [i for i in range(start, len(lines)) if lines[i].kind == "body" and is_prose(lines[i].text)]
    if not prose:
        body = [i for i in range(start, len(lines)) if lines[i].kind == "body"]
        return (body[0], body[-1]) if body else (start, start - 1)
    return prose[0], prose[-1]


def _mark_head_and_tail(lines: list[Line], title_at: int | None, first: int, last: int) -> None:
    for i, line in enumerate(lines):
        if line.kind != "body":
            continue
        text = line.text
        outside = i < first or i > last
        before_title = title_at is not None and i < title_at
        if credit(text) and (outside or not is_prose(text) or len(words(text)) <= 8):
            line.kind, line.reason = "metadata", "credit"
        elif outside and is_dateline(text):
            line.kind, line.reason = "metadata", "dateline"
        elif outside and not before_title and i < first and is_name_like(text):
            line.kind, line.reason = "metadata", "byline"
        elif outside and call_to_action(text):
            line.kind, line.reason = "boilerplate", f"call to action ({call_to_action(text)}) outside the story"
        elif i > last and not is_prose(text) and not is_quoted(text) and (
                len(words(text)) <= 12 or _title_case_share(text) >= 0.6 and len(words(text)) <= 20):
            # after the story's last sentence: related links, menus, footers
            line.kind, line.reason = "boilerplate", "links and menus below the story"
        elif before_title and not is_prose(text) and len(words(text)) <= 8:
            line.kind, line.reason = "boilerplate", "menus and labels above the headline"
        elif title_at is not None and title_at < i < first and not is_prose(text):
            line.kind, line.reason = "metadata", "standfirst" if len(words(text)) >= 10 else "caption"


# ---------------------------------------------------------------- the stage

def clean_article(doc: SourceDoc, article_id: str, repeated: dict[str, int] | None = None) -> Article:
    """Classify every line of ``doc`` and build the Article the later stages read."""
    lines = [Line(i, text) for i, text in enumerate(doc.lines) if text.strip()]
    classify_lines(lines, repeated or {}, doc.title_hint)
    front = doc.front_matter
    title = next((line.text for line in lines if line.kind == "title"), None) or doc.title_hint
    removed = [RemovedLine(line.text, line.reason) for line in lines if line.kind == "boilerplate"]
    metadata = [MetadataLine(line.reason, line.text) for line in lines if line.kind == "metadata"]
    body_lines = [line.text for line in lines if line.kind == "body"]
    publisher = None
    if body_lines:
        tag = SOURCE_TAG.match(body_lines[0])
        if tag:
            publisher = tag.group(1).strip()
            body_lines[0] = body_lines[0][tag.end():]
    publisher = publisher or _publisher_from_copyright(removed) or _publisher_from_chrome(removed)
    published, basis = _published(front, metadata)
    author = front.get("author") or next((re.sub(lexicon.load("boilerplate")["byline_prefix"], "", m.text,
                                                 flags=re.IGNORECASE) for m in metadata if m.kind == "byline"), None)
    if isinstance(author, list):
        author = ", ".join(map(str, author))
    reference_year = int(published[:4]) if published else _copyright_year(removed)
    if not title:
        title = (body_lines[0][:80] + "…") if body_lines else doc.source_file
    return Article(
        id=article_id, source_file=doc.source_file, title=str(front.get("title") or title),
        body=[Paragraph(i, text) for i, text in enumerate(body_lines)], removed=removed, metadata=metadata,
        published=published, published_basis=basis, reference_year=reference_year,
        author=str(author) if author else None,
        publisher=str(front.get("publisher") or front.get("source") or publisher or "") or None)


def _iso_date(text: str) -> str | None:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip()[:10]).isoformat()
    except ValueError:
        return None


def _published(front: dict, metadata: list[MetadataLine]) -> tuple[str | None, str | None]:
    for key in ("date", "published", "publication_date", "pubdate"):
        value = front.get(key)
        if value:
            iso = _iso_date(str(value)) or parse_date(str(value))
            if iso:
                return iso, f"front matter '{key}'"
    for line in metadata:
        if line.kind == "dateline":
            iso = parse_date(line.text)
            if iso:
                return iso, f"dateline '{line.text}'"
    return None, None


COPYRIGHT = re.compile(r"^\s*(?:copyright|©|\(c\))\s*(?:©\s*)?((?:19|20)\d{2})?[\s,]*(.*?)\s*(?:all rights reserved\.?)?\s*$",
                       re.IGNORECASE)


def _publisher_from_copyright(removed: list[RemovedLine]) -> str | None:
    for line in removed:
        match = COPYRIGHT.match(line.text)
        if match and match.group(2) and len(words(match.group(2))) <= 6:
            return match.group(2).strip(" .,")
    return None


SITE_NAME = re.compile(r"\b(?:Like|from|with|by|support|supporting)\s+((?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?=[?.!,]|\s*$)")


def _publisher_from_chrome(removed: list[RemovedLine]) -> str | None:
    """A site names itself in its own chrome: "Like Freedom Press? ...", "notifications from The Daily"."""
    counts: Counter[str] = Counter()
    for line in removed:
        if line.reason.startswith("call to action"):
            for match in SITE_NAME.finditer(line.text):
                counts[match.group(1).strip()] += 1
    return min(counts, key=lambda name: (-counts[name], name)) if counts else None


def _copyright_year(removed: list[RemovedLine]) -> int | None:
    for line in removed:
        match = COPYRIGHT.match(line.text)
        if match and match.group(1):
            return int(match.group(1))
    return None
