"""Denials in an article's narration, each with the statement it answers (``disputes.py``):

    "Acacia had said it was pulling out of the deal, asserting that the transaction had not
     received Chinese government approval."  ...  "Cisco disputed that claim, and said that the
     deal actually had received Chinese approval."
        -> denial by Cisco (disputed), answering Acacia's statement

A denial is a denial verb ('denied', 'disputed', 'rejected') that is not itself negated, or a
phrase that calls something false ('there is no evidence', 'firing back that'). What it answers
is an earlier statement of the article, at most ANSWER_PARAGRAPHS paragraphs before, by someone
else: the nearest one when the denial points back ('that claim', 'the reports', 'it'), else the
nearest one that shares names or content words with it. A denial with nothing to answer in the
article is left out: a pair needs two sides in the text.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..model import Article, Fact, Mention
from .actors import fold
from .speakers import SpeakerResolver, subject_of

# How far back a denial's answer may stand: a reply usually follows the statement it answers
# within a paragraph or two.
ANSWER_PARAGRAPHS = 2
# Shared content words (or names) a denial needs with the statement when it does not point back.
MIN_SHARED = 2
POINTING = {"that", "the", "this", "these", "those", "such", "his", "her", "its", "their"}


@functools.cache
def _lex() -> dict:
    return lexicon.load("disputes")


@functools.cache
def _phrases() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _lex()['denial_phrases']))})\b", re.IGNORECASE)


@functools.cache
def _reporting() -> set[str]:
    return set(lexicon.load("speech")["reporting_verbs"])


def _content(sent) -> set[str]:
    return {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM") and not t.is_stop
            and len(t.text) > 2} - set(_lex()["denial_verbs"]) - _reporting()


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _speaker(tok, resolver: SpeakerResolver, doc, paragraph: int) -> Mention | None:
    """Who the verb's own subject names ('Cisco disputed ...'); None for a subject naming no one
    ('lawmakers voted to reject it')."""
    subject = subject_of(tok)
    if subject is None:
        return None
    span = doc[subject.left_edge.i:subject.right_edge.i + 1]
    return resolver.resolve(span.text, paragraph, span.start_char, span.end_char).mention


def _points_back(verb) -> bool:
    """'disputed that claim', 'denied the reports', 'rejected it': the object is an earlier statement."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.lower_ in ("this", "that"):
                return True  # not 'it': 'voted to reject it' is as often a bill or an order as a statement
            if child.lemma_.lower() in _lex()["statement_nouns"] or child.lower_ in _lex()["statement_nouns"]:
                has_content = any(c.dep_ in ("acl", "ccomp", "relcl") for c in child.children)
                pointer = any(c.lower_ in POINTING and c.dep_ in ("det", "poss") for c in child.children)
                return pointer and not has_content
    return False


def _who(m: Mention | None) -> str | None:
    return fold(m.text) if m is not None else None


def find_denials(article: Article, docs: list, mentions: list[Mention], quotes_by_paragraph: list) -> list[Fact]:
    resolver = SpeakerResolver(mentions)
    denial_verbs = set(_lex()["denial_verbs"])
    facts: list[Fact] = []
    statements: list[tuple[Fact, set[str]]] = []  # earlier statements, nearest last
    for paragraph, doc, quotes in zip(article.body, docs, quotes_by_paragraph):
        quoted = [(q.start, q.end) for q in quotes]

        def outside(char: int) -> bool:
            return not any(a <= char < b for a, b in quoted)

        for sent in doc.sents:
            text = sent.text.strip()
            content = _content(sent)
            denial, denier, pointing = None, None, False
            for tok in sent:
                if tok.pos_ == "VERB" and tok.lemma_.lower() in denial_verbs and outside(tok.idx) and not _negated(tok):
                    denial, pointing = tok, _points_back(tok)
                    denier = _speaker(tok, resolver, doc, paragraph.index)
                    break
            if denial is None:
                found = next((m for m in _phrases().finditer(sent.text) if outside(sent.start_char + m.start())), None)
                if found:
                    root = sent.root
                    denial, pointing = root, False
                    denier = _speaker(root, resolver, doc, paragraph.index)
            if denial is not None and denier is not None:
                answered = None
                for earlier, words in reversed(statements):
                    if paragraph.index - earlier.paragraph > ANSWER_PARAGRAPHS:
                        break
                    if earlier.subject and _who(earlier.subject[0]) == _who(denier):
                        continue
                    if pointing or len(words & content) >= MIN_SHARED:
                        answered = earlier
                        break
                if answered is not None:
                    mark = denial.text if denial.lemma_.lower() in denial_verbs else found.group(0)
                    facts.append(Fact("denial", article.id, paragraph.index, text, denial.lemma_.lower(),
                                      subject=[denier], mark=mark, answers=answered,
                                      context=sorted(content)))
            # what this sentence states, for a later denial to answer
            cue = next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in _reporting()
                        and outside(t.idx) and t.lemma_.lower() not in denial_verbs), None)
            if cue is not None or quotes and any(sent.start_char <= q.start < sent.end_char for q in quotes):
                verb = cue if cue is not None else sent.root
                speaker = _speaker(verb, resolver, doc, paragraph.index)
                statements.append((Fact("statement", article.id, paragraph.index, text, verb.lemma_.lower(),
                                        subject=[speaker] if speaker else [], context=sorted(content)), content))
            resolver.note_subjects(sent, paragraph.index)
    return facts
