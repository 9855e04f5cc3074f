"""Where the story is on a page: the dense run of prose, judged as a whole.

1. every line gets its features (``features.py``) and the word-list signals of chrome;
2. a logistic model, its weights learned from public pages with known article text
   (``weights.json``, trained by ``benchmarks/quality/train_cleaner.py``), gives each line a
   probability of being story;
3. the page is read as a sequence: a two-state decoding (story / chrome, Viterbi) with a cost
   for every switch, so that a short line inside the story stays story and a stray sentence in
   the chrome stays chrome — as a reader sees the page.
"""
from __future__ import annotations

import functools
import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .. import lexicon
from .chrome import (COPYRIGHT_LINE, addresses_reader, appeal_topic, call_to_action, certain_chrome, comparable, credit, exact_chrome,
                     is_dateline, is_name_like, is_quoted, reader_voice, words)
from .features import (TERMINAL, BULLET, FEATURES, REPORTED, SIGNALS, feature_rows, line_shape, page_stopwords,
                       prose_score, tokens)

WEIGHTS = Path(__file__).with_name("weights.json")
LINK_AFTER_LABEL = "a link to another story (after a label such as 'Read also')"
REPEATED_LABEL = "on the page (a label)"


def is_repeated_label(reason: str | None) -> bool:
    """Whether a line is chrome only because the page shows it again and again (a short line)."""
    return bool(reason) and reason.endswith(REPEATED_LABEL)


def is_link_label(text: str) -> bool:
    """'Read also', 'Related', 'Most read': a label of a list of other stories."""
    return comparable(unbulleted(text)) in _link_labels()


@functools.cache
def _link_labels() -> frozenset[str]:
    return frozenset(lexicon.load("boilerplate")["link_labels"])
# Cost of switching between story and chrome, in log-odds: a single line must be quite sure to
# break a run (a subheading inside the story, a stray sentence in a footer).
SWITCH_COST = 2.0


_OVERRIDE: list[dict] = []


def learned() -> dict[str, dict[str, float]]:
    """The learned weights: ``story`` (a line is story) and ``headline`` (a line is the headline)."""
    return _OVERRIDE[-1] if _OVERRIDE else _shipped()


@functools.cache
def _shipped() -> dict[str, dict[str, float]]:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


class weights_in_use:
    """``with weights_in_use(w):`` cleans with other weights (the training script's held-out check)."""

    def __init__(self, w: dict[str, dict[str, float]]):
        self.w = w

    def __enter__(self):
        _OVERRIDE.append(self.w)

    def __exit__(self, *exc):
        _OVERRIDE.pop()


def weights() -> dict[str, float]:
    return learned()["story"]


def repeated_across(pages: list[list[str]]) -> dict[str, int]:
    """Short lines and how many pages carry them, when more than one does (menus, buttons and
    footers repeat from page to page of a site; quotations carried by several publishers are news)."""
    counts: Counter[str] = Counter()
    for lines in pages:
        seen = {comparable(line) for line in lines if line and len(words(line)) <= 8 and not is_quoted(line)}
        counts.update(key for key in seen if key)
    return {key: n for key, n in counts.items() if n >= 2}


def unbulleted(text: str) -> str:
    return BULLET.sub("", text, count=1)


def line_signals(text: str, repeated: dict[str, int], within: Counter) -> dict[str, float]:
    """What the word lists of chrome say of a line (a list marker in front is ignored)."""
    key, short, own = _own_signals(text)
    return {**own, "repeated_corpus": float(short and repeated.get(key, 0) >= 2),
            "repeated_page": float(short and within[key] >= 2), "after_link_label": 0.0, "after_comments": 0.0}


@functools.lru_cache(maxsize=65536)
def _own_signals(text: str) -> tuple[str, bool, dict[str, float]]:
    """The signals that depend on the line alone (menus and footers repeat from page to page of a
    site, so each distinct line is read once): its comparison key, whether it is short and
    unquoted, and the word-list signals."""
    bare = unbulleted(text)
    n = len(words(bare))
    cta = call_to_action(bare)
    reported = bool(REPORTED.search(bare))
    boilerplate = lexicon.load("boilerplate")
    return comparable(bare), n <= 8 and not is_quoted(bare), {
        "chrome": float(exact_chrome(bare) is not None),
        "call_to_action": float(bool(cta) and cta != "copyright" and addresses_reader(bare) and n <= 60),
        "copyright": float((bool(COPYRIGHT_LINE.search(bare)) or cta == "copyright") and n <= 30 and not reported),
        "credit": float(credit(bare)),
        "link_prompt": float(certain_chrome(bare) is not None),
        "reader_voice": float(reader_voice(bare)),
        "dateline": float(is_dateline(bare)),
        "byline": float(is_name_like(bare)),
        "boundary": 0.0,
        "caption": float(n <= 40 and bool(lexicon.pattern(*boilerplate["caption"]).search(bare))),
        "author_bio": float(n <= 60 and bool(lexicon.pattern(*boilerplate["author_bio"]).search(bare))),
    }


def certain_chrome_reason(text: str, signals: dict[str, float], times_on_page: int = 1) -> str | None:
    """Why a line is chrome wherever it stands (a button, a label, an ad slot, a copyright footer,
    a prompt before a link, a call to action in the reader's voice, a label the page repeats
    between paragraphs), or None."""
    bare = unbulleted(text)
    if not tokens(bare):
        return "no words (an icon or a list marker)"
    n = len(words(bare))
    if not is_quoted(bare) and ((times_on_page >= 2 and n <= 3) or (times_on_page >= 3 and n <= 8)):
        return f"repeated {times_on_page} times {REPEATED_LABEL}"
    reason = exact_chrome(bare) or certain_chrome(bare)
    if reason:
        return reason
    if is_link_label(bare):
        return "a label of links to other stories"
    if signals["copyright"]:
        return "copyright footer"
    if signals["call_to_action"]:
        return f"call to action ({call_to_action(bare)})"
    return None


@dataclass
class PageReading:
    rows: list[dict[str, float] | None]
    """Each line's features; None for a line that is chrome wherever it stands."""
    reasons: list[str | None]
    """Why such a line is chrome."""
    stopwords: frozenset[str]
    language: str | None
    """The jusText stoplist the page's words fit (None: the page's own frequent words stood in)."""


def page_features(lines: list[str], repeated: dict[str, int]) -> tuple[list[dict[str, float] | None], list[str | None]]:
    reading = read_page(lines, repeated)
    return reading.rows, reading.reasons


def read_page(lines: list[str], repeated: dict[str, int]) -> PageReading:
    """The feature mapping of every line of a page (None for a line that is chrome wherever it
    stands, with its reason). Those lines are left out of the sequence the others are read in:
    an ad slot between two paragraphs does not part them."""
    token_lists = [tokens(line) for line in lines]
    stopwords, language = page_stopwords(token_lists)
    within = Counter(comparable(unbulleted(line)) for line in lines)
    all_signals, reasons = [], []
    for i, line in enumerate(lines):
        signals = line_signals(line, repeated, within)
        reason = certain_chrome_reason(line, signals, within[comparable(unbulleted(line))])
        # the lines just after a 'Read also' / 'Related' label are links (and their pictures' captions
        # without an end mark), up to the first sentence
        # (a sentence ends them: the line after it is no link, even with a link two lines up)
        after_label = i >= 1 and (reasons[i - 1] == LINK_AFTER_LABEL or is_link_label(lines[i - 1]))
        signals["after_link_label"] = float(after_label)
        if reason is None and after_label and not TERMINAL.search(line.rstrip()) and len(words(line)) <= 25:
            reason = LINK_AFTER_LABEL
        reasons.append(reason)
        all_signals.append(signals)
    # a sign-up or donation box is chrome as a whole, and is left out of the sequence like an ad
    grow_appeals(lines, reasons)
    shapes = []
    for line, reason, signals in zip(lines, reasons, all_signals):
        if reason is None:
            shape = line_shape(line, stopwords)
            shape.signals = signals
            shapes.append(shape)
    # readers' comments begin at a marker ('12 Comments', 'Leave a reply', 'Jane says:'); every
    # line after the first one is theirs
    comments = lexicon.pattern(*lexicon.load("boilerplate")["comments_start"])
    indexes = [i for i, r in enumerate(reasons) if r is None]
    mass = [max(0.0, prose_score(shape)) * shape.n for shape in shapes]
    total, seen, start = sum(mass) or 1.0, 0.0, None
    by_index = dict(zip(indexes, mass))
    # a marker counts once most of the page's running text stands above it (a comment count in the
    # page's header does not); a fifth when the page shows three or more (a long thread)
    markers = [bool(comments.search(unbulleted(line))) for line in lines]
    share = 0.2 if sum(markers) >= 3 else 0.5
    for i, marker in enumerate(markers):
        seen += by_index.get(i, 0.0)
        if seen / total >= share and marker:
            start = i
            break
    # a thread of readers' comments, each under its header with a time, may outweigh the story:
    # from its first header below a fifth of the running text, every line is theirs
    headers = lexicon.pattern(*lexicon.load("boilerplate")["comment_headers"])
    heads = {i for i, line in enumerate(lines) if headers.search(unbulleted(line))}
    if len(heads) >= 3:
        seen = 0.0
        for i in range(len(lines)):
            seen += by_index.get(i, 0.0)
            if i in heads and seen / total >= 0.2:
                for j in range(i, len(lines)):
                    if reasons[j] is None:
                        reasons[j] = "readers' comments"
                start = i if start is None else min(start, i)
                break
        shapes = [shape for shape, index in zip(shapes, indexes) if reasons[index] is None]
    if start is not None:
        for shape, index in zip(shapes, [i for i, r in enumerate(reasons) if r is None]):
            shape.signals["after_comments"] = float(index > start)
    rows = iter(feature_rows(shapes, language is not None, stopwords))
    return PageReading([None if reason else next(rows) for reason in reasons], reasons, stopwords, language)


def grow_appeals(lines: list[str], reasons: list[str | None]) -> None:
    """A donation or newsletter appeal runs over several paragraphs: the lines next to a call to
    action, in the publisher's voice and about the publisher's work, belong to it; so do a sign-up
    box's own short lines, between two of its calls to action or beside one and naming what it sells
    ('Free weekly newsletter', 'Enter your email address')."""
    def appeal(j: int, kinds: tuple[str, ...] = ("call to action", "appeal")) -> bool:
        return 0 <= j < len(lines) and (reasons[j] or "").startswith(kinds)

    boxes = ("call to action", "appeal", "log-in", "paywall notice")   # a bare 'Sign up' button is read as a log-in

    changed = True
    while changed:
        changed = False
        # a list between two of a box's calls to action is what the box offers ('* Unlimited digital
        # access.', '* Daily puzzles.'), whatever its items' shape
        i = 0
        while i < len(lines):
            j = i
            while j < len(lines) and reasons[j] is None and BULLET.match(lines[j]):
                j += 1
            if j > i and appeal(i - 1, boxes) and appeal(j, boxes):
                for k in range(i, j):
                    reasons[k] = "appeal (part of a call to action)"
                changed = True
            i = j + 1
        for i, text in enumerate(lines):
            if reasons[i] is not None:
                continue
            label = len(words(text)) <= 4 and text.rstrip().endswith(":")  # 'Free reports:' over a sign-up
            # a sign-up box's own short lines ('Free weekly newsletter', 'Enter your email address'),
            # between two of its calls to action, or beside one and naming what it sells
            boxed = len(words(text)) <= 20 and not TERMINAL.search(text.rstrip()) and (
                (appeal(i - 1) or appeal(i - 2)) and (appeal(i + 1) or appeal(i + 2))
                or (appeal(i - 1, boxes) or appeal(i + 1, boxes)) and _box_words().search(text))
            if not label and not boxed and (not reader_voice(text) or not appeal_topic(text)):
                continue
            if appeal(i - 1) or appeal(i + 1) or boxed:
                reasons[i] = "appeal (part of a call to action)"
                changed = True


def _box_words():
    """What a sign-up or promotion box names ('newsletter promotion', 'email address')."""
    return lexicon.pattern(*lexicon.load("boilerplate")["box_words"])


def log_odds(row: dict[str, float], w: dict | None = None) -> float:
    """The line's log-odds of being story: a linear model (a weight per feature) or boosted trees
    (``{"features", "init", "trees"}``, each tree as node lists)."""
    w = w or weights()
    if "trees" in w:
        x = [row.get(name, 0.0) for name in w["features"]]
        total = w["init"]
        for tree in w["trees"]:
            node = 0
            feature = tree["f"]
            while feature[node] >= 0:
                node = tree["l"][node] if x[feature[node]] <= tree["t"][node] else tree["r"][node]
            total += tree["v"][node]
        return total
    return sum(w.get(name, 0.0) * row.get(name, 0.0) for name in (*FEATURES, *SIGNALS))


def log_odds_all(rows: list[dict[str, float]], w: dict | None = None) -> list[float]:
    """``log_odds`` of many lines at once: every boosted tree walked together, level by level
    (numpy), the same sums as ``log_odds``."""
    w = w or weights()
    if "trees" not in w:
        return [log_odds(r, w) for r in rows]
    import numpy as np

    feature, threshold, left, right, value = _packed(id(w), w)
    trees = np.arange(feature.shape[0])[:, None]
    x = np.array([[r.get(name, 0.0) for name in w["features"]] for r in rows], dtype=np.float64)
    lines = np.arange(len(rows))[None, :]
    node = np.zeros((feature.shape[0], len(rows)), dtype=np.int64)
    for _ in range(feature.shape[1]):
        f = feature[trees, node]
        inner = f >= 0
        if not inner.any():
            break
        go_left = x[lines, np.where(inner, f, 0)] <= threshold[trees, node]
        node = np.where(inner, np.where(go_left, left[trees, node], right[trees, node]), node)
    return (w["init"] + value[trees, node].sum(axis=0)).tolist()


_PACKED: dict[int, tuple] = {}


def _packed(key: int, w: dict) -> tuple:
    """The trees' node lists as arrays of (trees x nodes), made once per weights."""
    if key not in _PACKED:
        import numpy as np

        width = max(len(t["f"]) for t in w["trees"])

        def table(name, fill, dtype):
            return np.array([t[name] + [fill] * (width - len(t[name])) for t in w["trees"]], dtype=dtype)

        _PACKED[key] = (table("f", -2, np.int64), table("t", 0.0, np.float64), table("l", 0, np.int64),
                        table("r", 0, np.int64), table("v", 0.0, np.float64))
    return _PACKED[key]


def line_probability(row: dict[str, float], w: dict[str, float] | None = None) -> float:
    z = max(-30.0, min(30.0, log_odds(row, w)))
    return 1 / (1 + math.exp(-z))


def story_lines(rows: list[dict[str, float] | None], w: dict[str, float] | None = None,
                switch_cost: float = SWITCH_COST) -> list[bool]:
    """Story or not, for every line (a None row is chrome): the most likely sequence of states
    given each line's log-odds and a cost per switch (Viterbi over two states)."""
    return scored_story_lines(rows, w, switch_cost)[0]


def scored_story_lines(rows: list[dict[str, float] | None], w: dict[str, float] | None = None,
                       switch_cost: float = SWITCH_COST) -> tuple[list[bool], list[float | None]]:
    """``story_lines`` and each line's log-odds of being the story's (None for chrome)."""
    present = [r for r in rows if r is not None]
    if not present:
        return [False] * len(rows), [None] * len(rows)
    scores = log_odds_all(present, w)
    by_row = iter(scores)
    row_scores = [None if r is None else next(by_row) for r in rows]
    decided = _strays_dropped(_decode(scores, switch_cost), present, scores)
    if not any(decided):
        # nothing reads as a story (a short item, a teaser, a page in a shape the model has not
        # seen): the run around the most story-like line is the best guess
        shift = 2 * switch_cost + 0.5 - max(scores)  # enough to enter the story and leave it again
        decided = _trim(_run_around(_decode([s + shift for s in scores], switch_cost), scores), present, scores)
    decided = _fill(decided, present, scores)
    decided = iter(decided)
    return [False if r is None else next(decided) for r in rows], row_scores


# When nothing reads as a story, a line this unlikely that is no sentence (a menu item, a label) does not
# open or close the guessed run: the shift that lets the best line in lets the menu beside it in too.
GUESS_FLOOR = -2.0


# A run of lines apart from the story, beyond this many lines that are not its, with no line surer than
# STRAY_SURE and at most a share STRAY_SENTENCES of sentences, is a list of teasers (a headline and its
# summary, again and again), not more of the story (its tail after a box is sentences)
STRAY_GAP = 8
STRAY_SURE = 2.0
STRAY_SENTENCES = 0.5


def _runs(decided: list[bool]) -> list[tuple[int, int]]:
    """(first, last) index of each run of story lines."""
    out, i = [], 0
    while i < len(decided):
        if decided[i]:
            j = i
            while j + 1 < len(decided) and decided[j + 1]:
                j += 1
            out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def _strays_dropped(decided: list[bool], rows: list[dict[str, float]], scores: list[float]) -> list[bool]:
    """The decoded story without the unsure runs of teasers far from its main run (the run of most
    log-odds)."""
    runs = _runs(decided)
    if len(runs) < 2:
        return decided
    main = max(range(len(runs)), key=lambda r: sum(scores[runs[r][0]:runs[r][1] + 1]))
    out = list(decided)
    for order in (range(main + 1, len(runs)), range(main - 1, -1, -1)):
        edge = runs[main]
        for r in order:
            start, end = runs[r]
            gap = start - edge[1] - 1 if start > edge[1] else edge[0] - end - 1
            sentences = sum(1 for k in range(start, end + 1) if rows[k]["terminal"] and rows[k]["prose"] > 0.5)
            if gap >= STRAY_GAP and max(scores[start:end + 1]) < STRAY_SURE \
                    and sentences <= STRAY_SENTENCES * (end - start + 1):
                for k in range(start, end + 1):
                    out[k] = False
            else:
                edge = runs[r]
    return out


def _run_around(decided: list[bool], scores: list[float]) -> list[bool]:
    """Only the run of story lines that holds the most story-like line (the shift that lets it in lets
    other runs of menu items in too)."""
    best = max(range(len(scores)), key=lambda k: scores[k])
    for start, end in _runs(decided):
        if start <= best <= end:
            return [start <= k <= end for k in range(len(decided))]
    return decided


def _trim(decided: list[bool], rows: list[dict[str, float]], scores: list[float]) -> list[bool]:
    """Each run of story lines without the lines at its ends that score below ``GUESS_FLOOR`` and are
    no sentence (never beyond the run's most story-like line)."""
    out = list(decided)

    def weak(k: int) -> bool:
        return scores[k] < GUESS_FLOOR and not (rows[k]["terminal"] and rows[k]["length"] >= math.log1p(5))

    for start, end in _runs(decided):
        best = max(range(start, end + 1), key=lambda k: scores[k])
        while start < best and weak(start):
            out[start] = False
            start += 1
        while end > best and weak(end):
            out[end] = False
            end -= 1
    return out


# A gap of at most this many lines between two parts of the story is part of it when its lines
# read as the story's own (a subheading, a short paragraph): when unsure, keep.
GAP = 3


# A gap of at most this many lines inside the story, made of bulleted lists that a paragraph of the story
# introduces (ending with a colon) and their subheadings, is the story's own (so is such a list of at most
# this many items at the story's end when the story goes on after it).
LIST_GAP = 15


# At the story's edges a paragraph this unsure (log-odds above it) joins the story: when unsure, keep.
EDGE_DOUBT = -1.0
# ... and down to this one when it reports what someone said (not in readers' comments)
SPEECH_DOUBT = -3.0


def _story_edge(row: dict[str, float], score: float) -> bool:
    """A sentence of prose next to the story, on its topic, one the model is unsure of, or one that reports
    what someone said: the story's."""
    reported = row["reports_speech"] and score > SPEECH_DOUBT and not row["after_comments"]
    return row["prose"] > 0.5 and (row["topic_core"] >= 0.4 or row["terminal"] and (score > EDGE_DOUBT or reported)) \
        and row["bullet"] == 0 and (row["after_link_label"] == 0 or score > EDGE_DOUBT)


def _introduced_lists(gap: range, rows: list[dict[str, float]]) -> bool:
    """A short gap inside the story made of lists that a line of the story introduces ('... by:'),
    with their subheadings and paragraphs: every list opens right after an introduction, and no
    line is a caption or follows a label of links."""
    if len(gap) > LIST_GAP or not any(rows[k]["bullet"] for k in gap):
        return False
    for k in gap:
        row = rows[k]
        if row["caption"] or row["after_link_label"]:
            return False
        if row["bullet"]:
            start = k
            while start > 0 and rows[start - 1]["bullet"]:
                start -= 1
            # a numbered subheading over its paragraph ('2) Services', then a paragraph) needs no introduction
            paragraph = rows[k + 1] if k + 1 < len(rows) else None
            subheading = row.get("numbered") and not rows[k - 1]["bullet"] and paragraph is not None \
                and not paragraph["bullet"] and paragraph["prose"] > 0.5 and paragraph["terminal"]
            if not subheading and (start == 0 or not _introduction(rows[start - 1])):
                return False
        if not row["bullet"] and not (row["prose"] > 0 or row["topic_core"] >= 0.5):
            return False
    return True


def _introduction(row: dict[str, float]) -> bool:
    """A sentence of the story's that introduces a list ('The fund is making these donations:'):
    not a label ('Fact box:') nor a prompt to the reader ('More on this in our weekly check:')."""
    return bool(row.get("introduces")) and row["prose"] > 0 and not row["reader_voice"] and row["length"] >= math.log1p(5)


def _fill(decided: list[bool], rows: list[dict[str, float]], scores: list[float]) -> list[bool]:
    """Keep the story's own lines that the decoding left out: inside the story, a short gap whose
    lines are not list items, or lists the story introduces ('... the following:'); at its edges,
    sentences of prose on the story's topic or that the model is unsure of, and before such a
    sentence a list the story's last paragraph introduces."""
    out = list(decided)
    kept = [i for i, d in enumerate(out) if d]
    if not kept:
        return out
    first, last = kept[0], kept[-1]
    i = first
    while i < last:
        if out[i]:
            i += 1
            continue
        j = i
        while not out[j]:
            j += 1
        gap = range(i, j)
        if _introduced_lists(gap, rows):
            # lists the story introduces ('The plan would: ...'), between two of its paragraphs
            for k in gap:
                out[k] = True
        elif len(gap) <= GAP and all(rows[k]["bullet"] == 0 and rows[k]["caption"] == 0 and
                                   rows[k]["after_link_label"] == 0 and
                                   (rows[k]["prose"] > 0 or rows[k]["topic_core"] >= 0.5) for k in gap):
            for k in gap:
                out[k] = True
        i = j
    for step, start in ((-1, first - 1), (1, last + 1)):
        k = start
        while 0 <= k < len(out):
            row = rows[k]
            if row["caption"] or row["credit"]:
                k += step  # a caption between paragraphs: stepped over (it goes to the metadata)
                continue
            beyond = k + 2 if step == 1 else k - 1   # the line past the caption and its credit
            if k + 1 < len(out) and (rows[k + 1]["caption"] or rows[k + 1]["credit"]) and not row["bullet"] \
                    and row["prose"] <= 0.5 and not _story_edge(row, scores[k]) and 0 <= beyond < len(out) \
                    and (out[beyond] or _story_edge(rows[beyond], scores[beyond])):
                k += step  # a caption's words over its credit ('Strait of Hormuz' / 'Photo: AP'), with the story
                continue   # going on past them: stepped over too
            if step == 1 and row["bullet"] and out[k - 1] and _introduction(rows[k - 1]):
                # a list the story's paragraph introduces ('... are:'), when the story goes on after it
                end = k
                while end < len(out) and rows[end]["bullet"] and rows[end]["after_link_label"] == 0 and end - k < LIST_GAP:
                    end += 1
                if end < len(out) and not rows[end]["bullet"] and _story_edge(rows[end], scores[end]):
                    for j in range(k, end):
                        out[j] = True
                    k = end
                    continue
            if not _story_edge(row, scores[k]):
                sure = _sure_sentence_past(rows, scores, k, step)
                if sure is None:
                    break
                k = sure  # a pull quote, a subheading or a label between paragraphs: stepped over
                continue
            out[k] = True
            k += step
    return out


# Past at most this many lines at the story's edge, a sentence the model is this sure of goes on with the story
OVER = 4
EDGE_SURE = 1.0


def _sure_sentence_past(rows: list[dict[str, float]], scores: list[float], k: int, step: int) -> int | None:
    """The index of a sentence of prose the model is sure of, at most ``OVER`` lines from ``k`` on
    (``k`` included), with no list item, link after a label or readers' comment on the way; or None."""
    for m in range(k, k + step * (OVER + 1), step):
        if not 0 <= m < len(rows):
            return None
        row = rows[m]
        if row["bullet"] or row["after_link_label"] or row["after_comments"]:
            return None
        if m != k and scores[m] >= EDGE_SURE and row["terminal"] and row["prose"] > 0.5:
            return m
    return None


def _decode(scores: list[float], switch_cost: float) -> list[bool]:
    # state 1 = story earns the line's log-odds, state 0 = chrome earns 0
    best = [0.0, scores[0]]
    back: list[tuple[int, int]] = []
    for s in scores[1:]:
        from_chrome = (best[0], 0) if best[0] >= best[1] - switch_cost else (best[1] - switch_cost, 1)
        from_story = (best[1], 1) if best[1] >= best[0] - switch_cost else (best[0] - switch_cost, 0)
        back.append((from_chrome[1], from_story[1]))
        best = [from_chrome[0], from_story[0] + s]
    state = 0 if best[0] > best[1] else 1
    states = [state]
    for pointers in reversed(back):
        state = pointers[state]
        states.append(state)
    states.reverse()
    return [bool(x) for x in states]
