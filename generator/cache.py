"""Per-article extraction results on disk, so that a rebuild re-reads only changed articles.

The key of an article's entry is a hash of what shapes its analysis: the cleaned article (body,
title, dates), the extraction code (generator/extract/, nlp.py, dates.py), the word lists and the
spaCy pipeline's name and version. When nothing changed, no NLP model is loaded at all.

When no input, template, setting or code changed at all (``site_key``), the previous build's
files in ``generated/`` are reused as they are, so such a rebuild reads nothing but the inputs' bytes.

Location: ``.research-site-cache/`` beside mkdocs.yml (the plugin's ``cache_dir`` option);
``research-site build --no-cache`` (or ``RESEARCH_SITE_NO_CACHE=1`` for ``mkdocs``) skips it.
Entries are pickles of our own dataclasses, written atomically; a damaged entry is re-extracted.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import tempfile
from pathlib import Path

from . import lexicon
from .model import Article, ArticleAnalysis

HERE = Path(__file__).parent
FORMAT = 1


@functools.cache
def code_version(model: str) -> str:
    """Fingerprint of everything besides the article that shapes its analysis."""
    digest = hashlib.sha1(f"{FORMAT}:{model}:{lexicon.version()}".encode())
    for path in sorted([*(HERE / "extract").glob("*.py"), HERE / "nlp.py", HERE / "dates.py", HERE / "model.py"]):
        digest.update(path.read_bytes())
    try:
        from importlib.metadata import version

        digest.update(version("spacy").encode())
        digest.update(version(model.replace("_", "-")).encode())
    except Exception:  # the model may be a path or a package without metadata
        pass
    return digest.hexdigest()


def article_key(article: Article, model: str) -> str:
    content = json.dumps([article.id, article.title, article.author, article.published, article.reference_year,
                          [p.text for p in article.body]], ensure_ascii=False)
    return hashlib.sha1(f"{code_version(model)}\n{content}".encode()).hexdigest()


def site_key(settings, paths: list[Path], listing_warnings: list[str]) -> str:
    """Fingerprint of everything a build's output depends on: every input file's bytes, the
    templates, intro and curation, the settings and all of the code and word lists. Equal keys
    give byte-identical output, so the previous output can be reused as it is."""
    digest = hashlib.sha1(f"{FORMAT}:{code_version(settings.model)}".encode())
    for path in sorted(HERE.rglob("*.py")):
        digest.update(path.read_bytes())
    fields = {k: str(v) for k, v in vars(settings).items() if k != "cache_dir"}
    digest.update(json.dumps(fields, sort_keys=True).encode())
    extras = [settings.intro_path, settings.curation_path]
    if settings.templates.is_dir():
        extras += sorted(p for p in settings.templates.rglob("*") if p.is_file())
    for path in [*paths, *extras]:
        digest.update(str(path).encode())
        digest.update(hashlib.sha1(path.read_bytes()).digest() if path.is_file() else b"-")
    digest.update("\n".join(listing_warnings).encode())
    return digest.hexdigest()


class AnalysisCache:
    KEEP_UNUSED_DAYS = 30
    """An entry no build has used for this long is removed (an article edited or deleted, older
    code); entries used by the current build are always kept."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def get(self, key: str) -> ArticleAnalysis | None:
        if self.folder is None:
            return None
        path = self.folder / key[:2] / f"{key}.pickle"
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)
            os.utime(path)  # last used now: see prune
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return found

    def prune(self, now: float | None = None) -> int:
        """Remove the entries unused for KEEP_UNUSED_DAYS; return how many."""
        import time

        if self.folder is None or not self.folder.is_dir():
            return 0
        limit = (now if now is not None else time.time()) - self.KEEP_UNUSED_DAYS * 86400
        removed = 0
        for path in self.folder.glob("??/*.pickle"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
            except OSError:
                pass
        return removed

    def put(self, key: str, analysis: ArticleAnalysis) -> None:
        if self.folder is None:
            return
        target = self.folder / key[:2] / f"{key}.pickle"
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(analysis, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
