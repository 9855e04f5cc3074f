"""The stages in order, shared by the CLI and the MkDocs plugin:

    seeds/*  --read-->  SourceDoc  --clean-->  Article  --extract-->  ArticleAnalysis
             --resolve-->  Corpus  --render-->  (path, Markdown) ...  +  export  -->  data/research.json ...
             --write-->  a private folder the plugin hands to MkDocs (or the CLI copies out)

``read_sources`` is the only stage that reads the input folder; ``build`` writes only into its
private folder (in the cache folder, or a temporary one).
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from . import clean, export, render, resolve
from .curation import load_curation
from .cache import AnalysisCache, article_key, site_key
from .extract import analyse_article
from .ids import unique_slugs
from .limits import ProjectLock, TimeLimitExceeded, time_limit
from .model import Article, ArticleAnalysis, Corpus, SourceDoc
from .nlp import parse_stream
from .settings import Settings
from .sources import SourceError, list_sources, read_source
from .write import write_files

log = logging.getLogger("mkdocs.plugins.research_site")


@dataclass
class BuildResult:
    folder: Path
    """Where the generated pages and data files are (a private folder: the cache's, or a
    temporary one to be discarded after use)."""
    files: list[str]
    """Their paths inside ``folder``, which are their paths in the docs tree."""
    warnings: list[str] = field(default_factory=list)
    summary: str = ""
    """What was built, in one line (articles, actors, events, claims)."""
    temporary: bool = False
    lock: ProjectLock | None = None
    """Held while the files are being read: no other build of the project rewrites them meanwhile."""

    def discard(self) -> None:
        """Remove the folder if it is a temporary one (the cache's is kept for the next build), and
        let other builds of the project go on."""
        if self.temporary:
            shutil.rmtree(self.folder, ignore_errors=True)
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def read_sources(folder: Path, listing: tuple[list[Path], list[str]] | None = None) -> tuple[list[SourceDoc], list[str]]:
    """Every readable input file; one warning per file that could not be read."""
    paths, warnings = listing or list_sources(folder)
    warnings = list(warnings)
    docs = []
    for path in paths:
        try:
            doc = read_source(path)
        except SourceError as exc:
            warnings.extend(exc.warnings)
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
    if cache.unreadable:
        log.info(f"research-site: {len(cache.unreadable)} cache entries could not be read back "
                 f"({', '.join(cache.unreadable[:3])}{' ...' if len(cache.unreadable) > 3 else ''}); "
                 f"those articles are read again")
    todo = [i for i, r in enumerate(results) if r is None]
    if todo:
        parts = [_analysed_part(articles[i], warnings) for i in todo]
        texts = [p.text for part in parts for p in part]
        docs = iter(parse_stream(texts, settings.model))  # each article's Docs are dropped once analysed
        for i, part in zip(progress(todo, "extracting"), parts):
            parsed = [next(docs) for _ in part]
            try:
                with time_limit(settings.article_seconds):
                    results[i] = analyse_article(articles[i], parsed)
            except TimeLimitExceeded:
                # not cached: the next build tries again
                warnings.append(f"{articles[i].source_file}: reading names, claims and events took over "
                                f"{settings.article_seconds:g} s and was stopped; the article is published "
                                f"without them")
                results[i] = ArticleAnalysis(article=articles[i].id)
                continue
            except Exception as exc:  # noqa: BLE001 - one article's fault must not fail the whole build
                warnings.append(f"{articles[i].source_file}: reading names, claims and events failed "
                                f"({type(exc).__name__}: {exc}); the article is published without them. "
                                f"This is a fault of research-site: please report it with the file")
                results[i] = ArticleAnalysis(article=articles[i].id)
                continue
            cache.put(keys[i], results[i])
    cache.prune()
    log.info(f"research-site: {len(articles) - len(todo)} articles from the cache, {len(todo)} analysed")
    return results


def progress(items, label: str, total: int | None = None, unit: str = "article"):
    """A progress bar on a terminal for long runs; silent otherwise (logs, CI, mkdocs serve)."""
    import sys

    total = len(items) if total is None else total
    if total < 50 or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc=label, total=total, unit=unit, leave=False)


def build_corpus(settings: Settings, listing=None) -> tuple[Corpus, list[str]]:
    docs, warnings = read_sources(settings.seeds, listing)
    articles, more = clean_sources(docs)
    warnings += more
    analyses = analyse_articles(articles, settings, warnings)
    curation, more = load_curation(settings.curation_path)
    warnings += more
    corpus = resolve.resolve_corpus(articles, analyses, settings.min_mentions, curation)
    warnings += corpus.warnings
    return corpus, warnings


BUILD_STATE = ".research-site-build.json"


def build(settings: Settings, site_name: str = "Research site") -> BuildResult:
    """Generate every page and data file into a private folder, one file at a time (so memory
    does not grow with the size of the output). When nothing changed since the build that wrote
    the cache's folder, that build's files are reused as they are."""
    listing = list_sources(settings.seeds)
    key = site_key(settings, *listing) + hashlib.sha1(site_name.encode()).hexdigest()[:8]
    lock = None
    if settings.cache_dir is None:
        folder, temporary = Path(tempfile.mkdtemp(prefix="research-site-")), True
    else:
        # One build at a time per project: the cache's folder is shared, and MkDocs reads the
        # files after this returns, so the lock is held until the caller discards the result.
        lock = ProjectLock(settings.cache_dir / "build.lock")
        lock.acquire()
        folder, temporary = settings.cache_dir / "generated", False
        previous = _previous_build(folder, key)
        if previous is not None:
            log.info("research-site: nothing changed since the last build; its output is reused")
            previous.lock = lock
            return previous
    try:
        (folder / BUILD_STATE).unlink(missing_ok=True)
        corpus, warnings = build_corpus(settings, listing)
        intro = settings.intro_path.read_text(encoding="utf-8") if settings.intro_path.is_file() else ""
        pages = render.render_pages(corpus, settings.templates, intro=intro, site_name=site_name)
        # The folder is private: whatever an interrupted build left in it is overwritten.
        files = write_files(folder, chain(progress(pages, "writing", render.page_count(corpus), unit="page"),
                                          export.export_files(corpus)), private=True)
    except BaseException:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)
        if lock is not None:
            lock.release()
        raise
    summary = (f"{len(corpus.articles)} articles, {sum(a.salient for a in corpus.actors)} actors, "
               f"{len(corpus.events)} events, {len(corpus.claims)} claims, {len(corpus.contradictions)} disputed pairs")
    if not temporary:
        sizes = {rel: (folder / rel).stat().st_size for rel in files}
        state = {"key": key, "warnings": warnings, "summary": summary, "sizes": sizes}
        (folder / BUILD_STATE).write_text(json.dumps(state, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return BuildResult(folder, files, warnings, summary, temporary, lock)


def _previous_build(folder: Path, key: str) -> BuildResult | None:
    """The build in ``folder`` if it was made with ``key`` and every file it wrote is still there
    whole (same size: a file cut short or removed since means building again)."""
    try:
        state = json.loads((folder / BUILD_STATE).read_text(encoding="utf-8"))
        sizes = state["sizes"]
        if state.get("key") != key or not sizes:
            return None
        for rel, size in sizes.items():
            if (folder / rel).stat().st_size != size:
                return None
        return BuildResult(folder, sorted(sizes), state["warnings"], state["summary"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
