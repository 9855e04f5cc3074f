"""Claims in one article: who said what, verbatim.

Direct quotations are found by their marks (straight, curly, single, double, guillemets), including
a quotation split by its attribution and one that runs over several paragraphs. Reported speech is
found from a reporting verb (lexicon/speech.yml) and spaCy's dependency parse: the verb's subject
names the speaker and its clausal complement is the statement. A statement is always a verbatim
span of one paragraph. The words naming the speaker are resolved to a mention where the text
allows (names, pronouns, descriptions such as 'the Russian leader'); otherwise they are kept as
written and the claim has no actor.
"""
from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz
from dataclasses import dataclass

from .. import lexicon
from ..model import Article, ClaimSource, Mention, SpeakerRef
from .actors import fold

PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "‹": "›"}
# A double quotation opened with one kind of mark is sometimes closed with the other (“ ... ").
CLOSERS = {"“": "”\"", '"': '"”', "„": "“\"”", "«": "»", "‘": "’", "‹": "›"}
ACCORDING = re.compile(r"\b(?:according to|as reported by|in the words of)\s+", re.IGNORECASE)


@dataclass
class Quote:
    start: int          # offsets of the quoted words (marks excluded)
    end: int
    closed: bool
    speaker: SpeakerRef | None = None
    cue: str = ""


@functools.cache
def speech() -> dict:
    return lexicon.load("speech")


def find_quotes(text: str) -> list[Quote]:
    """Quotations in a paragraph. An opening mark with no closing one runs to the paragraph's end."""
    quotes, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch in PAIRS and _opens(text, i):
            closers = CLOSERS[ch]
            j = i + 1
            while j < len(text):
                if text[j] in closers and (text[j] != "’" or _closes_single(text, j)) \
                        and (text[j] != '"' or ch != '"' or _closes_double(text, j)):
                    break
                j += 1
            if j < len(text):
                quotes.append(Quote(i + 1, j, True))
                i = j + 1
                continue
            if ch in "'‘":
                i += 1  # an apostrophe, not a quotation
                continue
            quotes.append(Quote(i + 1, len(text), False))
            break
        i += 1
    return quotes


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "'‘":
        return not before.isalnum() and after.isalnum()
    if text[i] == '"':
        return not before.isalnum() and not after.isspace()
    return True


def _closes_double(text: str, j: int) -> bool:
    """A straight mark closes a straight quotation unless it opens the next word ('said "a"')."""
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum() or text[j - 1:j] in ".,!?"


def _closes_single(text: str, j: int) -> bool:
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalpha()


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def statement_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, a leading 'that' and trailing commas from a span; keep end marks."""
    while start < end and text[start] in " ,:;—–-":
        start += 1
    m = re.match(r"that\s+", text[start:end])
    if m:
        start += m.end()
    while end > start and text[end - 1] in " ,;:—–-":
        end -= 1
    return start, end


@functools.cache
def _demonym_words() -> frozenset[str]:
    return frozenset(fold(k) for k in lexicon.load("places")["demonyms"])


class SpeakerResolver:
    """Resolves the words naming a speaker to a mention of this article (in reading order)."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self.last_subject: Mention | None = None
        self.last_organisation: Mention | None = None

    def in_span(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.paragraph == paragraph and start <= m.start and m.end <= end]

    def before(self, paragraph: int, offset: int, label: str | None = None) -> Mention | None:
        found = [m for m in self.mentions if (m.paragraph, m.start) < (paragraph, offset)
                 and (label is None or m.label == label)]
        return found[-1] if found else None

    def resolve(self, words_: str, paragraph: int, start: int, end: int, head=None) -> SpeakerRef:
        """The mention the words naming a speaker stand for. ``head``: the subject's head token,
        when the parse gives it: the name at the head is the speaker ('former Acme adviser Jane
        Okafor': Jane Okafor, not Acme); a place is never one."""
        if head is not None and head.lower_ in ("who", "that", "which") and head.head.dep_ == "relcl":
            # 'Okafor, who told reporters ...': the relative pronoun stands for the noun it follows
            antecedent = head.head.head
            span = antecedent.doc[antecedent.left_edge.i:antecedent.i + 1]
            return self.resolve(span.text, paragraph, span.start_char, span.end_char, antecedent)
        named = [m for m in self.in_span(paragraph, start, end) if m.label != "place"]
        if named:
            chosen = None
            if head is not None:
                chosen = next((m for m in named if m.start <= head.idx < m.end), None)
                if chosen is None and fold(head.text) in speech()["role_heads"] and \
                        not any(m.label == "person" for m in named):
                    # "the country's foreign minister": a description, not the country
                    return SpeakerRef(words_, self._by_role(fold(words_), paragraph, start))
            if chosen is None:
                people = [m for m in named if m.label == "person"]
                chosen = people[-1] if people else named[-1]
            if chosen.label == "person":
                self.last_subject = chosen
            return SpeakerRef(words_, chosen)
        low = fold(words_)
        if low in speech()["pronouns"]["person"]:
            return SpeakerRef(words_, self.last_subject or self.before(paragraph, start, "person"))
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
            return SpeakerRef(words_, self._by_role(low, paragraph, start))
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
                     # the same surname misspelt ('Tjahnanto' for 'Tjahjanto')
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
            nationalities = {w for w in modifiers if w in _demonym_words()}
            return not nationalities or any(n in role for n in nationalities) or not any(
                d in role for d in _demonym_words())

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
        return next((m for m in later if m.role and fits(m)), None)

    def by_head(self, head: str, paragraph: int, offset: int) -> Mention | None:
        """'the ministry', 'the company': the organisation named last before whose name has the
        description's head noun, else the organisation named last before."""
        earlier = [m for m in self.mentions if m.label == "organization" and (m.paragraph, m.start) < (paragraph, offset)]
        named = [m for m in earlier if head in fold(m.text).split()]
        if named:
            return named[-1]
        # the organisation the text last made the subject of a sentence, else the last named
        return self.last_organisation or (earlier or [None])[-1]

    def note_subjects(self, sent, paragraph: int) -> None:
        """Remember the person a sentence is about, for 'he' and 'she' in the sentences after it."""
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
                span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
                named = self.in_span(paragraph, span.start_char, span.end_char)
                people = [m for m in named if m.label == "person"]
                if people:
                    self.last_subject = people[0]
                organisations = [m for m in named if m.label == "organization"]
                if organisations:
                    self.last_organisation = organisations[0]
                return


def subject_of(verb):
    """The subject of a verb, following 'and' back to a reporting verb that has one."""
    for _ in range(5):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # the nearest (a dateline's place parsed as a second subject stands further off)
            before = [c for c in subjects if c.i < verb.i]
            return before[-1] if before else subjects[0]
        if verb.head.i == verb.i:
            return None
        if verb.dep_ == "conj" and is_cue(verb.head) or verb.dep_ in ("xcomp", "advcl"):
            verb = verb.head
            continue
        return None
    return None


def is_cue(tok) -> bool:
    """A reporting verb, in the active voice and not negated ('has not commented')."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if lemma not in speech()["reporting_verbs"]:
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


QUOTE_CHARS = set("\"“”„«»‘’‚‹›'")


@dataclass
class Candidate:
    """A statement found in one sentence, before overlaps between statements are settled."""

    start: int
    end: int
    direct: bool
    cue: str
    cue_at: int                 # character offset of the cue word (-1 for none)
    subject: tuple[int, int]    # character span of the words naming the speaker (-1, -1 for none)
    speaker: SpeakerRef | None
    audience: str | None = None
    occasion: str | None = None


def paragraph_quotes(article: Article, docs: list) -> list[list[Quote]]:
    """The quotations of each parsed paragraph, found once for every step that needs them."""
    paragraphs = article.body
    return [bounded_quotes(find_quotes(p.text), doc,
                           continues=k + 1 < len(paragraphs) and paragraphs[k + 1].text[:1] in OPENING)
            for k, (p, doc) in enumerate(zip(paragraphs, docs))]


def find_claims(article: Article, docs: list, mentions: list[Mention],
                quotes_by_paragraph: list[list[Quote]]) -> list[tuple[SpeakerRef, ClaimSource, bool]]:
    """(speaker, source, direct) for each statement in the article, in reading order."""
    resolver = SpeakerResolver(mentions)
    found: list[tuple[SpeakerRef, ClaimSource, bool]] = []
    carried: Quote | None = None  # a quotation left open at the end of the previous paragraph
    for paragraph, doc, quotes in zip(article.body, docs, quotes_by_paragraph):
        text = paragraph.text
        turn = _transcript_turn(text, resolver, paragraph.index)
        if turn is not None:  # 'JANE OKAFOR: We will ...' (an interview's transcript)
            ref, start = turn
            statement = text[start:].strip()
            if words(statement) >= speech()["min_quote_words"]:
                found.append((ref, ClaimSource(article.id, paragraph.index, statement, ":", ref.text), True))
            carried = None
            continue
        last_quote: Quote | None = carried if quotes and quotes[0].start <= 1 else None
        for sent in doc.sents:
            candidates = _direct(sent, doc, text, quotes, resolver, paragraph.index, last_quote)
            if candidates:
                last_quote = next((q for q in reversed(quotes) if q.speaker and q.start - 1 < sent.end_char), last_quote)
            candidates += _reported(sent, doc, text, quotes, {c.cue_at for c in candidates}, resolver, paragraph.index)
            for c in _settle(candidates, text):
                statement = text[c.start:c.end].strip()
                if c.speaker is None or words(statement) < 3:
                    continue
                direct = c.direct or (statement[:1] in OPENING and statement.rstrip(".,")[-1:] in CLOSING)
                found.append((c.speaker, ClaimSource(article.id, paragraph.index, statement, c.cue,
                                                     c.speaker.text, c.audience, c.occasion), direct))
            resolver.note_subjects(sent, paragraph.index)
        carried = quotes[-1] if quotes and not quotes[-1].closed and quotes[-1].speaker else None
        if carried is None and text.rstrip().endswith(":"):
            # 'She said:' or 'The statement read:' closing a paragraph: the next one is what was said
            carried = _colon_speaker(doc, text, resolver, paragraph.index)
    return found


STATEMENT_NOUNS = re.compile(r"\b(statement|following|message|letter|tweet|post|remarks|note|memo)\b", re.I)
TRANSCRIPT = re.compile(r"^[\"“]?(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*:\s+\S")


def _transcript_turn(text: str, resolver: "SpeakerResolver", paragraph: int):
    """'WALLACE: Let's start ...': a paragraph that opens with a speaker's name and a colon."""
    match = TRANSCRIPT.match(text)
    if not match:
        return None
    name = match.group("name")
    if not name.isupper() and not resolver.in_span(paragraph, 0, match.end("name")):
        return None
    ref = resolver.resolve(name, paragraph, 0, match.end("name"))
    if ref.mention is None:
        key = fold(name)
        ref.mention = next((m for m in reversed(resolver.mentions) if fold(m.text).split()[-1:] == [key]
                            or fold(m.text) == key), None)
    if ref.mention is None and not name.isupper():
        return None
    return ref, match.end() - 1  # a transcript's speaker in capitals counts, named elsewhere or not


def _colon_speaker(doc, text: str, resolver: "SpeakerResolver", paragraph: int) -> Quote | None:
    """The speaker of a paragraph that ends in a colon ('He said:'), carried to the quotation below."""
    sents = list(doc.sents)
    if not sents:
        return None
    cues = [t for t in sents[-1] if is_cue(t)]
    if not cues and STATEMENT_NOUNS.search(sents[-1].text):
        # 'X issued the following statement:', 'X released a letter:'
        cues = [sents[-1].root]
    subj = subject_of(cues[-1]) if cues else None
    if subj is None:
        return None
    span = doc[subj.left_edge.i:subj.right_edge.i + 1]
    ref = resolver.resolve(span.text, paragraph, span.start_char, span.end_char, subj)
    return Quote(0, 0, True, ref, cues[-1].text) if ref.mention is not None else None


OPENING = "\"“„«‘‚‹"
CLOSING = "\"”»’›"


def bounded_quotes(quotes: list[Quote], doc, continues: bool) -> list[Quote]:
    """An unclosed quotation runs on into the next paragraph only when that one opens with a mark;
    otherwise its closing mark is missing and it ends with its sentence."""
    if quotes and not quotes[-1].closed and not continues:
        q = quotes[-1]
        sent = next((s for s in doc.sents if s.start_char <= q.start < s.end_char), None)
        if sent is not None:
            q.end = sent.end_char
    return quotes


def _embedded(text: str, q: Quote) -> bool:
    """A quoted phrase inside a clause ('toward "ending the ..."', 'called it a "massacre"'), not
    a quotation its reporting verb introduces ('announced "an amendment ..."')."""
    before = text[:q.start - 1].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "’'"):
        return False
    word = re.findall(r"\w+", before)[-1].lower()
    return not any(word in (verb, verb + "s", verb + "d", verb + "ed", verb[:-1] + "ied", verb + "es")
                   for verb in speech()["reporting_verbs"]) and word not in ("said", "told", "wrote")


def _direct(sent, doc, text: str, quotes: list[Quote], resolver: "SpeakerResolver", paragraph: int,
            last_quote: Quote | None) -> list[Candidate]:
    found = []
    for n, q in enumerate(quotes):
        if not (sent.start_char <= q.start - 1 < sent.end_char or (q.start <= 1 and sent.start_char == 0)):
            continue
        if _embedded(text, q):
            continue
        # a short part of a quotation is no claim, but its speaker is the next part's ('"Fine," she said. "But ..."')
        short = words(text[q.start:q.end]) < speech()["min_quote_words"]
        cue_tok = _attribution_cue(doc, sent, q, quotes)
        subject = (-1, -1)
        if cue_tok is not None:
            subj = subject_of(cue_tok)
            if subj is not None:
                span = doc[subj.left_edge.i:subj.right_edge.i + 1]
                if not _inside(span.start_char, quotes):
                    subject = (span.start_char, span.end_char)
                    q.speaker = resolver.resolve(span.text, paragraph, span.start_char, span.end_char, subj)
                    q.cue = cue_tok.text
        if q.speaker is None:
            q.speaker, q.cue = _according_to(sent, text, resolver, paragraph, q)
        if q.speaker is None:
            q.speaker, q.cue = _before_colon(text, sent.start_char, q, resolver, paragraph)
        # the last part of this quotation that has a speaker (a quoted title in between has none)
        previous = next((p for p in reversed(quotes[:n]) if p.speaker is not None), None)
        between = text[previous.end:q.start - 1] if previous is not None else text[sent.start_char:q.start - 1]
        previous = previous or last_quote
        if q.speaker is None and previous is not None and previous.speaker is not None and _only_attribution(between):
            # a quotation split by its attribution, or continued from the paragraph before
            q.speaker, q.cue = previous.speaker, previous.cue
        if q.speaker is None or short:
            continue
        start, end = statement_span(text, q.start, q.end)
        found.append(Candidate(start, end, True, q.cue, cue_tok.idx if cue_tok is not None else -1, subject, q.speaker,
                               *circumstances(cue_tok, quotes)))
    return found


def _only_attribution(between: str) -> bool:
    """The words between two parts of one quotation: nothing, or the attribution ('she said.',
    ', he added, ')."""
    between = between.strip(" ,.;:—–-\"“”'’")
    return not between or (words(between) <= 20 and any(
        w.lower() in ATTRIBUTION_WORDS for w in re.findall(r"\w+", between)))


ATTRIBUTION_WORDS = {"said", "says", "say", "added", "adds", "told", "tells", "continued", "continues", "went",
                     "asked", "asks", "explained", "noted", "wrote", "writes", "insisted", "argued", "declared",
                     "stated", "replied", "recalled", "warned", "stressed", "according"}


def _before_colon(text: str, sentence_start: int, q: Quote, resolver: "SpeakerResolver", paragraph: int):
    """'Pollster Jane Okafor: "..."', 'the statement read: "..."': the speaker named before a colon."""
    before = text[sentence_start:q.start - 1].rstrip()
    if not before.endswith(":"):
        return None, ""
    head = before[:-1].strip()
    if not head or words(head) > 12:
        return None, ""
    start = sentence_start + text[sentence_start:].find(head)
    ref = resolver.resolve(head, paragraph, start, start + len(head))
    return (ref, ":") if ref.mention else (None, "")


def _settle(candidates: list[Candidate], text: str) -> list[Candidate]:
    """One statement per stretch of text: nested attributions are cut out of the outer statement,
    conjoined statements ('announced that A and said B') are split, and a direct quotation wins
    over the reported statement around it."""
    for a in candidates:
        for b in candidates:
            if a is b or b.subject[0] < 0:
                continue
            if a.start <= b.subject[0] < a.end:
                if b.subject[0] <= a.start + 1:
                    a.end = a.start  # 'said that he told the mayor that ...': the inner attribution speaks
                else:
                    a.end = _trim_tail(text, a.start, b.subject[0])
            elif a.start < b.cue_at < a.end and b.start >= b.cue_at and not a.direct:
                a.end = _trim_tail(text, a.start, b.cue_at)   # 'announced that A and said B'
    kept = [c for c in candidates if c.end > c.start]
    result = []
    for c in kept:
        overlaps = [o for o in kept if o is not c and o.start < c.end and c.start < o.end]
        if not c.direct and any(o.direct for o in overlaps):
            continue
        if any(o.direct == c.direct and (o.end - o.start) > (c.end - c.start) and o.start <= c.start and c.end <= o.end
               for o in overlaps):
            continue
        result.append(c)
    return sorted(result, key=lambda c: c.start)


def _trim_tail(text: str, start: int, end: int) -> int:
    """End a statement before a joining word ('and', 'as', 'while', 'but') and its punctuation."""
    head = text[start:end]
    trimmed = re.sub(r"(?:[\s,;—–-]|\b(?:and|as|while|but|whereas|though|although|even as)\b)+$", "", head)
    return start + len(trimmed)


def _inside(pos: int, quotes: list[Quote]) -> bool:
    return any(q.start <= pos < q.end for q in quotes)


OCCASIONS = re.compile(r"\b(interview|conference|briefing|call|statement|speech|meeting|talks|summit|rally|debate|"
                       r"hearing|visit|tweet|post|broadcast|address|session|event|ceremony|forum|programme|program|"
                       r"show|podcast|letter|email|message|appearance)\b", re.IGNORECASE)


def circumstances(cue, quotes: list[Quote]) -> tuple[str | None, str | None]:
    """(audience, occasion) of a statement, as the sentence gives them around its reporting verb:
    'told reporters' / 'said to the BBC'; 'at a press conference in Antalya', 'in a phone call
    with the mayor', 'during talks with ...'."""
    if cue is None:
        return None, None
    doc = cue.doc
    audience = occasion = None
    for child in cue.children:
        if _inside(child.idx, quotes):
            continue
        span = doc[child.left_edge.i:child.right_edge.i + 1]
        if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() in ("tell", "inform", "assure", "brief") \
                and len(span) <= 8:
            audience = audience or span.text
        elif child.dep_ == "prep" and child.lower_ == "to" and cue.lemma_.lower() in ("say", "speak", "write", "explain") \
                and len(span) <= 8:
            audience = audience or span.text[3:].strip()
        elif child.dep_ == "prep" and child.lower_ in ("in", "at", "during", "on", "after", "before", "while") \
                and len(span) <= 16 and OCCASIONS.search(span.text):
            occasion = occasion or span.text
    return audience, occasion


def _sentence_at(doc, offset: int):
    return next((s for s in doc.sents if s.start_char <= offset < s.end_char), None)


def _attribution_cue(doc, sent, quote: Quote, quotes: list[Quote]):
    """The reporting verb that attributes a quotation: right after its closing mark, in the
    sentence where the quotation ends ('"A. B. C," she said'); else before its opening mark
    ('She said: "A"'); else the nearest in its first sentence."""
    closing = _sentence_at(doc, min(quote.end, len(doc.text) - 1)) if quote.closed else None
    if closing is not None and closing.start_char != sent.start_char:
        after = [t for t in closing if t.idx >= quote.end and is_cue(t) and not _inside(t.idx, quotes)]
        if after:
            return after[0]
    found = _nearest_cue(sent, quote, quotes)
    if found is None and closing is not None and closing.end_char <= quote.end + 2:
        # '"... who knows?" Trump told reporters': the tagger ended the sentence inside the marks
        following = _sentence_at(doc, closing.end_char + 1) if closing.end_char + 1 < len(doc.text) else None
        if following is not None and following.start_char <= quote.end + 3:
            head = [t for t in following[:8] if is_cue(t) and not _inside(t.idx, quotes)]
            if head and not any(q.start > following.start_char and q.start < head[0].idx for q in quotes):
                return head[0]
    return found


def _nearest_cue(sent, quote: Quote, quotes: list[Quote]):
    cues = [t for t in sent if is_cue(t) and not _inside(t.idx, quotes)]
    if not cues:
        return None
    return min(cues, key=lambda t: min(abs(t.idx - quote.start), abs(t.idx - quote.end)))


def _according_to(sent, text: str, resolver: SpeakerResolver, paragraph: int, quote: Quote | None):
    match = ACCORDING.search(sent.text)
    if not match:
        return None, ""
    offset = sent.start_char + match.end()
    if quote is not None and _inside(offset, [quote]):
        return None, ""
    name = re.match(r"[^,.;:]+", text[offset:])
    if not name:
        return None, ""
    ref = resolver.resolve(name.group(0).strip(), paragraph, offset, offset + name.end())
    return (ref, "according to") if ref.mention else (None, "")


# Verbs whose object is the statement itself ("accused it of ...", "warned Jerusalem not to ..."):
# the statement starts with the verb.
OBJECT_STATEMENT = {"accuse", "warn", "urge", "call", "criticise", "criticize", "condemn", "deplore", "blame",
                    "pledge", "vow", "promise", "threaten", "deny", "cite", "describe", "dispute", "reject",
                    "praise", "dismiss"}


def _reported(sent, doc, text: str, quotes: list[Quote], used: set[int], resolver: SpeakerResolver,
              paragraph: int) -> list[Candidate]:
    """Reported speech in one sentence: 'X said (that) ...', '..., X said.', 'According to X, ...'."""
    found = []
    for tok in sent:
        if not is_cue(tok) or tok.idx in used or _inside(tok.idx, quotes):
            continue
        subj = subject_of(tok)
        if subj is None:
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        subj_span = doc[subj.left_edge.i:subj.right_edge.i + 1]
        if comp is not None and comp.i < tok.i:
            start, end = sent.start_char, subj_span.start_char          # "..., X said."
        elif comp is not None:
            start = doc[comp.left_edge.i].idx
            end = sent.end_char if tok.dep_ == "ROOT" or tok.head.dep_ == "ROOT" and tok.dep_ == "conj" \
                else comp.right_edge.idx + len(comp.right_edge.text)
        elif tok.lemma_.lower() in OBJECT_STATEMENT:
            start, end = tok.idx, sent.end_char
        else:
            continue
        end = _close_open_quote(text, start, _trim_attribution(text, start, end), quotes)
        start, end = statement_span(text, start, end)
        if subj_span.start_char <= start < subj_span.end_char or words(text[start:end]) < 3:
            continue
        speaker = resolver.resolve(subj_span.text, paragraph, subj_span.start_char, subj_span.end_char)
        found.append(Candidate(start, end, False, tok.text, tok.idx, (subj_span.start_char, subj_span.end_char),
                               speaker, *circumstances(tok, quotes)))
    if not found:
        match = re.match(r"\s*according to\s+([^,]+),\s*", sent.text, re.IGNORECASE)
        if match:
            offset = sent.start_char + match.start(1)
            ref = resolver.resolve(match.group(1), paragraph, offset, offset + len(match.group(1)))
            start, end = statement_span(text, sent.start_char + match.end(), sent.end_char)
            if ref.mention:
                found.append(Candidate(start, end, False, "according to", -1, (-1, -1), ref))
    return found


def _close_open_quote(text: str, start: int, end: int, quotes: list[Quote]) -> int:
    """A statement that opens a quotation ends after it, even where spaCy split the sentence inside."""
    for q in quotes:
        if start <= q.start - 1 < end < q.end:
            closing = q.end + 1 if q.end < len(text) else q.end
            tail = re.match(r"[^.!?]*[.!?]?", text[closing:])
            return closing + (tail.end() if tail and not text[closing:closing + 1].isalpha() else 0)
    return end


def _trim_attribution(text: str, start: int, end: int) -> int:
    """End of a statement before a trailing ', according to X.'"""
    match = re.search(r",\s*(?:according to|as reported by)\s+[^,.;]+[.!?]?\s*$", text[start:end], re.IGNORECASE)
    return start + match.start() if match else end
