"""Per-article extraction results on disk, so that a rebuild re-reads only changed articles.

The key of an article's entry is a hash of what shapes its analysis: the cleaned article (body,
title, dates), the extraction code (generator/extract/, nlp.py, dates.py), the word lists and the
spaCy pipeline's name and version. When nothing changed, no NLP model is loaded at all.

When no input, template, setting or code changed at all (``site_key``), the previous build's
files in ``generated/`` are reused as they are, so such a rebuild reads nothing but the inputs' bytes.

Location: ``.research-site-cache/`` beside mkdocs.yml (the plugin's ``cache_dir`` option);
``research-site build --no-cache`` (or ``RESEARCH_SITE_NO_CACHE=1`` for ``mkdocs``) skips it.
Entries are JSON (data only: reading one never runs code), versioned, written atomically; an
entry that cannot be read back whole and well-typed is re-extracted, never a failed build.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import tempfile
import types
import typing
from pathlib import Path

from . import lexicon, model
from .model import Article, ArticleAnalysis, Mention

HERE = Path(__file__).parent
FORMAT = 3  # 3: participants of events stored as references to the mentions, not copies
"""Version of the entries' layout; part of every key, so entries of another layout are never read."""
SUFFIX = ".json"


class EntryError(ValueError):
    """A cache entry that is not a well-formed analysis of this layout."""


def encode_analysis(analysis: ArticleAnalysis) -> dict:
    """JSON-ready data; a mention that also stands elsewhere (a speaker, a participant) is
    written once and referred to by its place in ``mentions``, so it is one object again when read."""
    index = {id(m): i for i, m in enumerate(analysis.mentions)}

    def plain(value, top=False):
        if isinstance(value, Mention) and not top and id(value) in index:
            return {"$mention": index[id(value)]}
        if dataclasses.is_dataclass(value):
            # only the analysis's own list of mentions holds them whole; everywhere else a mention of
            # that list is a reference, so that it is the same object again when read
            return {f.name: plain(getattr(value, f.name), top=value is analysis and f.name == "mentions")
                    for f in dataclasses.fields(value)}
        if isinstance(value, (list, tuple)):
            return [plain(v, top) for v in value]
        return value

    return {"format": FORMAT, "analysis": plain(analysis)}


def decode_analysis(data) -> ArticleAnalysis:
    """The analysis ``encode_analysis`` wrote; ``EntryError`` for anything else."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("analysis"), dict):
        raise EntryError("not an entry of this cache layout")
    raw = data["analysis"]
    mentions = [_decode(m, Mention, []) for m in _expect(raw.get("mentions"), list)]
    analysis = _decode(raw, ArticleAnalysis, mentions)
    analysis.mentions = mentions
    return analysis


def _expect(value, kind):
    if not isinstance(value, kind) or (kind in (int, float) and isinstance(value, bool)):
        raise EntryError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


@functools.cache
def _hints(cls) -> dict:
    return typing.get_type_hints(cls, vars(model))


def _decode(value, tp, mentions: list[Mention]):
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None and type(None) in options:
            return None
        return _decode(value, next(o for o in options if o is not type(None)), mentions)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_decode(v, item, mentions) for v in _expect(value, list)]
    if origin is tuple:
        parts = typing.get_args(tp)
        if len(_expect(value, list)) != len(parts):
            raise EntryError("a tuple of the wrong length")
        return tuple(_decode(v, t, mentions) for v, t in zip(value, parts))
    if tp is Mention and isinstance(value, dict) and "$mention" in value:
        i = _expect(value["$mention"], int)
        if not 0 <= i < len(mentions):
            raise EntryError("a reference to a mention that is not there")
        return mentions[i]
    if dataclasses.is_dataclass(tp):
        _expect(value, dict)
        hints = _hints(tp)
        fields = [f for f in dataclasses.fields(tp) if f.init]
        if set(value) != {f.name for f in fields}:
            raise EntryError(f"{tp.__name__} with other fields")
        return tp(**{f.name: _decode(value[f.name], hints[f.name], mentions) for f in fields})
    if tp is float:  # an int stays an int, as it was before it was stored
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise EntryError(f"expected a number, found {type(value).__name__}")
        return value
    if tp in (str, int, bool):
        return _expect(value, tp)
    raise EntryError(f"cannot read a {tp}")


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
    content = json.dumps([article.id, article.title, article.author, article.published, article.updated, article.reference_year,
                          article.reference_year_basis,
                          [p.text for p in article.body]], ensure_ascii=False)
    return hashlib.sha1(f"{code_version(model)}\n{content}".encode()).hexdigest()


def site_key(settings, paths: list[Path], listing_warnings: list[str]) -> str:
    """Fingerprint of everything a build's output depends on: every input file's bytes, the
    templates, intro and curation, the settings and all of the code and word lists. Equal keys
    give byte-identical output, so the previous output can be reused as it is."""
    digest = hashlib.sha1(f"{FORMAT}:{code_version(settings.model)}".encode())
    for path in sorted(p for p in HERE.rglob("*") if p.suffix in (".py", ".yml", ".json")):  # code, word lists, weights
        digest.update(path.read_bytes())
    fields = {k: str(v) for k, v in vars(settings).items() if k != "cache_dir"}
    digest.update(json.dumps(fields, sort_keys=True).encode())
    from .templates import template_files

    extras = [settings.intro_path, settings.curation_path, *template_files(settings.templates)]
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
        self.unreadable: list[str] = []
        """Entries found damaged or of the wrong shape (re-extracted; named in a note)."""

    def get(self, key: str) -> ArticleAnalysis | None:
        if self.folder is None:
            return None
        path = self.folder / key[:2] / f"{key}{SUFFIX}"
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            found = decode_analysis(json.loads(data))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError, StopIteration):
            self.unreadable.append(path.name)
            return None
        try:
            os.utime(path)  # last used now: see prune
        except OSError:
            pass
        return found

    def prune(self, now: float | None = None) -> int:
        """Remove the entries unused for KEEP_UNUSED_DAYS; return how many."""
        import time

        if self.folder is None or not self.folder.is_dir():
            return 0
        limit = (now if now is not None else time.time()) - self.KEEP_UNUSED_DAYS * 86400
        removed = 0
        for path in [*self.folder.glob(f"??/*{SUFFIX}"), *self.folder.glob("??/*.pickle")]:
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
        target = self.folder / key[:2] / f"{key}{SUFFIX}"
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(encode_analysis(analysis), handle, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, target)
        except OSError:  # a full disk or a read-only cache costs speed next time, not this build
            pass
