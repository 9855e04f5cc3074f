"""Per-article analysis: one spaCy pass over an article's paragraphs, then the named steps.

Each step reads the parsed paragraphs and what earlier steps found, and adds to one
ArticleAnalysis (in the spirit of spaCy's pipeline components):

- ``actors.find_mentions``: names of people, organisations, countries and places, with roles;
- ``names.resolve_names``: surnames, short forms and acronyms pointed at the full name the
  article gives;
- ``claims.find_claims``: direct and reported statements with the words naming their speaker;
- ``events.find_events``: sentences reporting a dated or anchored happening, with participants;
- ``facts.find_facts``: counts, actions done or not done, comparisons: where sources may disagree;
- ``figures.find_figures``: money, percentages and prices with what they measure and whose they are;
- ``denials.find_denials``: denials, each with the earlier statement it answers.
"""
from __future__ import annotations

from ..model import Article, ArticleAnalysis
from . import actors, claims, denials, events, facts, figures, names, speakers
from .quotes import paragraph_quotes


def analyse_article(article: Article, docs: list) -> ArticleAnalysis:
    """Everything one article says, from its parsed paragraphs (``docs``, one per paragraph, in
    order; there may be fewer docs than paragraphs when a very long article was read in part)."""
    analysis = ArticleAnalysis(article=article.id)
    quotes = paragraph_quotes(article, docs)
    analysis.mentions = actors.find_mentions(article, docs)
    names.resolve_names(analysis.mentions)
    coref = speakers.Coreference(article, docs, analysis.mentions)
    analysis.claims = claims.find_claims(article, docs, coref, quotes)
    analysis.events = events.find_events(article, docs, coref, quotes)
    analysis.facts = facts.find_facts(article, docs, coref, quotes)
    analysis.facts += figures.find_figures(article, docs, analysis.mentions, quotes)
    analysis.facts += denials.find_denials(article, docs, coref, quotes)
    return analysis
