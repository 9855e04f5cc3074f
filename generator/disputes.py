"""Where sources disagree: pairs of statements that cannot both be true.

Precision before recall: a pair is flagged only when both sides are about the same thing by
evidence in the text, never on wording alone.

- numbers differ: the same count ("were killed") of the same kind of people, in sentences that
  share a named actor and the happening's word, published within FIGURE_DAYS of each other (a toll
  reported days apart is more often a toll that grew), with numbers apart by more than 5% but within a factor of 3 (further apart in time or size, they
  are about different incidents);
- different key entity: the same speaker compares the same thing to two different named targets,
  in sentences sharing a content word;
- negated and affirmed: the same actor is reported to have done and not done the same thing to
  the same object, or not to have called / met someone with whom an event records a call or meeting
  (with a note when the dates show the negative report may simply be older);
- figures differ / moved both ways: the same measure of the same owner in the same unit (an offer's
  value, a share price's move), of the same moment ('the original offer', 'on Monday', published
  within days), given as different values beyond what rounding or a stated approximation allows, or
  as a rise in one source and a fall in another;
- quoted differently: one speaker's words quoted in two articles that agree on most words and differ
  in some (a misquotation, or two versions of one statement);
- denied: a denial and the earlier statement it answers ('Fabrikam disputed that claim').

Bounded: one pair per conflict (the same thing disputed by many sources is one pair, its first two),
at most MAX_PER_ARTICLE pairs naming any one article and MAX_PAIRS in all, with a warning when a
ceiling is reached.
"""
from __future__ import annotations

import difflib
import functools
import itertools
import re

from . import lexicon
from .dates import days_apart
from .extract.actors import fold
from .model import ArticleAnalysis, Contradiction, Corpus, Fact

GENERIC_COUNTED = {"people", "person", "civilian", "resident", "victim"}
EVENT_OF_VERB = {"call": "call", "phone": "call", "contact": "call", "reach": "call", "meet": "meeting",
                 "visit": "meeting"}


def _pairs(facts: list[Fact], keys, dates: dict[str, str | None] | None = None, within: int = 0):
    """Pairs of facts that can disagree: the same verb and a shared key (``keys(fact)``: the
    actors it names), and, when ``dates`` is given, published within ``within`` days of each other
    (or undated). Found through buckets, so the work grows with the pairs, not the facts squared;
    yielded in the facts' order."""
    by_verb: dict[str, list[Fact]] = {}
    for fact in facts:
        by_verb.setdefault(fact.verb, []).append(fact)
    for group in by_verb.values():
        buckets: dict[str, list[int]] = {}
        for i, fact in enumerate(group):
            for key in keys(fact):
                buckets.setdefault(key, []).append(i)
        found: set[tuple[int, int]] = set()
        for members in buckets.values():
            found.update(_near_in_time(members, group, dates, within) if dates is not None
                         else itertools.combinations(members, 2))
        for i, j in sorted(found):
            yield group[i], group[j]


def _near_in_time(members: list[int], group: list[Fact], dates: dict[str, str | None], within: int):
    """Index pairs (i < j) of ``members`` published within ``within`` days, or either undated."""
    import datetime as dt

    day = {i: dt.date.fromisoformat(dates[group[i].article]).toordinal() for i in members if dates[group[i].article]}
    undated = [i for i in members if i not in day]
    for i in undated:
        for j in members:
            if i != j:
                yield min(i, j), max(i, j)
    dated = sorted(day, key=day.get)
    for n, i in enumerate(dated):
        for m in range(n + 1, len(dated)):
            j = dated[m]
            if day[j] - day[i] > within:
                break
            yield min(i, j), max(i, j)


def _actors(fact: Fact, owner: dict[int, str]) -> set[str]:
    return {owner[id(m)] for m in fact.subject if id(m) in owner}


def _numbers_differ(a: Fact, b: Fact) -> bool:
    if a.verb != b.verb or not a.number or not b.number:
        return False
    if a.counted != b.counted and not ({a.counted, b.counted} & GENERIC_COUNTED or
                                       {a.counted.rstrip("s"), b.counted.rstrip("s")} & GENERIC_COUNTED):
        return False
    low, high = sorted((a.number, b.number))
    if high / low <= 1.05 or high / low > 3 or high < 10:
        return False
    return len(set(a.context) & set(b.context)) >= 3  # a name, the happening's word, the verb


# Quotations of one speaker published further apart than this may be two statements, not two versions of one.
SAME_TIME_DAYS = 10
# Figures of one moment: published at most this many days apart (a move of the same day is reported
# the same day or the next; a deal's value stays the same value over a few days).
FIGURE_DAYS = 3
# Two plain figures within this share of each other are the same figure rounded (31.5% and 32%).
ROUNDING = 0.02
# A figure stated as approximate ('about $2.6 billion') allows this much either way.
APPROXIMATE = 0.05
# Figures further apart than this factor are about different things, not a disagreement.
MAX_FIGURE_RATIO = 2.0
# Two quotations of one speaker are versions of one statement when this share of the shorter one's
# words stand in the same order in the longer one.
SAME_QUOTE = 0.6
# Nearly the same words given to two different speakers: a stricter share.
SAME_QUOTE_OTHER_SPEAKER = 0.8
MIN_QUOTE_WORDS = 5
# A word triple shared by more quotations than this is a formula many use, not a sign that two
# quotations are one statement.
MAX_SHINGLE_BUCKET = 50
# Ceilings: one article, however long, names at most MAX_PER_ARTICLE pairs; a corpus at most
# MAX_PAIRS (the Disputed page is for reading, research.json grows with the corpus, not its square).
MAX_PER_ARTICLE = 20
MAX_PAIRS = 2000


def _tolerance(fact: Fact) -> float:
    return APPROXIMATE if fact.bound == "approx" else ROUNDING


def _values_differ(a: Fact, b: Fact) -> bool:
    """Whether two values of one measure cannot both be right, given bounds, approximation and rounding."""
    low, high = sorted((a.number, b.number))
    if low <= 0 or high / low > MAX_FIGURE_RATIO:
        return False
    for bound, other in ((a, b), (b, a)):
        if bound.bound in ("min", "max"):
            if other.bound in ("min", "max"):
                return False
            slack = _tolerance(other)
            return other.number < bound.number * (1 - slack) if bound.bound == "min" else \
                other.number > bound.number * (1 + slack)
    return (high - low) / high > max(_tolerance(a), _tolerance(b))


def figure_conflict(a: Fact, b: Fact) -> str | None:
    """'moved both ways', 'figures differ' or None, for two figures already known to share an owner."""
    if a.measure != b.measure or a.unit != b.unit or (a.when and b.when and a.when != b.when):
        return None
    if a.direction or b.direction:
        if a.direction and b.direction and a.direction != b.direction:
            return "moved both ways"
        if a.direction != b.direction:
            return None  # one gives a move, the other a level
    elif a.qualifier != b.qualifier:
        return None
    if a.number is None or b.number is None:
        return None
    return "figures differ" if _values_differ(a, b) else None


@functools.cache
def _contractions() -> list[tuple[str, str]]:
    return sorted(lexicon.load("disputes")["contractions"].items(), key=lambda kv: -len(kv[0]))


def quote_words(text: str) -> list[str]:
    """A quotation's words for comparing versions: lower case, contractions expanded, no punctuation."""
    text = text.lower().replace("’", "'")
    for short, full in _contractions():
        text = text.replace(short, full)
    return re.findall(r"[\w$%]+", text)


def quotes_differ(a: str, b: str, alike: float = 0.6) -> list[tuple[str, str]]:
    """The words two versions of one quotation have differently ([('ordering', 'issuing'), ...]), when
    most words of the shorter stand in order in the longer and some differ inside the shared part;
    [] when one is a plain excerpt of the other or they are different statements."""
    wa, wb = quote_words(a), quote_words(b)
    if min(len(wa), len(wb)) < MIN_QUOTE_WORDS or wa == wb:
        return []
    matcher = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks or sum(m.size for m in blocks) < alike * min(len(wa), len(wb)):
        return []
    first_a, last_a = blocks[0].a, blocks[-1].a + blocks[-1].size
    first_b, last_b = blocks[0].b, blocks[-1].b + blocks[-1].size
    changes = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        inside = first_a <= i1 and i2 <= last_a and first_b <= j1 and j2 <= last_b
        # words replaced where both versions start or end ('This is' / 'It is') count; words one
        # version has beyond where the other stops make it an excerpt, not a different version
        if inside or (op == "replace" and max(i2 - i1, j2 - j1) <= 3):
            changes.append((" ".join(wa[i1:i2]), " ".join(wb[j1:j2])))
    return changes


def _mark_words(text: str, words: list[str]) -> str:
    """The stretch of ``text`` holding the first of ``words`` (to mark on the page)."""
    for word in words:
        for token in word.split():
            found = re.search(rf"\b{re.escape(token)}\b", text, re.IGNORECASE)
            if found:
                return found.group(0)
    return ""


def find_contradictions(corpus: Corpus, analyses: list[ArticleAnalysis], owner: dict[int, str]) -> list[Contradiction]:
    facts = [f for a in analyses for f in a.facts]
    names = {a.id: a.name for a in corpus.actors}
    by_name = {fold(a.name): a.id for a in corpus.actors}
    for a in corpus.actors:
        for alias in a.aliases:
            by_name.setdefault(fold(alias), a.id)
    dates = {a.id: a.published for a in corpus.articles}
    places = {a.id for a in corpus.actors if a.type in ("place", "country")}
    found: list[Contradiction] = []

    def named(fact: Fact) -> set[str]:
        return {by_name[n] for n in fact.context if n in by_name}

    def acting(fact: Fact) -> set[str]:
        return _actors(fact, owner)

    counted_conflicts: set = set()
    # a toll reported days apart is more often a toll that grew than a dispute
    for a, b in _pairs([f for f in facts if f.kind == "count"], named, dates, within=FIGURE_DAYS):
        shared = {by_name[n] for n in set(a.context) & set(b.context) if n in by_name}
        # two counts in one article are two incidents or a toll that grew, not two sources disagreeing
        places_a, places_b = set(a.objects) | (named(a) & places), set(b.objects) | (named(b) & places)
        places_a |= {by_name[p] for p in a.objects if p in by_name}
        places_b |= {by_name[p] for p in b.objects if p in by_name}
        if places_a and places_b and not places_a & places_b:
            continue  # counts of what happened in two different places are two incidents
        if a.article != b.article and shared and _numbers_differ(a, b):
            conflict = (a.verb, a.counted, frozenset(shared))  # one pair per conflict, however many sources
            if conflict in counted_conflicts:
                continue
            counted_conflicts.add(conflict)
            found.append(Contradiction("numbers differ", f"How many {a.counted} were reported ({a.verb}): "
                                       f"{a.number:,.0f} or {b.number:,.0f}", a, b, actors=sorted(shared)))
    for a, b in _pairs([f for f in facts if f.kind == "comparison"], acting):
        who = _actors(a, owner) & _actors(b, owner)
        shared = set(a.context) & set(b.context) - {a.target, b.target, *(fold(names[w]) for w in who), "compare"}
        if who and a.target != b.target and a.target not in b.objects and b.target not in a.objects and shared:
            speaker = names[sorted(who)[0]]
            found.append(Contradiction("different key entity", f"What {speaker} compared it to: "
                                       f"{a.target.title()} or {b.target.title()}", a, b, actors=sorted(who)))
    polar = [f for f in facts if f.kind == "polar"]
    for a, b in _pairs(polar, acting):
        if a.negated == b.negated or a.verb != b.verb:
            continue
        who = _actors(a, owner) & _actors(b, owner)
        what = set(a.objects) & set(b.objects)
        if who and what:
            yes, no = (b, a) if a.negated else (a, b)
            subject = names[sorted(who)[0]]
            where = "the same article says both" if a.article == b.article else None
            found.append(Contradiction("negated and affirmed", f"Whether {subject} did “{a.verb}” {sorted(what)[-1]}",
                                       no, yes, note=where, actors=sorted(who)))
    events_of: dict[tuple[str, str], list[int]] = {}  # (kind, actor) -> events, in corpus order
    for n, event in enumerate(corpus.events):
        for actor in event.actors:
            events_of.setdefault((event.kind, actor), []).append(n)
    for fact in polar:
        kind = EVENT_OF_VERB.get(fact.verb)
        if not fact.negated or kind is None:
            continue
        who = _actors(fact, owner)
        whom = {by_name[o] for o in fact.objects if o in by_name}
        candidates = sorted({n for actor in who for n in events_of.get((kind, actor), [])})
        for event in (corpus.events[n] for n in candidates):
            if not (whom & set(event.actors)):
                continue
            source = next(s for s in event.sources)
            yes = Fact("event", source.article, source.paragraph, source.sentence, kind)
            article = corpus.article(fact.article)
            note = None
            if event.date and (article.published is None or article.published < event.date):
                when = f"published {article.published}" if article.published else "undated"
                note = (f"the report that it did not happen is {when}; the {event.kind} is dated {event.date}: "
                        f"the earlier report may simply be older")
            subject, other = names[sorted(who)[0]], names[sorted(whom)[0]]
            found.append(Contradiction("negated and affirmed", f"Whether {subject} had a {event.kind} with {other}",
                                       fact, yes, note=note, actors=sorted(who) + sorted(whom - who)))  # who first: the pair is about them
    found += _figure_pairs([f for f in facts if f.kind == "figure"], names, owner, dates)
    found += _quotation_pairs(corpus, names, dates)
    found += _denial_pairs([f for f in facts if f.kind == "denial"], names, owner)
    found = _bounded(found, corpus)
    _link_claims(found, corpus)
    return found


def _figure_pairs(figures: list[Fact], names: dict[str, str], owner: dict[int, str],
                  dates: dict[str, str | None]) -> list[Contradiction]:
    """Figures of one measure of one owner that cannot both be right; one pair per conflict."""
    buckets: dict[tuple, list[Fact]] = {}
    for fact in figures:
        for actor in sorted(_actors(fact, owner)):
            buckets.setdefault((fact.measure, fact.unit, actor), []).append(fact)
    found, seen = [], set()
    for (measure, unit, actor), group in buckets.items():
        for a, b in itertools.combinations(group, 2):
            if a.article == b.article or days_apart(dates.get(a.article), dates.get(b.article)) > FIGURE_DAYS:
                continue
            kind = figure_conflict(a, b)
            conflict = (measure, unit, actor, a.qualifier, kind)
            if kind is None or conflict in seen:
                continue
            seen.add(conflict)
            what = f"{measure[0].upper()}{measure[1:]} of {names[actor]}"
            if a.qualifier == "earlier":
                what = f"Earlier {measure} of {names[actor]}"
            found.append(Contradiction(kind, f"{what}: “{a.mark}” or “{b.mark}”", a, b, actors=[actor]))
    return found


def _quotation_pairs(corpus: Corpus, names: dict[str, str], dates: dict[str, str | None]) -> list[Contradiction]:
    """Words quoted in two articles that agree on most words and differ in some: one speaker quoted two
    ways, or nearly the same words given to two speakers (a spokesman and his agency). Candidates
    share at least two rare word triples."""
    items: list[tuple] = []
    for claim in corpus.claims:
        if claim.direct and claim.speaker:
            for source in claim.sources:
                items.append((source, claim.speaker))
    shingles: dict[tuple, list[int]] = {}
    for n, (source, _) in enumerate(items):
        words = quote_words(source.text)
        for key in {tuple(words[i:i + 3]) for i in range(len(words) - 2)}:
            shingles.setdefault(key, []).append(n)
    candidates: dict[tuple[int, int], int] = {}
    for members in shingles.values():
        if len(members) > MAX_SHINGLE_BUCKET:
            continue  # a formula many quotations use tells nothing about which are one statement
        for i, j in itertools.combinations(members, 2):
            candidates[(i, j)] = candidates.get((i, j), 0) + 1
    found, seen = [], set()
    for (i, j), shared in sorted(candidates.items()):
        (sa, speaker_a), (sb, speaker_b) = items[i], items[j]
        if shared < 2 or sa.article == sb.article or (sa.article, sb.article, speaker_a, speaker_b) in seen:
            continue
        if days_apart(dates.get(sa.article), dates.get(sb.article)) > SAME_TIME_DAYS:
            continue
        alike = SAME_QUOTE if speaker_a == speaker_b else SAME_QUOTE_OTHER_SPEAKER
        changes = quotes_differ(sa.text, sb.text, alike)
        # differences only of numbers and names are facts stated differently (the figure rules'
        # business) or a formula said of another place, not one statement quoted two ways
        if not changes or all(_only_numbers_and_names(x, sa.text) and _only_numbers_and_names(y, sb.text)
                              for x, y in changes):
            continue
        seen.add((sa.article, sb.article, speaker_a, speaker_b))
        a = Fact("quotation", sa.article, sa.paragraph, sa.text, "say", mark=_mark_words(sa.text, [changes[0][0]]))
        b = Fact("quotation", sb.article, sb.paragraph, sb.text, "say", mark=_mark_words(sb.text, [changes[0][1]]))
        what = "; ".join(f"“{x or '…'}” / “{y or '…'}”" for x, y in changes[:3])
        if speaker_a == speaker_b:
            about = f"{names.get(speaker_a, speaker_a)}'s words, as quoted: {what}"
        else:
            about = (f"Words quoted from {names.get(speaker_a, speaker_a)} and from "
                     f"{names.get(speaker_b, speaker_b)}: {what}")
        found.append(Contradiction("quoted differently", about, a, b, actors=[speaker_a] + ([speaker_b] if speaker_b != speaker_a else []),
                                   a_who=speaker_a, b_who=speaker_b))
    return found


def _only_numbers_and_names(words: str, text: str) -> bool:
    for word in words.split():
        if re.fullmatch(r"[\d.,$%]+", word):
            continue
        found = re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
        if found and found.group(0)[:1].isupper() and found.start() > 0:
            continue
        return False
    return True


def _denial_pairs(denials: list[Fact], names: dict[str, str], owner: dict[int, str]) -> list[Contradiction]:
    found = []
    for denial in denials:
        stated = denial.answers
        who = sorted(_actors(denial, owner))
        said_by = sorted(_actors(stated, owner))
        denier = names[who[0]] if who else (denial.subject[0].text if denial.subject else denial.target)
        speaker = names[said_by[0]] if said_by else (stated.subject[0].text if stated.subject
                                                      else stated.target or "an earlier statement")
        found.append(Contradiction("denied", f"{denier} {denial.mark} what {speaker} said", stated, denial,
                                   actors=who + [a for a in said_by if a not in who],
                                   a_who=said_by[0] if said_by else (stated.subject[0].text if stated.subject
                                                                     else stated.target),
                                   b_who=who[0] if who else (denial.subject[0].text if denial.subject else denial.target)))
    return found


def _bounded(found: list[Contradiction], corpus: Corpus) -> list[Contradiction]:
    """At most MAX_PER_ARTICLE pairs naming any one article and MAX_PAIRS in all, warning when cut."""
    per_article: dict[str, int] = {}
    kept, cut_articles, cut_total = [], set(), 0
    for c in found:
        sides = {c.a.article, c.b.article}
        full = [a for a in sides if per_article.get(a, 0) >= MAX_PER_ARTICLE]
        if full:
            cut_articles.update(full)
            continue
        if len(kept) >= MAX_PAIRS:
            cut_total += 1
            continue
        for a in sides:
            per_article[a] = per_article.get(a, 0) + 1
        kept.append(c)
    for article in sorted(cut_articles):
        name = corpus.article(article).source_file
        corpus.warnings.append(f"{name}: more than {MAX_PER_ARTICLE} disputed pairs name this article; only the "
                               f"first {MAX_PER_ARTICLE} are kept")
    if cut_total:
        corpus.warnings.append(f"disputes: {len(kept) + cut_total} disputed pairs found; only the first "
                               f"{MAX_PAIRS} are kept")
    return kept


def _link_claims(found: list[Contradiction], corpus: Corpus) -> None:
    """Point each side at the claim it stands in, where there is one."""
    at: dict[tuple[str, int], list] = {}
    for claim in corpus.claims:
        for source in claim.sources:
            at.setdefault((source.article, source.paragraph), []).append((source.text, claim.id))
    for c in found:
        for side in ("a", "b"):
            fact = getattr(c, side)
            claim_id = next((cid for text, cid in at.get((fact.article, fact.paragraph), []) if text in fact.sentence),
                            None)
            setattr(c, f"{side}_claim", claim_id)
