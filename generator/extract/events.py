"""Events in one article: the clauses that report a happening — who did what to whom, and when.

A clause reports a happening when its verb is an action (not a state such as being, having or
wanting: lexicon/events.yml), told as done or under way ('raised', 'has accepted', 'was struck',
'is grounding'), not as possible, negated, asked, or only said inside a quotation, and when someone
the article names takes part in it. Words about the future are an event only with a date ('will
visit Israel on Wednesday'). What someone reports ('announced on Monday it has accepted the offer')
is the happening it reports; a report of words alone ('said on Wednesday that the government will
study the verdict') is a happening when the text dates it.

Each event keeps its kind, its headline (the clause made short, in its own words), who did it (the
agent: the subject, or for 'he' and 'the company' the actor the article means), to or with whom
(the names in the verb's objects), the places and other names of the clause (not of the rest of
the sentence), and the date the clause itself gives, resolved against the article's date. The same
happening is merged within and across articles by ``resolve.resolve_events``.
"""
from __future__ import annotations

import functools
import re

from .. import lexicon
from ..dates import is_specific, resolve_date
from ..model import Article, EventSource, Mention
from .actors import country_of_demonym, fold
from .speakers import QUOTE_CHARS, Coreference, SpeakerResolver, is_cue

MAX_HEADLINE_WORDS = 16
"""A headline longer than this loses its last modifiers ('... to buy all of the stock'), then is cut."""


@functools.cache
def _lexicon() -> dict:
    return lexicon.load("events")


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_lexicon()[key])


@functools.cache
def triggers() -> dict[str, str]:
    """Word (lemma, lowercase) -> event kind."""
    index = {}
    for kind, spec in _lexicon()["kinds"].items():
        for word in spec["lemmas"]:
            index.setdefault(word, kind)
    return index


@functools.cache
def tracked_kinds() -> frozenset[str]:
    """The kinds a researcher follows (attacks, meetings, deals ...); not 'statement', nor a verb's own."""
    return frozenset(k for k in _lexicon()["kinds"] if k != "statement")


def _subject(verb):
    """The verb's subject; for the second verb of 'X hosted Y and took ...', the first one's; when
    the parse gives none, the name right before the verb ('..., party leader Anna Kovac on
    Wednesday termed the verdict historic')."""
    first = verb
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            before = [c for c in subjects if c.i < verb.i]
            return before[-1] if before else subjects[0]
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        if not any(t.dep_ == "cc" or t.text in (",", ";") for t in verb.doc[verb.head.i + 1:verb.i]
                   if t.head.i in (verb.head.i, verb.i)):
            return None  # 'clarified that Anwar's daughter joined ...' parsed as two verbs of one subject
        verb = verb.head
    if first.dep_ != "ROOT" or any(c.dep_ == "expl" for c in first.children):
        return None
    i = first.i - 1
    while i >= first.sent.start and (first.doc[i].ent_type_ in ("DATE", "TIME") or first.doc[i].dep_ in ("advmod", "prep")
                                     and first.doc[i].lower_ in ("on", "also", "later", "earlier", "then", "now")):
        i -= 1
    if i >= first.sent.start and first.doc[i].pos_ == "PROPN" and first.doc[i].ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return first.doc[i]
    return None


def _span(tok) -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def _inside(tok, spans) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


# ---------------------------------------------------------------- which clauses

def _clauses(sent, quoted) -> list[tuple[object, object, bool]]:
    """(verb, the verb reporting it or None, whether the clause is a report of words alone) for the
    main clauses of a sentence, outside quotation marks."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return []
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    found = []
    for verb in verbs:
        if _inside(verb, quoted):
            continue
        lemma = verb.lemma_.lower()
        speech = lemma in _words("speech_verbs")
        reported = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                    and not _inside(c, quoted)] if speech or is_cue(verb) else []
        if lemma in _words("denial_verbs"):
            reported = []  # 'denied that the strike killed civilians': the denial is what happened
        # a reporting verb coordinated with the reported one is the reporter's second verb
        # ('said Israel has every right ... but cautioned against ...'), not the reported subject's
        inner = [(v, verb, False) for c in reported
                 for v in [c] + [x for x in c.children if x.dep_ == "conj" and x.pos_ == "VERB" and not is_cue(x)
                                 and x.lemma_.lower() not in _words("speech_verbs")]]
        if speech:
            # 'The tariffs are illogical, Kovac said Tuesday': what was said, told before who said it
            inner += [(c, verb, True) for c in reported if c.i < verb.i]
        found.append((inner, (verb, None, speech)))
    # 'It comes as police have detained ...', 'it emerged that ...': the clause after is the news
    for verb in verbs:
        if verb.lemma_.lower() in _words("empty_verbs") and any(c.lower_ in ("it", "this") and c.dep_ in ("nsubj", "expl")
                                                                 for c in verb.children):
            for c in verb.children:
                if c.dep_ in ("advcl", "ccomp") and c.pos_ in ("VERB", "AUX") and not _inside(c, quoted):
                    found.append(([], (c, None, False)))
    # 'killed on October 7, when the country was attacked': a clause that tells what happened at
    # a time the sentence gives is a happening of that time
    for tok in sent:
        if tok.dep_ in ("relcl", "advcl") and tok.pos_ == "VERB" and not _inside(tok, quoted) and \
                any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in tok.children) and \
                (_in_date(tok.head) or tok.head in verbs):
            found.append(([], (tok, None, False)))
    return found


def _mood(verb) -> str | None:
    """'done' (past, perfect, passive), 'ongoing' (progressive), 'future', 'present', or None for
    what did not happen or may not have (modal, negated, infinitive, a question)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if any((c.dep_ == "neg" or c.lower_ in ("never", "nor")) and not _negates_complement(c) for c in verb.children):
        return None
    if words & _words("modals") or "to" in words:
        return None
    if verb.sent.text.rstrip().endswith("?"):
        return None
    if words & _words("future") or ("going" in words and "to" in words):
        return "future"
    if verb.tag_ == "VBD":
        return "done"
    if verb.tag_ == "VBN" and auxes:
        if {a.lower_ for a in auxes} <= {"is", "are", "am", "'s", "'re"}:
            return "present"  # 'is reviled in the West': a state
        return "done"
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return "ongoing"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def _negates_complement(neg) -> bool:
    """'pleaded not guilty': the 'not' belongs to the adjective after it, not to the verb."""
    following = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.pos_ == "ADJ" and neg.lower_ == "not"


def _is_action(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _words("states") and lemma not in _words("speech_verbs"):
        return False
    return verb.pos_ == "VERB"


# ---------------------------------------------------------------- kind

def _kind(verb, statement: bool) -> str:
    """The kind named by the verb ('sued': lawsuit), else by the happening a light verb carries
    ('held talks', 'during a phone call'), else the verb itself ('accept')."""
    text = verb.sent.text.lower()
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prt", "dobj", "advmod"):
            phrase = _lexicon()["phrasal_kinds"].get(f"{lemma} {child.lemma_.lower()}")
            if phrase:
                return phrase  # 'opened fire', 'stepped down'
    kind = triggers().get(lemma) or triggers().get(verb.lower_)
    figures = [t for c in verb.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree
               if t.like_num or t.ent_type_ in ("PERCENT", "MONEY")]
    if figures:  # 'jumped 31.5%', 'were trading 30% higher', 'launched 32% higher'
        words = {t.lower_ for c in verb.children if c.dep_ != "prt" for t in c.subtree}
        if kind in ("rise", "fall"):
            return kind
        if "higher" in words:
            return "rise"
        if "lower" in words:
            return "fall"
    if kind in ("rise", "fall"):
        kind = None  # without a figure: 'jumped into the fray'
    if kind == "call" and (any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
                           or not any(w in text for w in _lexicon()["call_requires"])):
        kind = None  # "called for a ceasefire", "called it a violation": no phone call
    if kind == "announcement":
        # 'announced an amendment to the merger agreement': the kind of what was announced
        announced = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.pos_ == "NOUN"]
        kind = next((triggers()[t.lemma_.lower()] for t in announced if triggers().get(t.lemma_.lower())
                     not in (None, "rise", "fall", "call")), kind)
    if kind:
        return kind
    if lemma == "call" and any(c.dep_ == "oprd" for c in verb.children):
        return "statement"  # 'called the onslaught a massacre'
    nouns = []
    for child in verb.children:
        if child.dep_ == "dobj" and lemma in _words("light_verbs"):
            nouns.append(child)
        if child.dep_ == "prep" and child.lower_ in ("during", "in", "at", "with"):
            nouns += [c for c in child.children if c.dep_ == "pobj"]
    for noun in nouns:
        kind = triggers().get(noun.lemma_.lower())
        if kind in ("rise", "fall"):
            continue  # 'struggled with a surge in violence' is no market move
        if kind == "call" and not any(w in text for w in _lexicon()["call_requires"]):
            kind = None
        if kind:
            return kind
    return "statement" if statement or is_cue(verb) or lemma in triggers() else lemma


# ---------------------------------------------------------------- when

def _attached(tok, anchor) -> bool:
    """Whether a date's words tell when ``anchor`` happened, not when something they modify did
    ('grounded the planes after the crash on Sunday': not the grounding's Sunday)."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.i > 0:
        # 'after the crash on Sunday' however it is parsed: the date follows another happening's words
        before = tok.doc[tok.head.i - 1]
        for _ in range(4):
            if before.dep_ == "prep" and before.lower_ in _words("circumstances"):
                return False
            if before.head.i == before.i:
                break
            before = before.head
    for _ in range(8):
        if tok.dep_ == "prep" and tok.lower_ in _words("other_time"):
            return False
        parent = tok.head
        if parent.i == tok.i:
            return False
        if parent.i == anchor.i:
            return True
        infinitive = parent.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in parent.children)
        if (parent.pos_ in ("VERB", "AUX") and not infinitive) or tok.dep_ in ("relcl", "advcl", "ccomp", "conj"):
            return False
        tok = parent
    return False


def _resolve(text: str, article: Article, future: bool):
    """A date's words resolved against the day the article was last written (its update, else its
    publication)."""
    found = resolve_date(text, article.updated or article.published, article.reference_year, future, coarse=True,
                         year_basis=article.reference_year_basis)
    if found and article.updated and article.updated in found[2]:
        found = (found[0], found[1], found[2].replace("publication", "the page's update"))
    return found


def _date(verb, reporter, sent, article: Article, future: bool):
    """(date, words, basis) the clause gives, else the one its reporting verb gives ('said on
    Thursday it had agreed'); for a 'when' clause, the time it tells of ('on October 7, when ...')."""
    if any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children) and verb.head.i != verb.i:
        if _in_date(verb.head):
            ent = next((e for e in sent.ents if e.start <= verb.head.i < e.end), None)
            found = _resolve(ent.text, article, future) if ent else None
            if found:
                return found
        elif verb.head.pos_ in ("VERB", "AUX"):
            return _date(verb.head, None, sent, article, future)
    for anchor in (verb, reporter):
        if anchor is None:
            continue
        for ent in sent.ents:
            if ent.label_ in ("DATE", "TIME") and _attached(ent.root, anchor):
                found = _resolve(ent.text, article, future)
                if found:
                    return found
                if is_specific(ent.text):
                    # 'on Monday' in an article that gives no date of its own: the day is told, not known
                    return None, ent.text, "the article gives no date to count it from"
    return None


# ---------------------------------------------------------------- who

def _agent(verb, subject, resolver: SpeakerResolver, paragraph: int):
    """(agent mention, partners acting with it, the other names of the subject, whether the
    headline may put names for the subject's words). In the passive, the agent is who it was done
    by. 'Kovac and her Turkish counterpart Omar Demir': Kovac, with Demir as partner."""
    if subject is None:
        return None, [], [], False
    if subject.dep_ == "nsubjpass":
        by = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not by:
            return None, [], [], False
        subject = by[0]
    start, end = _span(subject)
    named = [m for m in resolver.in_span(paragraph, start, end) if m.label != "place"]
    conjuncts = [subject] + [c for c in subject.conjuncts if c.i > subject.i]
    if len(conjuncts) > 1:
        each = [_named_in(c, named) for c in conjuncts]
        if all(each) and len({id(m) for m in each}) == len(each):
            return each[0], each[1:], [m for m in named if not any(m is e for e in each)], subject.dep_ != "pobj"
    ref = resolver.resolve(subject.doc.text[start:end], paragraph, start, end, head=subject)
    mention = ref.mention
    if mention is None:
        return None, [], named, False
    # the head of the subject is the name ('Fabrikam CEO Jane Okafor'), or a pronoun or description the
    # article resolves ('he', 'the company'): the name can stand for the words; not for 'Fabrikam's board'
    # not for 'the Syrian government and armed opposition groups': a name for the first drops the others
    replace = (mention.start <= subject.idx < mention.end and len({fold(m.text) for m in named}) <= 1
               and len(conjuncts) == 1) or not named
    return mention, [], [m for m in named if m is not mention], replace and subject.dep_ != "pobj"


def _named_in(conjunct, named: list[Mention]) -> Mention | None:
    """The one name in one member of a coordination ('her Turkish counterpart Omar Demir')."""
    tokens = [conjunct]
    stack = [c for c in conjunct.children if c.dep_ not in ("conj", "cc", "punct")]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack += list(tok.children)
    starts = {t.idx for t in tokens}
    found = [m for m in named if m.start in starts]
    return found[0] if len(found) == 1 else None


def _objects(verb, mentions: list[Mention], exclude) -> tuple[list[Mention], list[Mention]]:
    """(targets, places): names in the verb's objects ('hosted X', 'a call to X', 'attack on X'),
    and names after a preposition of place ('in Moscow')."""
    targets, places = [], []
    stack = [verb]
    while stack:
        head = stack.pop()
        for child in head.children:
            if child.dep_ == "xcomp":
                stack.append(child)  # 'agreed to buy Northwind'
                continue
            if child.dep_ not in ("dobj", "dative", "attr", "oprd", "prep", "nsubjpass", "agent"):
                continue
            if child.dep_ == "prep" and child.lower_ in _words("other_time"):
                continue
            start, end = _span(child)
            found = [m for m in mentions if start <= m.start < end and not any(m is e for e in exclude)]
            # where it happened ('hosted X in Nairobi') is not whom it was done to
            where = [_span(t) for t in child.subtree if t.dep_ == "prep" and t.lower_ in _words("place_prepositions")]
            for m in found:
                placed = any(a <= m.start < b for a, b in where)
                if placed and m.label in ("place", "country"):
                    places.append(m)
                elif not placed or m.label not in ("place", "country"):
                    targets.append(m)
    return targets, places


# ---------------------------------------------------------------- headline

DROP = {"advcl", "parataxis", "relcl", "dep", "intj", "meta", "mark", "preconj", "discourse"}
PARTICLES = {"down", "up", "back", "aside", "away", "out", "off", "over"}
DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,}(?:\([^)]*\))?\s*[—–-]+\s*")


def _dateline(tok) -> bool:
    """A word of the dateline opening the paragraph ('SALEM — Gov. Anna Kovac's speech ...')."""
    match = DATELINE.match(tok.doc.text)
    return bool(match) and tok.idx < match.end()


TICKER = re.compile(r"^[A-Z]{1,5}\.[A-Z]{1,2}$")


def _in_date(tok) -> bool:
    return tok.ent_type_ in ("DATE", "TIME")


def _clause_tokens(verb, is_verb: bool = True) -> list:
    """The tokens a headline keeps: the verb (or a subject's head) with what completes it; not how
    or when, why, or what else happened, nor what stands in parentheses or before the subject."""
    keep = set()
    subject = _subject(verb) if is_verb else None
    fronted = subject.left_edge.i if subject is not None and subject.head.i == verb.i else verb.i

    def visit(tok, top: bool):
        keep.add(tok.i)
        for child in tok.children:
            dep = child.dep_
            if dep in DROP or child.text in QUOTE_CHARS:
                continue
            if top and child.i < fronted and dep not in ("aux", "auxpass", "neg", "nsubj", "nsubjpass"):
                continue  # 'In a blow to the government, the court ...': the headline starts with who
            if dep == "acl" and not is_verb and tok.i == verb.i and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                continue  # a subject's participle clause ('the search ... continued Thursday'); not 'a plan to impeach'
            if dep in ("acl", "advcl", "xcomp") and child.tag_ == "VBG" and (is_cue(child) or child.lemma_.lower()
                                                                             in _words("speech_verbs")):
                continue  # 'released a statement saying ...': what the statement says is a claim
            if dep == "appos" and (child.pos_ != "PROPN" or tok.pos_ == "PROPN"):
                # 'Ukraine, its neighbour' and 'Flight QZ8501, an Airbus A320' lose the description;
                # 'Peru's prime minister Ana Rojas' keeps the name
                continue
            if dep == "punct" and child.text != "," and (child.whitespace_ or child.i == 0
                                                          or child.doc[child.i - 1].whitespace_):
                continue  # dashes and colons between words; a hyphen inside a word stays
            if dep == "conj" and child.pos_ in ("VERB", "AUX") and top:
                continue  # what else happened ('and said ...'), not 'ready to try and help end' 
            if top and dep in ("cc", "nsubj", "nsubjpass"):
                continue  # the subject is added on its own
            if top and dep == "advmod" and not (child.tag_ in ("RBR", "JJR") or list(child.children)
                                                or child.lower_ in PARTICLES):
                continue  # 'also', 'later', 'reportedly'; not '30% higher'
            if TICKER.match(child.text):
                continue
            if dep == "punct" and child.text == "," and not any(
                    c.dep_ == "conj" and c.left_edge.i == child.i + 1 for c in tok.children):
                continue
            if dep == "prep" and (child.lower_ in _words("circumstances") or _date_phrase(child)):
                continue
            if dep in ("npadvmod", "tmod", "advmod", "nmod", "compound", "poss") and (
                    top and (_in_date(child) or is_specific(child.text))
                    or is_specific(" ".join(t.text for t in child.subtree))):
                continue  # 'on Thursday', 'Monday's talks'; not the '19-year-old'
            if _dateline(child):
                continue
            visit(child, False)

    visit(verb, is_verb)
    inside = _parenthesised(verb.sent)
    return [verb.doc[i] for i in sorted(keep) if i not in inside]


def _parenthesised(sent) -> set[int]:
    """Tokens in parentheses or brackets (with the marks), where a headline has no room for them."""
    inside, depth = set(), 0
    for tok in sent:
        depth += tok.text.count("(") + tok.text.count("[")
        if depth:
            inside.add(tok.i)
        depth = max(0, depth - tok.text.count(")") - tok.text.count("]"))
    return inside


def _date_phrase(prep) -> bool:
    """'on Thursday', 'in July 2019', 'on 24 February': a preposition whose object is a date."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(_in_date(t) for o in objects for t in o.subtree if not t.is_punct)


def _text(tokens) -> str:
    parts = []
    for n, tok in enumerate(tokens):
        follows = n + 1 < len(tokens) and tokens[n + 1].i == tok.i + 1
        parts.append(tok.text + (tok.whitespace_ if follows else " "))
    text = "".join(parts).strip()
    for a, b in ((" ,", ","), (" ;", ";"), ("  ", " ")):
        text = text.replace(a, b)
    return text.strip(" ,;:-–—")


def _shorten(verb, tokens: list, protected: set[int], uncounted: set[int], subject_modifiers: set[int] = frozenset()) -> list:
    """Drop the last modifiers (a prepositional phrase, a participle, a further name) until the
    headline is short enough; cut it with '…' when that is not enough."""
    kept = {t.i for t in tokens}
    def length(tokens):
        return len([t for t in tokens if not t.is_punct and t.i not in uncounted])

    while length(tokens) > MAX_HEADLINE_WORDS:
        last = max(kept)
        def size(t):
            return len([s for s in t.subtree if s.i in kept])

        # a phrase that ends the headline ('in the city' before 'and help end ...'), or one describing a
        # noun inside it ('an air strike in the eastern Afghan province'): the smallest goes first
        ending = [t for t in tokens if t.i not in protected and t.dep_ in ("prep", "acl", "conj", "xcomp", "relcl",
                                                                          "ccomp", "advmod", "amod", "cc")
                  and max(s.i for s in t.subtree if s.i in kept) == last and t.i != verb.i]
        inner = [t for t in tokens if (t.i not in protected or t.i in subject_modifiers) and t.dep_ == "prep"
                 and t.head.i != verb.i and t not in ending]
        candidates = ending + [t for t in inner if not ending or size(t) < min(size(e) for e in ending)]
        if not candidates:
            break
        cut = min(candidates, key=size)
        drop = {s.i for s in cut.subtree}
        tokens = [t for t in tokens if t.i not in drop]
        kept -= drop
        while tokens and tokens[-1].dep_ in ("cc", "punct", "prep", "det", "case") and tokens[-1].i not in protected:
            kept.discard(tokens[-1].i)
            tokens.pop()
    words = [t for t in tokens if not t.is_punct and t.i not in uncounted]
    if len(words) > MAX_HEADLINE_WORDS:
        limit = words[MAX_HEADLINE_WORDS - 1].i
        tokens = [t for t in tokens if t.i <= limit]
        while tokens and tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT", "PART", "SCONJ"):
            tokens.pop()
        return tokens + [None]
    return tokens


def headline(verb, subject, named: bool = False) -> tuple[str, str]:
    """(headline, the words naming the subject at its start): the clause made short. ``named``: the
    subject's words will give way to a name, so their length does not count."""
    tokens = _clause_tokens(verb)
    protected = {verb.i}
    subject_words = ""
    others = ""
    if subject is not None:
        subject_tokens = _clause_tokens(subject, is_verb=False)
        conjuncts = [c for c in subject.conjuncts if c.i > subject.i]
        if len(conjuncts) >= 2 and not named and len(subject_tokens) > 8:
            # 'A renowned shipwreck expert, a world record-holding adventurer, two members of ... and the
            # CEO ... were killed': the first of the list, and the others
            dropped = {t.i for c in conjuncts for t in c.subtree} | {
                t.i for t in subject.children if t.dep_ in ("cc", "punct") and t.i > subject.i}
            subject_tokens = [t for t in subject_tokens if t.i not in dropped]
            others = " and others"
        subject_words = _text(subject_tokens)
        protected |= {t.i for t in subject_tokens}
        have = {t.i for t in tokens}
        tokens = sorted(tokens + [t for t in subject_tokens if t.i not in have], key=lambda t: t.i)
    protected |= {c.i for c in verb.children if c.dep_ in ("dobj", "attr", "oprd", "prt", "aux", "auxpass")
                  or c.dep_ == "ccomp" and (verb.lemma_.lower() in _words("denial_verbs") or is_cue(verb)
                                            or verb.lemma_.lower() in _words("speech_verbs"))}
    uncounted = {t.i for t in subject_tokens[1:]} if subject is not None and named else set()
    modifiers = {t.i for t in subject.children if t.dep_ == "prep"} if subject is not None and not named else set()
    tokens = _shorten(verb, tokens, protected, uncounted, modifiers)
    cut = bool(tokens) and tokens[-1] is None
    tokens = [t for t in tokens if t is not None]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in "%$€£¥" or tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART")
                      and tokens[-1].i not in protected and (list(tokens[-1].children) or tokens[-1].dep_ != "prep")):
        tokens.pop()
    text = _text(tokens) + ("…" if cut else "")
    if others and text.startswith(subject_words):
        text = subject_words + others + text[len(subject_words):]
        subject_words += others
    if subject_words and not text.startswith(subject_words):
        subject_words = ""
    return text, subject_words


# ---------------------------------------------------------------- the article's events

def find_events(article: Article, docs: list, coref: Coreference, quotes_by_paragraph: list) -> list:
    """(kind, participants, source) for each clause reporting a happening, in reading order."""
    resolver = SpeakerResolver(coref)
    found = []
    for paragraph, doc, quotes in zip(article.body, docs, quotes_by_paragraph):
        quoted = [(q.start, q.end) for q in quotes]
        own = [m for m in coref.by_paragraph.get(paragraph.index, ()) if m.context != "cited as source"]
        for sent in doc.sents:
            for inner, outer in _clauses(sent, quoted):
                events = [e for e in (_event(v, reporter, stmt, sent, article, paragraph.index, own, resolver, quoted)
                                      for v, reporter, stmt in inner) if e]
                if not events:  # the report itself, when what it reports is no happening
                    event = _event(*outer, sent, article, paragraph.index, own, resolver, quoted)
                    events = [event] if event else []
                found += events
            resolver.note_subjects(sent, paragraph.index)
    return found


def _event(verb, reporter, statement: bool, sent, article: Article, paragraph: int, own: list[Mention],
           resolver: SpeakerResolver, quoted):
    if not _is_action(verb) and not statement:
        return None
    if statement and reporter is not None and not _date(verb, reporter, sent, article, False):
        return None  # what was said, as an event of its own, only on a day the text gives
    mood = _mood(verb)
    if mood == "present" and not statement:
        ahead = _date(verb, None, sent, article, True)
        reference = article.updated or article.published
        if ahead and ahead[0] and reference and ahead[0] >= reference and is_specific(ahead[1]):
            mood = "future"  # 'lands in Kenya later on Friday': what the timetable says
    if mood is None or (mood == "present" and not statement):
        return None
    content = [c for c in verb.children if c.dep_ == "ccomp"]
    if reporter is None and is_cue(verb) and any(c.i < verb.i or _inside(c, quoted) for c in content):
        return None  # '"...," she said', 'declared that "..."': a quotation, which is a claim
    dated = _date(verb, None, sent, article, mood == "future")
    if mood == "future" and reporter is not None and not dated:
        return None  # 'said on Wednesday the government will study it': the saying is the event
    dated = dated or _date(verb, reporter, sent, article, mood == "future")
    if (statement and paragraph > 0 or mood == "future") and not dated:
        return None  # words, or plans, without a day; the lede's words are the article's news
    reporter_mention, reporter_words, said_mention = None, "", None
    if reporter is not None:
        said_by = _subject(reporter)
        if said_by is not None:
            a, b = _span(said_by)
            said_mention = resolver.resolve(sent.doc.text[a:b], paragraph, a, b, head=said_by).mention
            # 'Marlow administration officials said': the officials, not Marlow; 'the ministry said': the ministry
            shown = said_mention is not None and (said_mention.start <= said_by.idx < said_mention.end
                                                  or not resolver.in_span(paragraph, a, b))
            reporter_mention = said_mention if shown else None
            reporter_words = _text(_clause_tokens(said_by, is_verb=False)) if not shown else ""
    subject = _subject(verb)
    if subject is not None and (subject.lower_ in ("there", "this", "that", "which", "what", "these", "those")
                                or subject.left_edge.lower_ in ("this", "that", "these", "those")
                                and not resolver.in_span(paragraph, *_span(subject))):
        return None  # 'there had been no progress', 'this information was shared': no headline alone
    if subject is not None and subject.lower_ in ("he", "she") and said_mention is not None \
            and said_mention.label == "person":
        # 'Okafor said last week that she had lined up $46.5 billion': the speaker, not the last subject
        agent, partners, co_agents, replace = said_mention, [], [], True
    elif subject is not None and subject.lower_ == "it":
        # 'Acme announced it has accepted the offer': 'it' is the organisation reporting; any other
        # 'it' is too often the deal, the verdict, the weather to be named
        antecedent = said_mention if said_mention is not None and said_mention.label == "organization" \
            else _organisation_subject_before(subject, own) if reporter is None else None
        if antecedent is None:
            return None
        agent, partners, co_agents, replace = antecedent, [], [], True
    else:
        agent, partners, co_agents, replace = _agent(verb, subject, resolver, paragraph)
    if subject is not None and subject.pos_ == "PRON" and subject.dep_ != "nsubjpass" and (
            agent is None or agent.paragraph < paragraph - 1):
        # 'he', 'they' the article does not resolve, or only to someone named paragraphs before:
        # no headline a reader could follow or trust
        return None
    clause = _clause_tokens(verb)
    starts = {t.idx for t in clause} | ({t.idx for t in subject.subtree} if subject is not None else set())
    in_clause = [m for m in own if m.start in starts]
    targets, places = _objects(verb, in_clause, ([agent] if agent else []) + partners)
    others = [m for m in in_clause if m is not agent and not any(m is p for p in partners + targets + places)]
    # 'a Russian missile': the adjective names a participant too
    for tok in clause + (list(subject.subtree) if subject is not None else []):
        country = country_of_demonym(tok.text)
        if tok.ent_type_ == "NORP" and country:
            others.append(Mention(country, tok.text, "country", article.id, paragraph, tok.idx,
                                  tok.idx + len(tok.text), sent.text.strip(), context="adjective"))
    people = ([agent] if agent else []) + partners + co_agents + targets + places + others
    kind = _kind(verb, statement)
    if not (agent or targets or (people and (dated or kind in tracked_kinds()))):
        return None
    date, date_text, basis = dated if dated else (None, None, None)
    title, subject_words = headline(verb, subject, named=replace)
    if not replace:
        subject_words = ""
    source = EventSource(article.id, paragraph, sent.text.strip(), date, date_text, basis, agent, targets,
                         headline=title, subject=subject_words, partners=partners, reporter=reporter_mention,
                         reporter_words=reporter_words, tense=mood)
    return kind, _unique(people), source


def _organisation_subject_before(pronoun, own: list[Mention]) -> Mention | None:
    """'Acme had agreed ..., but it terminated the agreement': the organisation that is the subject
    of an earlier clause of the same sentence."""
    for tok in reversed([t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")]):
        a, b = _span(tok)
        found = [m for m in own if a <= m.start < b and m.label == "organization"]
        if found:
            return found[0]
    return None


def _unique(people: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in people:
        if id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out
