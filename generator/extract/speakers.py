"""The article's coreference for speakers: the words naming who said something, resolved to an
actor's mention as a reader resolves them.

A name at the head of the words; a surname, an organisation's short form or a misspelling of a
name the article gives elsewhere; a pronoun to the person (or, for 'it', the organisation) that
was the subject before; a description ('the Russian top diplomat', 'the ministry') to the actor
whose role or name it fits, looking forward when the article names them only later; a relative
pronoun to the noun it follows. Never a place, never a dateline.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from rapidfuzz import fuzz

from .. import lexicon
from ..clean.chrome import QUOTE_MARKS
from ..model import Mention, SpeakerRef
from .actors import cities, demonyms_to_country, fold


@functools.cache
def speech() -> dict:
    return lexicon.load("speech")


@functools.cache
def characterising_verbs() -> frozenset[str]:
    """Verbs whose clause makes a quoted phrase someone's words (lexicon speech.yml)."""
    return frozenset(speech()["characterising_verbs"])


@functools.cache
def reporting_verbs() -> frozenset[str]:
    return frozenset(speech()["reporting_verbs"])


class Coreference:
    """What every step that resolves words to the article's actors shares, found once per article:
    its mentions (in reading order), its parsed paragraphs by index, and the genders its text shows."""

    def __init__(self, article, docs: list, mentions: list[Mention]):
        self.mentions = mentions
        self.docs = {p.index: d for p, d in zip(article.body, docs)}
        self.by_paragraph: dict[int, list[Mention]] = defaultdict(list)
        for m in mentions:
            self.by_paragraph[m.paragraph].append(m)

    @functools.cached_property
    def genders(self) -> dict[str, str]:
        return genders(self.mentions, self.docs)


class SpeakerResolver:
    """Resolves the words naming a speaker to a mention of this article, keeping (as a reader does)
    who the text is about so far; one per reading of the article."""

    def __init__(self, coref: Coreference):
        self.coref = coref
        self.mentions = coref.mentions
        self.docs = coref.docs
        self.last_subject: Mention | None = None
        self.subject_paragraph = -1  # where the text last spoke of ``last_subject``
        self.last_organisation: Mention | None = None

    def in_span(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.coref.by_paragraph.get(paragraph, ()) if start <= m.start and m.end <= end]

    def before(self, paragraph: int, offset: int, label: str | None = None) -> Mention | None:
        found = [m for m in self.mentions if (m.paragraph, m.start) < (paragraph, offset)
                 and (label is None or m.label == label)]
        return found[-1] if found else None

    def resolve(self, words_: str, paragraph: int, start: int, end: int, head=None) -> SpeakerRef:
        """The mention the words naming a speaker stand for (see ``_resolve``); a person found
        becomes the one the text is about, for the pronouns and descriptions after."""
        ref = self._resolve(words_, paragraph, start, end, head)
        if ref.mention is not None and ref.mention.label == "person":
            self.last_subject, self.subject_paragraph = ref.mention, paragraph
        return ref

    def _resolve(self, words_: str, paragraph: int, start: int, end: int, head=None, depth: int = 0) -> SpeakerRef:
        """The mention the words naming a speaker stand for. ``head``: the subject's head token,
        when the parse gives it: the name at the head is the speaker ('former Acme adviser Jane
        Okafor': Jane Okafor, not Acme); a place is never one."""
        if head is not None and head.lower_ in ("who", "that", "which") and head.head.dep_ == "relcl":
            # 'Okafor, who told reporters ...': the relative pronoun stands for the noun it follows
            antecedent = head.head.head
            span = antecedent.doc[antecedent.left_edge.i:antecedent.i + 1]
            return self._resolve(span.text, paragraph, span.start_char, span.end_char, antecedent)
        document = head.lemma_.lower() if head is not None else (fold(words_).split() or [""])[-1]
        if document in speech()["document_nouns"] and (head is not None or fold(words_).startswith(("the ", "a ", "an "))):
            # 'the letter said': whoever wrote it
            return SpeakerRef(words_, self._author(document, head, paragraph, start, depth))
        doc = self.coref.docs.get(paragraph)
        text = doc.text if doc is not None else ""
        # not a place, nor a name that only qualifies the speaker ('a Lorvania-based group')
        named = [m for m in self.in_span(paragraph, start, end) if m.label != "place"
                 and not re.match(r"-[a-z]", text[m.end:m.end + 2])]
        if named:
            chosen = None
            if head is not None:
                chosen = next((m for m in named if m.start <= head.idx < m.end), None)
                if chosen is None and fold(head.text) in speech()["role_heads"] and \
                        not any(m.label == "person" for m in named):
                    # "the country's foreign minister": a description, not the country
                    return SpeakerRef(words_, self._by_role(fold(words_), paragraph, start))
                if chosen is None and head.pos_ == "NOUN":
                    # 'the committee on Lorvania': the names after a common noun are not the speaker,
                    # except one in apposition ('her manager, Jane Okafor,') or the organisation
                    # someone speaks for ('a spokesman for Acme')
                    beside = [t for t in head.subtree if t.dep_ == "appos"]
                    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "with")):
                        beside += [t for t in prep.children if t.dep_ == "pobj"]
                    organisation_noun = fold(head.text) in speech()["organisation_heads"]
                    # ... nor a country before it ('a Lorvania-based group': the group, not the country)
                    named = [m for m in named if m.end <= head.idx and not (organisation_noun and m.label == "country")
                             or any(m.start <= t.idx < m.end and (t.dep_ == "appos" and m.label == "person" or
                                                                  t.dep_ == "pobj" and m.label == "organization")
                                    for t in beside)]
                    if not named:
                        noun = fold(head.text)
                        return SpeakerRef(words_, self.by_head(noun, paragraph, start)
                                          if noun in speech()["organisation_heads"] else None)
            if chosen is None:
                people = [m for m in named if m.label == "person"]
                chosen = people[-1] if people else named[-1]
            return SpeakerRef(words_, chosen)
        low = fold(words_)
        if low in speech()["pronouns"]["person"]:
            found = self.last_subject or self.before(paragraph, start, "person")
            wanted = gender_of(low, "pronouns")
            if found is not None and self.coref.genders.get(found.text, wanted) != wanted:
                # 'she' after a man: the person named last before whom the text shows as a woman,
                # else the last one of whom it does not say (``resolve`` makes them the subject)
                earlier = [m for m in self.mentions if m.label == "person" and (m.paragraph, m.start) < (paragraph, start)]
                found = next((m for m in reversed(earlier) if self.coref.genders.get(m.text) == wanted), None) or \
                    next((m for m in reversed(earlier) if m.text not in self.coref.genders), None)
            return SpeakerRef(words_, found)
        if low in speech()["pronouns"]["organisation"]:
            # 'Acme agreed ..., but it ended the deal': the organisation that is the subject before
            if head is not None:
                for tok in reversed([t for t in head.sent if t.i < head.i and t.dep_ in ("nsubj", "nsubjpass")]):
                    found = [m for m in self.mentions if m.paragraph == paragraph and m.start <= tok.idx < m.end
                             and m.label == "organization"]
                    if found:
                        return SpeakerRef(words_, found[0])
            return SpeakerRef(words_, self.last_organisation or self.before(paragraph, start, "organization"))
        head_word = low.split()[-1] if low else ""
        if (low.startswith("the ") or "'s " in low or "’s " in low) and head_word in speech()["role_heads"]:
            found = self._by_role(low, paragraph, start)
            organisation = low.split()[-2] if len(low.split()) >= 3 else ""
            if found is None and organisation in speech()["organisation_heads"]:
                found = self.by_head(organisation, paragraph, start)  # 'the company spokesman'
            return SpeakerRef(words_, found)
        if low.startswith(("a ", "an ")) and head_word in speech()["role_heads"] and len(low.split()) >= 3 \
                and low.split()[-2] in speech()["organisation_heads"]:
            # 'a company spokesman', 'an agency official': someone unnamed speaking for the organisation
            return SpeakerRef(words_, self.by_head(low.split()[-2], paragraph, start))
        if low in ("the country", "the government"):
            return SpeakerRef(words_, self.before(paragraph, start, "country"))
        if low.startswith("the ") and head_word in speech()["organisation_heads"]:
            # 'the company', 'the ministry': the organisation named last before
            return SpeakerRef(words_, self.by_head(head_word, paragraph, start))
        name = re.match(r"\s*((?:[A-Z][\w'’.&-]*\s?){1,4})(?:,|\s*[–—-]\s|$)", words_)
        if name:
            # a name the tagger did not take for one here ('Okafor said', 'Okafor, head of the
            # agency, said', 'Acme announced'): the actor the article names so elsewhere
            return SpeakerRef(words_, self.lookup(name.group(1).strip()))
        return SpeakerRef(words_, None)

    def _author(self, noun: str, head, paragraph: int, offset: int, depth: int) -> Mention | None:
        """Who wrote the letter, report or statement a speaker's words name: the possessor or the
        'from'/'by' in the words themselves ('the Acme Party's letter', 'a report by the agency'),
        else where the text last spoke of such a document: its possessor, its 'from'/'by', the
        subject of the verb whose object it is ('the committee sent a letter'), or of the sentence
        it opened ('In a report published on Sunday, the paper claimed ...')."""
        if depth > 1:
            return None

        def author(tok, p: int, skip_verb: bool) -> Mention | None:
            for child in tok.children:
                if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ in ("from", "by"):
                    target = child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
                    if target is None:
                        continue
                    span = target.doc[target.left_edge.i:target.i + 1]
                    found = self._resolve(span.text, p, span.start_char, span.end_char, target, depth + 1).mention
                    if found is not None:
                        return found
            if skip_verb:
                return None
            verb = tok.head
            if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("in", "through"):
                verb = verb.head
            elif tok.dep_ not in ("dobj", "nsubjpass"):
                return None
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lemma_.lower() in speech()["document_nouns"]:
                return None
            span = subject.doc[subject.left_edge.i:subject.right_edge.i + 1]
            return self._resolve(span.text, p, span.start_char, span.end_char, subject, depth + 1).mention

        if head is not None:
            found = author(head, paragraph, skip_verb=True)
            if found is not None:
                return found
        for p in range(paragraph, max(-1, paragraph - 8), -1):
            doc = self.docs.get(p)
            if doc is None:
                continue
            for tok in reversed(doc):
                if tok.lemma_.lower() == noun and (p < paragraph or tok.idx < offset) and tok is not head:
                    found = author(tok, p, skip_verb=False)
                    if found is not None:
                        return found
        return None

    def lookup(self, name: str) -> Mention | None:
        """The article's mention of this name: the same name, a person's surname, an organisation's
        short form."""
        from .names import org_base

        key = fold(name)
        last = key.split()[-1] if key else ""
        for test in (lambda m: fold(m.text) == key or fold(m.surface) == key,
                     lambda m: m.label == "person" and fold(m.text).split()[-1] == last,
                     lambda m: m.label == "organization" and org_base(m.text) == org_base(name),
                     # a company's first word ('American' for American Airlines)
                     lambda m: m.label == "organization" and len(key.split()) == 1 and fold(m.text).split()[0] == key,
                     # the same surname misspelt ('Kovacz' for 'Kovacs')
                     lambda m: m.label == "person" and len(last) > 4 and fuzz.ratio(fold(m.text).split()[-1], last) >= 85):
            found = [m for m in self.mentions if m.label != "place" and test(m)]
            if found:
                return found[-1]
        return None

    def _by_role(self, description: str, paragraph: int, offset: int) -> Mention | None:
        """'the Russian top diplomat', 'the minister': the person the description stands for. The
        people named before, latest first, whose role shares the description's head noun (or a
        word the lexicon gives for it: a diplomat is a foreign minister) and none of whose role
        words contradict it; when the article names them only later (a standfirst above the
        story), the first person named after with such a role."""
        words_ = [w for w in description.replace("’s", "").replace("'s", "").split() if w not in ("the", "a", "an")]
        if not words_:
            return None
        head = words_[-1]
        wanted = {head} | set(speech()["role_synonyms"].get(head, []))
        modifiers = set(words_[:-1]) - {"top", "senior", "chief", "former", "new", "acting"}

        def fits(m: Mention) -> bool:
            role = fold(m.role or "").replace("'s", "")
            if not role:
                return False
            if not any(w in role for w in wanted):
                return False
            # 'the Russian minister' is not the Turkish one: a nationality in both must agree
            nationalities = {w for w in modifiers if w in demonyms_to_country()}
            return not nationalities or any(n in role for n in nationalities) or not any(
                d in role for d in demonyms_to_country())

        people = [m for m in self.mentions if m.label == "person"]
        earlier = [m for m in people if (m.paragraph, m.start) < (paragraph, offset)]
        roles: dict[str, str] = {}
        for m in people:
            if m.role:
                roles.setdefault(m.text, m.role)
        for m in reversed(earlier):
            if fits(m if m.role else Mention(m.text, m.surface, m.label, m.article, m.paragraph, m.start, m.end,
                                             m.sentence, roles.get(m.text))):
                return m
        later = [m for m in people if (m.paragraph, m.start) >= (paragraph, offset) and m.paragraph <= paragraph + 2]
        found = next((m for m in later if m.role and fits(m)), None)
        subject = self.last_subject
        if found is None and description.startswith("the ") and subject is not None \
                and self.subject_paragraph >= paragraph - 2 \
                and gender_of(head, "roles") in (None, self.coref.genders.get(subject.text, gender_of(head, "roles"))):
            # 'Okafor said ... "...," the city spokesman said': a definite description no named
            # role fits stands for the person the last sentences were about (not a woman for
            # 'the spokesman')
            return subject
        return found

    def by_head(self, head: str, paragraph: int, offset: int) -> Mention | None:
        """'the ministry', 'the company': the organisation named last before whose name has the
        description's head noun, else the organisation the text last made a subject or named last
        before (not a city the tagger took for one); None for a country's force ('the navy') that
        no name gives."""
        earlier = [m for m in self.mentions if m.label == "organization" and (m.paragraph, m.start) < (paragraph, offset)]
        named = [m for m in earlier if head in fold(m.text).split()]
        if named:
            return named[-1]
        if head in institution_heads():
            return None   # 'a navy spokesman' is no other organisation's, whatever was named last
        # the organisation the text last made the subject of a sentence, else the last named (not a
        # city the tagger took for one)
        earlier = [m for m in earlier if fold(m.text) not in cities()]
        last = self.last_organisation
        return last if last is not None and fold(last.text) not in cities() else (earlier or [None])[-1]

    def note_quotation(self, paragraph: int) -> None:
        """A paragraph that is a quotation goes on about the same person as the one before."""
        if self.subject_paragraph == paragraph - 1:
            self.subject_paragraph = paragraph

    def note_subjects(self, sent, paragraph: int) -> None:
        """Remember the person a sentence is about, for 'he' and 'she' in the sentences after it."""
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
                span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
                named = self.in_span(paragraph, span.start_char, span.end_char)
                people = [m for m in named if m.label == "person"]
                # "Okafor's father, Tom Okafor, said": the person the subject's head or its
                # apposition names, not the one it is said of
                heads = [tok] + [t for t in span if t.dep_ == "appos"]
                at_head = [m for m in people if any(m.start <= h.idx < m.end for h in heads)]
                if at_head:
                    people = at_head
                elif tok.pos_ == "NOUN" and _person_noun(tok.lemma_.lower()):
                    # 'Okafor's lawyer' is someone else ('Okafor's office' is still hers); 'the mayor
                    # of X, Jane Okafor,' is the one named beside the noun
                    people = [m for m in people if not re.match(r"\s*['’]", tok.doc.text[m.end:m.end + 2])]
                elif tok.pos_ == "PROPN" and not named:
                    # a surname the tagger did not mark here ('Okafor, a former union leader, ...')
                    found = self.lookup(tok.text)
                    people = [found] if found is not None and found.label == "person" else []
                if people:
                    self.last_subject, self.subject_paragraph = people[0], paragraph
                organisations = [m for m in named if m.label == "organization"]
                if organisations:
                    self.last_organisation = organisations[0]
                return


@functools.cache
def institution_heads() -> frozenset[str]:
    """'the navy', 'the military', 'the police': a description that names a country's force, not
    any organisation (lexicon speech.yml)."""
    return frozenset(fold(w) for w in speech()["institution_heads"])


def _person_noun(word: str) -> bool:
    """A noun that names a person other than its possessor ('father', 'lawyer', 'spokesman')."""
    lex = speech()
    return word in lex["role_heads"] or word in lex["person_nouns"] or any(
        word in g["roles"] for g in lex["gender"].values())


def gender_of(word: str, kind: str) -> str | None:
    """The gender a word of this kind ('pronouns', 'roles', 'honorifics') shows, if any."""
    return next((gender for gender, words_ in speech()["gender"].items() if word in words_[kind]), None)


def genders(mentions: list[Mention], docs_by_paragraph: dict) -> dict[str, str]:
    """Each person's gender where the article shows it: an honorific before the name ('Ms Okafor'),
    a gendered role ('spokeswoman', 'father'), or the pronouns of a sentence whose subject they are
    before another person is named ('Okafor said her team ...'). A person the evidence disagrees on
    is left out. Never guessed from a given name."""
    votes: dict[str, set[str]] = defaultdict(set)
    in_sentence: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in mentions:
        doc = docs_by_paragraph.get(m.paragraph)
        if m.label != "person" or doc is None:
            continue
        before = re.findall(r"[\w.]+", doc.text[max(0, m.start - 6):m.start])
        role = fold(m.role or "")
        honorific = gender_of(fold(before[-1]), "honorifics") if before else None
        votes[m.text].update({honorific} - {None} | {gender for gender, words_ in speech()["gender"].items()
                                                     if any(re.search(rf"\b{re.escape(w)}\b", role) for w in words_["roles"])})
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            in_sentence[(m.paragraph, span.sent.start)].append(m)
    for (paragraph, sent_start), found in in_sentence.items():
        sent = docs_by_paragraph[paragraph][sent_start].sent
        first = found[0]
        if not any(t.dep_ in ("nsubj", "nsubjpass") and first.start <= t.idx < first.end for t in sent):
            continue
        # the pronouns between the subject and the next person named
        until = min((m.start for m in found if m.text != first.text and m.start > first.start), default=sent.end_char)
        shown = {gender_of(t.lower_, "pronouns") for t in sent if first.end <= t.idx < until and not _quoted(t)} - {None}
        if len(shown) == 1:
            votes[first.text].update(shown)
    return {name: next(iter(g)) for name, g in votes.items() if len(g) == 1}


def _quoted(tok) -> bool:
    """A word inside a quotation in its sentence (an odd number of double marks before it)."""
    before = tok.doc[tok.sent.start:tok.i]
    return sum(t.text in "\"“”" for t in before) % 2 == 1


def subject_of(verb):
    """The subject of a verb: its own (not one inside a quotation), else the one it shares with the
    verb it is joined to ('appeared and endorsed X, saying'; the reporting verb when it is joined to
    the reported clause), the issuer of a statement that 'says' ('released a statement saying'),
    or the name after an inverted cue ('"...," tweeted Okafor'). None for an infinitive of an empty
    'it' ('it would be wrong to deny ...')."""
    for _ in range(5):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1 and not _quoted(verb):
            # '"... it will," said Jane Okafor': a subject inside the quotation is not the verb's
            subjects = [c for c in subjects if not _quoted(c)] or subjects
        if subjects:
            # the nearest (a dateline's place parsed as a second subject stands further off)
            before = [c for c in subjects if c.i < verb.i]
            return before[-1] if before else subjects[0]
        before = verb.doc[max(verb.i - 2, 0):verb.i].text.replace(" ", "")
        if verb.dep_ not in ("conj", "xcomp", "advcl") and before and (
                before[-1] in QUOTE_CHARS or before[-2:-1] in QUOTE_CHARS and before[-1] == ","):
            # '"...," tweeted Okafor.': the name after an inverted cue, parsed as its object
            inverted = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
            if inverted is not None:
                return inverted
        if verb.head.i == verb.i:
            return None
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in speech()["document_nouns"]:
            # 'Acme released a statement saying ...': who issued it ('a statement from Acme saying')
            noun = verb.head
            owner = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
                (g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                 for g in c.children if g.dep_ == "pobj"), None)
            if owner is not None:
                return owner
            if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "ADP"):
                verb = noun.head if noun.head.pos_ == "VERB" else noun.head.head
                continue
            return None
        if verb.dep_ == "conj" and not is_cue(verb.head) and verb.head.dep_ == "ccomp" and is_cue(verb.head.head):
            # 'Okafor said the plan risked failure and stated ...': joined to the reported clause by
            # the parser, the reporting verb is the speaker's
            verb = verb.head.head
            continue
        if verb.dep_ in ("conj", "xcomp", "advcl"):
            # 'Okafor appeared on the show and endorsed Diaz, saying ...': a coordinated verb shares
            # the subject of the one it is joined to
            head = verb.head
            if verb.dep_ == "xcomp" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children) \
                    and (head.lemma_ == "be" or any(c.lemma_ == "be" and c.dep_ in ("aux", "auxpass", "cop")
                                                    for c in head.children)):
                return None   # 'it would be wrong to deny ...', 'it is worth noting': nobody's infinitive
            verb = verb.head
            continue
        return None
    return None


def is_cue(tok) -> bool:
    """A reporting verb, in the active voice and not negated ('has not commented')."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if lemma not in reporting_verbs():
        particle = speech()["phrasal_cues"].get(lemma)
        if not particle or not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or any(
            (c.dep_ == "neg" or c.lower_ in ("nor", "never")) and not _across_quote(c, tok) for c in tok.children):
        return False
    if tok.lemma_.lower() == "call":
        # "called for a ceasefire", "called the onslaught a 'massacre'"; not a phone call
        return any(c.dep_ == "prep" and c.text.lower() == "for" for c in tok.children) or \
            any(c.dep_ in ("oprd", "ccomp") for c in tok.children)
    return True


def _across_quote(a, b) -> bool:
    """A quotation mark or comma stands between two tokens ('"Probably not," she said': the
    'not' is the quotation's, not the verb's)."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text in QUOTE_CHARS or t.text == "," for t in a.doc[lo + 1:hi])


QUOTE_CHARS = frozenset(QUOTE_MARKS)
