"""Names resolved within one article, as a careful reader resolves them.

- A person is introduced by their full name; later their surname ("Okafor", "Mr. Okafor") or,
  when it is theirs alone in the article, their first name refers to them, whatever label spaCy
  gave the short form.
- An organisation's short forms and variants ("Acme", "Acme Systems", "Acme Systems Inc") are the
  organisation; so are the acronyms the article uses for it ("Federal Aviation Administration" and
  "FAA", "Drug Enforcement Administration (DEA)").
Each mention then carries the name it stands for (``Mention.text``); its words as written stay in
``Mention.surface``.
"""
from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from .. import lexicon
from ..model import Mention
from .actors import (cities, country_index, fold, gendered_honorifics, metonyms, organisation_index, subdivisions,
                     without_country)


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.load("names")[key])


@functools.cache
def _droppable_org_words() -> frozenset[str]:
    return _words("generic_org_words") | _words("legal_forms")


def org_base(name: str) -> str:
    """'Acme Systems Inc.' -> 'acme': the folded name without the words a company's name may
    carry or drop (legal forms, 'Group', 'Systems', 'Communications' ...)."""
    tokens = [t.strip(",.") for t in fold(name).split()]
    while len(tokens) > 1 and tokens[-1] in _droppable_org_words():
        tokens.pop()
    return " ".join(tokens)


def without_legal_form(name: str) -> str:
    """'Acme Systems Inc.' -> 'Acme Systems'; the name as a reader would title it."""
    tokens = name.split()
    while len(tokens) > 1 and fold(tokens[-1].strip(",.")) in _words("legal_forms"):
        tokens.pop()
    return " ".join(tokens).rstrip(",")


def initials(name: str) -> str:
    """'Federal Aviation Administration' -> 'FAA' (small words skipped)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and fold(w) not in _words("acronym_skip")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


ORGANISATION_EVIDENCE = {"legal form", "ticker", "institution", "organisation noun", "organisation name"}


def fixed_name(key: str) -> bool:
    """A (folded) name the lexicons already decided: a country, a capital for its government, a known body."""
    return key in country_index() or key in metonyms() or key in organisation_index()


def _fixed(m: Mention) -> bool:
    return fixed_name(fold(m.text)) or m.label == "country"


def _with_honorific(m: Mention) -> str | None:
    """'Lady Kovac' as the sentence writes it, for the mention 'Kovac'."""
    found = re.search(r"\b(" + "|".join(re.escape(h) for h in sorted(_honorific_words(), key=len, reverse=True))
                      + r")\.?\s+" + re.escape(m.surface) + r"\b", m.sentence, flags=re.IGNORECASE)
    return f"{found.group(1)} {m.surface}" if found else None


@functools.cache
def _honorific_words() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in gendered_honorifics("male") | gendered_honorifics("female"))


def resolve_names(mentions: list[Mention]) -> None:
    """Point short forms, surnames and acronyms at the full name the article gives (in place)."""
    people = [m for m in mentions if m.label == "person" and len(m.text.split()) >= 2]
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    by_ending: dict[tuple[str, ...], set[str]] = {}
    for m in people:
        tokens = fold(m.text).split()
        if not tokens:  # a 'name' of dots and marks only
            continue
        by_last.setdefault(tokens[-1], set()).add(m.text)
        by_first.setdefault(tokens[0], set()).add(m.text)
        for k in range(2, len(tokens)):   # the family names of two or more words it ends with
            by_ending.setdefault(tuple(tokens[-k:]), set()).add(m.text)

    # whether a person is a man or a woman, where an honorific before their full or first name says so
    # ('Sir Tomas Kovac', 'Sir Tomas')
    sexes: dict[str, set[str]] = {}
    for m in mentions:
        for sex in ("male", "female"):
            if sex in m.evidence and m.label == "person":
                sexes.setdefault(fold(m.text), set()).add(sex)

    def other_sex(owner: str, m: Mention) -> bool:
        """'Lady Kovac' and the Sir Tomas Kovac the article named: not him."""
        mine = {sex for sex in ("male", "female") if sex in m.evidence}
        theirs = sexes.get(fold(owner), set()) | sexes.get(fold(owner).split()[0], set())
        return bool(mine) and bool(theirs) and not mine & theirs

    def nearest(owners: set[str], m: Mention) -> str | None:
        """Of several people with this name, the one the article named last before (as a reader
        takes 'Kovac' after 'Maria Kovac' spoke); None when none was named before."""
        if len(owners) == 1:
            return next(iter(owners))
        before = [p for p in people if p.text in owners and (p.paragraph, p.start) <= (m.paragraph, m.start)]
        return before[-1].text if before else None
    orgs = [m for m in mentions if m.label == "organization" and not _fixed(m)]
    org_names: dict[str, str] = {}
    for m in sorted(orgs, key=lambda m: (-len(m.text), m.text)):
        base = org_base(m.text)
        if base:
            # the fullest form without a legal form names it ('Acme Systems' for 'Acme Systems Inc')
            org_names.setdefault(base, without_legal_form(m.text))
    acronyms = {}
    for m in orgs:
        if len(m.text.split()) >= 2:
            acronyms.setdefault(initials(m.text), set()).add(org_names.get(org_base(m.text), m.text))
    # a country's body named with the country ("Lorvania's Air Force", "the Lorvanian Navy"): its
    # name without the country, in this article, is the same body
    national: dict[str, set[str]] = {}
    for m in orgs:
        for rest in without_country(m.text):
            national.setdefault(rest, set()).add(m.text)
    for m in mentions:
        if _fixed(m):
            continue
        key = fold(m.text)
        tokens = key.split()
        if len(tokens) >= 2 and m.label == "person":
            # a family name of two words ('Abu Amer' after 'Sadeq Abu Amer', 'de la Cruz')
            owners = by_ending.get(tuple(tokens), set())
            if len(owners) == 1:   # of two such people, neither for sure (as across articles)
                m.text = next(iter(owners))
                continue
        if len(tokens) == 1 and (m.label != "place" or key not in subdivisions()):
            owners = {o for o in by_last.get(key, set()) if not other_sex(o, m)}
            if not owners and by_last.get(key):
                # the surname of someone else of another sex: the honorific is part of this one's name
                written = _with_honorific(m)
                if written:
                    m.text, m.label = written, "person"
                    continue
            if not owners and m.label == "person":
                # the same surname misspelt once ('Kovacs' for the 'Anna Kovac' of the article)
                owners = {name for last, names in by_last.items() for name in names
                          if last[:3] == key[:3] and fuzz.ratio(last, key) >= 80}
            owner = nearest(owners, m) if owners else None
            if owner and "legal form" not in m.evidence:
                m.text, m.label = owner, "person"
                continue
            # a first name, or the family name that comes first ('Park' for Park Min-jun)
            # (of two people with that first word, the one named last before: 'Lee' after Lee Sang-min)
            owners = by_first.get(key, set())
            owner = nearest(owners, m) if owners else None
            if owner and not by_last.get(key) and "legal form" not in m.evidence and \
                    (m.label == "person" or len(owner.split()) >= 3
                     or m.label == "organization" and not set(m.evidence) & ORGANISATION_EVIDENCE):
                # ('Okafor' or, when the tagger took a first name it does not know for a company,
                # 'Fahd' for Fahd Okafor; a name with a legal form or a ticker stays the company's)
                m.text, m.label = owner, "person"
                continue
        if m.label in ("organization", "person", "place") and "title" not in m.evidence and "honorific" not in m.evidence:
            base = org_base(m.text)
            if base in org_names and (org_names[base] != m.text or m.label != "organization") \
                    and (m.label == "organization" or len(tokens) <= 2) \
                    and m.text not in by_last.get(key, ()):
                m.text, m.label = org_names[base], "organization"
                continue
        if m.label == "organization" and key in national and len(national[key]) == 1:
            m.text = next(iter(national[key]))   # 'the Air Force' after "Lorvania's Air Force"
            continue
        if re.fullmatch(r"[A-Z]{2,6}", m.surface):
            owners = acronyms.get(m.surface, set())
            if len(owners) == 1 and next(iter(owners)) != m.text:
                m.text, m.label = next(iter(owners)), "organization"
                continue
        if len(tokens) == 1 and "title" not in m.evidence and "honorific" not in m.evidence \
                and not (m.label == "place" and (key in subdivisions() or key in cities())):
            # a company's first word alone ('Southwest' for Southwest Airlines), when it is one company's;
            # not a state or city the tagger read as a place ('Lorvania State Teachers Association'
            # does not make the state its name)
            owners = {org_names.get(org_base(o.text), o.text) for o in orgs
                      if o.label == "organization" and len(o.text.split()) >= 2 and fold(o.text).split()[:1] == [key]}
            if len(owners) == 1 and next(iter(owners)) != m.text:
                m.text, m.label = next(iter(owners)), "organization"
