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
