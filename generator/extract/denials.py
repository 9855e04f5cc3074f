"""Denials in an article's narration, each with the statement it answers (``disputes.py``):

    "Northwind had said it was pulling out of the deal, asserting that the transaction had not
     received the regulator's approval."  ...  "Fabrikam disputed that claim, and said that the
     deal actually had received Chinese approval."
        -> denial by Fabrikam (disputed), answering Northwind's statement

A denial is a denial verb ('denied', 'disputed', 'rejected') that is not itself negated and whose
object is a statement ('the claim', 'the allegations', 'Hansen's conclusions') or a clause ('denied
that ...', 'disputed whether ...'), or a phrase that calls what follows false ('firing back that',
'there is no evidence that'). 'Rejected the offer', 'rejected Moore', 'fired back at them' are no
denials. A denial inside a relative clause ('an allegation the agency refutes') answers its own
sentence and is left to the claims.

What it answers is a statement of the article by someone else, with a reporting verb and a subject,
at most ANSWER_PARAGRAPHS paragraphs before (or after, for a lead that tells who denied what
before telling it), that shares at least MIN_SHARED content words with what is denied; when the
denial points back ('that claim'), the nearest such statement. A denial with nothing to answer in
the article is left out: a pair needs two sides in the text.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..model import Article, Fact, Mention
from .actors import fold
from .speakers import Coreference, SpeakerResolver, reporting_verbs, subject_of

# How far back a denial's answer may stand: a reply usually follows the statement it answers
# within a paragraph or two.
ANSWER_PARAGRAPHS = 2
# Shared content words (or names) a denial needs with the statement when it does not point back.
MIN_SHARED = 2
# A lead (the first paragraphs) may say who denied what before it tells what was said.
LEAD_PARAGRAPHS = 1
POINTING = {"that", "this", "these", "those", "such"}


@functools.cache
def _lex() -> dict:
    return lexicon.load("disputes")


@functools.cache
def _phrases() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _lex()['denial_phrases']))})\b", re.IGNORECASE)


def _content(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM")
            and not t.is_stop and len(t.text) > 2} - set(_lex()["denial_verbs"]) - reporting_verbs()


def _denied(verb) -> list:
    """The words naming what is denied, when it is a statement: a statement noun as object ('the
    assertion that Mexican exports of steel have increased significantly', 'Hansen's conclusions')
    or a clause ('denied that ...', 'disputed whether ...'); [] for anything else ('rejected the
    offer')."""
    tokens = []
    nouns = set(_lex()["statement_nouns"])
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and (child.lemma_.lower() in nouns or child.lower_ in nouns):
            tokens += list(child.subtree)
        elif child.dep_ in ("ccomp", "advcl") and child.i > verb.i and (
                any(t.lower_ in ("that", "whether") and t.dep_ == "mark" for t in child.children)
                or (child.dep_ == "ccomp" and not any(t.is_punct for t in verb.doc[verb.i + 1:child.left_edge.i]))) \
                or (child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG" and child.i == verb.i + 1):
            tokens += list(child.subtree)  # 'denied that ...', 'disputed whether ...', not '..., suspended the constitution
    # up to the first comma: what follows ('..., displaying a graph that showed ...') is the denier's
    # own case, not what is denied
    return _to_first_break(tokens)


def _to_first_break(tokens: list) -> list:
    """``tokens`` up to the first comma, semicolon or dash after the first word."""
    cut = next((n for n, t in enumerate(tokens) if t.text in (",", ";", "—") and n > 0), len(tokens))
    return tokens[:cut]


DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},[^.]{0,40}?[-–—]\s")


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _speaker(tok, resolver: SpeakerResolver, doc, paragraph: int) -> Mention | None:
    """Who the verb's own subject names ('Fabrikam disputed ...'); None for a subject naming no one
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
                # 'that claim', 'these reports'
                pointer = any(c.lower_ in POINTING and c.dep_ == "det" for c in child.children)
                return pointer and not has_content
    return False


def _denier(tok, resolver: SpeakerResolver, doc, paragraph: int) -> Mention | str | None:
    """Who denies: the actor the subject names, else the subject's own words when they describe
    someone ('Lorvania's civil aviation authority'); None for a pronoun the article does not resolve."""
    found = _speaker(tok, resolver, doc, paragraph)
    if found is not None:
        return found
    subject = subject_of(tok)
    if subject is None and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and DATELINE.match(tok.sent.text) \
            and tok.head.dep_ in ("appos", "ROOT") and not any(c.dep_ == "agent" for c in tok.children):
        # after a dateline the parser takes 'X disputed ...' for a noun with a clause: the noun is the subject
        subject = tok.head
        span = doc[subject.left_edge.i:subject.i + 1]
        found = resolver.resolve(span.text, paragraph, span.start_char, span.end_char).mention
        return found if found is not None else span.text
    if subject is None or subject.pos_ == "PRON":
        return None
    return doc[subject.left_edge.i:subject.right_edge.i + 1].text


def _who_of(x) -> str | None:
    if x is None:
        return None
    return fold(x if isinstance(x, str) else x.text)


def find_denials(article: Article, docs: list, coref: Coreference, quotes_by_paragraph: list) -> list[Fact]:
    resolver = SpeakerResolver(coref)
    denial_verbs = set(_lex()["denial_verbs"])
    statements: list[tuple[Fact, set[str]]] = []  # in the article's order
    denials: list[tuple[Fact, set[str], bool, object]] = []
    for paragraph, doc, quotes in zip(article.body, docs, quotes_by_paragraph):
        quoted = [(q.start, q.end) for q in quotes]

        def outside(char: int) -> bool:
            return not any(a <= char < b for a, b in quoted)

        for sent in doc.sents:
            text = sent.text.strip()
            content = _content(sent)
            denial, denier, pointing, mark = None, None, False, ""
            for tok in sent:
                if tok.pos_ == "VERB" and tok.lemma_.lower() in denial_verbs and outside(tok.idx) \
                        and not _negated(tok) and tok.dep_ != "relcl":
                    denied = _denied(tok)
                    if not denied and not (tok.dep_ == "acl" and DATELINE.match(sent.text)):
                        continue
                    if not denied:  # 'X disputed on Tuesday whether ...' parsed wrongly after a dateline
                        denied = _to_first_break([t for t in sent if t.i > tok.i])
                    denial, pointing, mark = tok, _points_back(tok), tok.text
                    denier = _denier(tok, resolver, doc, paragraph.index)
                    if not pointing and len(_content(denied)) >= MIN_SHARED:
                        content = _content(denied)  # match on what is denied, not on the rest of the sentence
                    break
            if denial is None:
                found = next((m for m in _phrases().finditer(sent.text) if outside(sent.start_char + m.start())), None)
                if found:
                    denial, mark = sent.root, found.group(0)
                    denier = _denier(sent.root, resolver, doc, paragraph.index)
            if denial is not None and denier is not None:
                fact = Fact("denial", article.id, paragraph.index, text, denial.lemma_.lower(),
                            subject=[denier] if isinstance(denier, Mention) else [], mark=mark,
                            target=denier if isinstance(denier, str) else None, context=sorted(content))
                denials.append((fact, content, pointing, denier))
            # what this sentence states, for a denial to answer
            cue = next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in reporting_verbs()
                        and outside(t.idx) and t.lemma_.lower() not in denial_verbs
                        and any(c.dep_ == "nsubj" for c in t.children)), None)
            speaker = _denier(cue, resolver, doc, paragraph.index) if cue is not None else None
            if denial is None and speaker is not None:
                verb = cue
                statements.append((Fact("statement", article.id, paragraph.index, text, verb.lemma_.lower(),
                                        subject=[speaker] if isinstance(speaker, Mention) else [],
                                        target=speaker if isinstance(speaker, str) else None,
                                        context=sorted(_content(sent))), _content(sent)))
            resolver.note_subjects(sent, paragraph.index)
    facts = []
    for fact, content, pointing, denier in denials:
        answered = _answered(fact, content, pointing, _who_of(denier), statements)
        if answered is not None:
            fact.answers = answered
            facts.append(fact)
    return facts


def _answered(denial: Fact, content: set[str], pointing: bool, denier: str | None,
              statements: list[tuple[Fact, set[str]]]) -> Fact | None:
    """The statement a denial answers: pointing back ('that claim'), the nearest one before it;
    else the one before it sharing the most words with what is denied, or, when none before does (a
    lead that says who denied what before telling it), the one after it sharing the most."""
    before = [(f, w) for f, w in statements if f.paragraph <= denial.paragraph and f.sentence != denial.sentence
              and denial.paragraph - f.paragraph <= ANSWER_PARAGRAPHS]
    after = [(f, w) for f, w in statements if f.paragraph > denial.paragraph
             and f.paragraph - denial.paragraph <= ANSWER_PARAGRAPHS]
    others = lambda items: [(f, w) for f, w in items  # noqa: E731
                            if _who_of(f.subject[0] if f.subject else f.target) != denier]
    before, after = others(before), others(after)
    if pointing:
        near = [f for f, w in reversed(before) if len(w & content) >= MIN_SHARED]
        return near[0] if near else None
    if denial.paragraph > LEAD_PARAGRAPHS:
        after = []
    for candidates in (list(reversed(before)), after):
        best, found = MIN_SHARED - 1, None
        for fact, words in candidates:
            if len(words & content) > best:
                best, found = len(words & content), fact
        if found is not None:
            return found
    return None
