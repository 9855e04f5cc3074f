"""MkDocs adapter: runs the pipeline and adds its pages to the site as generated files.

It adds nothing else: hand-written pages in docs_dir win over generated ones of the same path
(with a warning), the intro and curation files are read and kept out of the site, and
``mkdocs serve`` watches the seeds and templates so that an edit shows on the next reload.

For ``mkdocs build`` (and ``research-site build``) it guards the site folder: one that would
replace the project's own files is refused, and the site is built beside it and swapped in only
when the whole build succeeded (``sitedir.py``), so a failed build keeps the last good site.
"""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from .pipeline import BuildResult, build
from .render import SECTION_PAGES
from .settings import Settings
from .sitedir import UnsafeSiteDir, check_site_dir, publish, staging_dir
from .sources import SourceError

log = logging.getLogger("mkdocs.plugins.research_site")


class ResearchSiteConfig(base.Config):
    seeds = c.Type(str, default="seeds")
    templates = c.Type(str, default="site_templates")
    model = c.Type(str, default=Settings.model)
    curation = c.Type(str, default=Settings.curation)
    intro = c.Type(str, default=Settings.intro)
    min_mentions = c.Type(int, default=Settings.min_mentions)
    cache_dir = c.Type(str, default=str(Settings.cache_dir))
    search = c.Choice(("auto", "material", "pagefind"), default=Settings.search)
    pagefind_from = c.Type(int, default=Settings.pagefind_from)
    article_seconds = c.Type((int, float), default=Settings.article_seconds)


class ResearchSitePlugin(BasePlugin[ResearchSiteConfig]):
    supports_multiple_instances = False
    result: BuildResult | None = None
    """The last build's output, kept until MkDocs has read it (then a temporary folder is removed)."""
    command: str | None = None
    """The mkdocs command running (``build``, ``serve``, ``gh-deploy``), when MkDocs says."""
    staging: tuple[Path, Path] | None = None
    """(folder being built into, the site folder it replaces when the build succeeds)."""
    finished = False
    """The build ran to its end without an error (strict mode's warnings count as one)."""

    def on_startup(self, /, *, command, dirty) -> None:
        self.command = command

    def protected_folders(self, config) -> dict[str, Path]:
        """The project's own folders, which a site folder must never replace."""
        settings = self.settings(config)
        folders = {"seeds folder": settings.seeds, "docs folder": Path(config.docs_dir),
                   "templates folder": settings.templates}
        custom_dir = config.theme.custom_dir if config.theme else None
        if custom_dir:
            folders["theme folder"] = Path(custom_dir)
        return folders

    def check_site_dir(self, config, site_dir: Path) -> None:
        check_site_dir(site_dir, self.protected_folders(config),
                       Path(config.config_file_path) if config.config_file_path else None)

    def settings(self, config) -> Settings:
        import dataclasses
        import os

        base_dir = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        settings = Settings.from_options(dict(self.config), base_dir, docs_dir=Path(config.docs_dir))
        if os.environ.get("RESEARCH_SITE_NO_CACHE"):
            settings = dataclasses.replace(settings, cache_dir=None)
        return settings

    def on_config(self, config, /):
        """Guard the site folder; choose the search: Material's for small sites, Pagefind for large
        ones (settings.search)."""
        from .sources import list_sources

        settings = self.settings(config)
        self.finished = False
        if self.command == "build" and self.staging is None:
            site_dir = Path(config.site_dir)
            try:
                self.check_site_dir(config, site_dir)
            except UnsafeSiteDir as exc:
                raise PluginError(f"research-site: {exc}") from exc
            self.staging = (staging_dir(site_dir), site_dir)
            config.site_dir = str(self.staging[0])
        try:
            count = len(list_sources(settings.seeds)[0])
        except SourceError:
            count = 0
        self._add_shipped_theme(config)
        self.pagefind = settings.uses_pagefind(count)
        if self.pagefind:
            search = config.plugins.get("material/search") or config.plugins.get("search")
            if search is not None and "enabled" in search.config:
                search.config.enabled = False  # its index would be fetched whole; Pagefind replaces it
            config.extra["research_site_pagefind"] = True
        return config

    @staticmethod
    def _add_shipped_theme(config) -> None:
        """The theme overrides shipped with research-site (page shell, CSS, table sorting) under the
        project's own custom_dir, if it has one: a project made by ``research-site new`` needs none."""
        from .templates import packaged_templates

        shipped = str((packaged_templates() / "overrides").resolve())
        dirs = config.theme.dirs
        if shipped not in [str(Path(d).resolve()) for d in dirs]:
            dirs.insert(1 if config.theme.custom_dir else 0, shipped)

    def on_post_build(self, /, *, config) -> None:
        self.discard_output()
        if getattr(self, "pagefind", False):
            import subprocess
            import sys

            done = subprocess.run([sys.executable, "-m", "pagefind", "--site", config.site_dir, "--quiet",
                                   "--exclude-selectors", "[data-search-exclude]"], capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"pagefind failed: {done.stderr.strip() or done.stdout.strip()}")
            log.info("research-site: search index written by Pagefind")
        self.finished = True

    def on_files(self, files: Files, /, *, config) -> Files:
        settings = self.settings(config)
        self.discard_output()
        try:
            self.result = build(settings, config.site_name)
        except SourceError as exc:
            raise PluginError(f"research-site: {exc}") from exc
        for warning in self.result.warnings:
            log.warning(warning)
        for private in (settings.intro, settings.curation):
            existing = files.get_file_from_path(private)
            if existing is not None:
                files.remove(existing)
        for path in self.result.files:
            existing = files.get_file_from_path(path)
            if existing is not None and existing.generated_by is None:
                log.warning(f"{path}: a hand-written page has this path; it is kept and the generated one skipped")
                continue
            # Section pages appear in the nav; every other generated page is reached by links.
            inclusion = InclusionLevel.UNDEFINED if path in SECTION_PAGES or not path.endswith(".md") \
                else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, path, abs_src_path=str(self.result.folder / path), inclusion=inclusion))
        log.info(f"research-site: {self.result.summary}")
        return files

    def discard_output(self) -> None:
        """Remove the generated pages if they are in a temporary folder (no cache), once built."""
        if self.result is not None:
            self.result.discard()
            self.result = None

    def on_build_error(self, /, *, error) -> None:
        self.discard_output()
        self.finished = False

    def on_shutdown(self) -> None:
        """After ``mkdocs build``: the new site replaces the old one only if the build succeeded;
        a failed build's folder is removed and the last good site stays."""
        self.discard_output()
        if self.staging is not None:
            staging, site_dir = self.staging
            self.staging = None
            if self.finished:
                publish(staging, site_dir)
                self.published = site_dir
            else:
                shutil.rmtree(staging, ignore_errors=True)

    published: Path | None = None
    """The site folder the last build replaced, once it has."""

    def on_serve(self, server, /, *, config, builder):
        settings = self.settings(config)
        for folder in (settings.seeds, settings.templates):
            if folder.exists():
                server.watch(str(folder))
        return server
