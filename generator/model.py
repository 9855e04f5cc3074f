"""The data model every stage shares: dataclasses only, no behaviour beyond small helpers.

Field names follow the export's names (see ``export.py``) so that the export is a plain conversion.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path


@dataclass
class SourceDoc:
    """One input file as read from disk, before cleaning."""

    path: Path
    """Where the file is."""
    source_file: str
    """The file name, as the export and the scorer know it."""
    lines: list[str]
    """The text, one block per line, decoded and with line ends normalised."""
    format: str
    """``txt``, ``md`` or ``html``."""
    front_matter: dict = field(default_factory=dict)
    """Metadata the file declares itself (YAML front matter, HTML meta tags); overrides inference."""
    title_hint: str | None = None
    """A headline the reader already knows (Markdown ``# heading``, HTML ``<title>``)."""
    warnings: list[str] = field(default_factory=list)


@dataclass
class RemovedLine:
    """A line the cleaner took out of the body, with the reason, so that a reader can check it."""

    text: str
    reason: str


@dataclass
class MetadataLine:
    """A line that describes the article (byline, dateline, standfirst, caption, credit)."""

    kind: str
    text: str


@dataclass
class Paragraph:
    """One paragraph of a cleaned body; ``anchor`` is stable for the same text."""

    index: int
    text: str

    @property
    def anchor(self) -> str:
        return f"p{self.index + 1}"


@dataclass
class Article:
    """A cleaned article: the story's paragraphs, its metadata and what was removed."""

    id: str
    source_file: str
    title: str
    body: list[Paragraph]
    removed: list[RemovedLine] = field(default_factory=list)
    metadata: list[MetadataLine] = field(default_factory=list)
    published: str | None = None
    """ISO date ``YYYY-MM-DD`` when the article states it."""
    published_basis: str | None = None
    """Where the publication date came from (front matter, dateline ...)."""
    updated: str | None = None
    """ISO date of the last update the page states ('Updated Dec. 7, 2024'), within a week of publication:
    the day its 'today' and 'on Saturday' are counted from."""
    reference_year: int | None = None
    """A year the article is anchored in when no date is given (e.g. its copyright line)."""
    reference_year_basis: str = "the article's copyright line"
    """Where ``reference_year`` comes from, as the pages say it ('the article's copyright line')."""
    author: str | None = None
    publisher: str | None = None
    duplicates: list[str] = field(default_factory=list)
    """Other input files holding the same article."""
    address: str | None = None
    """The original address of the article, when the input gives it (front matter, the HTML
    page's canonical address)."""

    @property
    def url(self) -> str:
        return f"articles/{self.id}/"


@dataclass
class Mention:
    """One occurrence of a name in one paragraph (a mention is not yet an actor)."""

    text: str
    """The name this mention stands for, e.g. ``Jane Okafor``, or ``France`` for "Paris"."""
    surface: str
    """The words as written, without title or possessive ("Paris", "Mr Okafor" -> "Okafor")."""
    label: str
    """person, organization, country or place (as first guessed)."""
    article: str
    paragraph: int
    start: int
    """Character offsets in the paragraph."""
    end: int
    sentence: str
    """The sentence the mention stands in, verbatim."""
    role: str | None = None
    """A title written before the name, e.g. ``Kremlin spokesperson``."""
    context: str | None = None
    """What a rule read in the words around the mention: why it was typed as it was ('named as a
    place'), that it is a publication 'cited as source', or that its bearer 'acts' in the story (the
    subject of a verb). A name found again carries its first mention's context."""
    evidence: list[str] = field(default_factory=list)
    """What the text says of the kind of actor, beside spaCy's label: ``title`` or ``honorific``
    (a person; ``male`` or ``female`` too when the honorific says so: 'Sir', 'Lady'), ``legal form`` or
    ``ticker`` (an organisation)."""


@dataclass
class SpeakerRef:
    """Who a claim is attributed to in the text, before resolution to an actor."""

    text: str
    """The words naming the speaker, as written (``he``, ``the Kremlin``, ``An administration official``)."""
    mention: Mention | None = None
    """The named mention the words resolved to within the article, if any."""


@dataclass
class ClaimSource:
    """One place a claim stands: an article's paragraph, with that source's own wording."""

    article: str
    paragraph: int
    text: str
    cue: str
    """The reporting verb or phrase (``said``, ``according to``)."""
    speaker_text: str
    audience: str | None = None
    """Whom it was said to, where the sentence says ('reporters', 'the BBC')."""
    occasion: str | None = None
    """Where or when it was said, where the sentence says ('at a press conference in Antalya',
    'in a phone call with the mayor')."""


@dataclass
class Claim:
    id: str
    text: str
    direct: bool
    speaker: str | None
    """Actor id, or None when the words naming the speaker resolved to no actor."""
    speaker_text: str
    cue: str
    sources: list[ClaimSource] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return sorted({s.article for s in self.sources})

    @property
    def url(self) -> str:
        return f"claims/{self.id}/"


@dataclass
class EventSource:
    article: str
    paragraph: int
    sentence: str
    date: str | None
    date_text: str | None
    date_basis: str | None
    agent: Mention | None = None
    """Who did it, where the text says (the subject of the clause's verb; for 'he' or 'the company', the
    actor the article means)."""
    targets: list[Mention] = field(default_factory=list)
    """Who or what it was done to or with: names in the verb's objects ('a call to the mayor')."""
    headline: str = ""
    """The reporting clause made short: its own words in its order, without what says when, why or
    what else happened ('Fabrikam raised its offer for Northwind to $4.5 billion')."""
    subject: str = ""
    """The words at the start of ``headline`` that name the agent, for the agent's full name to replace."""
    partners: list[Mention] = field(default_factory=list)
    """Who did it together with the agent ('Kovac and Demir discussed ...')."""
    reporter: Mention | None = None
    """Who the article says reported it, when the clause is what someone said happened and not its agent."""
    reporter_words: str = ""
    """The words naming that reporter ('Officials in the capital'), when there is one."""
    tense: str = ""
    """'done', 'ongoing' ('is acting as mediator'), 'future' (with a date) or 'present' (a dated statement)."""


@dataclass
class Event:
    id: str
    title: str
    kind: str
    date: str | None
    date_basis: str | None
    actors: list[str]
    sources: list[EventSource] = field(default_factory=list)
    agent: str | None = None
    """Actor id of who did it, when the sources say."""
    targets: list[str] = field(default_factory=list)
    """Actor ids it was done to or with, when the sources say."""

    @property
    def articles(self) -> list[str]:
        return sorted({s.article for s in self.sources})

    @property
    def summary(self) -> str:
        return self.sources[0].sentence if self.sources else ""

    @property
    def url(self) -> str:
        return f"events/{self.id}/"


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    note: str | None = None
    salient: bool = True
    """False for actors listed only as 'also mentioned' on article pages."""

    @property
    def articles(self) -> list[str]:
        return sorted({m.article for m in self.mentions})

    @property
    def url(self) -> str:
        return f"actors/{self.id}/"


@dataclass
class Fact:
    """A checkable statement in one sentence, for finding where sources disagree."""

    kind: str
    """``count`` (a number of people or things), ``polar`` (an action done or not done) or
    ``comparison`` (X compared to Y)."""
    article: str
    paragraph: int
    sentence: str
    verb: str
    """Lemma of the main verb or trigger (kill, condemn, call, compare)."""
    subject: list[Mention] = field(default_factory=list)
    """Who does it, as named (or resolved from a pronoun) in the text."""
    objects: list[str] = field(default_factory=list)
    """What it is done to: names and head nouns, folded (``rebel attack``, ``okafor``)."""
    negated: bool = False
    number: float | None = None
    counted: str | None = None
    """What the number counts (``people``, ``israelis``)."""
    target: str | None = None
    """For a comparison, what it is compared to."""
    context: list[str] = field(default_factory=list)
    """Names in the sentence (folded), and its content words, to tell whether two facts are about
    the same thing."""
    measure: str | None = None
    """For a figure, what it measures, in a word shared by its synonyms (``share price``, ``deal value``)."""
    unit: str | None = None
    """For a figure, its unit: ``%``, ``USD``, ``USD/share``."""
    direction: int = 0
    """For a figure, +1 when it went up ('rose', 'was up'), -1 when down, 0 when the text does not say."""
    bound: str | None = None
    """``approx`` ('about $2.6 billion'), ``min`` ('more than 30%'), ``max`` ('up to 40%') or None (as stated)."""
    qualifier: str | None = None
    """``earlier`` ('the original offer', 'up from $70') or ``revised`` ('the increased offer'), when the text says."""
    when: str | None = None
    """The day the sentence names for it ('monday', '2021-01-14'), when it names one."""
    mark: str = ""
    """The words of ``sentence`` that carry the disagreement, to mark on the page ('slipped 0.5%')."""
    answers: "Fact | None" = None
    """For a denial, the statement it answers (a ``statement`` fact of the same article)."""


@dataclass
class Contradiction:
    """Two statements that cannot both be true, each verbatim with where it stands."""

    kind: str
    """``numbers differ``, ``figures differ``, ``moved both ways``, ``quoted differently``, ``denied``,
    ``different key entity``, ``negated and affirmed``."""
    about: str
    a: Fact
    b: Fact
    note: str | None = None
    a_claim: str | None = None
    b_claim: str | None = None
    actors: list[str] = field(default_factory=list)
    """Actor ids the disagreement is about."""
    a_who: str | None = None
    """Who says side a: an actor id, else the words naming them; None when it is the article's own narration."""
    b_who: str | None = None


@dataclass
class ArticleAnalysis:
    """What the per-article extraction found, before corpus-wide resolution."""

    article: str
    mentions: list[Mention] = field(default_factory=list)
    claims: list[tuple[SpeakerRef, ClaimSource, bool]] = field(default_factory=list)
    """(speaker, source, direct) for each statement found."""
    events: list[tuple[str, list[Mention], EventSource]] = field(default_factory=list)
    """(kind, participants, source) for each happening found."""
    facts: list[Fact] = field(default_factory=list)


@dataclass
class KeyFigure:
    """A figure a story turns on, as one article states it ('Deal value of Fabrikam Systems: $4.5 billion')."""

    measure: str
    owner: str
    """Actor id of whose figure it is."""
    words: str
    """The figure as the article words it ('$4.5 billion', 'slipped 0.5%')."""
    qualifier: str | None
    article: str
    paragraph: int
    sentence: str


@dataclass
class Story:
    """Articles about the same happenings: they share an event, or people and organisations at the
    same time."""

    id: str
    title: str
    articles: list[str]
    actors: list[str] = field(default_factory=list)
    """Key actors, the most widely covered first."""
    events: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    figures: list[KeyFigure] = field(default_factory=list)
    first: str | None = None
    last: str | None = None

    @property
    def url(self) -> str:
        return f"stories/{self.id}/"


@dataclass
class Corpus:
    """Everything the site says, merged and linked across articles."""

    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def _articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    def article(self, article_id: str) -> Article:
        return self._articles_by_id[article_id]
