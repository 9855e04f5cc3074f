"""Where sources disagree: pairs of statements that cannot both be true.

Precision before recall: a pair is flagged only when both sides are about the same thing by
evidence in the text, never on wording alone.

- numbers differ: the same count ("were killed") of the same kind of people, in sentences that
  share a named actor and the happening's word, published within SAME_TIME_DAYS of each other,
  with numbers apart by more than 5% but within a factor of 3 (further apart in time or size, they
  are about different incidents);
- different key entity: the same speaker compares the same thing to two different named targets,
  in sentences sharing a content word;
- negated and affirmed: the same actor is reported to have done and not done the same thing to
  the same object, or not to have called / met someone with whom an event records a call or meeting
  (with a note when the dates show the negative report may simply be older).
"""
from __future__ import annotations

import itertools

from .extract.actors import fold
from .model import ArticleAnalysis, Contradiction, Corpus, Fact

GENERIC_COUNTED = {"people", "person", "civilian", "resident", "victim"}
EVENT_OF_VERB = {"call": "call", "phone": "call", "contact": "call", "reach": "call", "meet": "meeting",
                 "visit": "meeting"}


def _pairs(facts: list[Fact], keys, dates: dict[str, str | None] | None = None):
    """Pairs of facts that can disagree: the same verb and a shared key (``keys(fact)``: the
    actors it names), and, when ``dates`` is given, published within SAME_TIME_DAYS of each other
    (or undated). Found through buckets, so the work grows with the pairs, not the facts squared;
    yielded in the facts' order."""
    by_verb: dict[str, list[Fact]] = {}
    for fact in facts:
        by_verb.setdefault(fact.verb, []).append(fact)
    for group in by_verb.values():
        buckets: dict[str, list[int]] = {}
        for i, fact in enumerate(group):
            for key in keys(fact):
                buckets.setdefault(key, []).append(i)
        found: set[tuple[int, int]] = set()
        for members in buckets.values():
            found.update(_near_in_time(members, group, dates) if dates is not None
                         else itertools.combinations(members, 2))
        for i, j in sorted(found):
            yield group[i], group[j]


def _near_in_time(members: list[int], group: list[Fact], dates: dict[str, str | None]):
    """Index pairs (i < j) of ``members`` published within SAME_TIME_DAYS, or either undated."""
    import datetime as dt

    day = {i: dt.date.fromisoformat(dates[group[i].article]).toordinal() for i in members if dates[group[i].article]}
    undated = [i for i in members if i not in day]
    for i in undated:
        for j in members:
            if i != j:
                yield min(i, j), max(i, j)
    dated = sorted(day, key=day.get)
    for n, i in enumerate(dated):
        for m in range(n + 1, len(dated)):
            j = dated[m]
            if day[j] - day[i] > SAME_TIME_DAYS:
                break
            yield min(i, j), max(i, j)


def _actors(fact: Fact, owner: dict[int, str]) -> set[str]:
    return {owner[id(m)] for m in fact.subject if id(m) in owner}


def _numbers_differ(a: Fact, b: Fact) -> bool:
    if a.verb != b.verb or not a.number or not b.number:
        return False
    if a.counted != b.counted and not ({a.counted, b.counted} & GENERIC_COUNTED or
                                       {a.counted.rstrip("s"), b.counted.rstrip("s")} & GENERIC_COUNTED):
        return False
    low, high = sorted((a.number, b.number))
    if high / low <= 1.05 or high / low > 3 or high < 10:
        return False
    return len(set(a.context) & set(b.context)) >= 3  # a name, the happening's word, the verb


# Reports published further apart than this may count different incidents of the same kind.
SAME_TIME_DAYS = 10


def find_contradictions(corpus: Corpus, analyses: list[ArticleAnalysis], owner: dict[int, str]) -> list[Contradiction]:
    facts = [f for a in analyses for f in a.facts]
    names = {a.id: a.name for a in corpus.actors}
    by_name = {fold(a.name): a.id for a in corpus.actors}
    for a in corpus.actors:
        for alias in a.aliases:
            by_name.setdefault(fold(alias), a.id)
    dates = {a.id: a.published for a in corpus.articles}
    found: list[Contradiction] = []

    def named(fact: Fact) -> set[str]:
        return {by_name[n] for n in fact.context if n in by_name}

    def acting(fact: Fact) -> set[str]:
        return _actors(fact, owner)

    for a, b in _pairs([f for f in facts if f.kind == "count"], named, dates):
        shared = {by_name[n] for n in set(a.context) & set(b.context) if n in by_name}
        if a.sentence != b.sentence and shared and _numbers_differ(a, b):
            found.append(Contradiction("numbers differ", f"How many {a.counted} were reported ({a.verb}): "
                                       f"{a.number:,.0f} or {b.number:,.0f}", a, b, actors=sorted(shared)))
    for a, b in _pairs([f for f in facts if f.kind == "comparison"], acting):
        who = _actors(a, owner) & _actors(b, owner)
        shared = set(a.context) & set(b.context) - {a.target, b.target, *(fold(names[w]) for w in who), "compare"}
        if who and a.target != b.target and a.target not in b.objects and b.target not in a.objects and shared:
            speaker = names[sorted(who)[0]]
            found.append(Contradiction("different key entity", f"What {speaker} compared it to: "
                                       f"{a.target.title()} or {b.target.title()}", a, b, actors=sorted(who)))
    polar = [f for f in facts if f.kind == "polar"]
    for a, b in _pairs(polar, acting):
        if a.negated == b.negated or a.verb != b.verb:
            continue
        who = _actors(a, owner) & _actors(b, owner)
        what = set(a.objects) & set(b.objects)
        if who and what:
            yes, no = (b, a) if a.negated else (a, b)
            subject = names[sorted(who)[0]]
            where = "the same article says both" if a.article == b.article else None
            found.append(Contradiction("negated and affirmed", f"Whether {subject} did “{a.verb}” {sorted(what)[-1]}",
                                       no, yes, note=where, actors=sorted(who)))
    events_of: dict[tuple[str, str], list[int]] = {}  # (kind, actor) -> events, in corpus order
    for n, event in enumerate(corpus.events):
        for actor in event.actors:
            events_of.setdefault((event.kind, actor), []).append(n)
    for fact in polar:
        kind = EVENT_OF_VERB.get(fact.verb)
        if not fact.negated or kind is None:
            continue
        who = _actors(fact, owner)
        whom = {by_name[o] for o in fact.objects if o in by_name}
        candidates = sorted({n for actor in who for n in events_of.get((kind, actor), [])})
        for event in (corpus.events[n] for n in candidates):
            if not (whom & set(event.actors)):
                continue
            source = next(s for s in event.sources)
            yes = Fact("event", source.article, source.paragraph, source.sentence, kind)
            article = corpus.article(fact.article)
            note = None
            if event.date and (article.published is None or article.published < event.date):
                when = f"published {article.published}" if article.published else "undated"
                note = (f"the report that it did not happen is {when}; the {event.kind} is dated {event.date}: "
                        f"the earlier report may simply be older")
            subject, other = names[sorted(who)[0]], names[sorted(whom)[0]]
            found.append(Contradiction("negated and affirmed", f"Whether {subject} had a {event.kind} with {other}",
                                       fact, yes, note=note, actors=sorted(who | whom)))
    _link_claims(found, corpus)
    return found


def _link_claims(found: list[Contradiction], corpus: Corpus) -> None:
    """Point each side at the claim it stands in, where there is one."""
    at: dict[tuple[str, int], list] = {}
    for claim in corpus.claims:
        for source in claim.sources:
            at.setdefault((source.article, source.paragraph), []).append((source.text, claim.id))
    for c in found:
        for side in ("a", "b"):
            fact = getattr(c, side)
            claim_id = next((cid for text, cid in at.get((fact.article, fact.paragraph), []) if text in fact.sentence),
                            None)
            setattr(c, f"{side}_claim", claim_id)
