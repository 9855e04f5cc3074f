"""Events on made-up articles, one rule each: what counts as a happening, who did it to whom,
the headline taken from the reporting clause, the date the clause gives, and merging across articles."""
from __future__ import annotations

import pytest

from generator.dates import is_specific, resolve_date
from generator.resolve import resolve_corpus

from .conftest import make_article


def events_of(analyse, *paragraphs: str, head: str = "Friday 15 March 2024"):
    """The events of an article with a headline, a date line and ``paragraphs``."""
    _, analysis = analyse("\n".join(["A story", head, *paragraphs]))
    return [(kind, src) for kind, _, src in analysis.events]


def only(found):
    assert len(found) == 1, [(k, s.headline) for k, s in found]
    return found[0]


# ---------------------------------------------------------------- what is a happening

def test_the_headline_is_the_reporting_clause_without_when(analyse):
    kind, src = only(events_of(analyse, "Cisco Systems raised its offer for Acacia Communications to $4.5 billion on Thursday."))
    assert src.headline == "Cisco Systems raised its offer for Acacia Communications to $4.5 billion"
    assert src.agent.text == "Cisco Systems"
    assert [m.text for m in src.targets] == ["Acacia Communications"]
    assert src.date == "2024-03-14" and src.date_text == "Thursday"


@pytest.mark.parametrize("sentence", [
    "The Kremlin has not called Israeli Prime Minister Benjamin Netanyahu since the attack.",  # negated
    "A Russian offensive in Gaza could kill thousands of civilians, said Vladimir Putin.",  # possible
    "Will Vladimir Putin visit Benjamin Netanyahu in Jerusalem?",  # asked
    "“Russia attacked the city of Kharkiv,” Volodymyr Zelensky said.",  # said inside a quotation: a claim
])
def test_no_event_from_what_did_not_or_may_not_happen(analyse, sentence):
    assert events_of(analyse, sentence) == []


def test_a_caption_in_the_present_tense_is_no_event(analyse):
    assert events_of(analyse, "Vladimir Putin meets John Kerry at the United Nations in New York in 2015.") == []


def test_a_denial_is_the_event_not_what_it_denies(analyse):
    kind, src = only(events_of(analyse, "The U.S. military denied reports that an air strike in Nangarhar had killed 16 civilians."))
    assert kind == "denial"
    assert src.headline.startswith("The U.S. military denied reports")
    assert "killed 16 civilians" in src.headline  # what was denied stays in the headline


def test_what_a_source_reports_is_the_event_with_the_reporter_named(analyse):
    kind, src = only(events_of(analyse, "Officials in Kyiv said that a school in the town of Nikopol had been struck by a Russian missile."))
    assert kind == "strike"
    assert src.headline == "a school in the town of Nikopol had been struck by a Russian missile"
    assert src.reporter_words == "Officials in Kyiv"


def test_it_in_a_report_is_the_reporting_organisation(analyse):
    kind, src = only(events_of(analyse, "Twitter Inc. announced on Monday it has accepted Elon Musk's offer to buy the company."))
    assert src.agent.text.startswith("Twitter")
    assert src.headline.startswith("it has accepted Elon Musk's offer") and src.subject == "it"
    assert src.date == "2024-03-11"


def test_words_alone_are_an_event_only_when_dated(analyse):
    dated = events_of(analyse, "Energy Minister Ana Ruiz said on Wednesday that the government would study the ruling.")
    kind, src = only(dated)
    assert kind == "statement" and src.date == "2024-03-13"
    assert src.headline.startswith("Energy Minister Ana Ruiz said the government would study the ruling")
    undated = events_of(analyse, "The port reopened.", "Energy Minister Ana Ruiz said that the government would study the ruling.")
    assert all(k != "statement" for k, _ in undated)


def test_plans_are_events_only_with_a_day(analyse):
    kind, src = only(events_of(analyse, "President Joe Biden will visit Israel on Wednesday."))
    assert src.date == "2024-03-20" and "future" in src.date_basis
    assert events_of(analyse, "President Joe Biden will visit Israel soon.") == []


def test_a_date_of_another_happening_is_not_this_ones(analyse):
    kind, src = only(events_of(analyse, "The Federal Aviation Administration grounded the Boeing 737 Max after the crash on Sunday."))
    assert src.date is None
    assert "after" not in src.headline


def test_a_when_clause_tells_what_happened_on_the_day_given(analyse):
    found = events_of(analyse, "More than 1,300 Israelis were killed on October 7, when southern Israel was attacked by Hamas.")
    attack = next(src for kind, src in found if kind == "attack")
    assert attack.date == "2023-10-07" and attack.headline == "southern Israel was attacked by Hamas"


def test_people_acting_together_are_agent_and_partner(analyse):
    kind, src = only(events_of(analyse, "Sergey Lavrov and Dmytro Kuleba met in Antalya on Thursday."))
    assert kind == "meeting"
    assert src.agent.text == "Sergey Lavrov" and [m.text for m in src.partners] == ["Dmytro Kuleba"]
    assert src.targets == []  # Antalya is where, not whom


def test_a_pronoun_takes_the_person_named_just_before(analyse):
    found = events_of(analyse, "Vladimir Putin spoke to reporters in Bishkek on Friday.",
                      "He expressed sympathy to Benjamin Netanyahu for the victims.")
    sympathy = next(src for kind, src in found if "sympathy" in src.headline)
    assert sympathy.agent.text == "Vladimir Putin" and sympathy.subject == "He"


def test_a_share_move_needs_a_figure(analyse):
    kind, src = only(events_of(analyse, "Shares of Acme Corp jumped 31.5% on Thursday."))
    assert kind == "rise" and src.headline == "Shares of Acme Corp jumped 31.5%"
    found = events_of(analyse, "President Vladimir Putin jumped into the Middle East fray on Monday.")
    assert all(k != "rise" for k, _ in found)


def test_the_updated_date_is_the_day_today_counts_from(analyse):
    found = events_of(analyse, "President Yoon Suk Yeol apologized for the decree on Saturday.",
                      head="Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC")
    kind, src = only(found)
    assert src.date == "2024-12-07" and "update" in src.date_basis


def test_a_long_headline_loses_its_last_modifiers_first(analyse):
    kind, src = only(events_of(analyse, "Vladimir Putin announced on Monday that Russia is ready to try and help end "
                                        "the bloodshed in Gaza and in the wider region of the Middle East and beyond."))
    assert len(src.headline.split()) <= 16
    assert src.headline.startswith("Vladimir Putin announced Russia is ready to try and help end the bloodshed")


# ---------------------------------------------------------------- across articles

def corpus_of(*texts: str):
    from generator.extract import analyse_article
    from generator.nlp import parse
    from generator.settings import Settings

    articles = [make_article(text, f"{n}.txt") for n, text in enumerate(texts)]
    analyses = [analyse_article(a, parse([p.text for p in a.body], Settings.model)) for a in articles]
    return resolve_corpus(articles, analyses, min_mentions=1)


def test_the_same_happening_in_two_articles_is_one_event_with_both_sources():
    corpus = corpus_of(
        "Acme agrees\nThursday 14 January 2021\nAcme Corp agreed on Thursday to a $4.5 billion offer from Beta Inc.",
        "Acme and Beta\nSaturday 16 January 2021\nAcme Corp and Beta Inc. today announced a merger agreement worth $4.5 billion.")
    deals = [e for e in corpus.events if e.kind == "agreement"]
    assert len(deals) == 1
    assert deals[0].articles == ["0", "1"]
    # 'today' in the later piece is counted from its own date; the stated Thursday wins
    assert deals[0].date == "2021-01-14"
    assert deals[0].title.startswith("Acme") and "agreed to a $4.5 billion offer" in deals[0].title


def test_a_weekday_in_an_undated_article_counts_from_a_dated_report_of_the_same_happening():
    corpus = corpus_of(
        "Acme rises\nThursday 14 January 2021\nShares of Acme Corp jumped 31.5% after the deal.",
        "Acme stock\nShares of Acme Corp were trading 30% higher on Thursday morning.")
    rise = next(e for e in corpus.events if e.kind == "rise")
    assert rise.articles == ["0", "1"]
    assert rise.date == "2021-01-14" and "same happening" in rise.date_basis


def test_an_undated_background_act_is_left_out_of_the_timeline():
    corpus = corpus_of("Ports\nMarch 15, 2024\nThe port of Lagos reopened on Friday after a strike.\n"
                       "Dockworkers went back to work.\nThe union cancelled a march.\n"
                       "Years ago, Sarah Okafor founded the union in a church hall.")
    assert not any("founded" in e.title for e in corpus.events)


# ---------------------------------------------------------------- dates

def test_dates_as_precise_as_their_words():
    assert resolve_date("in July 2019", "2021-01-14", None, coarse=True)[0] == "2019-07"
    assert resolve_date("in 2014", "2021-01-14", None, coarse=True)[0] == "2014"
    assert resolve_date("in July 2019", "2021-01-14", None) is None  # only when asked for
    assert resolve_date("last night", "2021-01-14", None)[0] == "2021-01-13"
    assert resolve_date("this morning", "2021-01-14", None)[0] == "2021-01-14"


def test_a_day_named_without_a_date_to_count_from():
    assert is_specific("Thursday morning") and is_specific("March 12")
    assert not is_specific("last week") and not is_specific("in recent years")


def test_a_weekday_ahead_may_be_today():
    assert resolve_date("on Tuesday", "2024-04-30", None, future=True)[0] == "2024-04-30"
    assert resolve_date("next Tuesday", "2024-04-30", None, future=True)[0] == "2024-05-07"


def test_an_undated_article_takes_its_year_from_a_full_date_it_states(analyse):
    article, analysis = analyse("Search for the missing submersible ends\n\nThe small research vessel left its port "
                                "in Newfoundland on June 18, 2023, with five people aboard, on a dive to the wreck "
                                "that was meant to last a few hours.\n\nThe Coast Guard announced on June 22 that "
                                "debris from the vessel had been found near the wreck.")
    assert article.published is None and article.reference_year == 2023
    dated = {s.date: s.date_basis for _, _, s in analysis.events if s.date}
    assert "2023-06-22" in dated
    assert "June 18, 2023" in dated["2023-06-22"]
