"""Actors from mentions, corpus-wide: one actor per person, organisation, country or place.

The same name folded (Müller = Muller), a surname or partial name to the one full name it can
belong to (same article first), close spellings of the same surname (Sergei/Sergey), a capital
used for its government (lexicon), a short place name to the one longer name it begins. Two
people who only share a surname are never merged. Then it decides type, name and roles.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from ..extract.actors import cities, fold, given_names, nicknamer, subdivisions, without_country
from ..extract.names import fixed_name, initials, org_base
from ..ids import alphabetical, unique_slugs
from ..model import Actor, Mention

TYPE_ORDER = {"person": 0, "organization": 1, "country": 2, "place": 3}
# Words after a name that make it another person's (a son's, a grandson's), folded.
GENERATIONS = {"jr", "jr,", "sr", "junior", "senior", "ii", "iii", "iv"}


class _Groups:
    """Union-find over string keys (mention keys here, article ids in stories.py)."""

    def __init__(self, keys):
        self.parent = {k: k for k in keys}

    def find(self, k):
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the longer (more complete) name is the root
            keep, drop = (ra, rb) if (len(ra.split()), ra) >= (len(rb.split()), rb) else (rb, ra)
            self.parent[drop] = keep


def mention_key(m: Mention) -> str:
    return fold(re.sub(r"^the\s+", "", m.text, flags=re.IGNORECASE))


# How much each kind of evidence weighs against spaCy's label (one vote per mention).
EVIDENCE = {"title": ("person", 3), "honorific": ("person", 3), "given name": ("person", 2),
            "legal form": ("organization", 5), "ticker": ("organization", 5), "institution": ("organization", 5),
            "organisation noun": ("organization", 4), "place noun": ("place", 3), "subdivision": ("place", 4), "city": ("place", 2),
            "organisation name": ("organization", 3), "place name": ("place", 3)}


PLACE_EVIDENCE = {"place noun", "subdivision", "city", "place name"}


def same_given_name(a: str, b: str) -> bool:
    """Mike and Michael, Bill and William: the same given name (the nicknames package's table);
    Sergey and Sergei: spelled alike."""
    if a == b or fuzz.ratio(a, b) >= 80:
        return True
    namer = nicknamer()
    forms_a = {a} | namer.canonicals_of(a) | namer.nicknames_of(a)
    forms_b = {b} | namer.canonicals_of(b) | namer.nicknames_of(b)
    return bool(forms_a & forms_b)


def _evidence(m: Mention) -> list[str]:
    found = list(m.evidence)
    key = fold(m.text)
    if key in subdivisions() and m.label != "country":
        found.append("subdivision")
    elif m.label != "country" and "title" not in found and "honorific" not in found and key in cities() \
            and key.split()[0] not in given_names():
        # a city in the gazetteer ('Jackson' or 'Florence' alone may be someone's name)
        found.append("city")
    first = key.split()[0].split("-")[0] if key else ""
    if len(key.split()) >= 2 and first in given_names() and "legal form" not in found:
        found.append("given name")
    return found


def _label_vote(mentions: list[Mention]) -> str:
    """The kind of an actor: each mention's label is a vote; what the text says of it (a title, a
    legal form, 'the district', a province in the gazetteer) weighs more; a full name weighs
    more than a surname alone."""
    votes: Counter[str] = Counter()
    for m in mentions:
        evidence = _evidence(m)
        weight = 3 if m.context == "named as a place" or m.label in ("country",) else 1
        if m.label == "person" and len(m.text.split()) >= 2 and fold(m.surface) == fold(m.text):
            weight += 1
        if m.label == "place" and weight == 1 and not set(evidence) & PLACE_EVIDENCE:
            # the tagger's place for a name no gazetteer knows and the text does not call a place
            # (an airline read as a place wherever it flies to) counts half
            weight = 0.5
        votes[m.label] += weight
        for item in evidence:
            if item in EVIDENCE:
                kind, extra = EVIDENCE[item]
                votes[kind] += extra
    if "country" in votes and any(m.label == "country" for m in mentions):
        return "country"
    return min(votes, key=lambda label: (-votes[label], TYPE_ORDER[label]))


def _close_surnames(full_names: list[str]):
    """Pairs of full names (in sorted order) whose surnames are the same or spelled alike
    (rapidfuzz ratio >= 88: one letter added or dropped, or changed in a surname of nine letters or
    more, 'Tjahjanto' / 'Tjahnanto'; not 'Smith' / 'Smyth'). Candidates come from blocks of
    surnames that are equal after deleting at most one letter from each, which is all such a ratio
    allows when the two surnames have fewer than 20 letters together. The work grows with the
    names, not with their square."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in full_names:
        by_surname[name.split()[-1]].append(name)
    blocks: dict[str, set[str]] = defaultdict(set)
    for surname in by_surname:
        for variant in {surname, *(surname[:i] + surname[i + 1:] for i in range(len(surname)))}:
            blocks[variant].add(surname)
    alike: dict[str, set[str]] = defaultdict(set)
    for block in blocks.values():
        for a in block:
            alike[a] |= {b for b in block if b == a or fuzz.ratio(a, b) >= 88}
    order = {name: i for i, name in enumerate(full_names)}
    pairs = set()
    for surname, names in by_surname.items():
        for other in alike[surname]:
            for a in names:
                for b in by_surname[other]:
                    if order[a] < order[b]:
                        pairs.add((order[a], order[b]))
    for i, j in sorted(pairs):
        yield full_names[i], full_names[j]


def resolve_actors(mentions: list[Mention]) -> tuple[list[Actor], dict[int, str]]:
    """Actors from all mentions, and ``id(mention) -> actor id``."""
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[mention_key(m)].append(m)
    groups = _Groups(by_key)
    label_of = {k: _label_vote(ms) for k, ms in by_key.items()}
    people = [k for k in sorted(by_key) if label_of[k] == "person"]
    full = [k for k in people if len(k.split()) >= 2]
    # close spellings of one full name: same surname, first names alike (Sergey/Sergei, Mike/Michael),
    # or one name inside the other
    inside: dict[str, set[str]] = defaultdict(set)   # a name -> the longer names it stands inside
    for a, b in _close_surnames(full):
        ta, tb = a.split(), b.split()
        if set(ta) < set(tb) or set(tb) < set(ta):
            short, long_ = (a, b) if len(set(ta)) < len(set(tb)) else (b, a)
            inside[short].add(long_)
        elif set(ta) == set(tb) or same_given_name(" ".join(ta[:-1]), " ".join(tb[:-1])):
            groups.union(a, b)
    for short, longer in inside.items():
        # 'Abu Amer' inside 'Sadeq Abu Amer' and 'Abu Hassan Amer': two people, and the short
        # name is neither's for sure
        names_ = sorted(longer)
        if all(set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split())
               for i, x in enumerate(names_) for y in names_[i + 1:]):
            for long_ in names_:
                groups.union(short, long_)
    # a name cut short by the tagger ('Park Min' for 'Park Min Seok'), when one longer name begins with it
    in_order = sorted(full)
    for key in full:
        # the names that begin with it, found by bisection ("!" sorts right after " "); not a
        # father's name inside his son's: 'Hal Brandt' and 'Hal Brandt Jr' are two people
        begins = in_order[bisect.bisect_left(in_order, key + " "):bisect.bisect_left(in_order, key + "!")]
        longer = {groups.find(f) for f in begins if f[len(key) + 1:].split()[0] not in GENERATIONS}
        if len(longer) == 1:
            groups.union(next(iter(longer)), key)
    # one surname, other given names, the same role ('head of the rescue agency'): the same person
    # spelled differently by two sources
    roles_of = {k: {w for m in by_key[k] if m.role for w in fold(m.role).split() if len(w) > 3} for k in full}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in full:
        by_surname[key.split()[-1]].append(key)
    for keys in by_surname.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if roles_of[a] and roles_of[a] & roles_of[b] and set(a.split()[:-1]) & set(b.split()[:-1]):
                    groups.union(a, b)
    # a surname alone (or 'Mr Surname') goes to the one full name it can belong to, whatever label
    # spaCy gave it ('Kovac' read as an organisation), unless the text says it is an organisation
    with_word: dict[str, list[str]] = defaultdict(list)
    for f in full:
        for word in set(f.split()):
            with_word[word].append(f)
    # joining a one-word name never changes the root of a full name's group (the longer name wins)
    full_members: dict[str, list[str]] = defaultdict(list)
    for f in full:
        full_members[groups.find(f)].append(f)
    articles_of = {k: {m.article for m in ms} for k, ms in by_key.items()}
    org_evidence = {k for k, ms in by_key.items() if any(set(_evidence(m)) & {"legal form", "ticker", "institution",
                                                                               "organisation noun"} for m in ms)}
    for key in sorted(by_key):
        if len(key.split()) != 1 or label_of[key] == "country" or key in org_evidence or fixed_name(key):
            continue
        owners = {groups.find(f) for f in with_word.get(key, [])}
        near = {root for root in owners if any(articles_of[key] & articles_of[f] for f in full_members[root])}
        if len(owners) == 1 and (label_of[key] == "person" or key == next(iter(owners)).split()[-1]):
            groups.union(next(iter(owners)), key)
        elif len(near) == 1:
            groups.union(next(iter(near)), key)
    # an organisation's short forms and variants: the same name without 'Inc', 'Group', 'Systems' ...
    orgs = [k for k in sorted(by_key) if label_of[k] == "organization" and not fixed_name(k)]
    by_base: dict[str, list[str]] = defaultdict(list)
    for key in orgs:
        by_base[org_base(key)].append(key)
    for key in sorted(by_key):
        if key in by_base and label_of[key] in ("person", "place") and len(key.split()) == 1 \
                and not any(set(_evidence(m)) & {"title", "honorific"} for m in by_key[key]) \
                and groups.find(key) == key:
            by_base[key].append(key)  # 'Acme' read as a person or place where 'Acme Systems' is a company
    for base, keys in by_base.items():
        for other in keys[1:]:
            groups.union(keys[0], other)
    # one name spelled with or without dots and spaces ('J.P. Morgan', 'JPMorgan'), when one
    # organisation has it: a name made of initials reads to the tagger as a person's
    compact = lambda key: re.sub(r"[\s.'’-]", "", key)  # noqa: E731
    by_compact: dict[str, set[str]] = defaultdict(set)
    for key in orgs:
        for form in {key, org_base(key), *(fold(m.surface) for m in by_key[key])}:
            if len(compact(form)) >= 4:
                by_compact[compact(form)].add(groups.find(key))
    for key in sorted(by_key):
        roots = by_compact.get(compact(key), set())
        if label_of[key] != "country" and not fixed_name(key) and len(roots) == 1 and groups.find(key) not in roots:
            groups.union(next(iter(roots)), key)
    # a country's institution named with or without the country ('U.S. Forest Service', 'Forest Service')
    institutions = defaultdict(set)
    for key in orgs:
        for rest in without_country(key):   # "Lorvania's Air Force" too
            institutions[rest].add(groups.find(key))
    for rest, roots in institutions.items():
        if rest in by_key and len(roots) == 1 and label_of[rest] == "organization":
            groups.union(next(iter(roots)), rest)
    # an acronym ('FAA') to the one organisation whose initials it is
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in orgs:
        if len(key.split()) >= 2:
            by_initials[initials(" ".join(by_key[key][0].text.split()))].add(groups.find(key))
    for key, ms in by_key.items():
        surface = ms[0].surface
        if re.fullmatch(r"[A-Z]{2,6}", surface) and len(by_initials.get(surface, ())) == 1:
            groups.union(next(iter(by_initials[surface])), key)
    # a short place name to the one longer place name it begins ("Sinai" -> "Sinai Peninsula")
    places = sorted(k for k in by_key if label_of[k] == "place")
    for key in places:
        if len(key.split()) != 1:
            continue
        start = bisect.bisect_left(places, key + " ")
        end = bisect.bisect_left(places, key + "!")  # "!" sorts right after " "
        longer = {groups.find(p) for p in places[start:end]}
        if len(longer) == 1:
            groups.union(next(iter(longer)), key)

    members: dict[str, list[Mention]] = defaultdict(list)
    for key, ms in by_key.items():
        members[groups.find(key)].extend(ms)
    actors = []
    for root, ms in members.items():
        ms.sort(key=lambda m: (m.article, m.paragraph, m.start))
        kind = _label_vote(ms)
        names = Counter(m.text for m in ms)
        first = {}
        for i, m in enumerate(ms):
            first.setdefault(m.text, i)
        # the most used full form; on a tie the longer one, then the one read first
        if kind == "person":
            name = max(names, key=lambda n: (len(n.split()) >= 2, names[n], len(n), -first[n]))
            # a name the tagger cut short more often than not ('Park Min' for 'Park Min Seok'): the whole one
            longer = [n for n in names if n.startswith(name + " ") and fold(n[len(name) + 1:]).split()[:1]
                      and fold(n[len(name) + 1:]).split()[0] not in GENERATIONS]
            if longer:
                name = max(longer, key=lambda n: (names[n], len(n), -first[n]))
        else:
            name = max(names, key=lambda n: (names[n], len(n), -first[n]))
        aliases = sorted({m.surface for m in ms} | {m.text for m in ms} - {name}, key=alphabetical)
        roles = []
        for m in ms:
            if m.role and fold(m.role) not in {fold(r) for r in roles}:
                roles.append(m.role)
        actors.append(Actor(id="", name=name, type=kind, aliases=[a for a in aliases if a != name],
                            roles=roles, mentions=ms))
    actors.sort(key=lambda a: (fold(a.name), a.type))
    for actor, slug in zip(actors, unique_slugs([a.name for a in actors])):
        actor.id = slug
    owner = {id(m): a.id for a in actors for m in a.mentions}
    return actors, owner
