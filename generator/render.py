"""Corpus -> (path, Markdown) for every page, through the Jinja2 templates in site_templates/ (StrictUndefined).

Python decides what each page says (the view data below); the templates decide how it looks.
Nothing is written to disk here. Text from the articles only reaches a page through the ``md``
filter, which escapes Markdown and HTML so that it always shows as text.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2

from .ids import alphabetical
from .model import Actor, Article, Claim, Corpus, Event

TYPE_TITLES = {"person": "People", "organization": "Organisations", "country": "Countries", "place": "Places"}
TYPE_ORDER = {t: i for i, t in enumerate(TYPE_TITLES)}
# Characters Markdown (with the extensions in mkdocs.yml) would read as syntax; each is one that
# Python-Markdown accepts a backslash before (its ESCAPED_CHARS, with '|' from the tables extension).
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|-])")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])")


def md(text: object) -> str:
    """Text shown as text: Markdown syntax backslash-escaped, HTML special characters as entities."""
    s = str(text if text is not None else "")
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    s = _LINE_START.sub(r"\1\2\\\3", s)
    return re.sub(r"\s*\n\s*", " ", s)


def marked(text: object, mark: object) -> str:
    """``md(text)`` with the first occurrence of ``mark`` wrapped in <mark> (the words two sources differ on)."""
    text, mark = str(text or ""), str(mark or "")
    at = text.find(mark) if mark else -1
    if at < 0:
        return md(text)
    return f"{md(text[:at])}<mark>{md(mark)}</mark>{md(text[at + len(mark):])}"


def page_title(text: object) -> str:
    """A page title for front matter: HTML-escaped, because MkDocs themes print ``page.title``
    without escaping (in <title> and the header), then quoted as a YAML scalar (JSON's string
    syntax is valid YAML)."""
    escaped = str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return json.dumps(escaped, ensure_ascii=False)


def yaml_json(data: object) -> str:
    """Structured data for front matter, printed by the theme inside <script type="application/ld+json">:
    JSON with <, > and & escaped (so no text can close the script), quoted as a YAML string."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return json.dumps(text, ensure_ascii=False)


def relative_path(target: str, page: str) -> str:
    """``target`` relative to the folder of ``page`` (both paths in the docs tree, '/'-separated);
    what posixpath.relpath gives, without its cost on tens of thousands of links."""
    here = page.split("/")[:-1]
    there = target.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def make_environment(templates: Path) -> jinja2.Environment:
    from .templates import template_folders

    # the project's templates first, file by file, then the shipped ones
    loader = jinja2.FileSystemLoader([str(folder) for folder in template_folders(templates)])
    env = jinja2.Environment(loader=loader, undefined=jinja2.StrictUndefined,
                             autoescape=False, keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    # The page being rendered: links are relative to it. Kept outside the template context so that
    # the shared macros are imported once, not once per page.
    current = {"path": "index.md"}

    def link(target: str, anchor: str | None = None) -> str:
        """Relative link from the page being rendered to ``target`` (a path in the docs tree)."""
        rel = relative_path(target, current["path"])
        return f"{rel}#{anchor}" if anchor else rel

    def page_url(path: str) -> str:
        """The address MkDocs gives a page with directory URLs: 'events/x.md' -> 'events/x/'."""
        stem = path[:-3] if path.endswith(".md") else path
        if stem == "index" or stem.endswith("/index"):
            return stem[:-5]
        return stem + "/"

    def html_link(target: str, anchor: str | None = None) -> str:
        """Relative address of ``target`` from the page being rendered, for raw HTML (an SVG's links),
        which MkDocs does not rewrite as it does Markdown links."""
        here = page_url(current["path"])
        there = page_url(target)
        rel = relative_path(there + "x", here + "x")[:-1] or "./"
        return f"{rel}#{anchor}" if anchor else rel

    env.globals["link"] = link
    env.globals["html_link"] = html_link
    env.globals["current_page"] = current
    env.filters["md"] = md
    env.filters["marked"] = marked
    env.filters["address"] = link_address
    env.filters["page_title"] = page_title
    env.filters["yaml_json"] = yaml_json
    env.globals["TYPE_TITLES"] = TYPE_TITLES
    return env


def page_of(kind: str, item_id: str) -> str:
    return f"{kind}/{item_id}.md"


def link_address(url: str | None) -> str | None:
    """An article's original address as a link target a page can carry safely: http(s) only, with
    the characters Markdown would read as syntax percent-encoded; None for anything else."""
    from urllib.parse import quote, urlsplit

    if not url or not re.match(r"https?://", url.strip(), re.I):
        return None
    url = url.strip()
    try:
        if not urlsplit(url).hostname:
            return None
    except ValueError:
        return None
    return quote(url, safe=":/?#[]@!$&'*+,;=%~-._")


class Views:
    """Lookups and derived facts the templates show (counts, groupings, relations)."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.articles = {a.id: a for a in corpus.articles}
        self.actors = {a.id: a for a in corpus.actors if a.salient}
        self.claims_by_speaker: dict[str, list[Claim]] = defaultdict(list)
        self.claims_by_article: dict[str, list[Claim]] = defaultdict(list)
        for c in corpus.claims:
            if c.speaker in self.actors:
                self.claims_by_speaker[c.speaker].append(c)
            for a in c.articles:
                self.claims_by_article[a].append(c)
        self._mention_actor = {id(m): a for a in self.actors.values() for m in a.mentions}
        self._mentions_at: dict[tuple[str, int], list] = defaultdict(list)
        self._actor_counts: dict[str, Counter] = defaultdict(Counter)
        for a in corpus.actors:
            for m in a.mentions:
                self._actor_counts[m.article][a.id] += 1
                if a.salient:
                    self._mentions_at[(m.article, m.paragraph)].append(m)
        self._places = {a.id: {(m.article, m.paragraph) for m in a.mentions} for a in self.actors.values()}
        self._claims_at: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for c in corpus.claims:
            for src in c.sources:
                if c not in self._claims_at[(src.article, src.paragraph)]:
                    self._claims_at[(src.article, src.paragraph)].append(c)
        self._disputes_of_actor: dict[str, list] = defaultdict(list)
        self._disputes_of_claim: dict[str, list] = defaultdict(list)
        self._disputes_at: dict[tuple[str, int], list] = defaultdict(list)
        for c in corpus.contradictions:
            for a in c.actors:
                self._disputes_of_actor[a].append(c)
            for claim_id in {c.a_claim, c.b_claim} - {None}:
                self._disputes_of_claim[claim_id].append(c)
            for side in (c.a, c.b):
                if c not in self._disputes_at[(side.article, side.paragraph)]:
                    self._disputes_at[(side.article, side.paragraph)].append(c)
        self.story_of_article = {a: story for story in corpus.stories for a in story.articles}
        self.events_by_id = {e.id: e for e in corpus.events}
        self.claims_by_id = {c.id: c for c in corpus.claims}
        self.events_by_actor: dict[str, list[Event]] = defaultdict(list)
        self.events_by_article: dict[str, list[Event]] = defaultdict(list)
        for e in corpus.events:
            for a in e.actors:
                self.events_by_actor[a].append(e)
            for a in e.articles:
                self.events_by_article[a].append(e)

    def segments(self, article: Article, paragraph) -> list[tuple[str, str, object]]:
        """A paragraph cut into what the template prints: ("text", words, None), ("actor", words,
        actor) for the first mention of each actor with a page, ("claim", "", claim) and
        ("end", "", claim) around a claim's words. Links never nest: a claim mark is a span."""
        text = paragraph.text
        marks: list[tuple[int, int, str, object]] = []
        for claim in self._claims_at.get((article.id, paragraph.index), []):
            for source in claim.sources:
                if source.article == article.id and source.paragraph == paragraph.index:
                    start = text.find(source.text)
                    if start >= 0 and not any(s < start + len(source.text) and start < e for s, e, k, _ in marks):
                        marks.append((start, start + len(source.text), "claim", claim))
        linked: set[str] = set()
        mentions = sorted(self._mentions_at.get((article.id, paragraph.index), []), key=lambda m: m.start)
        for m in mentions:
            actor = self._mention_actor.get(id(m))
            if actor is None or actor.id in linked:
                continue
            # a link stays inside a claim mark or outside it, never across its edge
            if any(k == "claim" and (s < m.start < e < m.end or m.start < s < m.end) for s, e, k, _ in marks):
                continue
            linked.add(actor.id)
            marks.append((m.start, m.end, "actor", actor))
        out: list[tuple[str, str, object]] = []
        events = sorted([(s, 1, k, obj, e) for s, e, k, obj in marks] +
                        [(e, 0, "end", obj, e) for s, e, k, obj in marks if k == "claim"],
                        key=lambda x: (x[0], x[1]))
        pos = 0
        for at, _, kind, obj, end in events:
            if at > pos:
                out.append(("text", text[pos:at], None))
                pos = at
            if kind == "claim":
                out.append(("claim", "", obj))
            elif kind == "end":
                out.append(("end", "", obj))
            else:
                out.append(("actor", text[at:end], obj))
                pos = end
        if pos < len(text):
            out.append(("text", text[pos:], None))
        return out

    def article_actors(self, article: Article) -> tuple[list[tuple[Actor, int]], list[str]]:
        """Actors with a page named in the article (most named first), and the names 'also mentioned'."""
        counts: Counter[str] = Counter()
        others: set[str] = set()
        by_id = {a.id: a for a in self.corpus.actors}
        for actor_id, n in self._actor_counts.get(article.id, Counter()).items():
            actor = by_id.get(actor_id)
            if actor is None:
                continue
            if actor.salient:
                counts[actor.id] = n
            else:
                others.add(actor.name)
        ranked = sorted(counts, key=lambda a: (-counts[a], self.actors[a].name))
        return [(self.actors[a], counts[a]) for a in ranked], sorted(others, key=alphabetical)

    MAX_ARTICLES_LISTED = 60
    """An actor named in more articles lists the most recent ones; the full list is in the data export."""

    def mentions_by_article(self, actor: Actor) -> list[tuple[Article, list[tuple[str, str]]]]:
        """For each article naming the actor (the latest MAX_ARTICLES_LISTED): (paragraph anchor,
        sentence) once per sentence."""
        grouped: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for m in actor.mentions:
            entry = (f"p{m.paragraph + 1}", m.sentence)
            if entry not in grouped[m.article]:
                grouped[m.article].append(entry)
        latest = sorted(grouped, key=self.article_order, reverse=True)[:self.MAX_ARTICLES_LISTED]
        return [(self.articles[a], grouped[a]) for a in sorted(latest, key=self.article_order)]

    def article_order(self, article_id: str):
        a = self.articles[article_id]
        return (a.published or "9999", a.id)

    def seen_range(self, actor: Actor) -> tuple[str | None, str | None]:
        dates = sorted(d for d in (self.articles[a].published for a in actor.articles) if d)
        return (dates[0], dates[-1]) if dates else (None, None)

    def related_actors(self, actor: Actor, limit: int = 12) -> list[tuple[Actor, int]]:
        """Actors named in the same paragraphs, with how many paragraphs they share."""
        counts: Counter[str] = Counter()
        for place in self._places[actor.id]:
            for m in self._mentions_at.get(place, []):
                other = self._mention_actor.get(id(m))
                if other is not None and other.id != actor.id:
                    counts[other.id] += 1
        # count paragraphs, not mentions
        for other_id in list(counts):
            counts[other_id] = len(self._places[actor.id] & self._places[other_id])
        ranked = sorted(counts, key=lambda a: (-counts[a], self.actors[a].name))[:limit]
        return [(self.actors[a], counts[a]) for a in ranked]

    MAX_DISPUTES = 500
    """Pairs shown on the Disputed page; all are in the data export."""

    def dispute_groups(self, pairs) -> list[tuple[str, list]]:
        """Pairs grouped by whom or what they are about (their first actor; 'Other' when none), the
        largest group first, then by name; pairs keep the order they were found in."""
        groups: dict[str, list] = {}
        for c in pairs:
            first = next((a for a in c.actors if a in self.actors), None)
            groups.setdefault(self.actors[first].name if first else "Other", []).append(c)
        return sorted(groups.items(), key=lambda kv: (kv[0] == "Other", -len(kv[1]), kv[0]))

    MAX_ON_TOPIC = 100
    """Longest list of an actor's own claims or events on their page; all are in the data export."""

    MAX_LISTED = 25
    """Longest list of other claims, disputes ... on one page; the rest are one link away."""

    def other_claims(self, claim: Claim) -> list[Claim]:
        return [c for c in self.claims_by_speaker.get(claim.speaker, []) if c is not claim][:self.MAX_LISTED]

    def speaker_name(self, claim: Claim) -> str:
        return self.actors[claim.speaker].name if claim.speaker in self.actors else claim.speaker_text

    def related_claims(self, event: Event) -> list[Claim]:
        found: list[Claim] = []
        for s in event.sources:
            for c in self._claims_at.get((s.article, s.paragraph), []):
                if c not in found:
                    found.append(c)
        return found

    EVENT_STATUS = {"done": "happened, as the sources tell it", "ongoing": "under way when reported",
                    "future": "expected or planned when reported"}

    def event_status(self, event: Event) -> str:
        """What the sources say of whether it has happened; the firmest wording wins ('done' over 'future')."""
        tenses = {s.tense for s in event.sources}
        for tense in ("done", "ongoing", "future"):
            if tense in tenses:
                return self.EVENT_STATUS[tense]
        return ""

    def confirmations(self, article_ids: list[str]) -> int:
        """Independent publishers among these articles (each article of unknown publisher counts once)."""
        return len({self.articles[a].publisher or f"?{a}" for a in article_ids if a in self.articles})

    def disputes_of_actor(self, actor_id: str):
        return self._disputes_of_actor.get(actor_id, [])

    def disputes_of_claim(self, claim_id: str):
        return self._disputes_of_claim.get(claim_id, [])

    def disputes_of_event(self, event: Event):
        found = []
        for s in event.sources:
            for c in self._disputes_at.get((s.article, s.paragraph), []):
                if c not in found:
                    found.append(c)
        return found

    def jsonld(self, kind: str, item) -> dict:
        """schema.org description of a topic page, with ``appearance`` links to its articles."""
        def appearances(article_ids):
            return [{"@type": "NewsArticle", "headline": self.articles[a].title,
                     "url": f"../../{self.articles[a].url}"} for a in article_ids if a in self.articles]
        if kind == "actor":
            types = {"person": "Person", "organization": "Organization", "country": "Country", "place": "Place"}
            data = {"@type": types[item.type], "name": item.name}
            if item.aliases:
                data["alternateName"] = item.aliases
            if item.roles and item.type == "person":
                data["jobTitle"] = item.roles[0]
            data["subjectOf"] = appearances(item.articles)
        elif kind == "event":
            data = {"@type": "Event", "name": item.title, "description": item.summary,
                    "about": [self.actors[a].name for a in item.actors if a in self.actors],
                    "subjectOf": appearances(item.articles)}
            if item.date:
                data["startDate"] = item.date
        else:
            data = {"@type": "Claim", "text": item.text, "appearance": appearances(item.articles)}
            if item.speaker in self.actors:
                data["author"] = {"@type": "Person" if self.actors[item.speaker].type == "person" else "Organization",
                                  "name": self.actors[item.speaker].name}
        return {"@context": "https://schema.org", **data}

    def graph(self, actors: int = 15, ties: int = 25) -> list[tuple[Actor, Actor, int]]:
        """The strongest ties between the most-named actors: paragraphs naming both."""
        top = self.top_actors(actors)
        places = {a.id: {(m.article, m.paragraph) for m in a.mentions} for a in top}
        edges = []
        for i, a in enumerate(top):
            for b in top[i + 1:]:
                n = len(places[a.id] & places[b.id])
                if n:
                    edges.append((a, b, n))
        edges.sort(key=lambda e: (-e[2], e[0].name, e[1].name))
        return edges[:ties]

    def graph_layout(self, size: int = 720) -> dict:
        """The actor graph drawn as a static SVG (no script, works offline): the most-named actors
        on a circle, grouped by type, each tie a line as thick as the paragraphs they share."""
        edges = self.graph()
        members = sorted({a.id: a for e in edges for a in e[:2]}.values(),
                         key=lambda a: (TYPE_ORDER.get(a.type, 9), -len(a.mentions), a.name))
        if not members:
            return {"nodes": [], "edges": [], "size": size}
        centre, radius = size / 2, size / 2 - 150
        most = max(len(a.mentions) for a in members)
        nodes, where = [], {}
        for i, actor in enumerate(members):
            angle = 2 * math.pi * i / len(members) - math.pi / 2
            x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
            where[actor.id] = (x, y)
            nodes.append({"actor": actor, "x": round(x, 1), "y": round(y, 1),
                          "r": round(6 + 10 * math.sqrt(len(actor.mentions) / most), 1),
                          "anchor": "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle",
                          "lx": round(x + 22 * math.cos(angle), 1), "ly": round(y + 22 * math.sin(angle) + 4, 1)})
        strongest = max(n for _, _, n in edges)
        lines = [{"a": a, "b": b, "n": n, "x1": round(where[a.id][0], 1), "y1": round(where[a.id][1], 1),
                  "x2": round(where[b.id][0], 1), "y2": round(where[b.id][1], 1),
                  "w": round(1 + 5 * n / strongest, 1)} for a, b, n in edges]
        return {"nodes": nodes, "edges": lines, "size": size}

    def sources(self) -> list[dict]:
        """Per publisher: its articles, in date order, and the dates they span."""
        groups: dict[str, list[Article]] = defaultdict(list)
        for a in self.corpus.articles:
            groups[a.publisher or ""].append(a)
        rows = []
        for name, articles in groups.items():
            articles.sort(key=lambda a: (a.published or "9999", a.id))
            dates = [a.published for a in articles if a.published]
            rows.append({"name": name or "Publisher unknown", "articles": articles,
                         "first": dates[0] if dates else None, "last": dates[-1] if dates else None})
        return sorted(rows, key=lambda r: (r["name"] == "Publisher unknown", -len(r["articles"]), r["name"].lower()))

    def publishers(self) -> list[tuple[str, int]]:
        counts = Counter(a.publisher or "(unknown)" for a in self.corpus.articles)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))

    def date_range(self) -> tuple[str | None, str | None]:
        dates = sorted(a.published for a in self.corpus.articles if a.published)
        return (dates[0], dates[-1]) if dates else (None, None)

    def top_actors(self, limit: int = 10) -> list[Actor]:
        return sorted(self.actors.values(), key=lambda a: (-len(a.mentions), a.name))[:limit]

    def actors_by_type(self) -> list[tuple[str, list[Actor]]]:
        groups: dict[str, list[Actor]] = defaultdict(list)
        for a in self.actors.values():
            groups[a.type].append(a)
        return [(t, sorted(groups[t], key=lambda a: (-len(a.mentions), a.name.lower())))
                for t in TYPE_TITLES if groups.get(t)]

    def claims_by_speaker_groups(self, claims: list[Claim] | None = None) -> list[tuple[str, str | None, list[Claim]]]:
        """Claims (all, or those given) by speaker, the most quoted speaker first."""
        groups: dict[tuple[str, str | None], list[Claim]] = defaultdict(list)
        for c in self.corpus.claims if claims is None else claims:
            groups[(self.speaker_name(c), c.speaker if c.speaker in self.actors else None)].append(c)
        return [(name, aid, groups[(name, aid)]) for name, aid in
                sorted(groups, key=lambda k: (k[1] is None, -len(groups[k]), k[0].lower()))]

    def timeline(self) -> list[Event]:
        return sorted(self.corpus.events, key=lambda e: (e.date is None, e.date or "", e.title))

    def story_line(self, story) -> str:
        """One line saying what a story is: its size, publishers, dates and leading event."""
        publishers = {self.articles[a].publisher for a in story.articles if self.articles[a].publisher}
        when = (f", {story.first}" + (f" to {story.last}" if story.last != story.first else "")) if story.first else ""
        events = [e for e in self.story_events(story)]
        # the event most articles report; among equals the one nearest an article's lead
        lead = max(events, key=lambda e: (len(e.articles), -min(x.paragraph for x in e.sources), len(e.sources),
                                          e.date or "", e.id), default=None)
        line = (f"{len(story.articles)} articles from {len(publishers) or 'unknown'} "
                f"publisher{'s' if len(publishers) != 1 else ''}{when}")
        return line + (f". Most reported: {lead.title}." if lead else ".")

    FIGURE_LABELS = {"earlier": "earlier ", "revised": "new "}

    def figure_label(self, figure) -> str:
        owner = self.actors[figure.owner].name if figure.owner in self.actors else ""
        what = self.FIGURE_LABELS.get(figure.qualifier or "", "") + figure.measure
        return f"{what[0].upper()}{what[1:]} of {owner}" if owner else what

    def actor_line(self, actor: Actor) -> str:
        """One sentence saying who or what an actor is, from what the articles say."""
        kind = {"person": "A person", "organization": "An organisation", "country": "A country",
                "place": "A place"}.get(actor.type, "An actor")
        role = f" ({'; '.join(actor.roles[:2])})" if actor.roles else ""
        n = len(actor.articles)
        stories = {self.story_of_article[a].title for a in actor.articles if a in self.story_of_article}
        line = f"{kind}{role} named {len(actor.mentions)} times in {n} article{'s' if n != 1 else ''}"
        if stories:
            line += f", in {len(stories)} stor{'ies' if len(stories) != 1 else 'y'}: " + "; ".join(sorted(stories))
        quoted = len(self.claims_by_speaker.get(actor.id, []))
        if quoted:
            line += f"; {quoted} claim{'s' if quoted != 1 else ''} attributed"
        return line + "."

    def by_story(self, items, kind: str) -> list[tuple]:
        """Claims or events grouped by the story of their first source's article (stories in site
        order, then those in no story), keeping their order inside each group."""
        order = {story.id: n for n, story in enumerate(self.corpus.stories)}
        groups: dict[str | None, list] = {}
        for item in items:
            article = self.best_source(item).article if kind == "claim" else item.articles[0]
            story = self.story_of_article.get(article)
            groups.setdefault(story.id if story else None, []).append(item)
        stories = {s.id: s for s in self.corpus.stories}
        return [(stories.get(key), groups[key]) for key in sorted(groups, key=lambda k: (k is None, order.get(k, 0)))]

    def story_events(self, story) -> list[Event]:
        return sorted((self.events_by_id[e] for e in story.events),
                      key=lambda e: (e.date is None, e.date or "", e.title))

    def story_claim_groups(self, story) -> list[tuple[str, str | None, list[Claim]]]:
        """A story's claims by speaker, the most quoted speaker first."""
        return self.claims_by_speaker_groups([self.claims_by_id[claim_id] for claim_id in story.claims])

    def story_disputes(self, story) -> list:
        inside = set(story.articles)
        return [c for c in self.corpus.contradictions if c.a.article in inside or c.b.article in inside]

    def loose_articles(self) -> list[Article]:
        """Articles in no story, newest first."""
        return sorted((a for a in self.corpus.articles if a.id not in self.story_of_article),
                      key=lambda a: (a.published or "", a.id), reverse=True)

    def coverage_line(self) -> str:
        """What the corpus covers, in one line: articles, publishers, stories, dates."""
        first, last = self.date_range()
        n, p, s = len(self.corpus.articles), len([x for x in self.publishers() if x[0] != "(unknown)"]), \
            len(self.corpus.stories)
        line = f"{n} article{'s' if n != 1 else ''} from {p} publisher{'s' if p != 1 else ''}"
        if s:
            line += f" in {s} stor{'ies' if s != 1 else 'y'}"
            if s <= 3:
                line += ": " + "; ".join(story.title for story in self.corpus.stories)
        if first:
            line += f", published {first}" + (f" to {last}" if last != first else "")
        return line + "."

    def paragraph_text(self, article_id: str, index: int) -> str:
        body = self.articles[article_id].body
        found = body[index] if index < len(body) and body[index].index == index else \
            next((p for p in body if p.index == index), None)
        return found.text if found else ""

    def best_source(self, claim: Claim):
        """The source to name first: one whose publisher and date are known, the earliest."""
        return min(claim.sources, key=lambda s: (self.articles[s.article].publisher is None,
                                                 self.articles[s.article].published is None,
                                                 self.articles[s.article].published or "", s.article, s.paragraph))

    def top_claims(self, limit: int = 5) -> list[Claim]:
        """The claims reported by the most publishers (then the most sources), for the home page."""
        return sorted(self.corpus.claims, key=lambda c: (-self.confirmations(c.articles), -len(c.sources),
                                                         c.id))[:limit]

    def timeline_strip(self, events: list[Event], width: int = 720) -> dict:
        """Dated events drawn on a time axis (a static SVG): a dot per event, stacked on its day, ticks
        at the first and last day and between; undated events are not drawn."""
        import datetime as dt

        dated = [e for e in events if e.date]
        if len({e.date for e in dated}) < 2:  # one day is a list, not a timeline
            return {"dots": [], "ticks": [], "width": width, "height": 0}
        def day(e):
            text = e.date + "-01-01"[len(e.date) - 4:] if len(e.date) < 10 else e.date
            return dt.date.fromisoformat(text[:10]).toordinal()
        first, last = min(map(day, dated)), max(map(day, dated))
        span = max(1, last - first)
        left, right = 40, width - 40
        stacks: Counter = Counter()
        dots = []
        for e in sorted(dated, key=lambda e: (e.date, e.title)):
            x = left + (right - left) * (day(e) - first) / span if last > first else width / 2
            k = stacks[e.date]
            stacks[e.date] += 1
            dots.append({"event": e, "x": round(x, 1), "y": 70 - 16 * min(k, 6)})
        height = 110
        ticks = []
        count = min(5, span) if last > first else 0
        for n in range(count + 1):
            ordinal = first + round(span * n / count) if count else first
            x = left + (right - left) * (ordinal - first) / span if count else width / 2
            ticks.append({"x": round(x, 1), "label": dt.date.fromordinal(ordinal).isoformat()})
        return {"dots": dots, "ticks": ticks, "width": width, "height": height}


SECTION_PAGES = {"index.md": "home.md.j2", "stories/index.md": "stories_index.md.j2",
                 "articles/index.md": "articles_index.md.j2",
                 "actors/index.md": "actors_index.md.j2", "events/index.md": "events_index.md.j2",
                 "claims/index.md": "claims_index.md.j2", "timeline.md": "timeline.md.j2",
                 "disputed.md": "disputed.md.j2", "sources.md": "sources.md.j2", "data.md": "data.md.j2"}
"""The home page and the indexes, by path: the pages in the site's navigation."""


INDEX_PAGE_SIZE = 1000
"""Longest list on one index page (articles, events, timeline, claims); a longer list goes on over
numbered pages (claims/page-2.md, ...), so that no index grows into megabytes. Every list is
also whole in the data export."""


@dataclass
class Pager:
    """Where an index page stands among the pages of its list."""

    number: int
    paths: list[str]
    total: int
    """Items in the whole list."""

    @property
    def count(self) -> int:
        return len(self.paths)


def paged_path(path: str, number: int) -> str:
    """Path of page ``number`` of the index at ``path``: claims/index.md -> claims/page-2.md,
    timeline.md -> timeline-page-2.md."""
    if number == 1:
        return path
    folder, _, name = path.rpartition("/")
    return f"{folder}/page-{number}.md" if name == "index.md" else f"{path[:-3]}-page-{number}.md"


def paginate(path: str, items: list, size: int) -> list[tuple[str, list, Pager]]:
    """``items`` cut into pages of ``size``: (path, the page's items, its pager)."""
    chunks = [items[i:i + size] for i in range(0, len(items), size)] or [[]]
    paths = [paged_path(path, n) for n in range(1, len(chunks) + 1)]
    return [(p, chunk, Pager(n, paths, len(items))) for n, (p, chunk) in enumerate(zip(paths, chunks), 1)]


def regroup(items: list[tuple]) -> list[tuple]:
    """Consecutive (key..., item) tuples with the same key joined as (key..., [items]), in order."""
    groups: list[tuple] = []
    for *key, item in items:
        if groups and list(groups[-1][:-1]) == key:
            groups[-1][-1].append(item)
        else:
            groups.append((*key, [item]))
    return groups


def page_count(corpus: Corpus, page_size: int = INDEX_PAGE_SIZE) -> int:
    """How many pages ``render_pages`` yields."""
    lists = {"articles/index.md": len(corpus.articles), "events/index.md": len(corpus.events),
             "timeline.md": len(corpus.events), "claims/index.md": len(corpus.claims)}
    extra = sum(max(1, math.ceil(n / page_size)) - 1 for n in lists.values())
    return (len(SECTION_PAGES) + extra + len(corpus.stories) + len(corpus.articles) + sum(a.salient for a in corpus.actors)
            + len(corpus.events) + len(corpus.claims))


def render_pages(corpus: Corpus, templates: Path, intro: str = "", site_name: str = "Research site",
                 page_size: int = INDEX_PAGE_SIZE) -> Iterator[tuple[str, str]]:
    """Every generated page: (path in the docs tree, Markdown), one at a time, so that the caller
    can write each page and let it go."""
    env = make_environment(templates)
    views = Views(corpus)
    env.globals.update(v=views, corpus=corpus)

    def page(path: str, template: str, **context) -> tuple[str, str]:
        env.globals["current_page"]["path"] = path
        return path, env.get_template(template).render(**context)

    timeline = views.timeline()
    lists = {"articles/index.md": sorted(corpus.articles, key=lambda a: a.id), "events/index.md": timeline,
             "timeline.md": timeline,
             "claims/index.md": [(name, actor_id, claim) for name, actor_id, claims in views.claims_by_speaker_groups()
                                 for claim in claims]}
    yield page("index.md", "home.md.j2", intro=intro, site_name=site_name)
    for path, template in SECTION_PAGES.items():
        if path in lists:
            for at, items, pager in paginate(path, lists[path], page_size):
                yield page(at, template, items=regroup(items) if path == "claims/index.md" else items, pager=pager)
        elif path != "index.md":
            yield page(path, template)
    for story in corpus.stories:
        yield page(page_of("stories", story.id), "story.md.j2", story=story)
    for article in corpus.articles:
        yield page(page_of("articles", article.id), "article.md.j2", article=article)
    for actor in views.actors.values():
        yield page(page_of("actors", actor.id), "actor.md.j2", actor=actor)
    for event in corpus.events:
        yield page(page_of("events", event.id), "event.md.j2", event=event)
    for claim in corpus.claims:
        yield page(page_of("claims", claim.id), "claim.md.j2", claim=claim)
