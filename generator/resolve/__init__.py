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
- ``find_stories`` groups the articles into stories (a shared event, or the same people and
  organisations at the same time).
- ``apply_curation`` applies the user's curation file last.
"""
from __future__ import annotations

import re

from ..curation import apply_curation
from ..disputes import find_contradictions
from ..extract.actors import ACTS, demonyms_to_country, fold
from ..model import Article, ArticleAnalysis, Corpus
from .actors import TYPE_ORDER, resolve_actors
from .claims import resolve_claims, same_statement
from .events import name_events, resolve_events
from .stories import find_stories

__all__ = ["TYPE_ORDER", "apply_curation", "mark_salience", "resolve_actors", "resolve_claims", "resolve_corpus",
           "resolve_events", "same_statement"]


def _in_headline(m, headline: str) -> bool:
    """The name as the mention writes it stands in its article's headline."""
    return bool(headline) and re.search(r"(?<![\w-])" + re.escape(m.surface) + r"(?![\w-])", headline) is not None


def mark_salience(corpus: Corpus, min_mentions: int) -> None:
    """Who gets a page: named often enough, quoted, a named person or country, named in the headline
    or the opening paragraph, the scene of a happening ('the town of X', 'at the Riverton
    Playhouse'), or an organisation that does something in the story; never a publication cited
    only as a source, nor a publisher."""
    speakers = {c.speaker for c in corpus.claims if c.speaker}
    publishers = {fold(a.publisher) for a in corpus.articles if a.publisher}
    headlines = {a.id: a.title for a in corpus.articles}
    for actor in corpus.actors:
        cited_only = all(m.context == "cited as source" for m in actor.mentions)
        if cited_only or fold(actor.name) in publishers:
            actor.salient = False
            continue
        actor.salient = (actor.id in speakers or len(actor.mentions) >= min_mentions
                         or (actor.type == "person" and len(actor.name.split()) >= 2)
                         # a country named, not only its adjective ('a Lorvanian port' alone makes no page)
                         or actor.type == "country" and not all(fold(m.surface) in demonyms_to_country() for m in actor.mentions)
                         or any(m.context == "named as a place" for m in actor.mentions)
                         # an organisation that does something in the story ('the Lorvanian police detained ...')
                         or actor.type == "organization" and any(m.context == ACTS for m in actor.mentions)
                         # named in a story's opening paragraph or its headline: what the story is about
                         or any(m.paragraph == 0 for m in actor.mentions)
                         or any(_in_headline(m, headlines.get(m.article, "")) for m in actor.mentions))


def resolve_corpus(articles: list[Article], analyses: list[ArticleAnalysis], min_mentions: int,
                   curation: dict | None = None) -> Corpus:
    """The Corpus: actors, claims and events merged and linked across articles."""
    mentions = [m for a in analyses for m in a.mentions]
    actors, owner = resolve_actors(mentions)
    names = {a.id: a.name for a in actors}
    corpus = Corpus(articles=articles, actors=actors)
    corpus.claims = resolve_claims(analyses, owner, names)
    corpus.events = resolve_events(analyses, owner, actors, {a.id: a.published for a in articles})
    if curation:
        corpus.warnings += apply_curation(corpus, curation)
    mark_salience(corpus, min_mentions)
    # only actors with a page are linked from events; the rest are 'also mentioned' on articles
    salient = {a.id for a in corpus.actors if a.salient}
    for event in corpus.events:
        event.actors = [a for a in event.actors if a in salient]
    name_events(corpus.events, corpus.actors, owner)
    corpus.contradictions = find_contradictions(corpus, analyses, owner)
    figures = [(f, owner[id(f.subject[0])]) for a in analyses for f in a.facts
               if f.kind == "figure" and f.subject and id(f.subject[0]) in owner and owner[id(f.subject[0])] in salient]
    corpus.stories = find_stories(corpus, figures)
    return corpus
