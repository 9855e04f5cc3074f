"""Attribution: who said what in one article, verbatim.

Each statement is found with the parts a reader sees: the statement itself, its cue and the words
naming its source. Direct quotations come from their marks (``quotes.py``): the cue after the
closing mark ('"A. B," she said'), before the opening one ('She said: "A"'), in a paragraph ending
with a colon, a transcript's 'NAME:'; a quotation split by its attribution keeps its speaker.
Reported speech comes from a reporting verb (lexicon/speech.yml) and spaCy's parse: the verb's
subject names the source and its clausal complement (or object, for 'citing', 'accused') is the
statement. The words naming the source are then resolved to an actor through the article's
coreference (``speakers.py``); whom it was said to and the occasion are kept where the sentence
gives them. A statement is always a verbatim span of one paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, ClaimSource, SpeakerRef
from .actors import fold
from .quotes import CLOSING, OPENING, Quote, _inside
from .speakers import Coreference, SpeakerResolver, characterising_verbs, is_cue, reporting_verbs, speech, subject_of

ACCORDING = re.compile(r"\b(?:according to|as reported by|in the words of)\s+", re.IGNORECASE)


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


def find_claims(article: Article, docs: list, coref: Coreference,
                quotes_by_paragraph: list[list[Quote]]) -> list[tuple[SpeakerRef, ClaimSource, bool]]:
    """(speaker, source, direct) for each statement in the article, in reading order."""
    resolver = SpeakerResolver(coref)
    found: list[tuple[SpeakerRef, ClaimSource, bool]] = []
    carried: Quote | None = None  # a quotation left open at the end of the previous paragraph
    # paragraphs of a quotation over several paragraphs whose speaker is named only where it
    # closes ('"A.' / '"B.' / '"C," she said.'): (place in ``found``, paragraph, quotation)
    unattributed: list[tuple[int, object, Quote]] = []
    ended_by: Quote | None = None   # the attributed quotation the previous paragraph ended with
    for paragraph, doc, quotes in zip(article.body, docs, quotes_by_paragraph):
        text = paragraph.text
        turn = _transcript_turn(text, resolver, paragraph.index)
        if turn is not None:  # 'JANE OKAFOR: We will ...' (an interview's transcript)
            ref, start = turn
            statement = text[start:].strip()
            if words(statement) >= speech()["min_quote_words"]:
                found.append((ref, ClaimSource(article.id, paragraph.index, statement, ":", ref.text), True))
            # a turn goes on in a paragraph that is one quotation ('"NAME: A.' / '"B."')
            carried, ended_by = None, Quote(0, 0, True, ref, ":")
            continue
        last_quote: Quote | None = carried if quotes and quotes[0].start <= 1 else None
        if last_quote is None and len(quotes) == 1 and quotes[0].start <= 1 and quotes[0].closed \
                and not text[quotes[0].end + 1:].strip(" .,") and ended_by is not None:
            # a paragraph that is one quotation and nothing else, after a paragraph that ends with an
            # attributed quotation: its speaker goes on ('"A," Okafor said.' / '"B."')
            last_quote = ended_by
        if quotes and quotes[0].start <= 1:
            resolver.note_quotation(paragraph.index)
        for sent in doc.sents:
            candidates = _direct(sent, doc, text, quotes, resolver, paragraph.index, last_quote)
            if candidates:
                last_quote = next((q for q in reversed(quotes) if q.speaker and q.start - 1 < sent.end_char), last_quote)
            candidates += _reported(sent, doc, text, quotes, {c.cue_at for c in candidates}, resolver, paragraph.index)
            candidates += _characterising(sent, doc, text, quotes, candidates, resolver, paragraph.index)
            for c in _settle(candidates, text):
                statement = text[c.start:c.end].strip()
                if c.speaker is None or words(statement) < 3:
                    continue
                direct = c.direct or (statement[:1] in OPENING and statement.rstrip(".,")[-1:] in CLOSING)
                found.append((c.speaker, ClaimSource(article.id, paragraph.index, statement, c.cue,
                                                     c.speaker.text, c.audience, c.occasion), direct))
            resolver.note_subjects(sent, paragraph.index)
        opening = quotes[0] if quotes and quotes[0].start <= 1 else None
        if unattributed and opening is not None and opening.speaker is not None:
            for place, earlier, q in reversed(unattributed):
                start, end = statement_span(earlier.text, q.start, q.end)
                found.insert(place, (opening.speaker, ClaimSource(article.id, earlier.index, earlier.text[start:end],
                                                                  opening.cue, opening.speaker.text), True))
        if opening is None or opening.speaker is not None:
            unattributed = []
        if quotes and not quotes[-1].closed and quotes[-1].speaker is None and \
                words(text[quotes[-1].start:quotes[-1].end]) >= speech()["min_quote_words"]:
            unattributed.append((len(found), paragraph, quotes[-1]))
        last = quotes[-1] if quotes else None
        ended_by = last if last is not None and last.closed and last.speaker is not None and last.speaker.mention \
            and _only_attribution(text[last.end + 1:]) and _one_sentence(text[last.end + 1:]) else None
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
                    q.cue, q.cue_at = cue_tok.text, cue_tok.idx
        if q.speaker is None:
            q.speaker, q.cue = _according_to(sent, text, resolver, paragraph, q)
        if q.speaker is None:
            q.speaker, q.cue = _before_colon(text, sent.start_char, q, resolver, paragraph)
        # the last part of this quotation that has a speaker (a quoted title in between has none)
        previous = next((p for p in reversed(quotes[:n]) if p.speaker is not None), None)
        between = text[previous.end:q.start - 1] if previous is not None else text[sent.start_char:q.start - 1]
        previous = previous or last_quote
        if q.speaker is None and previous is not None and previous.speaker is not None and (
                _only_attribution(between) or _attribution_sentence(text, previous, q)):
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


def _attribution_sentence(text: str, previous: Quote, q: Quote) -> bool:
    """'"A," she told the packed hall, where a crowd of 1,200 watched on a screen. "B."': between
    two parts of one quotation stands only the sentence that attributes the first, however long
    (its cue after the first part's closing mark, no other sentence after it)."""
    if not previous.end <= previous.cue_at < q.start:
        return False
    return words(text[previous.end:q.start - 1]) <= 45 and _one_sentence(text[previous.cue_at:q.start - 1])


def _one_sentence(text: str) -> bool:
    """No sentence ends inside ``text`` but, perhaps, at its end."""
    return not re.search(r"[.!?][\"”’]?\s+\S", text.strip(" \"“”'’"))


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
    """One statement per stretch of text: a nested attribution is cut out of the outer statement
    (one that opens it, 'said Okafor had told the mayor that X', is kept beside it: both speak),
    conjoined statements ('announced that A and said B') are split, and a direct quotation wins
    over the reported statement around it."""
    nested: set[int] = set()
    for a in candidates:
        for b in candidates:
            if a is b or b.subject[0] < 0 or b.speaker is None or b.speaker.mention is None:
                continue   # 'said it would be unfair to deny him ...': an 'it' that is no one cuts nothing
            if a.start <= b.subject[0] < a.end:
                if b.subject[0] <= a.start + 1:
                    # 'Lorvania said Okafor had told the mayor that ...': both speak, the outer
                    # of what it reports the inner said
                    nested.add(id(b))
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
        if id(c) not in nested and any(o.direct == c.direct and (o.end - o.start) > (c.end - c.start)
                                       and o.start <= c.start and c.end <= o.end for o in overlaps):
            continue
        result.append(c)
    return sorted(result, key=lambda c: c.start)


def _trim_tail(text: str, start: int, end: int) -> int:
    """End a statement before a joining word ('and', 'as', 'while', 'but') and its punctuation."""
    head = text[start:end]
    trimmed = re.sub(r"(?:[\s,;—–-]|\b(?:and|as|while|but|whereas|though|although|even as)\b)+$", "", head)
    return start + len(trimmed)


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
        # '"... who knows?" Kovac told reporters': the tagger ended the sentence inside the marks
        following = _sentence_at(doc, closing.end_char + 1) if closing.end_char + 1 < len(doc.text) else None
        if following is not None and following.start_char <= quote.end + 3:
            head = [t for t in following[:20] if is_cue(t) and not _inside(t.idx, quotes)]
            # a nickname in marks may stand in the speaker's name ('Del. Marcia "Cia" Price')
            if head and not any(following.start_char < q.start < head[0].idx and words(doc.text[q.start:q.end]) > 2
                                for q in quotes):
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
        if comp is None and tok.dep_ in ("conj", "parataxis") and tok.head.i < subj.i < tok.i \
                and subj_span.start - 1 > sent.start and doc[subj_span.start - 1].text == "," \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children):
            # 'Damage was recorded in 50 places, the emergency service said.': the clause before is
            # what was said, though the parser joined the two verbs
            comp = tok.head
        if comp is not None and comp.i < tok.i:
            start, end = sent.start_char, min(subj_span.start_char, tok.idx)   # "..., X said." / "..., said X."
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
        if any(q.speaker is not None and q.start - 1 <= start and end <= q.end + 2
               and words(text[q.start:q.end]) >= speech()["min_quote_words"] for q in quotes):
            # the end of a quotation whose first sentence already gave it its speaker
            continue
        speaker = resolver.resolve(subj_span.text, paragraph, subj_span.start_char, subj_span.end_char, subj)
        found.append(Candidate(start, end, False, tok.text, tok.idx, (subj_span.start_char, subj_span.end_char),
                               speaker, *circumstances(tok, quotes)))
        for q in quotes if speaker.mention is not None else ():
            if q.speaker is None and start <= q.start - 1 and q.end <= end + 1:
                # 'The plan is "a mistake," said Okafor. "We will fight it."': the quoted words of a
                # reported statement are its speaker's, and so is the quotation that continues them
                q.speaker, q.cue, q.cue_at = speaker, tok.text, tok.idx
    if not found:
        match = re.match(r"\s*according to\s+([^,]+),\s*", sent.text, re.IGNORECASE)
        trailing = re.search(r",\s*according to\s+([^,;]+?)\s*[.!?]?[\"”’]?\s*$", sent.text, re.IGNORECASE)
        if match:
            offset = sent.start_char + match.start(1)
            ref = resolver.resolve(match.group(1), paragraph, offset, offset + len(match.group(1)))
            start, end = statement_span(text, sent.start_char + match.end(), sent.end_char)
            if ref.mention:
                found.append(Candidate(start, end, False, "according to", -1, (-1, -1), ref))
        elif trailing and not _inside(sent.start_char + trailing.start(), quotes):
            # 'The attack included 600 drones, according to the air force.'
            offset = sent.start_char + trailing.start(1)
            source = doc.char_span(offset, offset + len(trailing.group(1)), alignment_mode="expand")
            ref = resolver.resolve(trailing.group(1), paragraph, offset, offset + len(trailing.group(1)),
                                   source.root if source is not None else None)
            start, end = statement_span(text, sent.start_char, sent.start_char + trailing.start())
            if ref.mention and words(text[start:end]) >= 3:
                found.append(Candidate(start, end, False, "according to", -1, (offset, offset + len(trailing.group(1))), ref))
    return found


# How a quoted phrase may hang from the verb that characterises with it: as its object, its object's
# complement or in a prepositional phrase ('called him a "talented guy"', 'credited her for "an
# inspiring campaign"', 'went after him as a "spoiled brat"'); not as an adjective or adverb (scare
# quotes: 'a "smart" fridge', '"temporarily" closed').
CHARACTERISING_PATH = {"dobj", "oprd", "pobj", "prep", "attr", "dative", "appos", "conj", "npadvmod", "ccomp",
                       "xcomp", "pcomp"}


def _characterising(sent, doc, text: str, quotes: list[Quote], candidates: list[Candidate],
                    resolver: SpeakerResolver, paragraph: int) -> list[Candidate]:
    """A quoted phrase of someone's words inside the clause of what they did: 'Okafor called the
    protester "a very obnoxious guy"', 'branded the plan an "outlaw scheme"'. The statement is the
    clause from its verb (a reporting verb or one that characterises, lexicon speech.yml),
    verbatim; the speaker is the verb's subject, a named actor. A quoted title ("The Long Road"),
    a 'so-called' phrase, or one quoted word other than what someone was called ('as the
    "mastermind"') is not counted."""
    found = []
    for q in quotes:
        if not (sent.start_char < q.start - 1 and q.end < sent.end_char) or q.speaker is not None \
                or any(c.start <= q.start - 1 < c.end + 1 for c in candidates + found):
            continue
        quoted = text[q.start:q.end]
        if _title(quoted) or re.search(r"\bso-called\s*$", text[:q.start - 1], re.IGNORECASE) \
                or words(quoted) < 2 and not re.search(
                r"\bas(?:\s+(?:a|an|the))?\s*$", text[:q.start - 1], re.IGNORECASE):
            continue   # one quoted word counts only as what someone was called ('described him as "reckless"')
        inside = [t for t in sent if q.start <= t.idx < q.end and t.pos_ != "PUNCT"]
        heads = [t for t in inside if not q.start <= t.head.idx < q.end or t.head.i == t.i]
        if not heads:
            continue
        verb, ref, subj_span = heads[0], None, None
        while verb.head.i != verb.i and verb.dep_ in CHARACTERISING_PATH:
            verb = verb.head
            if verb.pos_ != "VERB":
                continue
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                break   # 'what has been called "the agency model"': by someone the sentence does not name
            # only a verb that reports or characterises makes the marks someone's words ('visited the
            # "safe zone"' does not); past another verb or one whose subject is no actor ('worried
            # that the safety net was becoming "a hammock"'), to the clause it stands in
            if verb.lemma_.lower() in characterising_verbs() or verb.lemma_.lower() in reporting_verbs():
                ref, subj_span = _actor_subject(verb, doc, quotes, resolver, paragraph)
            if ref is not None or verb.dep_ != "ccomp":
                break
        if ref is None or _inside(verb.idx, quotes) or not verb.idx < q.start:
            continue
        clause = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("conj", "cc", "punct", "advcl", "relcl")]
        end = max((c.right_edge.idx + len(c.right_edge.text) for c in clause), default=q.end)
        end = _close_open_quote(text, verb.idx, max(end, q.end), quotes)
        if end == q.end and q.end < len(text) and text[q.end] in CLOSING:
            end += 1
        start, end = statement_span(text, verb.idx, end)
        found.append(Candidate(start, end, False, verb.text, verb.idx, (subj_span.start_char, subj_span.end_char),
                               ref, *circumstances(verb, quotes)))
    return found


MINOR_WORDS = {"a", "an", "the", "of", "with", "in", "on", "and", "for", "to", "at", "by", "from", "or", "vs"}


def _title(quoted: str) -> bool:
    """A title or a name in marks ('"This Week with Jane Okafor"'): every word but the small ones capitalised."""
    capitalised = [w[0].isupper() for w in re.findall(r"[^\W\d_][\w'’-]*", quoted) if w.lower() not in MINOR_WORDS]
    return bool(capitalised) and all(capitalised)


def _actor_subject(verb, doc, quotes: list[Quote], resolver: SpeakerResolver, paragraph: int):
    """(speaker, words naming it) of a verb whose subject is a named person, organisation or
    country; (None, None) otherwise."""
    subj = subject_of(verb)
    if subj is None or _inside(subj.idx, quotes):
        return None, None
    if subj.pos_ not in ("PRON", "PROPN") and not any(m.start <= subj.idx < m.end for m in resolver.coref.by_paragraph.get(paragraph, ())):
        return None, None   # 'Washington's reaction is to ...': the subject is no actor, only its possessor is
    span = doc[subj.left_edge.i:subj.right_edge.i + 1]
    ref = resolver.resolve(span.text, paragraph, span.start_char, span.end_char, subj)
    if ref.mention is None or ref.mention.label not in ("person", "organization", "country"):
        return None, None
    return ref, span


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
