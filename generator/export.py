"""Corpus -> data/research.json (schema 1, see the gold README) and CSV tables beside it."""
from __future__ import annotations

import csv
import io
import json

from .model import Corpus

SCHEMA = 1


def corpus_to_dict(corpus: Corpus) -> dict:
    salient = [a for a in corpus.actors if a.salient]
    return {
        "schema": SCHEMA,
        "articles": [{
            "id": a.id, "source_file": a.source_file, "title": a.title, "published": a.published,
            "published_basis": a.published_basis, "author": a.author, "publisher": a.publisher,
            "body": [p.text for p in a.body],
            "removed": [{"text": r.text, "reason": r.reason} for r in a.removed],
            "metadata": [{"kind": m.kind, "text": m.text} for m in a.metadata],
            "duplicates": a.duplicates, "url": a.url,
        } for a in corpus.articles],
        "actors": [{
            "id": a.id, "name": a.name, "type": a.type, "aliases": a.aliases, "roles": a.roles,
            "mentions": len(a.mentions), "articles": a.articles, "note": a.note, "url": a.url,
        } for a in salient],
        "events": [{
            "id": e.id, "title": e.title, "kind": e.kind, "date": e.date, "date_basis": e.date_basis,
            "summary": e.summary, "actors": e.actors, "articles": e.articles,
            "sources": [{"article": s.article, "paragraph": s.paragraph + 1, "text": s.sentence, "date": s.date,
                         "date_text": s.date_text} for s in e.sources],
            "url": e.url,
        } for e in corpus.events],
        "claims": [{
            "id": c.id, "speaker": c.speaker, "speaker_text": c.speaker_text, "text": c.text, "direct": c.direct,
            "cue": c.cue, "articles": c.articles,
            "sources": [{"article": s.article, "paragraph": s.paragraph + 1, "text": s.text, "cue": s.cue}
                        for s in c.sources],
            "url": c.url,
        } for c in corpus.claims],
        "contradictions": [{
            "about": c.about, "kind": c.kind, "note": c.note,
            "a": _side(corpus, c.a, c.a_claim), "b": _side(corpus, c.b, c.b_claim),
        } for c in corpus.contradictions],
    }


def _side(corpus: Corpus, fact, claim: str | None) -> dict:
    article = corpus.article(fact.article)
    return {"claim": claim, "article": fact.article, "paragraph": fact.paragraph + 1, "text": fact.sentence,
            "publisher": article.publisher, "published": article.published}


def timeline_js(corpus: Corpus) -> dict:
    """The dated events in TimelineJS's JSON format."""
    events = []
    for e in corpus.events:
        if not e.date:
            continue
        year, month, day = e.date.split("-")
        events.append({"unique_id": e.id, "start_date": {"year": year, "month": month, "day": day},
                       "text": {"headline": e.title, "text": e.summary}, "group": e.kind})
    return {"title": {"text": {"headline": "Timeline"}}, "events": events}


def _csv(rows: list[list]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def export_files(corpus: Corpus) -> dict[str, str]:
    """research.json and the CSV tables, by path inside the site."""
    data = corpus_to_dict(corpus)
    names = {a["id"]: a["name"] for a in data["actors"]}
    return {
        "data/research.json": json.dumps(data, ensure_ascii=False, indent=1) + "\n",
        "data/timeline.json": json.dumps(timeline_js(corpus), ensure_ascii=False, indent=1) + "\n",
        "data/actors.csv": _csv([["id", "name", "type", "mentions", "articles", "aliases", "roles"]] + [
            [a["id"], a["name"], a["type"], a["mentions"], len(a["articles"]), "; ".join(a["aliases"]),
             "; ".join(a["roles"])] for a in data["actors"]]),
        "data/events.csv": _csv([["id", "date", "title", "actors", "articles", "summary"]] + [
            [e["id"], e["date"] or "", e["title"], "; ".join(names.get(x, x) for x in e["actors"]),
             "; ".join(e["articles"]), e["summary"]] for e in data["events"]]),
        "data/claims.csv": _csv([["id", "speaker", "text", "direct", "articles"]] + [
            [c["id"], names.get(c["speaker"], c["speaker_text"]), c["text"], c["direct"], "; ".join(c["articles"])]
            for c in data["claims"]]),
    }
