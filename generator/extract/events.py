"""Events in one article: sentences reporting a happening (a trigger word from lexicon/events.yml)
with a date the text fixes or at least two participants. Merged across articles by
``resolve.resolve_events``."""
from __future__ import annotations

import functools

from .. import lexicon
from ..dates import resolve_date
from ..model import Article, EventSource, Mention
from .actors import fold


@functools.cache
def triggers() -> dict[str, str]:
    """Trigger word (lemma or text, lowercase) -> event kind."""
    index = {}
    for kind, spec in lexicon.load("events")["kinds"].items():
        for word in spec["lemmas"]:
            index.setdefault(word, kind)
    return index


@functools.cache
def demonyms() -> dict[str, str]:
    return lexicon.load("places")["demonyms"]


def _kind(tok, sentence_text: str) -> str | None:
    kind = triggers().get(tok.lemma_.lower()) or triggers().get(tok.lower_)
    if not kind or tok.pos_ not in ("VERB", "NOUN", "PROPN"):
        return None
    if kind == "call":
        low = sentence_text.lower()
        following = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
        if following == "for" or not any(w in low for w in lexicon.load("events")["call_requires"]):
            return None  # "called for a ceasefire", "calls for a state": not a phone call
    if any(c.dep_ == "neg" or c.lower_ in ("nor", "never") for c in tok.children):
        return None  # "has not called": reported as not happening
    return kind


def _hypothetical(sent) -> bool:
    """'would result', 'could try': a possibility, not a happening."""
    return any(t.dep_ == "aux" and t.lower_ in ("would", "could", "might", "may") and t.head.dep_ == "ROOT"
               for t in sent)





def _agent(trigger, people: list[Mention]) -> Mention | None:
    """Who did it: the subject of the trigger verb, or the name before a trigger noun
    ("rebel attack", "the rebels' attack"), or the subject of the verb the noun depends on."""
    spans = []
    if trigger.pos_ == "VERB":
        spans = [c for c in trigger.children if c.dep_ == "nsubj"]
    else:
        spans = [c for c in trigger.children if c.dep_ in ("compound", "poss", "amod")]
        head = trigger.head
        if not spans and head.pos_ == "VERB" and trigger.dep_ in ("dobj", "pobj", "attr"):
            spans = [c for c in head.children if c.dep_ == "nsubj"]
    for tok in spans:
        start, end = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        named = [m for m in people if start <= m.start < end]
        if named:
            return next((m for m in named if m.label == "person"), named[0])
    return None


def _targets(trigger, people: list[Mention], agent: Mention | None) -> list[Mention]:
    """Names in the trigger's object: 'hosted X', 'a call to X', 'blockade around X', 'attack on X'."""
    where = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in trigger.subtree
             if t.dep_ == "prep" and t.lower_ in ("in", "at", "near", "inside", "during", "from")]
    found = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "prep", "pobj", "dative", "attr") and \
                not (child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "inside", "during", "from")):
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            # where it happened ("in Nairobi") is not whom it was done to
            found += [m for m in people if start <= m.start < end and m is not agent
                      and not any(a <= m.start < b for a, b in where)]
    return found


def find_events(article: Article, docs: list, mentions: list[Mention], quotes_by_paragraph: list) -> list:
    """(kind, participants, source) for each sentence reporting a happening. What a speaker said
    (inside quotation marks) is not itself reported as happening."""
    found = []
    for paragraph, doc, quotes in zip(article.body, docs, quotes_by_paragraph):
        quoted = [(q.start, q.end) for q in quotes]
        for sent in doc.sents:
            if _hypothetical(sent):
                continue
            # the first trigger of the sentence (the walk meant to prefer the shallowest one never
            # ran: it compared Tokens by identity; events are reworked on their own)
            kinds = sorted((t.i, k) for t in sent
                           if not any(a <= t.idx < b for a, b in quoted) for k in [_kind(t, sent.text)] if k)
            if not kinds:
                continue
            kind = kinds[0][1]
            trigger = sent.doc[kinds[0][0]]
            people = [m for m in mentions if m.paragraph == paragraph.index and m.context != "cited as source"
                      and sent.start_char <= m.start < sent.end_char]
            # "a Russian missile": the adjective names a participant too
            for tok in sent:
                country = demonyms().get(tok.text)
                if tok.ent_type_ == "NORP" and country:
                    people.append(Mention(country, tok.text, "country", article.id, paragraph.index, tok.idx,
                                          tok.idx + len(tok.text), sent.text.strip(), context="adjective"))
            distinct = {fold(m.text) for m in people}
            dated = None
            future = any(t.lower_ in ("will", "shall", "'ll") and t.dep_ == "aux" for t in sent)
            for ent in sent.ents:
                if ent.label_ == "DATE":
                    dated = resolve_date(ent.text, article.published, article.reference_year, future)
                    if dated:
                        break
            if not dated and len(distinct) < 2:
                continue
            date, date_text, basis = dated if dated else (None, None, None)
            agent = _agent(trigger, people)
            found.append((kind, people, EventSource(article.id, paragraph.index, sent.text.strip(), date,
                                                    date_text, basis, agent, _targets(trigger, people, agent))))
    return found
