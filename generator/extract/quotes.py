"""Quotations in a paragraph: where a statement is quoted word for word.

Marks of every kind (straight, curly, single, double, guillemets, and a double quotation opened
with one kind and closed with the other); an opening mark with no closing one runs on into the
next paragraph when that one opens with a mark, as a quotation over several paragraphs does.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, SpeakerRef

PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "‹": "›"}
# A double quotation opened with one kind of mark is sometimes closed with the other (“ ... ").
CLOSERS = {"“": "”\"", '"': '"”', "„": "“\"”", "«": "»", "‘": "’", "‹": "›"}
@dataclass
class Quote:
    start: int          # offsets of the quoted words (marks excluded)
    end: int
    closed: bool
    speaker: SpeakerRef | None = None
    cue: str = ""
    cue_at: int = -1    # offset of the cue word in the quotation's paragraph (-1: none found there)


def find_quotes(text: str) -> list[Quote]:
    """Quotations in a paragraph. An opening mark with no closing one runs to the paragraph's end."""
    quotes, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in PAIRS and _opens(text, i):
            closers = CLOSERS[ch]
            j = i + 1
            while j < len(text):
                if text[j] in closers and (text[j] != "’" or _closes_single(text, j)) \
                        and (text[j] != '"' or ch != '"' or _closes_double(text, j)):
                    break
                if ch == "“" and text[j] == "“" and text[j - 1] in ",.!?" and text[j + 1:j + 2] in ("", " "):
                    break   # '“Apparently not,“ he said': an opening mark typed where the closing one belongs
                j += 1
            if j < len(text):
                quotes.append(Quote(i + 1, j, True))
                i = j + 1
                continue
            if ch in "'‘":
                i += 1  # an apostrophe, not a quotation
                continue
            quotes.append(Quote(i + 1, len(text), False))
            break
        i += 1
    return quotes


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "'‘":
        return not before.isalnum() and after.isalnum()
    if text[i] == '"':
        return not before.isalnum() and not after.isspace()
    return True


def _closes_double(text: str, j: int) -> bool:
    """A straight mark closes a straight quotation unless it opens the next word ('said "a"')."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum() or text[j - 1:j] in ".,!?"


def _closes_single(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalpha()


OPENING = "\"“„«‘‚‹"
CLOSING = "\"”»’›"


def bounded_quotes(quotes: list[Quote], doc, continues: bool) -> list[Quote]:
    """An unclosed quotation runs on into the next paragraph only when that one opens with a mark;
    otherwise its closing mark is missing and it ends with its sentence."""
    if quotes and not quotes[-1].closed and not continues:
        q = quotes[-1]
        sent = next((s for s in doc.sents if s.start_char <= q.start < s.end_char), None)
        if sent is not None:
            q.end = sent.end_char
    return quotes


def paragraph_quotes(article: Article, docs: list) -> list[list[Quote]]:
    """The quotations of each parsed paragraph, found once for every step that needs them."""
    paragraphs = article.body
    return [bounded_quotes(find_quotes(p.text), doc,
                           continues=k + 1 < len(paragraphs) and paragraphs[k + 1].text[:1] in OPENING)
            for k, (p, doc) in enumerate(zip(paragraphs, docs))]


def _inside(pos: int, quotes: list[Quote]) -> bool:
    return any(q.start <= pos < q.end for q in quotes)
