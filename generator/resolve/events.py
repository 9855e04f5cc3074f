"""Events: the same happening reported by several sources merged (same kind, compatible dates,
mostly the same participants, compared with the first report of the group: no chaining, so one
event never swallows its neighbours), then named."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from .. import lexicon
from ..extract.actors import fold
from ..ids import unique_slugs
from ..model import Actor, ArticleAnalysis, Event, EventSource, Mention
from ..dates import resolve_date
from ..extract.events import tracked_kinds
from .actors import TYPE_ORDER

def _participants(people: list[Mention], owner: dict[int, str], actor_ids: set[str], by_name: dict[str, str]) -> list[str]:
    found = []
    for m in people:
        aid = owner.get(id(m)) or by_name.get(fold(m.text))
        if aid and aid in actor_ids and aid not in found:
            found.append(aid)
    return found


SYMMETRIC = {"call", "meeting", "agreement", "ceasefire", "election"}
"""Kinds whose participants act together: 'Kovac phoned Demir' and 'Demir spoke with Kovac'
are one call."""


def _compatible_dates(a: str | None, b: str | None) -> bool:
    """The same day, or one date within the other ('2019-07' and '2019-07-10'), or one not known."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def _counted(source: EventSource) -> bool:
    """A date counted from the article's own ('today', 'on Thursday'), not stated: a later article
    that copies 'today' from a statement dates it a day or two late."""
    return bool(source.date_basis) and ("publication" in source.date_basis or "update" in source.date_basis)


def _same_happening(seed, cand, owner: dict[int, str]) -> bool:
    (kind, ids, source), (_, seed_ids, seed_source) = cand, seed
    if not _compatible_dates(seed_source.date, source.date):
        close = len(seed_source.date or "") == len(source.date or "") == 10 and abs(
            (dt.date.fromisoformat(seed_source.date) - dt.date.fromisoformat(source.date)).days) <= 2
        if not (close and (_counted(seed_source) or _counted(source)) and seed_source.article != source.article):
            return False
    if kind not in tracked_kinds() and not (seed_source.date and seed_source.date == source.date) \
            and seed_source.article != source.article:
        return False  # two statements, two acts of no tracked kind: one only when on the same day
    if kind not in SYMMETRIC and seed_source.agent is not None and source.agent is not None:
        a, b = owner.get(id(seed_source.agent)), owner.get(id(source.agent))
        if a and b and a != b:
            return False  # 'A besieges the city' and 'B attacks the city' are not one blockade
    shared = set(seed_ids) & set(ids)
    smaller = min(len(seed_ids), len(ids)) or 1
    return len(shared) >= min(2, smaller) and len(shared) / smaller >= 0.66


def _date_from_story(group: list, published: dict[str, str | None]):
    """(date, basis) for a group no source dates although one names the day ('Thursday') in an
    article without a date of its own: counted from the date of another article reporting the same
    happening."""
    for _, _, src in group:
        if src.date or not src.date_text:
            continue
        anchors = sorted({published[s.article] for _, _, s in group if published.get(s.article)})
        for anchor in anchors:
            found = resolve_date(src.date_text, anchor, None)
            if found and found[0] <= anchor:
                return found[0], (f"{src.date_text!r} in {src.article}, counted from {anchor}, the date of an article "
                                  f"reporting the same happening")
    return None, None


def resolve_events(analyses: list[ArticleAnalysis], owner: dict[int, str], actors: list[Actor],
                   published: dict[str, str | None] | None = None) -> list[Event]:
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
            if _same_happening(groups[g][0], cand, owner):
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
        if not any(src.date_text or src.tense == "ongoing" for _, _, src in group) and kind not in tracked_kinds() and \
                len({src.article for _, _, src in group}) == 1 and min(src.paragraph for _, _, src in group) > 1:
            # an undated, finished action of no tracked kind, told once and not as the article's news:
            # background, not an entry for the timeline
            continue
        participants: Counter[str] = Counter()
        for _, ids, _src in group:
            participants.update(ids)
        dates = Counter(src.date for _, _, src in group if src.date)
        # the most precise date most sources give; of equals, the earliest (the first report)
        date = min(dates, key=lambda d: (-len(d), -dates[d], d)) if dates else None
        basis = next((f"{src.date_text!r} in {src.article}: {src.date_basis}" for _, _, src in group
                      if src.date == date), None) if date else None
        if date is None and published:
            date, basis = _date_from_story(group, published)
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
        first = [agent] if agent in participants else []
        ordered = first + sorted((a for a in participants if a not in first),
                                 key=lambda a: (a not in targets, TYPE_ORDER[names[a].type], -participants[a], names[a].name))
        events.append(Event(id="", title="", kind=kind, date=date, date_basis=basis, actors=ordered,
                            sources=sources, agent=agent,
                            targets=sorted(targets, key=lambda a: (-targets[a], a))))
    return events


def _best_source(event: Event, owner: dict[int, str]) -> EventSource:
    """The report whose headline names the happening best: of the event's date, the article's
    news (its opening paragraphs), with its agent named, short."""
    def key(src: EventSource):
        return (src.date != event.date, not src.headline, not 5 <= len(src.headline.split()) <= 16, src.paragraph > 1,
                owner.get(id(src.agent)) != event.agent, len(src.headline.split()) > 12,
                src.headline.endswith("…"), src.article, src.paragraph)
    return min(event.sources, key=key)


def event_title(source: EventSource, names: dict[str, str], owner: dict[int, str]) -> str:
    """The headline with the agent's full name for the words naming it ('He' -> 'Omar Demir'),
    and who reported it first when that is not who did it ('Officials in the capital: a school ...')."""
    text = source.headline
    agent = owner.get(id(source.agent)) if source.agent is not None else None
    together = [owner.get(id(m)) for m in source.partners]
    if agent in names and source.subject and text.startswith(source.subject) and all(p in names for p in together):
        who = [names[agent]] + [names[p] for p in together]
        text = (", ".join(who[:-1]) + " and " + who[-1] if len(who) > 1 else who[0]) + text[len(source.subject):]
    reporter = owner.get(id(source.reporter)) if source.reporter is not None else None
    if reporter and reporter != agent and reporter in names:
        text = f"{names[reporter]}: {text}"
    elif source.reporter is None and source.reporter_words:
        text = f"{source.reporter_words}: {text}"
    return text[:1].upper() + text[1:]


def name_events(events: list[Event], actors: list[Actor], owner: dict[int, str]) -> None:
    """Titles that say who did what, from the clause that reports it best; and ids; once
    participants are final."""
    names = {a.id: a.name for a in actors}
    kinds = lexicon.load("events")["kinds"]
    for event in events:
        source = _best_source(event, owner)
        if source.headline:
            event.title = event_title(source, names, owner)
        else:
            label = kinds.get(event.kind, {}).get("label", event.kind)
            event.title = label[:1].upper() + label[1:]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.title, e.sources[0].article, e.sources[0].paragraph))
    for event, slug in zip(events, unique_slugs([f"{e.date or ''} {e.title}" for e in events])):
        event.id = slug
