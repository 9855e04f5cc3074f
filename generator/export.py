"""Corpus -> data/research.json (schema 1, see the gold README), data/timeline.json and CSV tables.

The files are produced piece by piece (``export_files`` yields each file as an iterable of text
chunks), so that research.json for ten thousand articles is never held in memory whole.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import chain

from .model import Actor, Article, Claim, Contradiction, Corpus, Event

SCHEMA = 1


def article_record(a: Article) -> dict:
    return {"id": a.id, "source_file": a.source_file, "title": a.title, "published": a.published,
            "published_basis": a.published_basis, "updated": a.updated, "author": a.author, "publisher": a.publisher,
            "body": [p.text for p in a.body],
            "removed": [{"text": r.text, "reason": r.reason} for r in a.removed],
            "metadata": [{"kind": m.kind, "text": m.text} for m in a.metadata],
            "duplicates": a.duplicates, "address": a.address, "url": a.url}


def actor_record(a: Actor) -> dict:
    return {"id": a.id, "name": a.name, "type": a.type, "aliases": a.aliases, "roles": a.roles,
            "mentions": len(a.mentions), "articles": a.articles, "note": a.note, "url": a.url}


def event_record(e: Event) -> dict:
    return {"id": e.id, "title": e.title, "kind": e.kind, "date": e.date, "date_basis": e.date_basis,
            "summary": e.summary, "actors": e.actors, "articles": e.articles,
            "sources": [{"article": s.article, "paragraph": s.paragraph + 1, "text": s.sentence, "date": s.date,
                         "date_text": s.date_text} for s in e.sources],
            "url": e.url}


def claim_record(c: Claim, pages: set[str] | None = None) -> dict:
    """``pages``: the actors that have a page; a speaker without one (a publication cited only as a
    source) is given by its words alone, so that every actor id in the export names an actor in it."""
    speaker = c.speaker if pages is None or c.speaker in pages else None
    return {"id": c.id, "speaker": speaker, "speaker_text": c.speaker_text, "text": c.text, "direct": c.direct,
            "cue": c.cue, "articles": c.articles,
            "sources": [{"article": s.article, "paragraph": s.paragraph + 1, "text": s.text, "cue": s.cue,
                         "speaker_text": s.speaker_text, "audience": s.audience, "occasion": s.occasion}
                        for s in c.sources],
            "url": c.url}


def contradiction_record(corpus: Corpus, c: Contradiction) -> dict:
    def side(fact, claim: str | None, who: str | None) -> dict:
        article = corpus.article(fact.article)
        return {"claim": claim, "article": fact.article, "paragraph": fact.paragraph + 1, "text": fact.sentence,
                "marked": fact.mark or None, "who": who,
                "publisher": article.publisher, "published": article.published}
    return {"about": c.about, "kind": c.kind, "note": c.note, "actors": c.actors,
            "a": side(c.a, c.a_claim, c.a_who), "b": side(c.b, c.b_claim, c.b_who)}


def research_json(corpus: Corpus) -> Iterator[str]:
    """research.json as text chunks, one record at a time; the same text as
    ``json.dumps(whole, ensure_ascii=False, indent=1)`` of the whole document would give."""
    pages = {a.id for a in corpus.actors if a.salient}
    sections = {
        "articles": (article_record(a) for a in corpus.articles),
        "actors": (actor_record(a) for a in corpus.actors if a.salient),
        "events": (event_record(e) for e in corpus.events),
        "claims": (claim_record(c, pages) for c in corpus.claims),
        "contradictions": (contradiction_record(corpus, c) for c in corpus.contradictions),
    }
    yield f'{{\n "schema": {SCHEMA}'
    for name, records in sections.items():
        yield f',\n "{name}": ['
        first = True
        for record in records:
            text = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            yield ("\n  " if first else ",\n  ") + text
            first = False
        yield "]" if first else "\n ]"
    yield "\n}\n"


def timeline_js(corpus: Corpus) -> dict:
    """The dated events in TimelineJS's JSON format."""
    events = []
    for e in corpus.events:
        if not e.date:
            continue
        # a date may be as precise as its words: '2019-07' (July 2019), '2014'
        start = dict(zip(("year", "month", "day"), e.date.split("-")))
        events.append({"unique_id": e.id, "start_date": start,
                       "text": {"headline": e.title, "text": e.summary}, "group": e.kind})
    return {"title": {"text": {"headline": "Timeline"}}, "events": events}


# A spreadsheet runs a cell that begins with one of these as a formula (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell):
    """A text cell a spreadsheet shows as text: a leading formula character gets a ' before it, as
    OWASP advises (the spreadsheet hides the mark; the JSON export keeps the text as it is)."""
    return "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_START) else cell


def csv_rows(rows: Iterable[list]) -> Iterator[str]:
    """CSV text, a line at a time."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
        yield out.getvalue()
        out.seek(0)
        out.truncate()


def export_files(corpus: Corpus) -> Iterator[tuple[str, Iterable[str]]]:
    """research.json, timeline.json and the CSV tables: (path inside the site, text chunks)."""
    salient = [a for a in corpus.actors if a.salient]
    names = {a.id: a.name for a in salient}
    yield "data/research.json", research_json(corpus)
    yield "data/timeline.json", [json.dumps(timeline_js(corpus), ensure_ascii=False, indent=1) + "\n"]
    yield "data/actors.csv", csv_rows(chain([["id", "name", "type", "mentions", "articles", "aliases", "roles"]], (
        [a.id, a.name, a.type, len(a.mentions), len(a.articles), "; ".join(a.aliases), "; ".join(a.roles)]
        for a in salient)))
    yield "data/events.csv", csv_rows(chain([["id", "date", "title", "actors", "articles", "summary"]], (
        [e.id, e.date or "", e.title, "; ".join(names.get(x, x) for x in e.actors), "; ".join(e.articles), e.summary]
        for e in corpus.events)))
    yield "data/claims.csv", csv_rows(chain([["id", "speaker", "text", "direct", "articles"]], (
        [c.id, names.get(c.speaker, c.speaker_text), c.text, c.direct, "; ".join(c.articles)] for c in corpus.claims)))
