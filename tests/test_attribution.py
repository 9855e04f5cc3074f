"""Who said what (issue 18): each shape of attribution a news article uses, on made-up sentences.
The statement is always verbatim; the speaker is the actor the words name, resolved as a reader
resolves them."""
from __future__ import annotations

import pytest

from generator.extract.quotes import find_quotes

INTRO = "Bridge talks end in Riverton\n\nForeign Minister Anna Kovac met the city's mayor, Petr Holub, on Thursday.\n\n"


def said(analyse, *paragraphs):
    _, analysis = analyse(INTRO + "\n\n".join(paragraphs))
    return [(ref.mention.text if ref.mention else ref.text, src.text, direct, src.audience, src.occasion)
            for ref, src, direct in analysis.claims]


def texts_by(claims, speaker):
    return [t for s, t, *_ in claims if s == speaker]


def test_a_question_mark_before_the_cue_does_not_lose_the_speaker(analyse):
    claims = said(analyse, "\u201cWho can say when the bridge will open again?\u201d Kovac told reporters.")
    assert ("Anna Kovac", "Who can say when the bridge will open again?", True, "reporters", None) in claims


def test_audience_and_occasion_are_kept(analyse):
    claims = said(analyse, "\u201cWe made no progress on the financing,\u201d Kovac told reporters at a press "
                           "conference in Riverton.")
    assert ("Anna Kovac", "We made no progress on the financing", True, "reporters",
            "at a press conference in Riverton") in claims


def test_it_is_the_organisation_that_is_the_subject_before(analyse):
    claims = said(analyse, "Brightline Systems had agreed to build the bridge, but it ended the contract, citing "
                           "delays in the payments from the city.")
    assert any(t.startswith("citing delays") for t in texts_by(claims, "Brightline Systems"))


def test_quotation_marks_of_mixed_kinds_close_each_other():
    text = "\u201cWe are ready,\" she said, \"to start on Monday.\u201d"
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["We are ready,", "to start on Monday."]


def test_a_quotation_over_several_paragraphs_is_its_speakers_in_every_paragraph(analyse):
    claims = said(analyse, "\u201cThe bridge was closed for safety reasons and the engineers agreed with that decision.",
                  "\u201cThe repairs will be paid for by the city and by the regional fund together.",
                  "\u201cWe expect the first cars to cross it again in the spring,\u201d Kovac said.")
    by_kovac = texts_by(claims, "Anna Kovac")
    assert "The bridge was closed for safety reasons and the engineers agreed with that decision." in by_kovac
    assert "The repairs will be paid for by the city and by the regional fund together." in by_kovac
    assert "We expect the first cars to cross it again in the spring" in by_kovac
    # the statements stay in reading order
    assert by_kovac.index("The repairs will be paid for by the city and by the regional fund together.") < \
        by_kovac.index("We expect the first cars to cross it again in the spring")


def test_a_countrys_institution_is_the_speaker_not_the_country(analyse):
    claims = said(analyse, "The Lorvanian military said the bridge would be guarded by soldiers from Monday.")
    speakers = {s for s, t, *_ in claims if "guarded by soldiers" in t}
    assert speakers and not speakers & {"Lorvania", "Lorvanian"}


def test_the_end_of_a_quotation_is_not_claimed_twice(analyse):
    claims = said(analyse, "\u201cThe repairs will cost four million. So it is important to say that the city pays "
                           "for all of it,\u201d Kovac said.")
    assert sum("So it is important to say" in t for s, t, *_ in claims) == 1


def test_he_after_a_persons_office_is_still_that_person(analyse):
    claims = said(analyse, "Kovac\u2019s office released a statement on Friday. It said that he told Holub the "
                           "bridge would reopen before the elections next year.")
    assert any(s == "Anna Kovac" and "bridge would reopen" in t for s, t, *_ in claims)


def test_a_letter_says_what_its_authors_wrote(analyse):
    claims = said(analyse, "The Riverton Transport Council sent a letter to Kovac on Monday.",
                  "The letter said that the bridge had been unsafe for at least two years before it closed.")
    assert any(s == "Riverton Transport Council" and "unsafe for at least two years" in t for s, t, *_ in claims)


def test_a_name_after_a_common_noun_is_not_the_speaker(analyse):
    _, analysis = analyse(INTRO + "A parliamentary committee on Brightline Shipping Inc said the port should stay "
                                  "closed until the spring.")
    speakers = [ref for ref, src, _ in analysis.claims if "port should stay closed" in src.text]
    assert speakers and all(ref.mention is None or "Brightline" not in ref.mention.text for ref in speakers)


def test_an_opening_mark_typed_as_the_closing_one_still_ends_the_quotation(analyse):
    claims = said(analyse, "\u201cApparently not at all,\u201c Holub said. \u201cA leopard does not change its spots.\u201d")
    assert "Apparently not at all" in texts_by(claims, "Petr Holub")
    assert "A leopard does not change its spots." in texts_by(claims, "Petr Holub")


def test_a_subject_inside_the_quotation_is_not_the_speaker(analyse):
    claims = said(analyse, "\"If it does not have the money to pay for the repairs yet, it will at some point, "
                           "probably sooner rather than later,\" said Holub, the mayor.")
    assert any("probably sooner rather than later" in t for t in texts_by(claims, "Petr Holub"))


def test_a_verb_joined_to_another_shares_its_subject(analyse):
    claims = said(analyse, "On Thursday, after weeks of silence, Kovac appeared on Radio Riverton and endorsed "
                           "Holub, saying, \u201cI think having a fighter in the city hall is exactly what this city "
                           "needs.\u201d")
    assert any("exactly what this city needs" in t for t in texts_by(claims, "Anna Kovac"))


def test_a_verb_joined_to_the_reported_clause_is_the_reporters(analyse):
    claims = said(analyse, "Holub said the closure risked \u201cspilling over\u201d into other towns and stated "
                           "Riverton has asked the region for help, despite limited progress.")
    assert any("risked \u201cspilling over\u201d into other towns" in t for t in texts_by(claims, "Petr Holub"))
    assert any("asked the region for help" in t for t in texts_by(claims, "Petr Holub"))


def test_a_quotation_continuing_a_reported_statement_is_its_speakers(analyse):
    claims = said(analyse, "Some of the fears in the city are \"based on misunderstandings of the bridge, but many "
                           "are grounded in fact,\" said Holub. \"A long report may go some way to answering the "
                           "wilder accusations.\"")
    assert "A long report may go some way to answering the wilder accusations." in texts_by(claims, "Petr Holub")
    assert not any(t.rstrip().endswith("said") for t in texts_by(claims, "Petr Holub"))


def test_a_quoted_phrase_in_what_someone_did_is_their_words(analyse):
    claims = said(analyse, "Holub defended the closure, calling the protester \u201ca very obnoxious guy who was looking "
                           "to make trouble.\u201d",
                  "Kovac credited Holub for \"an exciting and inspiring campaign.\"")
    assert any(t.startswith("calling the protester") and "obnoxious guy" in t for t in texts_by(claims, "Petr Holub"))
    assert 'credited Holub for "an exciting and inspiring campaign."' in texts_by(claims, "Anna Kovac")


def test_titles_scare_quotes_and_passives_are_nobodys_words(analyse):
    claims = said(analyse, "Holub spoke on Monday on the radio show \"This Week with Jane Doe.\"",
                  "Kovac opened a \"smart\" parking garage near the bridge.",
                  "Holub wants to copy what has been called the \u201cRiverton model\u201d of bridge tolls.",
                  "Riverton\u2019s usual reaction is to ignore the \u201cinterests of the valley people.\u201d",
                  "Holub visited the so-called \"safe zone\" on the edge of the city on Monday.",
                  "Kovac spent the night in a \"temporary shelter\" near the river bank.")
    texts = [t for _, t, *_ in claims]
    assert not any("This Week" in t or "smart" in t or "Riverton model" in t or "valley people" in t
                   or "safe zone" in t or "temporary shelter" in t for t in texts)


def test_an_unresolved_it_does_not_cut_a_statement_short(analyse):
    claims = said(analyse, "Holub said it would be \u201cpushing it a bit far\u201d to deny him the right to accept "
                           "the tickets.")
    assert any(t.endswith("to deny him the right to accept the tickets.") for t in texts_by(claims, "Petr Holub"))


def test_a_quotation_paragraph_after_reported_speech_is_not_given_to_its_speaker(analyse):
    claims = said(analyse, "Holub has said the bridge needs to be rebuilt from the ground up.",
                  "\u201cI think the city will pay for it in the end, whatever the council decides.\u201d")
    assert "I think the city will pay for it in the end, whatever the council decides." not in \
        texts_by(claims, "Petr Holub")


def test_a_role_in_apposition_makes_a_name_a_persons(analyse):
    _, analysis = analyse("Search goes on\n\nHadi Tjahnanto, a senior air-force officer, told reporters that the "
                          "samples were being analysed.\n")
    assert [m.label for m in analysis.mentions if m.text == "Hadi Tjahnanto"] == ["person"]
    assert any(ref.mention is not None and ref.mention.text == "Hadi Tjahnanto" for ref, _, _ in analysis.claims)


def test_one_quoted_word_counts_as_what_someone_was_called(analyse):
    claims = said(analyse, "France has characterized Holub as the \"mastermind\" behind the closure of the bridge.",
                  "Kovac opened a \"smart\" garage near the bridge on Monday.")
    assert any("as the \"mastermind\"" in t for t in texts_by(claims, "France"))
    assert not any("smart" in t for _, t, *_ in claims)


def test_a_country_that_only_qualifies_the_source_is_not_it(analyse):
    claims = said(analyse, "Holub worked as a teacher in the valley for a decade, according to the France-based "
                           "charity group Enfants du Monde.")
    assert not texts_by(claims, "France")


def test_a_countrys_public_body_in_lower_case_is_an_organisation_that_speaks(analyse):
    claims = said(analyse, "Damage was recorded in 50 places across several districts of the capital, France\u2019s "
                           "emergency service said in a post.")
    assert "Damage was recorded in 50 places across several districts of the capital" in \
        texts_by(claims, "France\u2019s emergency service")
    _, analysis = analyse(INTRO + "France's biggest bank said profits fell.")
    assert not any(m.text.startswith("France's biggest") for m in analysis.mentions)


def test_a_reported_report_is_both_speakers(analyse):
    claims = said(analyse, "France said Holub had told Kovac by telephone on Wednesday that he was confined to his home.")
    assert any(t.startswith("Holub had told Kovac by telephone") for t in texts_by(claims, "France"))
    assert any(t.startswith("he was confined to his home") for t in texts_by(claims, "Petr Holub"))


# (what the case shows, the paragraphs after INTRO, the speaker, the statement as it must be found)
SHAPES = [
    ("a quotation of several sentences before its cue is whole",
     ["\u201cWe will study the ruling. We will go through its implications. The court is supreme,\u201d "
      "Kovac said."],
     "Anna Kovac", "We will study the ruling. We will go through its implications. The court is supreme"),
    ("a split quotation keeps its speaker past a short first part",
     ["\u201cIt is fine,\u201d Holub said on the radio show \u201cCity Hour.\u201d "
      "\u201cBut the bridge must open before the winter comes to the valley.\u201d"],
     "Petr Holub", "But the bridge must open before the winter comes to the valley."),
    ("a negation inside the quotation is not the cues",
     ["\u201cAre we ready for the winter? Probably not,\u201d Holub said."],
     "Petr Holub", "Are we ready for the winter? Probably not"),
    ("a colon before the quotation names the speaker",
     ["Holub issued the following statement:",
      "\u201cThe city will pay for the repairs and the bridge will reopen in March.\u201d"],
     "Petr Holub", "The city will pay for the repairs and the bridge will reopen in March."),
    ("a transcript turn is what its speaker said",
     ["HOLUB: We have the money and we have the engineers, so the work can start now."],
     "Petr Holub", "We have the money and we have the engineers, so the work can start now."),
    ("the name at the head of the subject speaks not a modifier",
     ["Former Riverton adviser Tom Reyes said the bridge had been neglected for years."],
     "Tom Reyes", "the bridge had been neglected for years."),
    ("a description resolves to the person it stands for",
     ["\u201cWe are neighbours and it is better to talk than to build walls,\u201d the top "
      "diplomat said after the meeting."],
     "Anna Kovac", "We are neighbours and it is better to talk than to build walls"),
    ("a dateline is never the speaker",
     ["RIVERTON, March 3 (Agency) Transport Minister Jana Brod said on Monday that the bridge "
      "would reopen within a month."],
     "Jana Brod", "the bridge would reopen within a month."),
    ("a definite description no role fits is the person the text is about",
     ["Holub said the repairs would take a year.",
      "\u201cThe money is there and the engineers are ready to start work,\u201d the city spokesman said."],
     "Petr Holub", "The money is there and the engineers are ready to start work"),
    ("he after a possessive is the person the subject names not the possessor",
     ["Mira Holt, 19, died in hospital on Monday.",
      "Ms Holt\u2019s father, Owen Holt, confirmed his daughter\u2019s death. \u201cWe are heartbroken "
      "and we thank the nurses who cared for her,\u201d he said."],
     "Owen Holt", "We are heartbroken and we thank the nurses who cared for her"),
    ("she skips a man the text shows as one",
     ["Mayor Lena Brandt opened the session. Mr Tamas Szabo said his group would vote against "
      "the budget.",
      "\u201cThe budget protects the schools and the clinics we promised to keep open,\u201d she said."],
     "Lena Brandt", "The budget protects the schools and the clinics we promised to keep open"),
    ("an unnamed spokesperson speaks for the organisation the text names",
     ["The Riverton Transport Council closed the bridge on Monday.",
      "\u201cThe council takes the safety of every driver very seriously,\u201d a council spokesperson said."],
     "Riverton Transport Council", "The council takes the safety of every driver very seriously"),
    ("a long attribution sentence between two parts of one quotation keeps its speaker",
     ["\u201cI remember the snow that closed the bridge last winter,\u201d Kovac told the packed hall, where an "
      "overflow crowd of about 1,200 people watched on a screen set up in the square outside. \u201cThe pictures "
      "of the drifts on the roads are still with me.\u201d"],
     "Anna Kovac", "The pictures of the drifts on the roads are still with me."),
    ("any reporting verb between two parts keeps the speaker",
     ["\"The bridge is open again,\" tweeted Holub. \"The best views of the river are from its middle span.\""],
     "Petr Holub", "The best views of the river are from its middle span."),
    ("a statement 'saying' is its issuer's",
     ["Brightline Systems released a separate statement saying, \u201cIt allows us to grow our business together "
      "with the city and its people.\u201d"],
     "Brightline Systems", "It allows us to grow our business together with the city and its people."),
    ("a paragraph that is only a quotation continues the attributed quotation before",
     ["\u201cThe mayor\u2019s statement was completely out of touch with what people expect,\u201d Kovac said.",
      "\u201cThere is no other way but to leave office early.\u201d"],
     "Anna Kovac", "There is no other way but to leave office early."),
    ("', according to X.' after a statement is X's",
     ["The repairs will cost 40 million euros and last two years, according to Kovac."],
     "Anna Kovac", "The repairs will cost 40 million euros and last two years"),
]


@pytest.mark.parametrize("paragraphs,speaker,statement", [c[1:] for c in SHAPES], ids=[c[0] for c in SHAPES])
def test_who_said_what(analyse, paragraphs, speaker, statement):
    assert statement in texts_by(said(analyse, *paragraphs), speaker)


def test_an_it_that_names_something_keeps_its_infinitive(analyse):
    claims = said(analyse, "Brightline Systems closed the plant on Monday. It wanted to stress that the plant was "
                           "safe and that no worker had been hurt.")
    assert any("the plant was safe" in t for t in texts_by(claims, "Brightline Systems"))


def test_a_quotation_paragraph_after_someone_else_speaks_is_not_the_first_speakers(analyse):
    claims = said(analyse, "\u201cThe bridge must reopen before the winter,\u201d Kovac said. Holub disagreed with her.",
                  "\u201cNobody will pay for it in the end, whatever the council decides.\u201d")
    assert "Nobody will pay for it in the end, whatever the council decides." not in texts_by(claims, "Anna Kovac")
