"""Corpus-wide resolution: mentions -> actors, statements -> claims, happenings -> events.

- ``resolve_actors`` groups mentions under one actor per person, organisation, country or place:
  the same name folded (Müller = Muller), a surname or partial name to the one full name it can
  belong to (same article first), close spellings of the same surname (Sergei/Sergey), a capital
  used for its government (lexicon), a short place name to the one longer name it begins. Two
  people who only share a surname are never merged. Then it decides type, name, roles and who is
  salient enough for a page of their own.
- ``resolve_claims`` links each statement's speaker to an actor and merges the same statement
  reported by several articles (despite small differences of wording or quotation marks).
- ``resolve_events`` merges the same happening reported by several sources: same kind, compatible
  dates, and mostly the same participants, compared with the first report of the group (no
  chaining, so one event never swallows its neighbours).
- ``apply_curation`` applies the user's curation file last.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from . import lexicon
from .curation import apply_curation
from .disputes import find_contradictions
from .extract.actors import fold
from .ids import unique_slugs
from .model import Actor, Article, ArticleAnalysis, Claim, Corpus, Event, Mention

TYPE_ORDER = {"person": 0, "organization": 1, "country": 2, "place": 3}


class _Groups:
    """Union-find over mention keys."""

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


def _label_vote(mentions: list[Mention]) -> str:
    votes: Counter[str] = Counter()
    for m in mentions:
        weight = 3 if m.context == "named as a place" or m.label in ("country",) else 1
        votes[m.label] += weight
    return min(votes, key=lambda label: (-votes[label], TYPE_ORDER[label]))


def _close_surnames(full_names: list[str]):
    """Pairs of full names (in sorted order) whose surnames are the same or spelled alike
    (rapidfuzz ratio >= 90). Candidates come from blocks of surnames that are equal after deleting
    at most one letter from each: names that differ by one letter added, dropped or changed. That
    is all a ratio of 90 allows when the two surnames have fewer than 20 letters together. The
    work grows with the names, not with their square."""
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
            alike[a] |= {b for b in block if b == a or fuzz.ratio(a, b) >= 90}
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
    # close spellings of one full name: same surname, first names alike, or one name inside the other
    for a, b in _close_surnames(full):
        ta, tb = a.split(), b.split()
        if set(ta) <= set(tb) or set(tb) <= set(ta) or fuzz.ratio(" ".join(ta[:-1]), " ".join(tb[:-1])) >= 80:
            groups.union(a, b)
    # a surname alone (or 'Mr Surname') goes to the one full name it can belong to
    with_word: dict[str, list[str]] = defaultdict(list)
    for f in full:
        for word in set(f.split()):
            with_word[word].append(f)
    # joining a one-word name never changes the root of a full name's group (the longer name wins)
    full_members: dict[str, list[str]] = defaultdict(list)
    for f in full:
        full_members[groups.find(f)].append(f)
    articles_of = {k: {m.article for m in ms} for k, ms in by_key.items()}
    for key in people:
        if len(key.split()) != 1:
            continue
        owners = {groups.find(f) for f in with_word.get(key, [])}
        near = {root for root in owners if any(articles_of[key] & articles_of[f] for f in full_members[root])}
        if len(owners) == 1:
            groups.union(next(iter(owners)), key)
        elif len(near) == 1:
            groups.union(next(iter(near)), key)
    # a short place name to the one longer place name it begins ("Gaza" -> "Gaza Strip")
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
        else:
            name = max(names, key=lambda n: (names[n], len(n), -first[n]))
        aliases = sorted({m.surface for m in ms} | {m.text for m in ms} - {name}, key=str.lower)
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


def _norm_statement(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def same_statement(a: str, b: str) -> bool:
    """The same words despite small differences of wording, punctuation or quotation marks."""
    ta, tb = _norm_statement(a), _norm_statement(b)
    if not ta or not tb:
        return False
    ja, jb = " ".join(ta), " ".join(tb)
    if ja in jb or jb in ja:
        return min(len(ta), len(tb)) >= 5
    shorter, longer = (set(ta), set(tb)) if len(ta) <= len(tb) else (set(tb), set(ta))
    return len(shorter) >= 6 and len(shorter & longer) / len(shorter) >= 0.8 and fuzz.partial_ratio(ja, jb) >= 85


def resolve_claims(analyses: list[ArticleAnalysis], owner: dict[int, str], names: dict[str, str]) -> list[Claim]:
    claims: list[Claim] = []
    # statements are compared only with the same speaker's (linear in the corpus, not quadratic)
    by_speaker: dict[str, list[tuple[set[str], Claim]]] = defaultdict(list)
    for analysis in analyses:
        for ref, source, direct in analysis.claims:
            speaker = owner.get(id(ref.mention)) if ref.mention is not None else None
            bucket = by_speaker[speaker or f"?{fold(ref.text)}"]
            words = set(_norm_statement(source.text))
            found = next((n for n, (seen, c) in enumerate(bucket) if len(words & seen) >= 3
                          and same_statement(c.text, source.text)), None)
            if found is not None:
                match = bucket[found][1]
                if not any(s.article == source.article and s.paragraph == source.paragraph for s in match.sources):
                    match.sources.append(source)
                match.direct = match.direct or direct
                if len(source.text) > len(match.text):
                    match.text = source.text  # the most complete wording (each source keeps its own)
                    bucket[found] = (words, match)
                continue
            claims.append(Claim(id="", text=source.text, direct=direct, speaker=speaker, speaker_text=ref.text,
                                cue=source.cue, sources=[source]))
            bucket.append((words, claims[-1]))
    claims.sort(key=lambda c: (names.get(c.speaker or "", c.speaker_text).lower(), c.sources[0].article,
                               c.sources[0].paragraph, c.text))
    labels = [f"{names.get(c.speaker or '', c.speaker_text)} {' '.join(c.text.split()[:8])}" for c in claims]
    for claim, slug in zip(claims, unique_slugs(labels)):
        claim.id = slug
    return claims


def _participants(people: list[Mention], owner: dict[int, str], actor_ids: set[str], by_name: dict[str, str]) -> list[str]:
    found = []
    for m in people:
        aid = owner.get(id(m)) or by_name.get(fold(m.text))
        if aid and aid in actor_ids and aid not in found:
            found.append(aid)
    return found


def resolve_events(analyses: list[ArticleAnalysis], owner: dict[int, str], actors: list[Actor]) -> list[Event]:
    actor_ids = {a.id for a in actors}
    by_name = {fold(a.name): a.id for a in actors}
    candidates = []
    for analysis in analyses:
        for kind, people, source in analysis.events:
            candidates.append((kind, _participants(people, owner, actor_ids, by_name), source))
    # dated reports first, so that a group starts from a report that fixes its date
    candidates.sort(key=lambda c: (c[2].date is None, c[2].article, c[2].paragraph))
    groups: list[list] = []
    # a report is compared only with groups of its kind that share a participant with it
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for cand in candidates:
        kind, ids, source = cand
        nearby = sorted({g for a in ids for g in index[(kind, a)]})
        for g in nearby:
            seed = groups[g][0]
            if seed[2].date and source.date and seed[2].date != source.date:
                continue
            shared = set(seed[1]) & set(ids)
            smaller = min(len(seed[1]), len(ids)) or 1
            if len(shared) >= min(2, smaller) and len(shared) / smaller >= 0.66:
                groups[g].append(cand)
                break
        else:
            groups.append([cand])
            for a in ids:
                index[(kind, a)].append(len(groups) - 1)
    names = {a.id: a for a in actors}
    events = []
    for group in groups:
        kind = group[0][0]
        participants: Counter[str] = Counter()
        for _, ids, _src in group:
            participants.update(ids)
        ordered = sorted(participants, key=lambda a: (TYPE_ORDER[names[a].type], -participants[a], names[a].name))
        dates = Counter(src.date for _, _, src in group if src.date)
        date = min(dates, key=lambda d: (-dates[d], d)) if dates else None
        basis = next((f"{src.date_text!r} in {src.article}: {src.date_basis}" for _, _, src in group
                      if src.date == date), None) if date else None
        sources = []
        for _, _, src in group:
            if not any(s.article == src.article and s.paragraph == src.paragraph for s in sources):
                sources.append(src)
        agents = Counter(owner.get(id(src.agent)) for _, _, src in group if src.agent is not None)
        agents.pop(None, None)
        agent = min(agents, key=lambda a: (-agents[a], a)) if agents else None
        targets: Counter[str] = Counter(owner.get(id(m)) for _, _, src in group for m in src.targets)
        targets.pop(None, None)
        targets.pop(agent, None)
        events.append(Event(id="", title="", kind=kind, date=date, date_basis=basis, actors=ordered,
                            sources=sources, agent=agent,
                            targets=sorted(targets, key=lambda a: (-targets[a], a))))
    return events


def name_events(events: list[Event], actors: list[Actor]) -> None:
    """Titles that say who did what ('Jane Okafor phone call with Tom Lee'), from
    the kind's phrasing in lexicon/events.yml, and ids; once participants are final."""
    names = {a.id: a.name for a in actors}
    kinds = lexicon.load("events")["kinds"]
    for event in events:
        label = kinds[event.kind]["label"]
        who = [names[a] for a in event.actors[:4] if a in names]
        agent = names.get(event.agent) if event.agent in event.actors else None
        others = [names[a] for a in event.targets if a in event.actors and names[a] != agent][:2]
        phrasing = kinds[event.kind].get("title", "{agent} " + label + ": {others}")
        if agent and others and "{all}" not in phrasing:
            title = phrasing.format(agent=agent, others=" and ".join(others), all="")
        elif agent:
            title = f"{agent} {label}"
        else:
            title = f"{label.capitalize()}: {', '.join(who)}" if who else label.capitalize()
        event.title = title[0].upper() + title[1:]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.title, e.sources[0].article, e.sources[0].paragraph))
    for event, slug in zip(events, unique_slugs([f"{e.date or ''} {e.title}" for e in events])):
        event.id = slug


def mark_salience(corpus: Corpus, min_mentions: int) -> None:
    """Who gets a page: named often enough, quoted, a named person or country, or the scene of a
    happening ('the town of X'); never a publication cited only as a source, nor a publisher."""
    speakers = {c.speaker for c in corpus.claims if c.speaker}
    publishers = {fold(a.publisher) for a in corpus.articles if a.publisher}
    for actor in corpus.actors:
        cited_only = all(m.context == "cited as source" for m in actor.mentions)
        if cited_only or fold(actor.name) in publishers:
            actor.salient = False
            continue
        actor.salient = (actor.id in speakers or len(actor.mentions) >= min_mentions
                         or (actor.type == "person" and len(actor.name.split()) >= 2)
                         or actor.type == "country"
                         or any(m.context == "named as a place" for m in actor.mentions))


def resolve_corpus(articles: list[Article], analyses: list[ArticleAnalysis], min_mentions: int,
                   curation: dict | None = None) -> Corpus:
    """The Corpus: actors, claims and events merged and linked across articles."""
    mentions = [m for a in analyses for m in a.mentions]
    actors, owner = resolve_actors(mentions)
    names = {a.id: a.name for a in actors}
    corpus = Corpus(articles=articles, actors=actors)
    corpus.claims = resolve_claims(analyses, owner, names)
    corpus.events = resolve_events(analyses, owner, actors)
    if curation:
        corpus.warnings += apply_curation(corpus, curation)
    mark_salience(corpus, min_mentions)
    # only actors with a page are linked from events; the rest are 'also mentioned' on articles
    salient = {a.id for a in corpus.actors if a.salient}
    for event in corpus.events:
        event.actors = [a for a in event.actors if a in salient]
    name_events(corpus.events, corpus.actors)
    corpus.contradictions = find_contradictions(corpus, analyses, owner)
    return corpus
