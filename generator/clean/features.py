"""What a line of a scraped page looks like, in numbers that hold for news in any language.

A page is a sequence of lines (one per block, as a scraper saves it). Each line is described by
its own shape (length, share of the language's stopwords, sentence punctuation, list marker,
capitalised words, digits), by the word lists of site chrome (``lexicon/boilerplate.yml``), and by
the lines around it: a story is a dense run of prose, chrome comes in runs of short lines.

Stopwords come from jusText's stoplists (about 100 languages, a maintained package already
installed with trafilatura): the page's language is the one whose stoplist covers most of its
words. For scripts written without spaces (Chinese, Japanese, Thai, ...) each character is a word,
and the page's own most frequent characters stand in for a stoplist.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .chrome import BRACKETED, NOTE_END

# Scripts written without spaces between words: each character counts as a word.
NO_SPACE = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff"
                      r"\u1000-\u109f\u1780-\u17ff])")
TOKEN = re.compile(r"\w+", re.UNICODE)
# Sentence ends in the scripts news is written in (Latin, CJK, Arabic, Devanagari, Ethiopic ...).
TERMINAL = re.compile(r"[.!?…。！？؟।።][\"”’'»)\]」』]*$")
SENTENCE_END = re.compile(r"[.!?。！？؟।][\"”’'»)\]」』]*(?:\s|$)")
COMMA = re.compile(r"[,，、،;；]")
# list markers, numbered items, and the markers a page saved as text gives nested lists ('* ', '+ ', 'o ', '- ':
# inscriptis); a sentence never opens with a lower-case 'o'
NUMBER_MARK = r"\d{1,2}[.)]"
BULLET = re.compile(rf"^\s*(?:[*+•·▪►▸‣◦–—-]|o|{NUMBER_MARK})\s+")
NUMBERED = re.compile(rf"^\s*{NUMBER_MARK}\s+")
QUOTE = re.compile(r"[\"“”«»„]|(?:^|\s)[‘'](?=\w)|\w[’'](?:\s|$|[.,])")
MARKUP = re.compile(r"<[a-z/!][^>]*>|\{[^}]*:[^}]*\}|https?://|www\.|\.(?:php|html?|aspx?)\b|&[a-z]+;", re.I)
SEPARATOR = re.compile(r"\s[|•·»›/]\s|\s\|\s?|\s?\|\s")


def tokens(text: str) -> list[str]:
    """Lowercase words; a character of a script written without spaces is a word of its own."""
    text = unicodedata.normalize("NFKC", text).lower()
    return TOKEN.findall(NO_SPACE.sub(r" \1 ", text))


@functools.cache
def _stoplist_index() -> dict[str, tuple[str, ...]]:
    """word -> the jusText stoplists it is in."""
    import justext

    index: dict[str, list[str]] = {}
    for language in sorted(justext.get_stoplists()):
        if language == "Simple_English":
            continue
        for word in justext.get_stoplist(language):
            index.setdefault(word.lower(), []).append(language)
    return {w: tuple(langs) for w, langs in index.items()}


@functools.cache
def stoplist(language: str) -> frozenset[str]:
    import justext

    return frozenset(w.lower() for w in justext.get_stoplist(language))


def page_stopwords(token_lists: list[list[str]]) -> tuple[frozenset[str], str | None]:
    """The stopwords of the page's language, and the language (None: the page's own most frequent
    words, for scripts with no stoplist or none that fits)."""
    counts: Counter[str] = Counter()
    total = 0
    index = _stoplist_index()
    for toks in token_lists:
        for t in toks:
            total += 1
            for language in index.get(t, ()):
                counts[language] += 1
    if total and counts:
        language, hits = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if hits / total >= 0.15:
            return stoplist(language), language
    # no stoplist fits: the words that make up the bulk of running text are the page's most
    # frequent ones (function words and particles), whatever the language
    frequency = Counter(t for toks in token_lists for t in toks)
    ranked = [w for w, n in sorted(frequency.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 3]
    return frozenset(ranked[:max(10, len(ranked) // 20)]), None


@dataclass
class LineShape:
    """The numbers describing one line on its own."""

    text: str
    tokens: list[str]
    n: int
    """Words (characters, in scripts written without spaces)."""
    stop: float
    """Share of words that are stopwords of the page's language."""
    terminal: bool
    """Ends as a sentence ends."""
    sentences: int
    commas: int
    bullet: bool
    """Begins with a list marker ('* ', '+ ', '• ', '1. ')."""
    capitalised: float
    """Share of words that begin with a capital (0 in scripts without case)."""
    digits: float
    quoted: bool
    markup: bool
    separators: int
    cased: bool
    """Written in a script with upper and lower case."""
    signals: dict[str, float] = field(default_factory=dict)
    """Word-list and repetition signals set by the cleaner (chrome, call to action, repeated ...)."""


def line_shape(text: str, stopwords: frozenset[str]) -> LineShape:
    toks = tokens(text)
    words = TOKEN.findall(text)
    cased_words = [w for w in words if w[0].isalpha() and w[0].lower() != w[0].upper()]
    n = len(toks)
    return LineShape(
        text=text, tokens=toks, n=n,
        stop=sum(1 for t in toks if t in stopwords) / n if n else 0.0,
        terminal=bool(TERMINAL.search(NOTE_END.sub("", text).rstrip())),
        sentences=len(SENTENCE_END.findall(text)),
        commas=len(COMMA.findall(text)),
        bullet=bool(BULLET.match(text)),
        capitalised=sum(1 for w in cased_words if w[0].isupper()) / len(cased_words) if cased_words else 0.0,
        digits=sum(1 for t in toks if any(c.isdigit() for c in t)) / n if n else 0.0,
        quoted=bool(QUOTE.search(text)),
        markup=bool(MARKUP.search(text)),
        separators=len(SEPARATOR.findall(f" {BRACKETED.sub(' ', text)} ")),
        cased=len(cased_words) >= max(1, len(words) // 2),
    )


def prose_score(s: LineShape) -> float:
    """How much a line reads as running text, before its neighbours are looked at: long lines of
    stopword-rich sentences score high, short labels and lists low (jusText's good / near-good /
    short / bad, as one number)."""
    if s.n == 0:
        return -1.0
    length = min(1.0, math.log1p(s.n) / math.log1p(40))
    score = 1.6 * length + 2.0 * min(s.stop, 0.5) + (0.4 if s.terminal else 0.0) + min(0.3, 0.1 * s.commas)
    if s.bullet:
        score -= 0.5
    if s.cased and s.capitalised > 0.6 and s.n >= 3:
        score -= 0.6
    if s.markup:
        score -= 0.8
    if s.separators >= 2:
        score -= 0.8
    return score - 1.6


NEIGHBOURS = (-3, -2, -1, 1, 2, 3)

FEATURES = (
    ["bias", "length", "chars", "stop", "stop_known", "terminal", "sentences", "commas", "bullet",
     "capitalised", "digits", "quoted", "markup", "separators", "short", "prose",
     "position", "region", "mass_before", "mass_after", "mass_inside", "window_prose", "window_max",
     "topic", "topic_core"]
    + [f"{name}{k:+d}" for k in NEIGHBOURS for name in ("prose", "length", "bullet")]
)
# A sentence that reports speech is news ("... may not be published, the judge said").
REPORTED = re.compile(r"\b(said|says|told|according to|ruled|stated)\b", re.I)
SIGNALS = ("chrome", "call_to_action", "copyright", "credit", "link_prompt", "repeated_corpus",
           "repeated_page", "reader_voice", "dateline", "byline", "boundary", "after_link_label", "caption",
           "author_bio", "after_comments")


def densest_run(scores: list[float]) -> tuple[int, int]:
    """(first, last) index of the run of lines with the largest sum of scores (Kadane): the story's
    dense core. (0, -1) when no line scores above zero."""
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def content_words(toks: list[str], stopwords: frozenset[str]) -> set[str]:
    """Words that carry the topic: not stopwords, not numbers, not single letters (a single
    character is a word in scripts written without spaces)."""
    return {t for t in toks if t not in stopwords and not t.isdigit() and (len(t) > 1 or NO_SPACE.match(t))}


def _topic_overlap(shapes: list[LineShape], stopwords: frozenset[str], core: range) -> tuple[list[float], list[float]]:
    """For each line, the share of its content words (not stopwords, not numbers) that other lines
    of running text use too, and that the densest run of prose uses: a story's paragraphs share
    names and terms with each other; a teaser, a legal notice or a comment mostly does not."""
    content = [content_words(s.tokens, stopwords) for s in shapes]
    prose_lines = [i for i, s in enumerate(shapes) if prose_score(s) > 0]
    seen: Counter[str] = Counter()
    for i in prose_lines:
        seen.update(content[i])
    core_seen: Counter[str] = Counter()
    for i in core:
        core_seen.update(content[i])
    topic, topic_core = [], []
    for i, words in enumerate(content):
        if not words:
            topic.append(0.0)
            topic_core.append(0.0)
            continue
        own = 1 if i in prose_lines else 0
        topic.append(sum(1 for t in words if seen[t] - own > 0) / len(words))
        own = 1 if i in core else 0
        topic_core.append(sum(1 for t in words if core_seen[t] - own > 0) / len(words))
    return topic, topic_core


def feature_rows(shapes: list[LineShape], stop_known: bool, stopwords: frozenset[str] = frozenset()) -> list[dict[str, float]]:
    """One feature mapping per line: its own shape, its neighbours' and where it stands relative to
    the page's densest run of prose."""
    prose = [prose_score(s) for s in shapes]
    first, last = densest_run(prose)
    count = len(shapes)
    # how much of the page's running text stands before and after each line: the story lies
    # between its first and last paragraphs, chrome at the ends (a list inside a story has prose
    # on both sides; a footer has none after it)
    topic, topic_core = _topic_overlap(shapes, stopwords, range(first, last + 1))
    mass = [max(0.0, p) * math.log1p(s.n) for p, s in zip(prose, shapes)]
    total = sum(mass) or 1.0
    before, running = [], 0.0
    for m in mass:
        before.append(running / total)
        running += m
    rows = []
    for i, s in enumerate(shapes):
        row = {
            "bias": 1.0,
            "length": math.log1p(s.n),
            "chars": math.log1p(len(s.text)),
            "stop": s.stop,
            "stop_known": 1.0 if stop_known else 0.0,
            "terminal": float(s.terminal),
            "sentences": min(s.sentences, 4) / 4,
            "commas": min(s.commas, 4) / 4,
            "bullet": float(s.bullet),
            "capitalised": s.capitalised,
            "digits": s.digits,
            "quoted": float(s.quoted),
            "markup": float(s.markup),
            "separators": min(s.separators, 3) / 3,
            "short": float(s.n <= 4),
            "prose": prose[i],
            "position": i / max(1, count - 1),
            "region": float(first <= i <= last),
            "mass_before": before[i],
            "mass_after": 1.0 - before[i] - mass[i] / total,
            "mass_inside": min(before[i], 1.0 - before[i] - mass[i] / total),
            "window_prose": sum(prose[max(0, i - 4):i + 5]) / len(prose[max(0, i - 4):i + 5]),
            "window_max": max(prose[max(0, i - 3):i + 4]),
            "topic": topic[i],
            "topic_core": topic_core[i],
            # not a learned feature: the line introduces what follows ('... the city can do this by:')
            "introduces": float(s.text.rstrip().endswith((":", "："))),
            # nor this: the line reports what someone said (news, whatever else it says)
            "reports_speech": float(bool(REPORTED.search(s.text))),
            # nor this: a numbered item ('2) Services', '3. What happens next')
            "numbered": float(bool(NUMBERED.match(s.text))),
        }
        for k in NEIGHBOURS:
            j = i + k
            inside = 0 <= j < count
            row[f"prose{k:+d}"] = prose[j] if inside else -1.0
            row[f"length{k:+d}"] = math.log1p(shapes[j].n) if inside else 0.0
            row[f"bullet{k:+d}"] = float(shapes[j].bullet) if inside else 0.0
        for name in SIGNALS:
            row[name] = s.signals.get(name, 0.0)
        rows.append(row)
    return rows
