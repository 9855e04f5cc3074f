"""The stages in order, shared by the CLI and the MkDocs plugin:

    seeds/*  --read-->  SourceDoc  --clean-->  Article  --extract-->  ArticleAnalysis
             --resolve-->  Corpus  --render-->  {path: Markdown}  +  export  -->  data/research.json

Only ``read_sources`` touches the input folder; nothing here writes to disk.
"""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import clean, export, render, resolve
from .extract import analyse_article
from .ids import unique_slugs
from .model import Article, Corpus, SourceDoc
from .cache import AnalysisCache, SiteCache, article_key, site_key
from .nlp import parse_stream
from .settings import Settings
from .sources import SourceError, list_sources, read_source

log = logging.getLogger("mkdocs.plugins.research_site")


@dataclass
class BuildResult:
    pages: dict[str, str]
    """Generated pages and data files, by path inside the docs tree."""
    warnings: list[str] = field(default_factory=list)
    summary: str = ""
    """What was built, in one line (articles, actors, events, claims)."""


def read_sources(folder: Path, listing: tuple[list[Path], list[str]] | None = None) -> tuple[list[SourceDoc], list[str]]:
    """Every readable input file; one warning per file that could not be read."""
    paths, warnings = listing or list_sources(folder)
    warnings = list(warnings)
    docs = []
    for path in paths:
        try:
            doc = read_source(path)
        except SourceError as exc:
            warnings.append(f"{exc} (skipped)")
            continue
        warnings.extend(doc.warnings)
        doc.warnings = []
        docs.append(doc)
    return docs, warnings


def clean_sources(docs: list[SourceDoc]) -> tuple[list[Article], list[str]]:
    """Cleaned articles, the same article read twice kept once (with both file names)."""
    repeated = clean.repeated_lines(docs)
    ids = unique_slugs([Path(d.source_file).stem for d in docs])
    articles: list[Article] = []
    seen: dict[str, Article] = {}
    warnings = []
    for doc, article_id in zip(docs, ids):
        article = clean.clean_article(doc, article_id, repeated)
        if not article.body:
            warnings.append(f"{doc.source_file}: no body text left after cleaning (skipped)")
            continue
        whole, opening = _fingerprints(article)
        original = seen.get(whole) or (seen.get(opening) if opening in seen and
                                       _near_duplicate(seen[opening], article) else None)
        if original is not None:
            original.duplicates.append(article.source_file)
            warnings.append(f"{doc.source_file}: same article as {original.source_file}; built once")
            continue
        seen.setdefault(whole, article)
        seen.setdefault(opening, article)
        articles.append(article)
    return articles, warnings


def _words(article: Article) -> list[str]:
    return re.findall(r"\w+", " ".join(p.text for p in article.body).lower())


def _fingerprints(article: Article) -> tuple[str, str]:
    """(whole text, opening) fingerprints: equal for the same story whatever the whitespace, case
    or punctuation; the opening one finds near-duplicates (the same story with a line changed)."""
    words = _words(article)
    whole = hashlib.sha1(" ".join(words).encode()).hexdigest()
    opening = hashlib.sha1(" ".join([article.title.lower(), *words[:40]]).encode()).hexdigest()
    return whole, opening


def _near_duplicate(a: Article, b: Article) -> bool:
    wa, wb = set(_words(a)), set(_words(b))
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.85


# Words of one article the NLP reads: a long feature is ~10,000; past this a file is not news and
# reading it all would stall the build.
MAX_ANALYSED_WORDS = 15_000


def _analysed_part(article: Article, warnings: list[str]):
    """The paragraphs extraction reads: all of them, up to MAX_ANALYSED_WORDS."""
    total = 0
    for i, paragraph in enumerate(article.body):
        total += len(paragraph.text.split())
        if total > MAX_ANALYSED_WORDS:
            warnings.append(f"{article.source_file}: over {MAX_ANALYSED_WORDS:,} words; names, claims and events "
                            f"are read from the first {i} paragraphs only (the page shows them all)")
            return article.body[:i]
    return article.body


def analyse_articles(articles: list[Article], settings: Settings, warnings: list[str]) -> list:
    """Each article's analysis, from the cache where the article and the code are unchanged;
    the rest parsed together (on all cores when there is enough text) and then analysed."""
    cache = AnalysisCache(settings.cache_dir)
    keys = [article_key(a, settings.model) for a in articles]
    results = [cache.get(k) for k in keys]
    todo = [i for i, r in enumerate(results) if r is None]
    if todo:
        parts = [_analysed_part(articles[i], warnings) for i in todo]
        texts = [p.text for part in parts for p in part]
        docs = iter(parse_stream(texts, settings.model))  # each article's Docs are dropped once analysed
        for i, part in zip(progress(todo, "extracting"), parts):
            results[i] = analyse_article(articles[i], [next(docs) for _ in part])
            cache.put(keys[i], results[i])
    log.info(f"research-site: {len(articles) - len(todo)} articles from the cache, {len(todo)} analysed")
    return results


def progress(items, label: str):
    """A progress bar on a terminal for long runs; silent otherwise (logs, CI, mkdocs serve)."""
    import sys

    if len(items) < 50 or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc=label, unit="article", leave=False)


def build_corpus(settings: Settings, listing=None) -> tuple[Corpus, list[str]]:
    docs, warnings = read_sources(settings.seeds, listing)
    articles, more = clean_sources(docs)
    warnings += more
    analyses = analyse_articles(articles, settings, warnings)
    curation, more = resolve.load_curation(settings.curation_path)
    warnings += more
    corpus = resolve.resolve_corpus(articles, analyses, settings.min_mentions, curation)
    warnings += corpus.warnings
    return corpus, warnings


def build(settings: Settings, site_name: str = "Research site") -> BuildResult:
    """Everything the site is made of, in memory; the previous output when nothing changed."""
    listing = list_sources(settings.seeds)
    key = site_key(settings, *listing) + hashlib.sha1(site_name.encode()).hexdigest()[:8]
    site_cache = SiteCache(settings.cache_dir)
    cached = site_cache.get(key)
    if cached is not None:
        log.info("research-site: nothing changed since the last build; its output is reused")
        return cached
    corpus, warnings = build_corpus(settings, listing)
    intro = settings.intro_path.read_text(encoding="utf-8") if settings.intro_path.is_file() else ""
    pages = render.render_site(corpus, settings.templates, intro=intro, site_name=site_name)
    pages.update(export.export_files(corpus))
    summary = (f"{len(corpus.articles)} articles, {sum(a.salient for a in corpus.actors)} actors, "
               f"{len(corpus.events)} events, {len(corpus.claims)} claims, {len(corpus.contradictions)} disputed pairs")
    result = BuildResult(pages, warnings, summary)
    site_cache.put(key, result)
    return result
