"""Stories: the articles of a corpus grouped by what they report.

Two articles are in one story when they report the same event (an event merged across articles),
or when they name at least SHARED_ACTORS of the same people and organisations and were published
within STORY_DAYS of each other (or either is undated). A story is a connected group of at least
two articles; an article linked to no other stands on its own. Actors named in more than
HUB_SHARE of all articles (and at least HUB_MIN articles) do not link articles: a president named in
every story would join them all into one. Everything is sorted, so the same corpus gives the same
stories.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ..dates import days_apart
from ..ids import unique_slugs
from ..model import Corpus, Fact, KeyFigure, Story
from .actors import _Groups

SHARED_ACTORS = 2
STORY_DAYS = 30
HUB_SHARE = 0.5
HUB_MIN = 8
KEY_ACTORS = 8
TITLE_ACTORS = 3
KEY_FIGURES = 12


def find_stories(corpus: Corpus, figures: list[tuple[Fact, str]] = ()) -> list[Story]:
    """The corpus's stories, the largest first; ``figures`` are (figure fact, owner actor id)."""
    ids = sorted(a.id for a in corpus.articles)
    published = {a.id: a.published for a in corpus.articles}
    groups = _Groups(ids)
    for event in corpus.events:
        arts = event.articles
        for other in arts[1:]:
            groups.union(arts[0], other)
    hub = max(HUB_MIN, HUB_SHARE * len(ids))
    shared: Counter = Counter()
    for actor in corpus.actors:
        if not actor.salient or actor.type not in ("person", "organization"):
            continue
        arts = actor.articles
        if len(arts) < 2 or len(arts) > hub:
            continue
        for i, a in enumerate(arts):
            for b in arts[i + 1:]:
                shared[(a, b)] += 1
    for (a, b), n in sorted(shared.items()):
        if n >= SHARED_ACTORS and days_apart(published[a], published[b]) <= STORY_DAYS:
            groups.union(a, b)
    members: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        members[groups.find(i)].append(i)
    clusters = [m for m in members.values() if len(m) >= 2]
    salient = {a.id: a for a in corpus.actors if a.salient}
    stories = []
    for arts in clusters:
        inside = set(arts)
        coverage = Counter()
        mentions = Counter()
        for actor in salient.values():
            n = len(inside & set(actor.articles))
            if n:
                coverage[actor.id] = n
                mentions[actor.id] = sum(1 for m in actor.mentions if m.article in inside)
        rank = sorted(coverage, key=lambda a: (-coverage[a], -mentions[a], salient[a].name))
        people_first = [a for a in rank if salient[a].type in ("person", "organization")] + \
                       [a for a in rank if salient[a].type not in ("person", "organization")]
        dates = sorted(d for d in (published[a] for a in arts) if d)
        # the title names who most of the story's articles name (at least one, at most TITLE_ACTORS)
        named = [a for a in people_first if coverage[a] * 2 >= len(arts)][:TITLE_ACTORS] or people_first[:1]
        story = Story(id="", title=_title([salient[a].name for a in named]),
                      articles=sorted(arts, key=lambda a: (published[a] or "9999", a)),
                      actors=rank[:KEY_ACTORS],
                      events=[e.id for e in corpus.events if inside & set(e.articles)],
                      claims=[c.id for c in corpus.claims if inside & set(c.articles)],
                      first=dates[0] if dates else None, last=dates[-1] if dates else None)
        seen = set()
        # values first (what a deal was worth, a price), then moves; each value once
        ranked = sorted((f for f in figures if f[0].article in inside),
                        key=lambda f: (f[0].direction != 0, story.articles.index(f[0].article), f[0].paragraph))
        for fact, owner in ranked:
            key = (fact.measure, fact.number, fact.unit, fact.qualifier) if fact.number is not None else \
                (fact.measure, owner, fact.direction)
            if key not in seen and len(story.figures) < KEY_FIGURES:
                seen.add(key)
                story.figures.append(KeyFigure(fact.measure, owner, fact.mark, fact.qualifier, fact.article,
                                               fact.paragraph, fact.sentence))
        stories.append(story)
    stories.sort(key=lambda s: (-len(s.articles), s.first or "9999", s.title))
    for story, slug in zip(stories, unique_slugs([s.title for s in stories])):
        story.id = slug
    return stories


def _title(names: list[str]) -> str:
    if not names:
        return "Untitled story"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
