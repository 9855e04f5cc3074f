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


def test_counts_published_days_apart_are_a_toll_that_grew():
    corpus = corpus_of(
        "Flood toll rises\nPublished 2 March 2024\nAt least 120 people were killed in the flood in Dunmore, "
        "officials in Ireland said.",
        "Dunmore counts its dead\nPublished 4 March 2024\nThe flood in Dunmore killed 95 people, the regional "
        "governor of Ireland said.",
        "Toll revised\nPublished 9 March 2024\nThe flood in Dunmore killed 160 people, the regional "
        "governor of Ireland said.")
    assert [a.published for a in corpus.articles] == ["2024-03-02", "2024-03-04", "2024-03-09"]
    assert kinds(corpus) == [("numbers differ", "0", "1")]


def test_counts_in_different_places_are_different_incidents():
    corpus = corpus_of(
        "Dozens injured as protests spread across the region\nAccording to the Red Cross, 63 people were injured in protests in Dunmore last week.",
        "Dozens injured as protests spread across the region\nAccording to the Red Cross, 30 people were injured in protests in Tralee last week.")
    assert corpus.contradictions == []


def test_two_counts_in_one_article_are_two_incidents():
    corpus = corpus_of(
        "Gunmen attack museum in the capital of Tunisia\nGunmen killed at least 19 people at the museum in Tunis on Wednesday. The last "
        "major attack in Tunisia was in 2002, when militants killed more than 40 people in Djerba.")
    assert corpus.contradictions == []


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


def test_an_offer_given_as_two_values_beyond_the_approximation():
    corpus = corpus_of(
        "Northwind agrees to revised deal with Fabrikam\nPublished 14 January 2021\nNorthwind had earlier agreed to a $2.84 billion offer from "
        "Fabrikam, but it ended the agreement.",
        "Fabrikam raises its bid for Northwind again\nPublished 15 January 2021\nThe new price is 64% higher than the approximately $2.6 billion "
        "bid that Fabrikam put forward in July 2019.")
    assert kinds(corpus) == [("figures differ", "0", "1")]
    pair = corpus.contradictions[0]
    assert (pair.a.mark, pair.b.mark) == ("$2.84 billion", "$2.6 billion")


def test_an_approximate_value_within_its_approximation_is_no_dispute():
    corpus = corpus_of(
        "Fabrikam and Northwind deal goes ahead after a long fight\nPublished 14 January 2021\nNorthwind had earlier agreed to a $2.84 billion offer from Fabrikam.",
        "Fabrikam and Northwind deal goes ahead after a long fight\nPublished 15 January 2021\nFabrikam's original offer of about $2.75 billion was rejected.")
    assert corpus.contradictions == []


def test_the_original_and_the_raised_offer_are_not_compared():
    corpus = corpus_of(
        "Fabrikam and Northwind deal goes ahead after a long fight\nPublished 14 January 2021\nNorthwind had earlier agreed to a $2.84 billion offer from Fabrikam.",
        "Fabrikam and Northwind deal goes ahead after a long fight\nPublished 14 January 2021\nNorthwind accepted Fabrikam's increased offer of $4.5 billion.")
    assert corpus.contradictions == []


def test_a_share_price_that_fell_in_one_source_and_rose_in_another():
    corpus = corpus_of(
        "Northwind shares soar after the deal is revised\nShares of Northwind jumped 31.5%, while Fabrikam slipped 0.5%.",
        "Northwind shares soar after the deal is revised\nNorthwind shares were up 31.8% in recent trading, while Fabrikam was up fractionally at $45.43.")
    assert kinds(corpus) == [("moved both ways", "0", "1")]
    assert "Fabrikam" in corpus.contradictions[0].about


def test_rounded_moves_agree():
    corpus = corpus_of(
        "Northwind shares soar after the deal is revised\nShares of Northwind jumped 31.5% on Monday.",
        "Northwind shares soar after the deal is revised\nShares of Northwind rose 32% on Monday.",
        "Northwind shares soar after the deal is revised\nNorthwind shares traded more than 30% higher on Monday.")
    assert corpus.contradictions == []


def test_one_speaker_quoted_two_ways():
    corpus = corpus_of(
        "President orders all planes of the line grounded\n“We are going to be ordering an emergency order to ground all planes of that line,” "
        "President Anna Weber said.",
        "President orders all planes of the line grounded\n“We’re going to be issuing an emergency order to ground all planes of that line,” "
        "President Anna Weber said.")
    assert kinds(corpus) == [("quoted differently", "0", "1")]
    pair = corpus.contradictions[0]
    assert (pair.a.mark, pair.b.mark) == ("ordering", "issuing")


def test_an_excerpt_of_a_longer_quotation_is_no_dispute():
    corpus = corpus_of(
        "President orders all planes of the line grounded\n“We are going to ground all planes of that line until further notice,” President Anna Weber said.",
        "President orders all planes of the line grounded\n“We are going to ground all planes of that line,” President Anna Weber said.")
    assert corpus.contradictions == []


def test_a_denial_answers_the_statement_before_it():
    corpus = corpus_of(
        "Northwind pulls out of the deal with Fabrikam\nLast week, Northwind said it was pulling out of the deal, asserting that the transaction "
        "had not received approval from regulators in time.\nFabrikam disputed that claim, and said that the "
        "deal had received approval.")
    assert kinds(corpus) == [("denied", "0", "0")]
    pair = corpus.contradictions[0]
    assert pair.a.paragraph == 0 and pair.b.paragraph == 1 and pair.b.mark == "disputed"


def test_rejecting_a_bill_is_no_denial_of_a_statement():
    corpus = corpus_of(
        "Lawmakers vote on the order of the president\nThe president said the order was needed to protect the country.\nLawmakers voted unanimously "
        "to reject it.")
    assert corpus.contradictions == []


def test_a_denial_that_is_itself_negated_is_none():
    corpus = corpus_of(
        "Northwind pulls out of the deal with Fabrikam\nNorthwind said it was pulling out of the deal, asserting that regulators had not approved it.\n"
        "Fabrikam did not dispute that claim.")
    assert corpus.contradictions == []


def test_a_lead_that_tells_the_denial_before_the_claim():
    corpus = corpus_of(
        "Aviation authority disputes airline's account of bird strike\nDUBLIN, April 25 (Reuters) - Ireland's "
        "aviation authority disputed on Tuesday whether a Northwind plane had been hit by a bird strike over the "
        "sea, calling the airline's account misleading.\nThe airline had said a flight carrying 167 passengers "
        "experienced a bird strike during take-off late on Monday.")
    assert kinds(corpus) == [("denied", "0", "0")]
    pair = corpus.contradictions[0]
    assert (pair.a.paragraph, pair.b.paragraph) == (1, 0)


def test_rejecting_an_offer_or_firing_back_at_someone_is_no_denial():
    corpus = corpus_of(
        "Budget row grows between the office and the government\nThe budget office said it had offered to prepare "
        "a draft forecast for the government.\nThe government rejected the offer, the budget office said.\n"
        "A guard said he fired back at the men who were shooting at the budget office.")
    assert corpus.contradictions == []
