"""One page per real actor, of the right kind (issue 17): names resolved as a careful reader
resolves them, within an article and across articles. Every name here is made up."""
from __future__ import annotations

from generator.extract.names import initials, org_base, resolve_names, without_legal_form
from generator.model import Mention
from generator.resolve import resolve_actors
from generator.resolve.actors import same_given_name


def mention(text, label, article="a", paragraph=0, surface=None, evidence=None, role=None):
    return Mention(text=text, surface=surface or text, label=label, article=article, paragraph=paragraph, start=0,
                   end=len(text), sentence=text, role=role, evidence=evidence or [])


def actors_of(mentions):
    actors, _ = resolve_actors(mentions)
    return {a.name: (a.type, sorted(a.aliases)) for a in actors}


# ---------------------------------------------------------------- within one article

def test_a_surname_refers_to_the_full_name_whatever_label_it_was_given():
    ms = [mention("Anna Kovac", "person"), mention("Kovac", "organization", paragraph=2),
          mention("Kovac", "place", paragraph=3)]
    resolve_names(ms)
    assert [(m.text, m.label) for m in ms] == [("Anna Kovac", "person")] * 3


def test_a_surname_misspelt_once_is_still_the_person_introduced():
    ms = [mention("Todd Brenner", "person"), mention("Brennar", "person", paragraph=4)]
    resolve_names(ms)
    assert ms[1].text == "Todd Brenner"


def test_a_surname_two_people_share_is_the_one_named_last_before_it():
    ms = [mention("Kovac", "person", paragraph=0), mention("Anna Kovac", "person", paragraph=1),
          mention("Petr Kovac", "person", paragraph=2), mention("Kovac", "person", paragraph=3)]
    resolve_names(ms)
    assert ms[3].text == "Petr Kovac"   # as a reader takes it
    assert ms[0].text == "Kovac"        # named before either: left as written


def test_a_first_name_the_tagger_took_for_a_company_is_the_person_it_belongs_to():
    ms = [mention("Rafiq Osman", "person"), mention("Rafiq", "organization", paragraph=3),
          mention("Rafiq", "organization", paragraph=4, evidence=["legal form"])]
    resolve_names(ms)
    assert (ms[1].text, ms[1].label) == ("Rafiq Osman", "person")
    assert ms[2].text == "Rafiq"   # 'Rafiq Ltd' is a company whatever the person's name


def test_a_companys_short_forms_and_legal_form_are_one_organisation():
    ms = [mention("Brightline Systems Inc", "organization"), mention("Brightline", "person", paragraph=2),
          mention("Brightline Systems", "organization", paragraph=3)]
    resolve_names(ms)
    assert {(m.text, m.label) for m in ms} == {("Brightline Systems", "organization")}


def test_an_acronym_is_the_organisation_whose_initials_it_is():
    ms = [mention("Federal Maritime Bureau", "organization"), mention("FMB", "organization", paragraph=2)]
    resolve_names(ms)
    assert ms[1].text == "Federal Maritime Bureau"
    assert initials("Bank of the North") == "BN"


def test_name_forms():
    assert org_base("Brightline Systems Inc.") == "brightline"
    assert org_base("Brightline Communications Group") == "brightline"
    assert without_legal_form("Brightline Systems Inc.") == "Brightline Systems"
    assert org_base("Bank") == "bank"  # never down to nothing


# ---------------------------------------------------------------- across articles

def test_hypocorisms_and_transliterations_of_one_person_merge_across_articles():
    names = actors_of([mention("Mike Harlan", "person", "a"), mention("Michael Harlan", "person", "b"),
                       mention("Sergei Volkov", "person", "c"), mention("Sergey Volkov", "person", "d")])
    assert len(names) == 2
    assert same_given_name("bill", "william") and same_given_name("sergei", "sergey")
    assert not same_given_name("anna", "mike")


def test_different_people_who_share_a_surname_are_never_merged():
    names = actors_of([mention("Anna Harlan", "person", "a"), mention("Mike Harlan", "person", "b")])
    assert set(names) == {"Anna Harlan", "Mike Harlan"}


def test_a_surname_read_as_an_organisation_in_another_article_goes_to_the_person():
    names = actors_of([mention("Anna Kovac", "person", "a"), mention("Kovac", "organization", "b"),
                       mention("Kovac", "organization", "b", paragraph=2)])
    assert names == {"Anna Kovac": ("person", ["Kovac"])}


def test_a_short_form_and_an_acronym_in_other_articles_join_the_organisation():
    names = actors_of([mention("Brightline Systems Inc", "organization", "a"), mention("Brightline", "place", "b"),
                       mention("Federal Maritime Bureau", "organization", "a"), mention("FMB", "organization", "c")])
    assert set(names) == {"Brightline Systems Inc", "Federal Maritime Bureau"} or \
        set(names) == {"Brightline Systems", "Federal Maritime Bureau"}
    assert names["Federal Maritime Bureau"][1] == ["FMB"]


def test_an_institution_with_and_without_its_country_is_one():
    names = actors_of([mention("U.S. Coast Guard", "organization", "a", evidence=["institution"]),
                       mention("Coast Guard", "organization", "b")])
    assert len(names) == 1
    names = actors_of([mention("Norway’s Air Force", "organization", "a"), mention("Air Force", "organization", "a")])
    assert len(names) == 1
    names = actors_of([mention("Norway’s Air Force", "organization", "a"), mention("Sweden’s Air Force", "organization", "b"),
                       mention("Air Force", "organization", "b")])
    assert len(names) == 3     # which country's, the bare name does not say


def test_types_come_from_evidence_not_one_label():
    names = actors_of([
        mention("Ravi Menon", "organization", "a", evidence=["title"]),          # 'Minister Ravi Menon'
        mention("Zentrix", "person", "a", evidence=["legal form"]),              # 'Zentrix Ltd'
        mention("Tora", "organization", "a", evidence=["place noun"]),           # 'Tora district'
        mention("Arunachal Pradesh", "organization", "a"),                       # a province (ISO 3166-2)
    ])
    assert names["Ravi Menon"][0] == "person"
    assert names["Zentrix"][0] == "organization"
    assert names["Tora"][0] == "place"
    assert names["Arunachal Pradesh"][0] == "place"


def test_an_airline_the_tagger_reads_as_a_place_wherever_it_flies_is_an_organisation():
    # 'the carrier Skyjet' three times; 'Skyjet' read as a place eight times (no gazetteer knows it)
    ms = [mention("Skyjet", "place", "a", paragraph=i, evidence=["organisation noun"] if i < 3 else [])
          for i in range(11)]
    assert actors_of(ms)["Skyjet"][0] == "organization"
    # a place the text names as one stays a place
    ms = [mention("Tora", "place", "a", paragraph=i, evidence=["place noun"] if i < 3 else []) for i in range(6)]
    ms.append(mention("Tora", "organization", "a", paragraph=7))
    assert actors_of(ms)["Tora"][0] == "place"


def test_a_city_in_the_gazetteer_is_a_place_unless_the_text_says_a_person():
    names = actors_of([
        mention("Kutaisi", "organization", "a"), mention("Kutaisi", "person", "b"),  # GeoNames: a city in Georgia
        mention("Chiclayo", "person", "a"),                                      # a city in Peru
        mention("Florence", "person", "a"),                                      # a city, and a given name
        mention("Kovalenko", "person", "a"),                                     # no city
    ])
    assert names["Kutaisi"][0] == "place"
    assert names["Chiclayo"][0] == "place"
    assert names["Florence"][0] == "person"
    assert names["Kovalenko"][0] == "person"


# ---------------------------------------------------------------- what the text says, end to end

def test_mentions_a_reader_would_not_take_for_actors(analyse):
    article, analysis = analyse(
        "Storm closes port\n\n"
        "LISBON, May 3 (Agency) - The port of Lisbon closed on Monday, the harbour master Rui Patel said.\n\n"
        "Commuters waited for hours. Some commuters said the ferries had stopped without warning.\n\n"
        "A Boeing 737 Max 8 was diverted to Porto, the airport said.\n\n"
        "The U.S. military said its ships had left the harbour, and the district governor of Tora district, "
        "Ahmad Zuhal, told reporters that nobody was hurt.\n")
    texts = {m.text for m in analysis.mentions}
    assert "Commuters" not in texts                   # a common word opening a sentence
    assert "Max 8" not in texts and "MAX" not in texts  # part of a model's name
    assert "U.S. military" in texts                   # a country's institution
    assert any(m.text == "Ahmad Zuhal" and "title" in m.evidence for m in analysis.mentions)


def test_a_name_the_tagger_cut_after_a_title_is_whole(analyse):
    _, analysis = analyse("Court rules on the dam\n\nA bench of Justice Tarun Vikram Seth and Justice Lena Berg "
                          "ordered a new hearing.\n")
    texts = {m.text for m in analysis.mentions if m.label == "person"}
    assert "Tarun Vikram Seth" in texts and "Vikram Seth" not in texts


def test_a_capital_named_as_a_city_stays_a_city(analyse):
    _, analysis = analyse("Talks move to the north\n\nThe talks will continue in the Lorvanian capital of Vienna next "
                          "week, the ministry said.\n")
    assert any(m.text == "Vienna" and m.label == "place" for m in analysis.mentions)
    assert not any(m.text == "Austria" for m in analysis.mentions)
    first = [m for m in analysis.mentions if m.paragraph == 0]
    assert all(m.start > len("LISBON, May 3 (Agency) - ") for m in first)  # the dateline's city is not one


def test_a_family_name_that_comes_first_goes_to_the_one_named_last_before():
    ms = [mention("Park Min-jun", "person", paragraph=1), mention("Park", "person", paragraph=2),
          mention("Park Seo-yeon", "person", paragraph=5), mention("Park", "person", paragraph=6)]
    resolve_names(ms)
    assert [m.text for m in ms] == ["Park Min-jun", "Park Min-jun", "Park Seo-yeon", "Park Seo-yeon"]


def test_a_name_spelled_with_dots_or_spaces_joins_the_organisation_it_spells():
    # 'J.P. Morgan' beside 'JPMorgan Chase' / 'JPMorgan': initials read by the tagger as a person
    found = actors_of([mention("Northwind Chase", "organization", surface="Northwind"),
                       mention("Northwind Chase", "organization", paragraph=2),
                       mention("Northwind Chase", "organization", paragraph=3),
                       mention("North Wind", "person", article="c")])
    assert list(found) == ["Northwind Chase"]
    assert found["Northwind Chase"][0] == "organization"


def test_a_person_whose_name_spells_no_organisation_stays_a_person():
    found = actors_of([mention("Northwind Chase", "organization", surface="Northwind"),
                       mention("Nora Windham", "person", article="b")])
    assert sorted(found) == ["Nora Windham", "Northwind Chase"]


def test_a_name_the_tagger_cut_short_takes_its_whole_form():
    found = actors_of([mention("Yoon Min Seok", "person"), mention("Yoon Min", "person", paragraph=2),
                       mention("Yoon Min", "person", paragraph=3), mention("Yoon Min", "person", paragraph=4)])
    assert list(found) == ["Yoon Min Seok"]


def test_a_fathers_name_is_not_cut_short_from_his_sons():
    found = actors_of([mention("Hal Brandt", "person"), mention("Hal Brandt", "person", paragraph=2),
                       mention("Hal Brandt Jr", "person", article="b")])
    assert sorted(found) == ["Hal Brandt", "Hal Brandt Jr"]


def test_two_countries_ministries_of_the_same_name_are_two_actors(analyse):
    _, analysis = analyse("Drone war widens\n\nLorvania\u2019s Defense Ministry said its forces shot down 33 drones "
                          "overnight.\n\nA new interceptor is a top priority for Norland\u2019s Defense Ministry.\n")
    texts = {m.text for m in analysis.mentions if m.label == "organization"}
    assert {"Lorvania\u2019s Defense Ministry", "Norland\u2019s Defense Ministry"} <= texts
    assert "Defense Ministry" not in texts


def test_a_committee_named_after_its_subject_is_named_whole(analyse):
    _, analysis = analyse("Hearing set\n\nThe Senate Committee on Foreign Relations will meet on Monday, and the "
                          "Riverton City Council on Tuesday approved the budget.\n")
    texts = {m.text for m in analysis.mentions if m.label == "organization"}
    assert "Senate Committee on Foreign Relations" in texts
    assert "Riverton City Council" in texts and not any("Tuesday" in t for t in texts)


def test_a_name_before_an_organisation_word_is_an_organisation_not_a_person(analyse):
    _, analysis = analyse("Leaks inquiry\n\nAnna Kovac, director of the Riverton Crime Watch agency, "
                          "compared the tactics to organised crime.\n")
    kinds = {m.text: m.label for m in analysis.mentions}
    assert kinds.get("Riverton Crime Watch") == "organization"
    # a foundation named after a person does not make the person an organisation
    _, analysis = analyse("Charity row\n\nAnna Kovac said her father had given money to the Anna Kovac "
                          "foundation.\n\nAnna Kovac said the gifts were declared.\n")
    assert "organization" not in {m.label for m in analysis.mentions if m.text == "Anna Kovac"}


def test_a_name_the_article_gives_a_law_or_a_weapon_is_no_actor(analyse):
    _, analysis = analyse("Strikes go on\n\nLorvania fired the hypersonic Kestrel ballistic missile at the city "
                          "on Sunday.\n\nThe Kestrel, which can carry several warheads, struck a factory.\n\n"
                          "Senators want to repeal the 2010 Okafor-Demir banking law.\n")
    names = {m.text for m in analysis.mentions}
    assert "Lorvania" in names and not {"Kestrel", "Okafor-Demir"} & names
    # a place or a known body before 'law' or 'bill' is still named, there and elsewhere
    _, analysis = analyse("Ban upheld\n\nThe Texas law bans the sale of the drug.\n\nTexas officials defended "
                          "it on Monday.\n\nThe Senate bill would repeal it, but the Senate has not voted.\n")
    names = [m.text for m in analysis.mentions]
    assert names.count("Texas") == 2 and "Senate" in names


def test_a_person_with_two_given_names_is_not_a_role_and_a_name(analyse):
    _, analysis = analyse("Crew named\n\nThe co-pilot was Rémi Jean Dufort, a French citizen.\n\n"
                          "The report was written by Mary Ann Okafor on Monday.\n")
    people = {(m.text, m.role) for m in analysis.mentions if m.label == "person"}
    assert people == {("Rémi Jean Dufort", None), ("Mary Ann Okafor", None)}


def test_a_capitalised_word_the_tagger_left_out_of_an_organisations_name_is_part_of_it(analyse):
    _, analysis = analyse("Protest at the theatre\n\nTwo people were arrested after Just Save Rivers protesters "
                          "disrupted a performance on Monday night.\n\nThe police said Only Clean Air protesters "
                          "had joined them.\n")
    assert {"Just Save Rivers", "Only Clean Air"} <= {m.text for m in analysis.mentions}


def test_a_name_found_once_is_the_same_name_where_it_comes_again():
    from tests.conftest import make_article
    from generator.extract.actors import _same_name_again
    from generator.model import Mention
    from generator.nlp import parse
    from generator.settings import Settings

    article = make_article("Party quits the coalition\n\nEnnahda said on Monday that the coalition was over.\n\n"
                           "And Ennahda came under fire as the crisis grew, so Ennahda stepped down. The Ennahda "
                           "Youth League stayed. The Roman mosaics of the Roman city stayed too.\n", "a.txt")
    docs = parse([p.text for p in article.body], Settings.model)
    first = article.body[0]
    tagged = [Mention(text="Ennahda", surface="Ennahda", label="organization", article=article.id,
                      paragraph=first.index, start=0, end=7, sentence=first.text),
              Mention(text="Roman", surface="Roman", label="place", article=article.id,
                      paragraph=first.index, start=0, end=0, sentence=first.text)]
    found = _same_name_again(article, docs, tagged, {"the", "and", "so"}, {}, set())
    again = [(m.start, m.text) for m in found if m.paragraph == article.body[1].index]
    assert again == [(4, "Ennahda"), (51, "Ennahda")]   # not in 'Ennahda Youth League', not 'Roman' the adjective


def test_a_peoples_adjective_ending_a_name_is_a_description(analyse):
    _, analysis = analyse("Allies meet\n\nLorvania\u2019s European allies, including France, met on Monday. The "
                          "European Union said it would act.\n")
    texts = {m.text for m in analysis.mentions}
    assert not any(t.endswith("European") for t in texts)
    assert "European Union" in texts


def test_a_company_named_with_a_country_is_a_national_branch_not_the_parent():
    names = actors_of([mention("Peru Skyjet", "organization", "a"), mention("Skyjet", "organization", "a"),
                       mention("Skyjet", "organization", "b")])
    assert set(names) == {"Peru Skyjet", "Skyjet"}
    ms = [mention("Peru Skyjet", "organization"), mention("Skyjet", "organization", paragraph=2)]
    resolve_names(ms)
    assert [m.text for m in ms] == ["Peru Skyjet", "Skyjet"]


def test_a_state_is_not_the_short_form_of_a_body_named_after_it():
    ms = [mention("Ohio State Nurses Association", "organization"), mention("Ohio", "place", paragraph=2),
          mention("Skyjet Airlines", "organization", paragraph=3), mention("Skyjet", "place", paragraph=4)]
    resolve_names(ms)
    assert [m.text for m in ms[1::2]] == ["Ohio", "Skyjet Airlines"]


def test_a_woman_with_a_mans_surname_is_not_him(analyse):
    _, analysis = analyse("Gifts row\n\nSir Tomas Kovac defended the gifts on Monday.\n\n"
                          "Lady Kovac, his wife, wore a dress lent by a designer.\n\n"
                          "Sir Tomas said the rules had been followed. Lady Kovac did not comment.\n")
    people = {(m.paragraph, m.text) for m in analysis.mentions if m.label == "person"}
    assert {(0, "Tomas Kovac"), (1, "Lady Kovac"), (2, "Tomas Kovac"), (2, "Lady Kovac")} <= people
    assert (1, "Tomas Kovac") not in people
    # without an honorific that says otherwise, the surname is his
    _, analysis = analyse("Gifts row\n\nSir Tomas Kovac defended the gifts on Monday.\n\n"
                          "Kovac said the rules had been followed.\n")
    assert {m.text for m in analysis.mentions if m.label == "person"} == {"Tomas Kovac"}


def test_a_capital_where_a_journey_starts_or_its_airport_is_the_city(analyse):
    _, analysis = analyse("Engine fire\n\nAn engine caught fire after take-off from Vienna on Monday.\n\n"
                          "Staff were barred from Vienna airport.\n\nVienna said it would investigate.\n")
    by_paragraph = {m.paragraph: m.text for m in analysis.mentions if m.surface == "Vienna"}
    assert by_paragraph == {0: "Vienna", 1: "Vienna", 2: "Austria"}


def test_a_countrys_body_named_again_without_the_country_is_the_same(analyse):
    _, analysis = analyse("Strikes go on\n\nThe attack included 600 drones, according to Norway\u2019s Air Force.\n\n"
                          "Around 19 missiles failed to reach their targets, the Air Force said.\n")
    assert {m.text for m in analysis.mentions if "Air Force" in m.text} == {"Norway\u2019s Air Force"}


def test_a_capital_struck_is_the_city_and_a_capital_speaking_its_government(analyse):
    _, analysis = analyse("Night of drones\n\nLorvania hit Vienna with a barrage of drones overnight.\n\n"
                          "Vienna said the attack was a war crime.\n\nIn Vienna\u2019s western districts, a school "
                          "was damaged.\n")
    by_paragraph = {m.paragraph: m.text for m in analysis.mentions if m.surface == "Vienna"}
    assert by_paragraph == {0: "Vienna", 1: "Austria", 2: "Vienna"}


def test_a_capital_warned_or_a_council_on_a_place_are_not_cities_or_names(analyse):
    _, analysis = analyse("Talks stall\n\nIt was a long week of talks for the diplomats of the region.\n\n"
                          "Washington warned Vienna on Monday that the talks would fail.\n\n"
                          "The UN Security Council on Peru met on Tuesday.\n")
    texts = {m.text for m in analysis.mentions}
    assert "Austria" in texts and "Vienna" not in texts
    assert not any(t.endswith("on Peru") for t in texts)


def test_a_news_agency_cited_as_source_is_a_publication_but_an_air_force_is_not(analyse):
    _, analysis = analyse("Drones over the border\n\nIt was a long night for the people of the valley towns.\n\n"
                          "Forty drones crossed the border overnight, according to Riverton News Agency.\n\n"
                          "Ten more were shot down, according to the Lorvanian Air Force.\n")
    context = {m.text: m.context for m in analysis.mentions if m.label == "organization"}
    assert context.get("Riverton News Agency") == "cited as source"
    assert any("Air Force" in t and c != "cited as source" for t, c in context.items())


def test_credits_and_court_cases_are_no_actors(analyse):
    _, analysis = analyse("Funding fight\n\nIt was a long night for the people of the valley towns.\n\n"
                          "The mayor met the governor at his office in Riverton in April. (Tomas Varga/Associated Press)\n\n"
                          "The money came from a series of rulings known as Abbott v. Burke.\n\n"
                          "Mira Holst contributed to this report.\n\n"
                          "The governor of Lorvania said the schools in Riverton would get more money.\n")
    texts = {m.text for m in analysis.mentions}
    assert not texts & {"Tomas Varga", "Abbott v. Burke", "Mira Holst"}
    assert "Riverton" in texts


def test_a_party_named_by_its_members_is_the_party(analyse):
    _, analysis = analyse("Gifts row\n\nThe Tories called for an inquiry on Monday.\n\n"
                          "Democrats voted against the bill, while Republicans backed it.\n")
    parties = {m.surface: (m.text, m.label) for m in analysis.mentions}
    assert parties["Tories"] == ("Conservative Party", "organization")
    assert parties["Democrats"] == ("Democratic Party", "organization")
    assert parties["Republicans"] == ("Republican Party", "organization")
