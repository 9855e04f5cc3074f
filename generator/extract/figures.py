"""Figures in an article's own narration, for finding where sources give different ones
(``disputes.py``): money, percentages and prices with their unit and scale, what they measure,
whose they are, whether they went up or down, and which of two values is meant.

    "Northwind had earlier agreed to a $2.84 billion offer from Fabrikam"
        -> 2.84e9 USD, deal value, owner Fabrikam, qualifier earlier
    "Shares of Northwind jumped 31.5%, while Fabrikam slipped 0.5%"
        -> 31.5 %, share price, owner Northwind, up; 0.5 %, share price, owner Fabrikam, down
    "Fabrikam was up fractionally at $45.43"
        -> share price, owner Fabrikam, up (and 45.43 USD/share, its level)

A figure the text does not tie to a measure and an owner is left out: two figures are compared
only when both say what they measure and whose it is. Quoted words are claims, not narration.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..dates import WEEKDAYS
from ..model import Article, Fact, Mention
from .speakers import subject_of

# Longest walk up a parse from a figure to the word it belongs to.
MAX_WALK = 6


@functools.cache
def _lex() -> dict:
    return lexicon.load("disputes")


@functools.cache
def _figure_pattern() -> re.Pattern:
    lex = _lex()
    signs = sorted((c for c in lex["currencies"] if not c.isalpha()), key=len, reverse=True)
    words = sorted((c for c in lex["currencies"] if c.isalpha()), key=len, reverse=True)
    scales = sorted(lex["scales"], key=len, reverse=True)
    number = r"\d[\d,]*(?:\.\d+)?"
    scale = rf"(?:\s?(?P<{{}}>{'|'.join(scales)})\b)?"
    return re.compile(
        rf"(?P<sign>{'|'.join(map(re.escape, signs))})\s?(?P<num1>{number}){scale.format('scale1')}"
        rf"|(?<![\w.])(?P<num2>{number}){scale.format('scale2')}\s(?P<word>{'|'.join(words)})\b"
        rf"|(?<![\w.$£€])(?P<num3>{number})\s?(?P<pct>%|per ?cent\b)", re.IGNORECASE)


@functools.cache
def _before_pattern(key: str) -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _lex()[key]))})\s*$", re.IGNORECASE)


PER_SHARE = re.compile(r"^\s+(?:per|a)\s+share\b", re.IGNORECASE)


@functools.cache
def _direction_lemmas() -> tuple[set[str], set[str]]:
    kinds = lexicon.load("events")["kinds"]
    lex = _lex()
    return set(kinds["rise"]["lemmas"]) | set(lex["up_words"]), set(kinds["fall"]["lemmas"]) | set(lex["down_words"])


def read_figure(match: re.Match) -> tuple[float, str]:
    """(value, unit) of a figure match: '$2.84 billion' -> (2.84e9, 'USD'); '0.5%' -> (0.5, '%')."""
    lex = _lex()
    if match.group("pct"):
        return float(match.group("num3").replace(",", "")), "%"
    if match.group("sign"):
        number, scale, unit = match.group("num1"), match.group("scale1"), lex["currencies"][match.group("sign")]
    else:
        number, scale, unit = match.group("num2"), match.group("scale2"), lex["currencies"][match.group("word").lower()]
    value = float(number.replace(",", ""))
    if scale:
        value *= lex["scales"][scale.lower()]
    return value, unit


def _bound(before: str) -> str | None:
    for key, bound in (("approximate", "approx"), ("at_least", "min"), ("at_most", "max")):
        if _before_pattern(key).search(before):
            return bound
    return None


def _direction(tok) -> int:
    """+1 / -1 when ``tok`` or a modifier of it says up or down ('jumped', 'was up', '32% higher')."""
    up, down = _direction_lemmas()
    for t in [tok, *(c for c in tok.children if c.dep_ in ("advmod", "acomp", "prt", "npadvmod"))]:
        lemma = t.lemma_.lower()
        if lemma in up or t.lower_ in up:
            return 1
        if lemma in down or t.lower_ in down:
            return -1
    return 0


def _measure_of(tok) -> str | None:
    return _lex()["measures"].get(tok.lemma_.lower()) or _lex()["measures"].get(tok.lower_)


def _clause(tok) -> list:
    """The tokens of ``tok``'s clause: its subtree without coordinated clauses ('..., but it terminated
    ...') and without what names an earlier value ('up from a previously agreed price')."""
    skip = set()
    for t in tok.subtree:
        if (t.head.i == tok.i and t.dep_ in ("conj", "advcl", "ccomp", "parataxis") and t.pos_ in ("VERB", "AUX")) \
                or (t.dep_ == "prep" and t.lower_ in _lex()["earlier_prepositions"]):
            skip.update(x.i for x in t.subtree)
    return [t for t in tok.subtree if t.i not in skip]


def _ancestor_modifiers(tok) -> list:
    """Modifiers of the nouns a verb depends on ('a revised agreement to acquire ...')."""
    found = []
    for ancestor in list(tok.ancestors)[:3]:
        if ancestor.pos_ in ("NOUN", "PROPN"):
            found += [c for c in ancestor.children if c.dep_ in ("amod", "compound")]
    return found


def _qualifier(tokens, article_year: int | None) -> str | None:
    words = {t.lower_ for t in tokens}
    if words & set(_lex()["revised_words"]):
        return "revised"
    if words & set(_lex()["earlier_words"]):
        return "earlier"
    years = [int(t.text) for t in tokens if t.ent_type_ == "DATE" and re.fullmatch(r"(19|20)\d\d", t.text)]
    if article_year and years and max(years) < article_year:
        return "earlier"
    return None


def _when(tokens) -> str | None:
    for t in tokens:
        if t.lower_ in WEEKDAYS:
            return t.lower_
    dates = [t for t in tokens if t.ent_type_ == "DATE" and t.is_digit is False and t.pos_ == "PROPN"]
    return dates[0].lower_ if dates else None


class _Sentence:
    """One sentence's tokens and mentions, with what figures.py asks of them."""

    def __init__(self, sent, mentions: list[Mention]):
        self.sent = sent
        self.mentions = mentions
        self.shares = any(t.lemma_.lower() in ("share", "stock") or t.lower_ in ("shares", "stock")
                          for t in sent)

    def owners(self, tokens) -> list[Mention]:
        spans = [(t.idx, t.idx + len(t.text)) for t in tokens]
        return [m for m in self.mentions
                if m.label not in ("place", "country") and any(a <= m.start < b for a, b in spans)]


def _governing(root):
    """The verb (or 'be' with 'up') a figure hangs from, walking up through prepositions and modifiers."""
    tok = root
    for _ in range(MAX_WALK):
        if tok.pos_ in ("VERB", "AUX") and tok is not root:
            return tok
        if tok.head.i == tok.i:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok is not root:
            return None  # the figure is inside a noun phrase the verb is about, not the verb's own figure
        tok = tok.head
    return None


def _subject_measure(verb, sentence: _Sentence) -> tuple[str | None, list[Mention]]:
    """What the verb's subject says is measured and whose it is: 'Shares of Northwind' -> share price,
    Northwind; 'Fabrikam' (in a sentence about shares) -> share price, Fabrikam."""
    subject = subject_of(verb)
    if subject is None:
        return None, []
    tokens = list(subject.subtree)
    owners = sentence.owners(tokens)
    measure = _measure_of(subject)
    if measure is None and owners and sentence.shares:
        measure = "share price"
    return measure, owners


def find_figures(article: Article, docs: list, mentions: list[Mention], quotes_by_paragraph: list) -> list[Fact]:
    facts: list[Fact] = []
    year = int(article.published[:4]) if article.published else None
    pattern = _figure_pattern()
    for paragraph, doc, quotes in zip(article.body, docs, quotes_by_paragraph):
        quoted = [(q.start, q.end) for q in quotes]
        for sent in doc.sents:
            here = [m for m in mentions if m.paragraph == paragraph.index and sent.start_char <= m.start < sent.end_char]
            sentence = _Sentence(sent, here)
            text = sent.text.strip()
            seen_verbs: set[int] = set()
            for match in pattern.finditer(sent.text):
                start = sent.start_char + match.start()
                if any(a <= start < b for a, b in quoted):
                    continue
                value, unit = read_figure(match)
                if PER_SHARE.match(sent.text[match.end():]):
                    unit += "/share"
                bound = _bound(sent.text[max(0, match.start() - 30):match.start()])
                span = doc.char_span(start, sent.start_char + match.end(), alignment_mode="expand")
                if span is None:
                    continue
                root = span.root
                measure, owners, direction, qualifier_tokens, clause = None, [], 0, [], []
                head = root.head
                if root.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "appos") and head.pos_ in ("NOUN", "PROPN"):
                    measure = _measure_of(head) or head.lemma_.lower()  # '$2.84 billion offer'
                    qualifier_tokens = list(head.subtree)
                    owners = sentence.owners(qualifier_tokens)
                    verb = _governing(head)
                elif root.dep_ == "pobj" and head.head.pos_ in ("NOUN", "PROPN") and head.lower_ == "of":
                    measure = _measure_of(head.head) or head.head.lemma_.lower()  # 'offer of $4.5 billion'
                    qualifier_tokens = list(head.head.subtree)
                    owners = sentence.owners(qualifier_tokens)
                    verb = _governing(head.head)
                else:
                    verb = _governing(root)
                if root.dep_ == "pobj" and head.lower_ in _lex()["earlier_prepositions"]:
                    qualifier_tokens = [head]  # 'up from $70', 'higher than the $70'
                    qualifier = "earlier"
                else:
                    qualifier = None
                if verb is not None:
                    clause = _clause(verb)
                    if unit == "%" or root.dep_ in ("npadvmod", "dobj"):
                        direction = _direction(verb) or next((_direction(t) for t in root.ancestors
                                                              if t.i != verb.i and t.pos_ in ("ADJ", "ADV")), 0)
                    if measure is None or not owners:
                        verb_measure, verb_owners = _subject_measure(verb, sentence)
                        measure = measure or _measure_of(verb) or verb_measure
                        owners = owners or verb_owners or (sentence.owners(clause) if measure == "deal value" else [])
                if unit.endswith("/share") and measure in (None, "deal value"):
                    measure = "price"
                if measure is None or not owners:
                    continue
                if direction:
                    qualifier = None  # a move is told apart by its day, not by 'the new price'
                elif qualifier is None:
                    qualifier = _qualifier(qualifier_tokens, year) or (
                        _qualifier(clause + _ancestor_modifiers(verb), year) if verb is not None else None)
                if verb is not None and direction:
                    seen_verbs.add(verb.i)
                mark_start = min(match.start(), (verb.idx - sent.start_char) if direction and verb is not None
                                 and verb.idx < start else match.start())
                facts.append(Fact("figure", article.id, paragraph.index, text, measure, measure=measure, subject=owners,
                                  number=value, unit=unit, direction=direction if unit == "%" else 0,
                                  bound=bound, qualifier=qualifier, when=_when(clause or sent),
                                  mark=sent.text[mark_start:match.end()].strip(),
                                  context=sorted({m.text for m in owners})))
            # 'Fabrikam was up fractionally': a move the text gives no figure for
            for tok in sent:
                if tok.i in seen_verbs or tok.pos_ not in ("VERB", "AUX") or not sentence.shares:
                    continue
                if any(a <= tok.idx < b for a, b in quoted):
                    continue
                direction = _direction(tok)
                if not direction:
                    continue
                measure, owners = _subject_measure(tok, sentence)
                if measure != "share price" or not owners:
                    continue
                clause = _clause(tok)
                words = [t for t in clause if t.i >= tok.i and t.pos_ != "PUNCT"][:3]
                facts.append(Fact("figure", article.id, paragraph.index, text, measure, measure=measure, subject=owners,
                                  unit="%", direction=direction, when=_when(clause),
                                  mark=" ".join(t.text for t in words), context=sorted({m.text for m in owners})))
    return facts
