"""The headline: the line above the story that names what the story is about.

Every line shortly before the story's first paragraph (or a part of it, when the headline shares
its line with a site name or breadcrumb: 'Site | Headline') is a candidate, described by how
much of its wording the story's opening paragraphs share, how near the story it stands, its
shape (length, list marker, sentence end, capitalised words) and whether the page repeats it.
A small logistic model (``weights.json``, learned by ``benchmarks/quality/train_cleaner.py``)
ranks them; menus, breadcrumbs and section labels share few words with the story, another
story's headline stands further away, the standfirst reads as a sentence. A headline the file
declares (front matter, an HTML title, a Markdown heading) is used when it stands on the page.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter

from .. import lexicon
from .chrome import call_to_action, comparable, is_dateline, is_name_like, is_prose
from . import features, metadata, story as story_finder
from .features import BULLET, NO_SPACE, TERMINAL, tokens

# How far above the story's first paragraph a headline may stand (lines that are not chrome): bylines,
# dates, captions and a standfirst often come between.
REACH = 40
# ... and a line over both a byline and a date, this far (a video player or a gallery may stand between)
FAR_REACH = 120
# ... however many lines of chrome stand between too, up to this many lines in all
CHROME_SPAN = 360
CAPTION = lexicon.pattern(*lexicon.load("boilerplate")["caption"])
SHARE_BUTTONS = lexicon.pattern(*lexicon.load("boilerplate")["call_to_action"]["share buttons"])
LINK_BUTTON_END = lexicon.pattern(*lexicon.load("boilerplate")["link_button_end"])
BYLINE_WORD = r"(?i:by|von|par|por|door)"
BYLINE_START = re.compile(rf"^\s*{BYLINE_WORD}\s+\S")
# 'By' and two capitalised words ('By Dana A. Ford, Tom Page and Lee Tran, CNN'; not 'By the time ...')
BYLINE_NAMED = re.compile(rf"^\s*{BYLINE_WORD}:?\s+[A-Z][\w.'’-]*\s+[A-Z]")
# How close a line's score must come to the best's for the headline above a deck to win.
DECK_MARGIN = 0.5
# ... and how close a shorter line right above the best one must come to be taken as its headline.
DECK_SPAN = 1.5
# A label the page repeats is a headline candidate only when it has four words or more and at least this
# share of its words are the story opening's (a headline is repeated in the page's title and share links;
# 'Sign in' and 'Ask an Advisor' are repeated too)
LABEL_SHARE = 0.5
# ... and when the page shows it at most this many times (its title, breadcrumb, share links, the headline)
LABEL_TIMES = 4
SEPARATOR = re.compile(r"\s+[|›»>/–—-]\s+")
# A line of this many words or more that holds none of the language's function words is a run of names or tags
STOPLESS_WORDS = 8
FEATURES = ("bias", "shared", "shared_first", "distance", "adjacent", "length", "too_long", "too_short",
            "terminal", "capitalised", "repeated", "part", "first_story", "story", "paren", "digits", "colon",
            "page_top", "earliest", "rank", "upper", "caption", "deck_below", "headline_above", "byline_below",
            "date_below", "repeated_shared", "stopless")


def content_words(text: str, stopwords: frozenset[str]) -> set[str]:
    return features.content_words(tokens(text), stopwords)


# Words this long or longer are compared by their first letters, so that a word's forms match
# ('superbugs' / 'superbug', 'Ukraine' / 'ukrainische'): a crude stem that holds in many languages.
STEM = 5


def _shared(words: set[str], others: set[str]) -> float:
    """The share of ``words`` that ``others`` use too, in any form (same first ``STEM`` letters)."""
    if not words:
        return 0.0
    stems = {w[:STEM] for w in others if len(w) >= STEM}
    return sum(1 for w in words if w in others or len(w) >= STEM and w[:STEM] in stems) / len(words)


def _parts(text: str) -> list[str]:
    """'Site name | Headline' or 'Section > Headline': each part is a candidate of its own."""
    parts = [p.strip() for p in SEPARATOR.split(text) if p.strip()]
    return parts if len(parts) > 1 else []


def _shaped(text: str) -> bool:
    n = len(tokens(text))
    if BULLET.match(text):
        return False
    if NO_SPACE.search(text):
        return 4 <= n <= 90
    return 2 <= n <= 40 and not text.rstrip().endswith((":", ","))


def opens_with_dateline(text: str) -> bool:
    """A paragraph that begins 'PLACE, Month Day (Agency) -' is the story's first, never its headline."""
    from .metadata import dateline

    return dateline(text) is not None


def _repeats(keys: list[str], key: str) -> bool:
    """Whether the page shows this text at least twice (within longer lines too)."""
    seen = 0
    for k in keys:
        if key in k:
            seen += 1
            if seen >= 2:
                return True
    return False


def _deck(lines: list[str], removed: list[bool], i: int, step: int) -> bool:
    """Whether the nearest line above (step -1) or below (step 1) that is not chrome is shaped
    like a headline too (and is no sentence)."""
    j = i + step
    while 0 <= j < len(lines) and removed[j]:
        j += step
    if not 0 <= j < len(lines):
        return False
    text = lines[j]
    return _shaped(text) and not TERMINAL.search(text.rstrip()) and not is_dateline(text) and not is_name_like(text) \
        and len(tokens(text)) >= 4


# How many lines (not chrome) under a headline its byline or date may stand
HEAD_BELOW = 3


def _head_below(lines: list[str], removed: list[bool], i: int) -> tuple[bool, bool]:
    """Whether a byline, and whether a date, stands among the next lines under line ``i`` that are not
    chrome: a page sets its headline over the article's byline and date, a teaser or caption seldom."""
    byline = dated = False
    seen, j = 0, i + 1
    while j < len(lines) and seen < HEAD_BELOW:
        if not removed[j]:
            seen += 1
            text = story_finder.unbulleted(lines[j]).strip()
            byline = byline or bool(BYLINE_NAMED.match(text) or metadata.BYLINE.match(text) and metadata.byline_author(text)
                                    or is_name_like(text))
            dated = dated or is_dateline(text) or bool(DATE_LABEL.match(text)) or _states_a_date(text)
        j += 1
    return byline, dated


@functools.lru_cache(maxsize=4096)
def _states_a_date(text: str) -> bool:
    """A short line that states a full date in any language ('Veröffentlicht am 13. Mai 2026')."""
    return len(tokens(text)) <= 12 and metadata.date_in_line(text, None) is not None


CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")


def _date_label(text: str) -> bool:
    """A line that states a full date and a clock time ('Publisert torsdag 09. mai 2024 - 13:26') or
    little else ('Friday 15 March 2024'); a headline that gives a date says more ('Ceasefire agreed on
    3 June 2024', 'Brexit day: 31 January 2020')."""
    if not _states_a_date(text):
        return False
    return bool(CLOCK.search(text)) or sum(1 for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1) <= 2


# An address alone ('https://...'), a trail of sections ('Home > News > Local'), a byline ('By Jane Roe and
# Tom Page'), a label of the page's date or source ('Last updated 6 hours ago', 'Source: Riverton Daily'; not
# 'Updated vaccines to be offered this autumn')
ADDRESS = re.compile(r"^\s*(https?://|www\.)\S+\s*$")
DATE_LABEL = re.compile(r"^\s*(last |first )?(updated|published|posted|modified)\b\s*(:|on\b|at\b|by\b|\d|.*\bago\s*$)",
                        re.I)
SOURCE_LABEL = re.compile(r"^\s*(source|quelle|fuente|来源)\s*[:：]", re.I)
# an author box ending in an address ('Jane Roe Become a fan jane.roe@example.com'); how long ago, alone or
# after a section ('World / 6 h ago'; not 'Quake struck 2 hours ago')
EMAIL_END = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\s*$")
TIME_AGO = re.compile(r"(^|[/|·•]\s*)\d+\s*(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago\s*$", re.I)
# a picture's place in a gallery ('3 of 12', '3 / 12 |'); a video's length ('01:53') is no such sign: a bare
# clock time stands over many a headline
MEDIA_LABEL = re.compile(r"^\s*\d{1,3}\s*(of|/)\s*\d{1,3}\s*[|·]?\s*$", re.I)
# a caption closed by its photographer's or source's name after the sentence ('... after her surgery. Jane Okafor')
CREDITED = re.compile(r"(?:^|\s)[a-zà-öø-ÿ\d]+[.][\"”’]?\s+[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){1,3}\s*$")
TRAIL = re.compile(r"(^|\s)[>»›](\s|$)")


def glued_menu(text: str) -> bool:
    """A menu whose items were glued together when the page was saved as text ('HomeNewsPoliticsSport'):
    two words that turn from lower to upper case twice, or one that does so three times or more (a name
    turns once or twice: 'McDonald', 'GlaxoSmithKline', 'iPadOS'; a hashtag or handle may turn more)."""
    turns = [sum(1 for a, b in zip(word, word[1:]) if a.islower() and b.isupper())
             for word in re.split(r"[\s/'’-]+", text) if not word.startswith(("#", "@"))]
    return sum(1 for n in turns if n >= 2) >= 2 or any(n >= 3 for n in turns)


# A headline in a script with capitals (Latin, Greek, Cyrillic, Armenian) opens with a capital or a digit; a
# line that opens with a word of two letters or more all in lower case is a tag or a link ('great white sharks';
# not 'iPhone sales fall', 'eBay ...', "'s-Hertogenbosch ...", nor a line in Georgian, whose letters Python
# can upper-case though the script has no capitals)
LOWER_START = re.compile(r"^[\W_]*([^\W\d_A-Z]{2,})\b")
CAPITAL_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN")
# a menu whose items are set apart by separators ('Trending: Gifts // Outbreak // Spy tech // 3D printing')
MENU_SEPARATORS = 3
ITEM_SEPARATOR = re.compile(r"\s(//|[|·•])\s")
# an item of a list of dated links ('08/01/2014 Judge to rule on the appeal')
DATED_ITEM = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s+[^\W\d_]")


def _lower_start(text: str) -> bool:
    found = LOWER_START.match(text)
    if not found:
        return False
    word = found.group(1)
    return word.islower() and unicodedata.name(word[0], "").startswith(CAPITAL_SCRIPTS)


def _title_case(text: str) -> bool:
    """Whether every word of four letters or more opens with a capital ('Why Children Should Read More')."""
    longer = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    return bool(longer) and all(w[0].isupper() for w in longer)


def _link_button_end(text: str) -> bool:
    """Whether a link's button closes the line: capitalised as buttons are ('... Read more'; not '... should read
    more'), after a sentence's end, or after a word in lower case in a line not in title case (a headline in
    title case may end with the same words: 'Why Children Should Read More', 'Scientists Want to Learn More')."""
    found = LINK_BUTTON_END.search(text)
    if not found or not found.group("button")[0].isupper():
        return False
    before = text[:found.start("button")].rstrip()
    return before.endswith((".", "!", "?", "…", ":", "|", "»", "›", ">")) or not _title_case(before) and before[-1:].islower()


def _not_a_headline(text: str) -> bool:
    """A line shaped like a headline that is none: an address, a trail of sections, a byline, a date
    (or date label) or source label, an author box ending in an e-mail address, how long ago, a menu glued
    into one word or set apart by separators, share buttons, a link's button closing it ('... Read more'), a tag
    in lower case, an item of a list of dated links."""
    return bool(ADDRESS.match(text) or DATE_LABEL.match(text) or SOURCE_LABEL.match(text) or _date_label(text)
                or EMAIL_END.search(text) or TIME_AGO.search(text) or glued_menu(text)
                or SHARE_BUTTONS.search(text) or _link_button_end(text)
                or _lower_start(text) or len(ITEM_SEPARATOR.findall(text)) >= MENU_SEPARATORS or DATED_ITEM.match(text)
                or TRAIL.search(text) and not TERMINAL.search(text) and "«" not in text
                or metadata.BYLINE.match(text) and metadata.byline_author(text))


def removed_labels(reasons: list[str | None]) -> list[bool]:
    """The removed lines that may still be the headline: labels the page repeats (a short headline shows
    again in the page's title, its breadcrumb and its share links) and links after a label ('More news',
    then the article's own headline)."""
    return [story_finder.is_repeated_label(reason) or reason == story_finder.LINK_AFTER_LABEL for reason in reasons]


def candidates(lines: list[str], story: list[bool], removed: list[bool], stopwords: frozenset[str],
               labels: list[bool] | None = None):
    """(line index, text, features) of every headline candidate. ``labels``: the removed lines that may
    still be the headline (``removed_labels``); one is a candidate when it shares words with the story's
    opening."""
    kept = [j for j, keep in enumerate(story) if keep]
    if not kept:
        return []
    first = kept[0]
    # the story's opening: its first paragraphs of prose (never the candidate itself)
    prose = [j for j in kept if is_prose(lines[j])] or kept
    words_of = {j: content_words(lines[j], stopwords) for j in prose[:7]}
    keys = [comparable(line) for line in lines]
    times_shown = Counter(keys)
    top = next((i for i, r in enumerate(removed) if not r), 0)
    out = []
    # how far above the story each line stands, counting only the lines that are not chrome (a paywall's box,
    # a share bar or a gallery's buttons between the headline and the story add nothing)
    apart, seen = {}, 0
    for j in range(first - 1, max(0, first - CHROME_SPAN) - 1, -1):
        seen += not removed[j]
        apart[j] = seen
    # the story finder may take the headline in with the story's opening lines
    for i in range(max(0, first - CHROME_SPAN), min(len(lines), (kept[3] if len(kept) > 3 else kept[-1]) + 1)):
        label = bool(labels and labels[i])
        if removed[i] and not label:
            continue
        far = apart.get(i, 0)
        if far > FAR_REACH:
            continue
        text = lines[i].strip()
        below = _head_below(lines, removed, i)
        if far > REACH and not (below[0] and below[1]):
            continue
        # a list item is no headline, and neither is a part of one ('* Section - Other story's title')
        for candidate in [text, *([] if BULLET.match(text) else _parts(text))]:
            if not _shaped(candidate) or is_dateline(candidate) or is_name_like(candidate) or opens_with_dateline(candidate) \
                    or _not_a_headline(candidate):
                continue
            words = content_words(candidate, stopwords)
            if not words:
                continue
            others = [j for j in words_of if j != i][:6]
            opening = set().union(*(words_of[j] for j in others)) if others else set()
            first_words = words_of[others[0]] if others else set()
            shared = _shared(words, opening)
            if label and (shared < LABEL_SHARE or len(tokens(candidate)) < 4
                          or times_shown[keys[i]] > LABEL_TIMES):
                continue
            toks = tokens(candidate)
            cased = [w for w in re.findall(r"\w+", candidate) if w[0].isalpha() and w[0].lower() != w[0].upper()]
            n = len(toks) / (2.5 if NO_SPACE.search(candidate) else 1)
            feats = {
                "bias": 1.0,
                "shared": shared,
                "shared_first": _shared(words, first_words),
                "distance": math.log1p(abs(first - i)),
                "adjacent": float(abs(first - i) <= 3),
                "length": math.log1p(n),
                "too_long": float(n > 25),
                "too_short": float(n < 3),
                "terminal": float(bool(TERMINAL.search(candidate)) and not ASKS.search(candidate.rstrip())),
                "capitalised": sum(1 for w in cased if w[0].isupper()) / len(cased) if cased else 0.0,
                "repeated": float(_repeats(keys, comparable(candidate))),
                "part": float(candidate != text),
                "first_story": float(i == first),
                "story": float(story[i]),
                "paren": float(candidate.startswith(("(", "[")) or candidate.endswith((")", "]"))),
                "digits": sum(1 for t in toks if any(c.isdigit() for c in t)) / len(toks),
                "colon": float(":" in candidate),
                "page_top": float(i == top),
                "upper": float(candidate.isupper()),
                # a run of names or tags ('HOTELS ITALY SPAS TRAVEL AMALFI COAST HISTORIC POOLS RESORTS')
                "stopless": float(bool(stopwords) and len(toks) >= STOPLESS_WORDS
                                  and not any(t.lower() in stopwords for t in toks)),
                # a caption, a gallery picture's title under its place in the gallery ('3 of 12'), a caption closed
                # by its photographer's name
                "caption": float(bool(CAPTION.search(candidate)) or i > 0 and bool(MEDIA_LABEL.match(lines[i - 1]))
                                 or bool(CREDITED.search(candidate))),
                # a headline is often followed by a deck (a second, longer headline-shaped line)
                "deck_below": float(_deck(lines, removed, i, 1)),
                "headline_above": float(_deck(lines, removed, i, -1)),
                "byline_below": float(below[0]),
                "date_below": float(below[1]),
            }
            # the page's title bar repeats its headline; a menu shown twice is repeated too, but shares
            # no words with the story
            feats["repeated_shared"] = feats["repeated"] * shared
            out.append((i, candidate, feats))
    # the first headline-shaped line after the chrome above the story is where most pages put it
    lines_seen = sorted({i for i, _, _ in out})
    for i, _, feats in out:
        rank = lines_seen.index(i)
        feats["earliest"] = float(rank == 0)
        feats["rank"] = math.log1p(rank)
    return out


# A line that asks or exclaims, in any script, perhaps inside closing quotes ('Who will pay?’')
ASKS = re.compile(r"[?!？！؟][\"”’'»)\]」』]*$")
# A kicker (the topic over a headline: 'War in Ukraine', 'City marathon 2024') has this many words or fewer
KICKER_WORDS = 4
# ... and may top a stack of topic labels, with this many more of them between it and the headline ('War in
# Ukraine', 'Elections 2024', 'Politics Russia', then the headline)
KICKER_STACK = 2


def _topic_label(text: str) -> bool:
    """A few words naming a topic ('Elections 2024'): no sentence, byline or date."""
    return len(text.split()) <= KICKER_WORDS and not TERMINAL.search(text.rstrip()) and not is_dateline(text) \
        and not BYLINE_START.match(text) and not _states_a_date(text)


def _under_kicker(lines: list[str], removed: list[bool], scored, at: int, text: str) -> tuple[int, str]:
    """The headline under a kicker: when the chosen line is a few words over a longer headline-shaped
    line (the next line that is not chrome and no short label, and no sentence), that line is the headline."""
    if NO_SPACE.search(text) or len(text.split()) > KICKER_WORDS:
        return at, text
    # a short headline the page's title bar shows ('Bridge reopens | Riverton Times') is no kicker
    key = comparable(text)
    if any(key in (comparable(part) for part in _parts(line)) for k, line in enumerate(lines) if k != at):
        return at, text
    j, steps = at + 1, 0
    while j < len(lines) and (removed[j] or steps < KICKER_STACK and _topic_label(lines[j])):
        steps += not removed[j]
        j += 1
    below = [(i, t) for _, i, t, f in scored if i == j and t == lines[j].strip() and not f["caption"]]
    if below:
        i, t = below[0]
        # a headline may ask or exclaim; a line that ends as a statement is a summary, no headline
        if len(t.split()) > KICKER_WORDS and (not TERMINAL.search(t.rstrip()) or ASKS.search(t.rstrip())) \
                and call_to_action(t) is None:
            return i, t
    return at, text


def find_headline(lines: list[str], story: list[bool], removed: list[bool], stopwords: frozenset[str],
                  weights: dict[str, float], hint: str | None = None,
                  labels: list[bool] | None = None) -> tuple[int, str] | None:
    """(index of the headline's line, the headline text) or None.

    ``story``: the lines the story finder kept; ``removed``: lines that are chrome wherever they
    stand (never a headline, but for ``labels``, see ``candidates``)."""
    if hint:
        key = comparable(hint)
        for i, line in enumerate(lines):
            if key and comparable(line) == key:
                return i, line.strip()
    # a page that opens with a headline-shaped line followed by the story, or by a byline and a
    # date and then the story (a clean text, a Markdown article), needs no ranking
    top = next((i for i, r in enumerate(removed) if not r), None)
    if top is not None and _shaped(lines[top]) and not is_prose(lines[top]) and not is_dateline(lines[top]) \
            and not is_name_like(lines[top]):
        j = top + 1
        while j < len(lines) and (removed[j] or is_dateline(lines[j]) or is_name_like(lines[j])
                                  or BYLINE_START.match(lines[j])) and j - top <= 4:
            j += 1
        if j < len(lines) and story[j] and is_prose(lines[j]):
            return top, lines[top].strip()
    best = None
    found = candidates(lines, story, removed, stopwords, labels)
    scored = [(sum(weights.get(k, 0.0) * v for k, v in feats.items()), i, text, feats) for i, text, feats in found]
    for score, i, text, _ in scored:
        if best is None or score > best[0]:
            best = (score, i, text)
    if best is None:
        return None
    score, at, text = best
    # 'Headline | Site name': a page title's part the model ranks about as high as the whole is the headline
    # (a headline itself seldom holds a bar)
    if " | " in text:
        parts = [(len(t), s, t) for s, i, t, f in scored if i == at and f["part"] and s >= score - DECK_MARGIN]
        if parts:
            _, score, text = max(parts)  # of the parts that score about as high, the longest (a site's name is short)
    # the lines above the best one with only chrome between: a headline over its deck
    above = [(s, i, t, f) for s, i, t, f in scored if i < at and not f["caption"]
             and not any(not removed[j] for j in range(i + 1, at))]
    # a headline and its deck (a second headline-shaped line under it) score alike: the headline
    # is the one on top
    decked = [(s, i, t) for s, i, t, f in above if f["deck_below"] and s >= score - DECK_MARGIN]
    # ... or, failing that, the line right above, shorter and not a sentence, over a longer summary
    # sentence the model ranked higher ('Police continue to search debris after ...'); not a kicker of
    # a word or three ('World news') nor a sign-up prompt; a line in title case is a headline, no summary
    over = [(i, s, t) for s, i, t, _ in above if s >= score - DECK_SPAN and 5 <= len(t.split()) < len(text.split())
            and not TERMINAL.search(t.rstrip()) and call_to_action(t) is None] if not _title_case(text) else []
    if decked:
        _, at, text = max(decked)
    elif over:
        at, _, text = max(over)
    else:
        at, text = _under_kicker(lines, removed, scored, at, text)
    # a headline cut short ('Kovac says ministry to ground all Skyliner jets…') stands whole on another line
    stem = re.sub(r"\s*(…|\.\.\.|\[…\])\s*$", "", text)
    if stem != text:
        whole = [(i, t) for i, t, _ in found if t != text and t.startswith(stem) and len(t) > len(stem)]
        if whole:
            at, text = whole[0]
    # ... or shown after a trail of sections, whole or cut short ('News Home Courts Mayor resigns over the
    # bridge' over 'Mayor resigns over the bridge contract'): the line under it is the headline
    for i, t, _ in found:
        if 0 < i - at <= 2 and t == lines[i].strip() and _ends_with_start_of(text, t):
            at, text = i, t
            break
    # ... and a line under the chosen one that the page's trail of sections right above it ends with ('News Home
    # Politics Cabinet resigns. What next' over 'Cabinet resigns. What next for the coalition') is the headline,
    # however the model ranked it (not a line above: a teaser card over the article may show a trail too)
    trailed = [(i, t) for i, t, _ in found if i > at and t == lines[i].strip() and _trail_over(lines[i - 1].strip(), t)]
    if trailed:
        at, text = trailed[-1]
    # a subheading that repeats the headline's words after its colon ('Students abroad: What they miss at home',
    # then 'What they miss at home' over a paragraph): the whole line is the headline
    whole = [(i, t) for i, t, _ in found if i < at and t == lines[i].strip() and len(t) > len(text)
             and re.search(r"[:：]\s*" + re.escape(text) + r"\s*$", t)]
    if whole:
        at, text = whole[-1]
    return at, text


# A line ends with the start of another when at least this many of its words lead the other line
CUT_WORDS = 5


def _before_start_of(text: str, other: str) -> str | None:
    """What ``text`` holds before it ends with the first words (at least ``CUT_WORDS``, perhaps all) of
    ``other``, or None when it does not end so."""
    words = other.split()
    for n in range(len(words), CUT_WORDS - 1, -1):
        start = " " + " ".join(words[:n])
        if text.endswith(start):
            return text[: -len(start)]
    return None


def _ends_with_start_of(text: str, other: str) -> bool:
    return _before_start_of(text, other) is not None


# A trail of sections before a headline has at most this many words ('News Home Politics')
TRAIL_WORDS = 6


def _trail_over(trail: str, text: str) -> bool:
    """Whether ``trail`` is a few section names followed by the start of ``text`` (whole or cut short)."""
    before = _before_start_of(trail, text)
    if before is None:
        return False
    sections = [w for w in before.split() if any(c.isalnum() for c in w)]
    return len(sections) <= TRAIL_WORDS and not any(TERMINAL.search(w) for w in sections)
