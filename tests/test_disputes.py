"""Disagreements on made-up articles: each kind found, and near misses left alone."""

from generator.extract import analyse_article
from generator.nlp import parse
from generator.resolve import resolve_corpus
from generator.settings import Settings
from tests.conftest import make_article


def corpus_of(*texts):
    articles, analyses = [], []
    for i, text in enumerate(texts):
        article = make_article(text, f"{i}.txt")
        articles.append(article)
        analyses.append(analyse_article(article, parse([p.text for p in article.body], Settings.model)))
    return resolve_corpus(articles, analyses, min_mentions=2)


def kinds(corpus):
    return sorted((c.kind, c.a.article, c.b.article) for c in corpus.contradictions)


def test_counts_of_the_same_toll_that_differ():
    corpus = corpus_of(
        "Flood toll rises\nAt least 120 people were killed in the flood in Dunmore, officials in Ireland said.",
        "Dunmore counts its dead\nThe flood in Dunmore killed 95 people, the regional governor of Ireland said.",
        "Crash on the coast\nFour people were killed in a crash near Tralee on Sunday, police said.")
    assert kinds(corpus) == [("numbers differ", "0", "1")]


def test_counts_published_weeks_apart_are_different_incidents():
    corpus = corpus_of(
        "Flood toll rises\nPublished 2 March 2024\nAt least 120 people were killed in the flood in Dunmore, "
        "officials in Ireland said.",
        "Dunmore counts its dead\nPublished 9 March 2024\nThe flood in Dunmore killed 95 people, the regional "
        "governor of Ireland said.",
        "Another flood\nPublished 20 April 2024\nThe flood in Dunmore killed 60 people, the regional "
        "governor of Ireland said.")
    assert [a.published for a in corpus.articles] == ["2024-03-02", "2024-03-09", "2024-04-20"]
    assert kinds(corpus) == [("numbers differ", "0", "1")]


def test_done_and_not_done_by_the_same_person():
    corpus = corpus_of(
        "Mayor under pressure\nMayor Ann Lee has not met the protesters since the strike began, aides said.",
        "Talks at city hall\nMayor Ann Lee met the protesters at city hall on Friday, her office said.")
    assert kinds(corpus) == [("negated and affirmed", "0", "1")]


def test_different_people_doing_and_not_doing_is_no_dispute():
    corpus = corpus_of(
        "Leaders respond\nPresident Maria Costa condemned the bombing of the market in Vila Nova.",
        "Silence\nPresident Jorge Braga has not condemned the bombing of the market in Vila Nova.")
    assert corpus.contradictions == []
