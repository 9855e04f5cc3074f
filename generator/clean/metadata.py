"""An article's metadata from its page: publisher, publication date, author, original address.

What the file declares itself (front matter, the HTML page's own metadata) comes first. Then what
the page's text states, in the order a reader trusts it:

- **date**: the story's own dateline ("Jan 14 (Reuters) -", "MOSCOW, April 24. /TASS/.", "New
  Delhi, July 13 (IANS)"), a "Published"/"Updated" line, then a date line in the article's head;
  never a date shown in the site's header or footer far from the story. A dateline without a
  year takes its year from the years the page states, the one in which that day falls on the
  weekday the story names for it ("on Thursday"), when it names one.
- **publisher**: a wire service's tag in the dateline or byline ("(Reuters)", "/TASS/", "(IANS)",
  "By PTI"), a "Source:" line, the holder of the copyright line, the host of the address;
  never a photo credit.
- **author**: the byline ("By Jane Doe", "Jane Doe, Reuters") in the head of the article or a
  "Reporting by" credit at its end.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from urllib.parse import urlsplit

from .. import lexicon
from ..dates import parse_date
from .chrome import NAME_PARTICLES, exact_chrome, is_name_like, words

MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
          "nov": 11, "dec": 12}
MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# A wire service or site named in brackets or slashes at the start of a story: (Reuters), /TASS/
AGENCY = r"(?P<agency>[A-Z][\w.&'’ -]{1,30}?)"
DATELINES = [
    # "Jan 14 (Reuters) -", "MOSCOW, April 24. /TASS/.", "New Delhi, July 13 (IANS)", "Washington, June 27 (PTI):"
    re.compile(rf"^(?:(?P<place>[A-Z][\w.'’ -]{{1,40}}?),?\s+)?{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
               rf"(?:,?\s+(?P<year>\d{{4}}))?\s*[.,]?\s*[(/]{AGENCY}[)/]"),
    # "MOSCOW (Sputnik) —", "LONDON (AP) -"
    re.compile(rf"^(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?)\s*,?\s*[(/]{AGENCY}[)/]\s*[.:,]?\s*[-–—:]"),
]
SOURCE_LINE = re.compile(r"^\s*(?:Source|Sources|Courtesy)\s*:\s*(?P<name>[^|;:]{3,60}?)(?:\s{2,}|\s+\d|$)", re.I)
COPYRIGHT_HOLDER = re.compile(r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?)?[\s,.]*"
                              r"(?P<name>.*?)\s*(?:[.,]?\s*all rights reserved.*)?$", re.IGNORECASE)
EMBED_SIGNATURE = re.compile(r"^\s*[—–-]\s|\(@\w+\)|\bpic\.twitter\.com/")
UPDATE_WORDS = re.compile(r"\b(updated|modified|last updated|edited)\b", re.I)
PUBLISH_WORDS = re.compile(r"\b(published|posted|first published|date)\b", re.I)
REPORTING_BY = re.compile(r"\b(?:reporting|written|words) by\s+(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})")
# 'By', and its word in the languages news is most often written in (von, par, por, di, door, av, af); a
# colon may follow ('By: Jane Roe', 'Von: Jane Roe')
BYLINE = re.compile(r"^\s*(?:by|written by|words by|story by|posted by|reported by|von|par|por|di|door|av|af|"
                    r"autor(?:in)?:|author:|text:|texte:):?\s+(?P<name>\S.+)$", re.I)
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2,4})\b")
CJK_DATE = re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日")


@functools.cache
def _agency_patterns() -> list[tuple[re.Pattern, str]]:
    found = []
    for name, forms in lexicon.load("agencies")["agencies"].items():
        for form in forms:
            flags = 0 if form.isupper() or len(form) <= 4 else re.IGNORECASE
            found.append((re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])", flags), name))
    found.sort(key=lambda pair: -len(pair[0].pattern))  # 'Thomson Reuters' before 'Reuters'
    return found


def agency_in(text: str) -> tuple[str, re.Match] | None:
    """The news agency a line names ('Akanksha Rana Reuters', 'By PTI', 'Press Trust of India
    New Delhi'): its canonical name and where it stands."""
    for pattern, name in _agency_patterns():
        match = pattern.search(text)
        if match:
            return name, match
    return None


def _month(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def page_years(texts: list[str]) -> list[int]:
    today = dt.date.today().year
    return sorted({int(y) for t in texts for y in YEAR.findall(t) if int(y) <= today + 1})


def year_for(month: int, day: int, weekday: int | None, years: list[int]) -> int | None:
    """The year of a date given without one: among the years the page states (and the one after
    the latest, for a story dated after every year it mentions), the one in which the day falls on
    ``weekday`` when the story names it; the latest that fits."""
    if not years:
        return None
    candidates = sorted(set(years) | {years[-1] + 1})
    fitting = [y for y in candidates if _valid(y, month, day) and (weekday is None or _valid(y, month, day).weekday() == weekday)]
    if weekday is None:
        return years[-1] if _valid(years[-1], month, day) else None
    return fitting[-1] if fitting else None


def story_weekday(text: str) -> int | None:
    """The weekday a story's first sentence names for its news ('said on Thursday')."""
    match = re.search(r"\b(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", text, re.I)
    return WEEKDAYS.index(match.group(1).lower()) if match else None


def dateline(text: str) -> dict | None:
    """The dateline at the start of a story paragraph: {'place', 'month', 'day', 'year', 'agency'} (any may be None)."""
    for pattern in DATELINES:
        match = pattern.match(text)
        if match:
            found = match.groupdict()
            agency = (found.get("agency") or "").strip(" .")
            if agency and len(words(agency)) > 4:
                continue
            return {"place": (found.get("place") or "").strip() or None,
                    "month": _month(found["month"]) if found.get("month") else None,
                    "day": int(found["day"]) if found.get("day") else None,
                    "year": int(found["year"]) if found.get("year") else None,
                    "agency": agency or None, "end": match.end()}
    return None


ENGLISH_DATE = [
    re.compile(rf"\b{MONTH},?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
]
# '8 januari 2026', '21.dez.2018', 'März 3, 2021': a month name in another language, read by dateparser
OTHER_DATE = [re.compile(r"\b\d{1,2}\.?\s*[^\W\d_]{3,12}\.?\s*(?:19|20)\d\d\b"),
              re.compile(r"\b[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b")]


def _days_after(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def date_in_line(text: str, language: str | None) -> str | None:
    """ISO date a date line states ('Updated: Jun 28, 2018 11:45 pm', '21.12.2018', '2012年12月10日',
    'torsdag 8 januari 2026'), or None."""
    match = CJK_DATE.search(text)
    if match:
        found = _valid(int(match["year"]), int(match["month"]), int(match["day"]))
        return found.isoformat() if found else None
    # a time before the date ('09:31 August 20, 2019') must not be read as its day
    bare = re.sub(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?(?!\d)\s*(?:[ap]\.?m\.?|uhr)?", " ", text, flags=re.I)
    bare = re.sub(r"\b\d{1,2}\.\d{2}(?=\s*(?:[ap]\.?m\b|uhr\b|h\b|[A-Z]{2,4}T\b|GMT|UTC))", " ", bare, flags=re.I)
    for pattern in ENGLISH_DATE:
        match = pattern.search(bare)
        if match:
            found = _valid(int(match["year"]), _month(match["month"]), int(match["day"]))
            if found:
                return found.isoformat()
    match = NUMERIC_DATE.search(bare)
    if match:
        a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
        if len(match["a"]) == 4:
            found = _valid(a, b, c)
        elif len(match["c"]) in (2, 4):
            year = c + 2000 if c < 100 else c
            # 01/14/2021 in English; 14.01.2021 and 14/01/2021 elsewhere
            month_first = language == "English" and "/" in match.group(0) and a <= 12
            found = _valid(year, a, b) if month_first else _valid(year, b, a)
            found = found or _valid(year, b, a) or _valid(year, a, b)
        else:
            found = None
        if found:
            return found.isoformat()
    for pattern in OTHER_DATE:
        match = pattern.search(bare)
        if match:
            iso = _any_language_date(match.group(0))
            if iso:
                return iso
    return None


def _any_language_date(text: str) -> str | None:
    import dateparser

    try:
        found = dateparser.parse(text, settings={"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]})
    except (ValueError, OverflowError, TypeError):
        return None
    return found.date().isoformat() if found else None


def _clean_name(name: str) -> str | None:
    name = re.sub(r"\s+", " ", name).strip(" .,;:-–—|")
    name = re.sub(r"^(?:the\s+)?(?:copyright|©)\s*", "", name, flags=re.I)
    if not name or len(words(name)) > 6 or not re.search(r"[^\W\d_]", name):
        return None
    return name


LEGAL_FORM = re.compile(r"(?:,?\s+(?:a|an)\s+.*\bsubsidiary\b.*$)|(?:,?\s+&?\s*(?:inc|llc|l\.?l\.?c|ltd|limited|plc|gmbh|ag|"
                        r"s\.?a|s\.?l|b\.?v|pty|co|corp|corporation|group|media group|l\.?p|m\.?b\.?h|s\.?p\.?a|"
                        r"s\.?r\.?l|kg|verlagsgesellschaft)\.?)+\s*$", re.I)
RIGHTS = re.compile(r"\b(all rights reserved|alle rechte vorbehalten|riproduzione riservata|tous droits réservés|"
                    r"todos los derechos reservados|all rights|rights reserved)\b.*$", re.I)
NOT_A_NAME = re.compile(r"\b(reserved|riservata|reservados|réservés|vorbehalten|licensing|rights|terms|policy|division)\b", re.I)


def copyright_holder(text: str) -> str | None:
    """'© 2016 Simplyfound.com', 'Copyright 2024, Riverton Daily Ltd. All rights reserved.', 'Riverton Daily © 2024'
    -> the name."""
    match = COPYRIGHT_HOLDER.search(text)
    if not match:
        return None
    name = match.group("name")
    before = text[:match.start()].strip()
    if not re.search(r"[^\W\d_]", re.sub(r"(?i)\bcopyright\b", "", RIGHTS.sub("", name))):
        # the name before the sign: 'Riverton Daily © 2024', '... © All rights reserved'; not a label ('Photo: ©'),
        # a menu ('About us | Contact | ©') or a button ('Back to top ©')
        if not before or len(words(before)) > 5 or re.search(r"[:|•·]", before) or exact_chrome(before):
            return None
        name = before
    name = re.split(r"\s+[|•·]\s+|\.\s+(?=[A-Z])", name)[0]
    name = RIGHTS.sub("", re.sub(r"\b(?:19|20)\d\d\b", "", name))
    name = re.split(r",\s+(?:a|an)\s+", name)[0]  # 'Canada.com, a division of ...'
    name = LEGAL_FORM.sub("", name.strip(" .,;-–"))
    if NOT_A_NAME.search(name):
        return None
    return _clean_name(name)


def site_in_title_line(line: str, headline: str) -> str | None:
    """'Headline - Site', 'Headline | Site' (the form of a page's own title): the site's name."""
    match = re.fullmatch(rf"\s*{re.escape(headline)}\s+[|–—-]\s+(?P<site>[^|–—]+?)\s*", line)
    if not match:
        return None
    part = match.group("site")
    if len(words(part)) <= 4 and part[0].isupper() and not re.search(r"\d{3,}|[>»›/]", part):
        return part
    return None


def host_name(url: str | None) -> str | None:
    """'https://www.nasdaq.com/articles/x' -> 'nasdaq.com'."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = re.sub(r"^(?:www\d?|m|amp|mobile|edition|english|en)\.", "", host)
    return host or None


@functools.cache
def _newsroom_pattern() -> re.Pattern:
    lex = lexicon.load("agencies")
    ends = "|".join(map(re.escape, lex["newsroom_words"]))
    jobs = "|".join(lex["journalist_jobs"])
    # 'ITV News' + an optional desk ('US', 'Europe', 'Political') + a job + a name
    return re.compile(rf"^(?P<name>(?:[A-Z][\w&'’.-]*\s+){{1,3}}(?:{ends}))\s+(?:[\w.]+\s+){{0,2}}"
                      rf"(?i:{jobs})\s+[A-Z][\w'’.-]+\s+[A-Z]")


def newsroom_in(lines: list[str]) -> str | None:
    """The newsroom a head line names as its own ('ITV News US Correspondent Jane Doe has the latest'
    -> 'ITV News'), or None."""
    for line in lines:
        found = _newsroom_pattern().match(line.strip())
        if found and len(words(line)) <= 30:
            return found.group("name")
    return None


def is_credit_name(text: str) -> bool:
    """A photo credit ('Alexandr Sherbak/TASS', 'Getty Images'): never the publisher."""
    return "/" in text or bool(lexicon.pattern(*lexicon.load("boilerplate")["credit"]).search(text))


@functools.cache
def _byline_job() -> re.Pattern:
    lex = lexicon.load("agencies")
    jobs = "|".join(map(re.escape, lex["journalist_jobs"] + lex["byline_jobs"]))
    return re.compile(rf"(?<!\w)(?:{jobs})(?!\w)", re.I)


AND_NAME = re.compile(r"(?:^|\s)(?:and|und|et|y|e|og|och|en|ve|i|&)\s")


@functools.cache
def _weekdays() -> frozenset[str]:
    """The names of the days of the week in the languages dateparser reads (four letters or more: 'Mon', 'Ben' and
    'Sam' are short forms in some language)."""
    from dateparser.languages.loader import default_loader

    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    return frozenset(name.casefold() for locale in default_loader.get_locales() for day in days
                     for name in locale.info.get(day, []) if len(name) >= 4)


def byline_author(text: str) -> str | None:
    """The name(s) in a byline line, or None when the line is not one."""
    match = BYLINE.match(text)
    candidate = match.group("name") if match else text
    agency = agency_in(candidate)
    if agency:  # 'Akanksha Rana Reuters', 'Steve Holland and David Shepardson | Reuters'
        if not match and not candidate[:agency[1].start()].strip(" ,|•·-–—"):
            return None  # the agency and its dateline's place ('Press Trust of India New Delhi', 'AFP, MANILA')
        candidate = (candidate[:agency[1].start()] + " " + candidate[agency[1].end():]).strip(" ,|•·-–—")
    # 'Jane Doe Reuters', 'Jane Doe | Reuters', 'Jane Doe • February 15, 2017', 'Jane Doe @janedoe',
    # 'Jane Doe - Apr 16, 2015', 'Von Jane Doe 28.04.2023, 18:11 Uhr'
    candidate = re.sub(rf"\s+{MONTH}(?!\w)(?=[\s,.]*\d).*$", "", candidate)  # a date; not "Martel", "Theresa May"
    candidate = re.split(r"\s+[|•·]\s+|\s{2,}|,\s*(?=(?:updated|published|posted)\b)|\s*@|\s+[-–—]\s+|\s+(?=\d)",
                         candidate, flags=re.I)[0]
    # ... 'Jane DoePublished Jul 17', 'Jane Doe24.04.2024' (a page saved as text glues the name to the date)
    candidate = re.sub(r"(?<=[^\W\d_])(?-i:Published|Updated|Posted)\b.*$|(?<=[^\W\d_A-ZÀ-ÖØ-Þ])\d.*$", "", candidate)
    candidate = re.sub(r"\s+(?:updated|published|posted)\b.*$", "", candidate, flags=re.I)
    # ... 'Jane Doe Monday, February 29', 'Actualizado Lunes, 2 diciembre': a weekday in any language left
    # last, before the comma of the date cut off above (not 'By Sunday Oliseh', 'By Ana Domingo, Manila')
    named = candidate.split()
    if len(named) > 1 and named[-1].endswith(",") and named[-1].strip(",.").casefold() in _weekdays():
        candidate = " ".join(named[:-1])
    # ... 'Jane Roe (Special envoy)', 'Jane Roe (Reuters)': a role or a source in brackets
    candidate = re.sub(r"\s*\([^()]*\)\s*$", "", candidate)
    candidate = candidate.strip(" ,;:-–—")
    # ... 'Jane Roe Jane Roe': a page saved as text repeats the name of a link (its text and its title)
    named = candidate.split()
    half = len(named) // 2
    if len(named) % 2 == 0 and half >= 2 and named[:half] == named[half:]:
        candidate = " ".join(named[:half])
    # a byline may name three or four writers and their desk ('By Jane Roe, Tom Page and Lee Tran, CNN')
    if not candidate or len(words(candidate)) > (12 if match else 8):
        return None
    if match and re.fullmatch(r"[A-Z]{2,6}", candidate):
        return None  # 'By PTI': an agency, not a person
    if match and (not is_name_like(candidate) or "," in candidate and _byline_job().search(candidate)):
        # 'By Jane Roe, Zürich', 'Von Jane Roe, Redakteurin für Finanzen', 'By Jane Roe, Senior Staff Writer, ...':
        # the names before the place or the job (a part naming a job ends them); a list of writers ends with 'and'
        # ('By Jane Roe, Tom Page and Lee Tran, CNN')
        parts = re.split(r"\s*,\s*", candidate)
        job = next((k for k, part in enumerate(parts) if k and _byline_job().search(part)), None)
        if job is not None and is_name_like(", ".join(parts[:job])):
            candidate = ", ".join(parts[:job])  # 'By Jane Roe, Tom Page, Staff Writers'
        else:
            candidate = next((", ".join(parts[:n]) for n in range(len(parts), 0, -1)
                              if (n == 1 or AND_NAME.search(parts[n - 1])) and is_name_like(", ".join(parts[:n]))),
                             candidate)
    if not is_name_like(candidate) and not (match and candidate.isupper() and len(words(candidate)) <= 5):
        return None
    # buttons in title case ('Download PDF', 'Teilen Merken Drucken') are no name
    if exact_chrome(candidate) or all(exact_chrome(word) for word in candidate.split()):
        return None
    if not match and len(words(candidate)) < 2:
        return None
    return candidate.title() if candidate.isupper() else candidate


# How many lines above the headline and below the story's opening, and after the story's end, a byline may
# stand when the article's head holds none: among the share buttons, as a list item ('* By Jane Roe'), at the
# foot of the story ('Von Jane Roe, Redakteurin')
BYLINE_WINDOW = (3, 8, 4)
LIST_MARK = re.compile(r"^\s*[*+•·-]\s+")
# how long ago a line was posted ('Jane Roe 7 hours', 'Jane Roe | Published 1 day ago', 'Jane Roe • 8h')
POSTED_AGO = re.compile(r"\b\d+\s*(h|hrs?|hours?|d|days?|min|mins|minutes?)\b(\s+ago)?\s*$", re.I)


def byline_near(lines: list[str], language: str | None, story_words: set[str],
                explicit_only: bool = False) -> tuple[int, str] | None:
    """(which line, the author it names) of the first line that is a byline, when the article's head named
    none: 'By Jane Roe', 'Von Jane Roe, Redakteurin', '* by Jane Roe January 18, 2017', or (unless
    ``explicit_only``: the lines after the story, where teasers carry their own) a name with the article's date
    or age on its line ('Jane Roe - Apr 16, 2015 8:02 pm', 'Jane Roe | Published 15 hours ago'). Such a name
    has no word the story uses in lower case ``story_words``: 'New York, March 3', 'Breaking News 2 hours
    ago', 'Reading Time 4 min' are no names. ``lines``: the lines near the article, nearest first."""
    for at, line in enumerate(lines):
        text = LIST_MARK.sub("", line).strip()
        if len(words(text)) > 16:
            continue
        explicit = bool(BYLINE.match(text))
        if explicit or not explicit_only and (date_in_line(text, language) or POSTED_AGO.search(text)):
            name = byline_author(text)
            if name and (explicit or not any(w.casefold() in story_words and w.casefold() not in NAME_PARTICLES
                                             for w in re.findall(r"[^\W\d_]{3,}", name))):
                return at, name
    return None


# How far from the headline a date line may stand when the article's head holds none (its buttons, a gallery
# or a box of teasers may come between), and how far after the story's end ('Publiziert 6. November 2025')
DATE_WINDOW = (6, 12, 6)
# A date line is short: a date, a clock time, a label ('Published', 'Stand:'), perhaps a byline
DATE_LINE_WORDS = 12
# ... and has at most this many words before its date
DATE_LABEL_WORDS = 4


def date_near(lines: list[str], language: str | None, labelled_only: bool = False) -> tuple[int, str] | None:
    """(which line, the ISO date it states) of the first date line among ``lines`` (the lines near the article,
    nearest first), when the article's head stated no date: 'Stand: 28. April 2023, 05:00 Uhr', 'Publié le
    30 août 2023 à 14h52', '* 29.06.2025'; when ``labelled_only`` (the lines after the story, where teasers and
    comments carry their own dates), only a line that says it is the date of publication or update. A line that
    only says when the article was updated counts only when no line says when it was published; a sentence that
    names a date and an embedded post's signature never."""
    found = []
    for at, line in enumerate(lines):
        text = LIST_MARK.sub("", line).strip()
        if labelled_only and not _date_labels().search(text):
            continue
        n = len(words(text))
        if n > 2 * DATE_LINE_WORDS or n > DATE_LINE_WORDS and not (PUBLISH_WORDS.search(text) or UPDATE_WORDS.search(text)) \
                or EMBED_SIGNATURE.search(text) or n >= 6 and text.endswith((".", "!", "?")):
            continue
        # a date line opens with its date or a short label ('Stand:', 'Publié le', 'Friday,'); a caption that
        # ends with the day its picture was taken says more first ('Tanks near the front line, 24 April 2023')
        digit = re.search(r"\d", text)
        if digit and len(words(text[:digit.start()])) > DATE_LABEL_WORDS:
            continue
        iso = date_in_line(text, language)
        if iso:
            updated_only = bool(UPDATE_WORDS.search(text)) and not PUBLISH_WORDS.search(text)
            found.append((updated_only, at, iso))
    return min(found)[1:] if found else None


@functools.cache
def _date_labels() -> re.Pattern:
    words_ = lexicon.load("boilerplate")
    return lexicon.pattern(*words_["dateline_words"], *words_["date_labels"])


class Metadata:
    """What the page says about itself; filled in by ``read_metadata``."""

    def __init__(self):
        self.published: str | None = None
        self.published_basis: str | None = None
        self.updated: str | None = None
        self.publisher: str | None = None
        self.author: str | None = None
        self.url: str | None = None


def read_metadata(front: dict, head: list[str], story: list[str], tail: list[str], chrome: list[str],
                  language: str | None, site_name: str | None = None) -> Metadata:
    """``head``: lines between the headline and the story; ``story``: the story's paragraphs;
    ``tail``: metadata lines after it (credits); ``chrome``: removed lines (footers, copyright)."""
    meta = Metadata()
    for key in ("url", "canonical_url", "canonical", "link", "source_url"):
        value = front.get(key)
        if isinstance(value, str) and re.match(r"https?://", value.strip()):
            meta.url = value.strip()
            break
    # the story's dateline stands at the start of one of its first paragraphs (a standfirst or a
    # caption may come before it)
    opening, found_dateline = (story[0] if story else ""), None
    for text in story[:5]:
        found_dateline = dateline(text)
        if found_dateline:
            opening = text
            break
    years = page_years([*head, *story, *tail, *chrome])
    head_dates = []
    for rank, line in enumerate(head):
        if len(words(line)) > 16 or EMBED_SIGNATURE.search(line):
            continue  # an embedded post's signature ('— Jane Okafor (@jokafor) September 15, 2024') dates the post
        iso = date_in_line(line, language)
        if iso:
            order = 1 if UPDATE_WORDS.search(line) and not PUBLISH_WORDS.search(line) else 0
            head_dates.append((order, rank, iso, line))
    head_dates.sort()

    # ---- date
    for key in ("date", "published", "publication_date", "pubdate"):
        value = front.get(key)
        if value:
            iso = _front_date(str(value))
            if iso:
                meta.published, meta.published_basis = iso, f"front matter '{key}'"
                break
    if meta.published is None and found_dateline and found_dateline["month"]:
        month, day, year = found_dateline["month"], found_dateline["day"], found_dateline["year"]
        words_ = opening[:found_dateline["end"]].strip()
        near = [dt.date.fromisoformat(iso) for _, _, iso, _ in head_dates]
        if year and _valid(year, month, day):
            meta.published, meta.published_basis = _valid(year, month, day).isoformat(), f"dateline '{words_}'"
        elif any(_valid(d.year, month, day) and abs((_valid(d.year, month, day) - d).days) <= 7 for d in near):
            # the head's date line gives the year ('Updated: Jun 28, 2018' over 'Washington, June 27 (PTI)')
            d = next(d for d in near if _valid(d.year, month, day) and abs((_valid(d.year, month, day) - d).days) <= 7)
            meta.published = _valid(d.year, month, day).isoformat()
            meta.published_basis = f"dateline '{words_}', the year from the date line above the story"
        else:
            year = year_for(month, day, story_weekday(opening[found_dateline["end"]:]), years)
            if year:
                meta.published = _valid(year, month, day).isoformat()
                meta.published_basis = f"dateline '{words_}', the year from the years the page states"
    if meta.published is None and head_dates:
        _, _, iso, line = head_dates[0]
        meta.published, meta.published_basis = iso, f"dateline '{line.strip()}'"
    # 'Dec. 6, 2024 / Updated Dec. 7, 2024': the text as read was last written on the later day
    for line in head:
        found = UPDATE_WORDS.search(line)
        if found and len(words(line)) <= 20:
            iso = date_in_line(line[found.end():], language)
            if iso and meta.published and meta.published < iso <= _days_after(meta.published, 7):
                meta.updated = max(iso, meta.updated or iso)

    # ---- publisher
    for key in ("publisher", "source", "site_name", "sitename"):
        value = front.get(key)
        if isinstance(value, str) and value.strip():
            meta.publisher = value.strip()
            break
    if meta.publisher is None and found_dateline and found_dateline["agency"]:
        meta.publisher = found_dateline["agency"]
    if meta.publisher is None:
        for line in head:
            match = SOURCE_LINE.match(line)
            if match:
                name = _clean_name(match.group("name"))
                if name and not is_credit_name(name):
                    meta.publisher = name
                    break
            # a byline naming a wire service ('By PTI', 'Jane Doe | Reuters'), never a photo credit
            agency = agency_in(line) if len(words(line)) <= 12 and not is_credit_name(line) else None
            if agency:
                meta.publisher = agency[0]
                break
    if meta.publisher is None:
        meta.publisher = newsroom_in(head + story[:2])
    if meta.publisher is None and site_name:
        meta.publisher = site_name
    if meta.publisher is None:
        for line in chrome + tail:
            if re.search(r"©|\bcopyright\b|\(c\)", line, re.I):
                name = copyright_holder(line)
                if name and not is_credit_name(name):
                    meta.publisher = name
                    break
    if meta.publisher is None and meta.url:
        meta.publisher = host_name(meta.url)

    # ---- author
    value = front.get("author")
    if isinstance(value, list):
        value = ", ".join(map(str, value))
    if value:
        meta.author = str(value)
    else:
        for rank, line in enumerate(head):
            # a name alone is a byline only beside the article's date or with a wire service's name
            beside_date = any(date_in_line(other, language) for other in head[max(0, rank - 1):rank + 2]
                              if other is not line and len(words(other)) <= 16)
            if BYLINE.match(line) or (len(words(line)) <= 8 and (beside_date or agency_in(line))):
                name = byline_author(line)
                if name:
                    meta.author = name
                    break
    if meta.author is None:
        for line in tail:
            match = REPORTING_BY.search(line)
            if match:
                meta.author = match.group("name")
                break
    return meta


def _front_date(text: str) -> str | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10]).isoformat()
    except ValueError:
        return parse_date(text)


SITE_NAME = re.compile(r"\b(?:Like|from|with|by|support|supporting)\s+((?:The\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?=[?.!,]|\s*$)")


def site_named_in_chrome(calls_to_action) -> str | None:
    """A site names itself in its own calls to action: "Like Freedom Press? ...", "notifications
    from The Daily"."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for line in calls_to_action:
        for match in SITE_NAME.finditer(line.text):
            counts[match.group(1).strip()] += 1
    return min(counts, key=lambda name: (-counts[name], name)) if counts else None
