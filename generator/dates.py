"""Dates in running text, resolved against the article's publication date.

A date is only given when the text fixes it: an absolute date ("11 October 2023", "Aug. 16,
2020"), a day and month with the year taken from the publication date (or the article's copyright
year), or a weekday / "yesterday" / "last weekend" counted back from the publication date. Every
resolved date carries how it was resolved; anything vaguer ("this week", "recent years") is no date.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"])}
MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
MONTH_DAY = re.compile(rf"\b{MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:(last|this|on|next)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
RELATIVE = re.compile(r"\b(yesterday|today|tonight|this morning|this afternoon|this evening|earlier today|"
                      r"last night|overnight|last weekend|this weekend)\b", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b{MONTH_RE}(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
YEAR_ONLY = re.compile(r"^(?:in\s+|the\s+year\s+)?((?:19|20)\d{2})$", re.IGNORECASE)
# What a date looks like in a dateline ('Oct 11', '11 October', '2023-10-11', 'Wednesday')
_MONTH_WORD = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY_WORD = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
DATE_SHAPE = re.compile(rf"\b({_MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_WORD}|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}"
                        rf"|{_WEEKDAY_WORD})\b", re.IGNORECASE)
YEAR = re.compile(r"\b(19|20)\d{2}\b")


def _month(name: str) -> int:
    return next(v for k, v in MONTHS.items() if k.startswith(name.lower().rstrip(".")[:3]))


def resolve_date(text: str, published: str | None, year: int | None,
                 future: bool = False, coarse: bool = False,
                 year_basis: str = "the article's copyright line") -> tuple[str, str, str] | None:
    """(ISO date, the words, how it was resolved) for the first date expression in ``text``.
    ``future``: the sentence speaks of what will happen, so a weekday is the next one, not the last.
    ``coarse``: a month ('in July 2019': '2019-07') or a year alone ('in 2014': '2014') is a date too,
    as precise as the words are."""
    pub = dt.date.fromisoformat(published) if published else None
    found = []
    for m in DAY_MONTH.finditer(text):
        found.append((m.start(), m.group(0), _month(m.group(2)), int(m.group(1)), m.group(3)))
    for m in MONTH_DAY.finditer(text):
        found.append((m.start(), m.group(0), _month(m.group(1)), int(m.group(2)), m.group(3)))
    for start, words, month, day, yr in sorted(found):
        try:
            if yr:
                return dt.date(int(yr), month, day).isoformat(), words.strip(), "stated in full"
            if pub:
                date = dt.date(pub.year, month, day)
                if date > pub:
                    date = dt.date(pub.year - 1, month, day)
                return date.isoformat(), words.strip(), f"year from the publication date ({published})"
            if year:
                return dt.date(year, month, day).isoformat(), words.strip(), f"year from {year_basis} ({year})"
        except ValueError:
            continue
    if coarse:
        found = _coarse(text, pub, year, year_basis)
        if found:
            return found
    if pub is None:
        return None
    m = WEEKDAY.search(text)
    if m and (future or (m.group(1) or "").lower() == "next"):
        target = WEEKDAYS.index(m.group(2).lower())
        ahead = (target - pub.weekday()) % 7
        if ahead == 0 and (m.group(1) or "").lower() == "next":
            ahead = 7
        return (pub + dt.timedelta(days=ahead)).isoformat(), m.group(0).strip(), \
            f"the {m.group(2).capitalize()} on or after publication ({published}), as the sentence speaks of the future"
    if m:
        target = WEEKDAYS.index(m.group(2).lower())
        back = (pub.weekday() - target) % 7
        if (m.group(1) or "").lower() == "last" and back == 0:
            back = 7
        date = pub - dt.timedelta(days=back)
        return date.isoformat(), m.group(0).strip(), f"the {m.group(2).capitalize()} on or before publication ({published})"
    m = RELATIVE.search(text)
    if m:
        word = m.group(1).lower()
        if word == "yesterday":
            return (pub - dt.timedelta(days=1)).isoformat(), m.group(0), f"the day before publication ({published})"
        if word in ("last night", "overnight"):
            return (pub - dt.timedelta(days=1)).isoformat(), m.group(0), \
                f"the night before publication ({published})"
        if word != "last weekend" and word != "this weekend":  # today, tonight, this morning
            return pub.isoformat(), m.group(0), f"the publication date ({published})"
        if word == "last weekend":
            back = (pub.weekday() - 5) % 7 or 7
            return (pub - dt.timedelta(days=back)).isoformat(), m.group(0), \
                f"the Saturday of the weekend before publication ({published})"
    return None


def days_apart(a: str | None, b: str | None) -> int:
    """Days between two ISO days; 0 when either is unknown (undated is compatible with anything)."""
    if not a or not b:
        return 0
    return abs(dt.date.fromisoformat(a[:10]).toordinal() - dt.date.fromisoformat(b[:10]).toordinal())


def is_specific(text: str) -> bool:
    """Words that name one day ('Monday', 'yesterday', 'March 12'), whether or not it can be counted."""
    return bool(WEEKDAY.search(text) or RELATIVE.search(text) or DAY_MONTH.search(text) or MONTH_DAY.search(text))


def _coarse(text: str, pub: dt.date | None, year: int | None,
            year_basis: str = "the article's copyright line") -> tuple[str, str, str] | None:
    """A month or a year, when that is all the words say."""
    m = YEAR_ONLY.match(text.strip())
    if m:
        return m.group(1), text.strip(), "the year stated"
    m = MONTH_YEAR.search(text)
    if not m or DAY_MONTH.search(text) or re.search(r"\d", text[:m.start()] + text[m.end():]) and not m.group(2):
        return None
    if m.group(1).lower().rstrip(".") in ("may", "mar") and not m.group(2) and text.strip()[:1].islower():
        return None  # the verb 'may', the verb 'march'
    month = _month(m.group(1))
    if m.group(2):
        return f"{int(m.group(2)):04d}-{month:02d}", m.group(0).strip(), "the month stated"
    if pub:
        y = pub.year if month <= pub.month else pub.year - 1
        return f"{y:04d}-{month:02d}", m.group(0).strip(), f"the month, in the year up to publication ({pub.isoformat()})"
    if year:
        return f"{year:04d}-{month:02d}", m.group(0).strip(), f"the month, year from {year_basis} ({year})"
    return None


def parse_date(text: str) -> str | None:
    """ISO date of a dateline ('Updated: Oct 11, 2023 06:23 EDT'), or None."""
    import dateparser

    from . import lexicon

    cleaned = re.sub(lexicon.pattern(*lexicon.load("boilerplate")["dateline_words"]), "", text)
    cleaned = re.sub(r"^[\s:|,-]+", "", cleaned)
    try:
        found = dateparser.parse(cleaned, languages=["en"], settings={"PREFER_DATES_FROM": "past",
                                                                      "REQUIRE_PARTS": ["day", "month", "year"]})
        if found is None:
            match = DATE_SHAPE.search(cleaned)
            year = YEAR.search(cleaned)
            if match and year:
                found = dateparser.parse(f"{match.group(0)} {year.group(0)}", languages=["en"],
                                         settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    except (ValueError, OverflowError, TypeError):  # an impossible date or offset
        return None
    return found.date().isoformat() if found else None
