"""Shared helpers: hand-made articles, and the spaCy pipeline loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.clean import clean_article
from generator.model import SourceDoc
from generator.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def make_doc(text: str, name: str = "a.txt", **kw) -> SourceDoc:
    return SourceDoc(path=Path(name), source_file=name, lines=text.split("\n"), format="txt", **kw)


def make_article(text: str, name: str = "a.txt", **kw):
    return clean_article(make_doc(text, name, **kw), Path(name).stem)


@pytest.fixture(scope="session")
def analyse():
    """Parse and analyse a hand-made article: returns (article, analysis)."""
    from generator.extract import analyse_article
    from generator.nlp import parse

    def run(text: str, name: str = "a.txt"):
        article = make_article(text, name)
        docs = parse([p.text for p in article.body], Settings.model)
        return article, analyse_article(article, docs)

    return run


def copy_project(dest: Path) -> Path:
    """The site's own files (mkdocs.yml, content/, site_templates/, seeds/) copied to ``dest``."""
    import shutil

    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    for name in ("content", "site_templates", "seeds"):
        shutil.copytree(ROOT / name, dest / name)
    return dest / "mkdocs.yml"


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The sample site, built once with --strict into a temporary folder."""
    from generator.cli import main

    tmp = tmp_path_factory.mktemp("site")
    config = copy_project(tmp)
    assert main(["build", "--config", str(config), "--site-dir", str(tmp / "site"), "--strict"]) == 0
    return tmp / "site"
