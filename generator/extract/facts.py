"""Checkable statements in one article, for finding where sources disagree (``disputes.py``):

- counts: "1,200 people were killed" -> (kill, 1200, people);
- polar actions: "Okafor has not called Lee" -> (call, negated, subject Okafor, object lee);
- comparisons: "compared it to that of Carthage" -> (compare, target carthage).

Only the article's own narration counts: what a speaker is quoted saying is a claim, not a fact here.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..model import Article, Fact, Mention
from .actors import country_of_demonym, fold
from .speakers import Coreference, SpeakerResolver, subject_of

# Longest walk up a parse: news sentences are rarely 20 levels deep; the bound keeps a strange
# parse from looping.
MAX_WALK = 20

WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "dozens": 24, "hundred": 100, "hundreds": 200,
                "thousand": 1000, "thousands": 2000, "million": 1e6, "millions": 2e6, "billion": 1e9}


@functools.cache
def _words(key: str) -> set[str]:
    return set(lexicon.load("events")[key])


def number_value(text: str) -> float | None:
    """1,200 -> 1200; 1.1 million -> 1100000; two million -> 2000000; four -> 4."""
    text = text.lower().replace(",", "")
    value = None
    for token in text.split():
        if re.fullmatch(r"\d+(\.\d+)?", token):
            value = float(token) if value is None else value * float(token)
        elif token in WORD_NUMBERS:
            n = WORD_NUMBERS[token]
            value = n if value is None else (value * n if n >= 100 else value + n)
    return value


def _context(sent, mentions: list[Mention]) -> list[str]:
    """Names in the sentence (with 'Israelis' read as Israel) and its content words, folded."""
    names = {fold(m.text) for m in mentions}
    for t in sent:
        country = country_of_demonym(t.text)
        if country and t.ent_type_ == "NORP":
            names.add(fold(country))
    words = {t.lemma_.lower() for t in sent
             if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop and len(t.text) > 2}
    return sorted(names | words)


PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across)\s+(?:the\s+)?$", re.IGNORECASE)


def _places(mentions: list[Mention], text: str) -> list[str]:
    """Where a count happened, by the sentence's own words: names right after 'in', 'at', 'near'
    ('injured in protests in Garros'), folded."""
    return sorted({fold(m.text) for m in mentions if PLACE_BEFORE.search(text[max(0, m.start - 12):m.start])})


def _subject_mentions(verb, doc, resolver: SpeakerResolver, paragraph: int) -> list[Mention]:
    """Who does it: the nearest subject up the parse that names someone, a person first
    ('Okafor showed how ... by not condemning': Okafor, not 'the party's stance')."""
    found: list[Mention] = []
    head = verb
    for _ in range(6):
        subj = subject_of(head)
        if subj is not None:
            span = doc[subj.left_edge.i:subj.right_edge.i + 1]
            ref = resolver.resolve(span.text, paragraph, span.start_char, span.end_char)
            if ref.mention is not None:
                if ref.mention.label == "person":
                    return [ref.mention]
                found = found or [ref.mention]
        if head.head.i == head.i:  # the root (spaCy makes a new Token on each access: compare .i)
            break
        head = head.head
    return found


def _negated(tok, depth: int = 0) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("nor", "never") for c in tok.children):
        return True
    # "by not condemning": the negation stands just before the verb
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("not", "never", "nor"):
        return True
    # "not picking up the phone to contact X": negated through the verb it depends on
    return depth < 2 and tok.dep_ in ("xcomp", "advcl") and _negated(tok.head, depth + 1)


def _object_keys(tok, mentions: list[Mention]) -> list[str]:
    keys = []
    for child in tok.children:
        if child.dep_ in ("dobj", "pobj", "attr") or (child.dep_ == "prep" and child.lower_ in ("to", "with")):
            span_start = child.left_edge.idx
            span_end = child.right_edge.idx + len(child.right_edge.text)
            keys += [fold(m.text) for m in mentions if span_start <= m.start < span_end]
            if child.pos_ == "NOUN":
                compound = [c.text for c in child.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
                keys.append(fold(" ".join(compound + [child.lemma_])))
    return sorted(set(keys))


def find_facts(article: Article, docs: list, coref: Coreference, quotes_by_paragraph: list) -> list[Fact]:
    resolver = SpeakerResolver(coref)
    facts: list[Fact] = []
    count_verbs, polar_verbs, comparing = _words("count_verbs"), _words("polar_verbs"), _words("comparison_words")
    for paragraph, doc, quotes in zip(article.body, docs, quotes_by_paragraph):
        quoted = [(q.start, q.end) for q in quotes]

        def outside(tok) -> bool:
            return not any(a <= tok.idx < b for a, b in quoted)

        for sent in doc.sents:
            here = [m for m in coref.by_paragraph.get(paragraph.index, ()) if sent.start_char <= m.start < sent.end_char]
            context = _context(sent, here)
            text = sent.text.strip()
            for tok in sent:
                if not outside(tok):
                    continue
                lemma = tok.lemma_.lower()
                if tok.like_num or tok.ent_type_ == "CARDINAL":
                    noun = tok.head
                    verb = noun.head
                    if tok.dep_ in ("nummod", "quantmod") or (tok.dep_ == "compound" and noun.pos_ == "NUM"):
                        # up through number words ("1.1 million"); a number can be the sentence's root
                        for _ in range(MAX_WALK):
                            if noun.pos_ != "NUM" or noun.head.i == noun.i:
                                break
                            noun, verb = noun.head, noun.head.head
                        value = number_value(" ".join(t.text for t in tok.head.subtree if t.like_num or t.lower_ in WORD_NUMBERS)
                                             if tok.head.pos_ == "NUM" else tok.text)
                        if value and noun.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in count_verbs and \
                                not any(f.kind == "count" and f.sentence == text and f.number == value for f in facts):
                            facts.append(Fact("count", article.id, paragraph.index, text, verb.lemma_.lower(),
                                              negated=False, number=value, counted=noun.lemma_.lower(), context=context,
                                              objects=_places(here, paragraph.text)))
                elif tok.pos_ == "VERB" and lemma in polar_verbs:
                    objects = _object_keys(tok, here)
                    if objects:
                        facts.append(Fact("polar", article.id, paragraph.index, text, lemma,
                                          subject=_subject_mentions(tok, doc, resolver, paragraph.index),
                                          objects=objects, negated=_negated(tok), context=context))
                elif lemma in comparing and tok.pos_ in ("VERB", "ADP", "ADJ"):
                    start = tok.idx + len(tok.text)
                    end = tok.right_edge.idx + len(tok.right_edge.text) if tok.pos_ != "ADP" else sent.end_char
                    targets = [fold(m.text) for m in here if start <= m.start < end]
                    if targets:
                        speaker = _subject_mentions(tok, doc, resolver, paragraph.index)
                        facts.append(Fact("comparison", article.id, paragraph.index, text, "compare", subject=speaker,
                                          target=targets[0], objects=targets, context=context))
            resolver.note_subjects(sent, paragraph.index)
    return facts
