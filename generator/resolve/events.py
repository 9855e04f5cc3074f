"""Events: the same happening reported by several sources merged (same kind, compatible dates,
mostly the same participants, compared with the first report of the group: no chaining, so one
event never swallows its neighbours), then named."""
from __future__ import annotations

from collections import Counter, defaultdict

from .. import lexicon
from ..extract.actors import fold
from ..ids import unique_slugs
from ..model import Actor, ArticleAnalysis, Event, Mention
from .actors import TYPE_ORDER

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
