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
from dataclasses import dataclass

from .. import lexicon
from ..model import Article, ClaimSource, Mention, SpeakerRef
from .actors import fold

PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"', "‹": "›"}
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
            close = PAIRS[ch]
            j = i + 1
            while j < len(text):
                if text[j] == close and (close != "’" or _closes_single(text, j)):
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


class SpeakerResolver:
    """Resolves the words naming a speaker to a mention of this article (in reading order)."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self.last_subject: Mention | None = None

    def in_span(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.paragraph == paragraph and start <= m.start and m.end <= end]

    def before(self, paragraph: int, offset: int, label: str | None = None) -> Mention | None:
        found = [m for m in self.mentions if (m.paragraph, m.start) < (paragraph, offset)
                 and (label is None or m.label == label)]
        return found[-1] if found else None

    def resolve(self, words_: str, paragraph: int, start: int, end: int) -> SpeakerRef:
        named = self.in_span(paragraph, start, end)
        if named:
            person = next((m for m in named if m.label == "person"), named[0])
            if person.label == "person":
                self.last_subject = person
            return SpeakerRef(words_, person)
        low = fold(words_)
        if low in speech()["pronouns"]["person"]:
            return SpeakerRef(words_, self.last_subject or self.before(paragraph, start, "person"))
        head = low.split()[-1] if low else ""
        if low.startswith("the ") and head in speech()["role_heads"]:
            return SpeakerRef(words_, self._by_role(low, paragraph, start))
        if low in ("the country", "the government"):
            return SpeakerRef(words_, self.before(paragraph, start, "country"))
        return SpeakerRef(words_, None)

    def _by_role(self, description: str, paragraph: int, offset: int) -> Mention | None:
        """'the Russian leader': the latest person before whose role shares the description's words."""
        wanted = set(description.split()[1:])
        earlier = [m for m in self.mentions if m.label == "person" and (m.paragraph, m.start) < (paragraph, offset)]
        roles: dict[str, set[str]] = {}
        for m in earlier:
            if m.role:
                roles.setdefault(m.text, set()).update(fold(m.role).replace("’s", "").split())
        for m in reversed(earlier):
            role = roles.get(m.text) or (set(fold(m.role).split()) if m.role else set())
            if role and (wanted - {"leader"}) <= role | {"leader"} and (wanted & role or "leader" in wanted):
                return m
        return None

    def note_subjects(self, sent, paragraph: int) -> None:
        """Remember the person a sentence is about, for 'he' and 'she' in the sentences after it."""
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
                span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
                people = [m for m in self.in_span(paragraph, span.start_char, span.end_char) if m.label == "person"]
                if people:
                    self.last_subject = people[0]
                return


def subject_of(verb):
    """The subject of a verb, following 'and' back to a reporting verb that has one."""
    for _ in range(5):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.head.i == verb.i:
            return None
        if verb.dep_ == "conj" and is_cue(verb.head) or verb.dep_ in ("xcomp", "advcl"):
            verb = verb.head
            continue
        return None
    return None


def is_cue(tok) -> bool:
    """A reporting verb, in the active voice and not negated ('has not commented')."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in speech()["reporting_verbs"]:
        return False
    if any(c.dep_ in ("neg", "nsubjpass", "auxpass") or c.lower_ in ("nor", "never") for c in tok.children):
        return False
    if tok.lemma_.lower() == "call":
        # "called for a ceasefire", "called the onslaught a 'massacre'"; not a phone call
        return any(c.dep_ == "prep" and c.text.lower() == "for" for c in tok.children) or \
            any(c.dep_ in ("oprd", "ccomp") for c in tok.children)
    return True


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
                                                     c.speaker.text), direct))
            resolver.note_subjects(sent, paragraph.index)
        carried = quotes[-1] if quotes and not quotes[-1].closed and quotes[-1].speaker else None
    return found


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
    """A quoted phrase inside a clause ('toward "ending the ..."', 'called it a "massacre"')."""
    before = text[:q.start - 1].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "’'") and not before.endswith(("said", "says"))


def _direct(sent, doc, text: str, quotes: list[Quote], resolver: "SpeakerResolver", paragraph: int,
            last_quote: Quote | None) -> list[Candidate]:
    found = []
    for q in quotes:
        if not (sent.start_char <= q.start - 1 < sent.end_char or (q.start <= 1 and sent.start_char == 0)):
            continue
        if words(text[q.start:q.end]) < speech()["min_quote_words"] or _embedded(text, q):
            continue
        cue_tok = _nearest_cue(sent, q, quotes)
        subject = (-1, -1)
        if cue_tok is not None:
            subj = subject_of(cue_tok)
            if subj is not None:
                span = doc[subj.left_edge.i:subj.right_edge.i + 1]
                subject = (span.start_char, span.end_char)
                q.speaker = resolver.resolve(span.text, paragraph, span.start_char, span.end_char)
                q.cue = cue_tok.text
        if q.speaker is None:
            q.speaker, q.cue = _according_to(sent, text, resolver, paragraph, q)
        if q.speaker is None and last_quote is not None and last_quote.speaker is not None \
                and text[sent.start_char:q.start - 1].strip() == "":
            # a quotation split by its attribution, or continued from the paragraph before
            q.speaker, q.cue = last_quote.speaker, last_quote.cue
        if q.speaker is None:
            continue
        start, end = statement_span(text, q.start, q.end)
        found.append(Candidate(start, end, True, q.cue, cue_tok.idx if cue_tok is not None else -1, subject, q.speaker))
    return found


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
                    "pledge", "vow", "promise", "threaten", "deny"}


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
                               speaker))
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
    match = re.search(r",?\s*(?:according to|as reported by)\s+[^,.;]+[.!?]?\s*$", text[start:end], re.IGNORECASE)
    return start + match.start() if match else end
