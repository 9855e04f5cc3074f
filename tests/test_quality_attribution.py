"""The attribution benchmark's conversion, matching and scoring rules (benchmarks/quality/), on
made-up sentences: no PolNeAR data is needed."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks" / "quality"))

import attribution as A  # noqa: E402
import fetch_polnear as F  # noqa: E402

# --------------------------------------------------------------------------- conversion


def test_parse_ann_reads_discontinuous_spans_and_multiline_text():
    ann = ("T1\tSource 0 5\tTrump\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\tfirst part\nsecond\n"
           "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
           "T5\tContent 40 50\tmore\nE2\tAttribution-no-source:T4 Content:T5 Content2:T3 Cue:T2\n"
           "#1\tAnnotatorNotes T3\ta note\n")
    spans, relations = F.parse_ann(ann)
    assert spans["T3"].spans == [(11, 20), (25, 30)]
    assert relations[0].roles == {"Attribution": ["T4"], "Content": ["T3"], "Cue": ["T2"], "Source": ["T1"]}
    assert relations[1].roles["Content"] == ["T5", "T3"]   # Content2 joins Content
    assert "Source" not in relations[1].roles


@pytest.mark.parametrize("text, kind", [
    ("he", "pronoun"), ("They", "pronoun"), ("who", "pronoun"),
    ("Donald Trump", "name"), ("Sen. Elizabeth Warren (D-Mass.)", "name"),
    ("Trump's campaign manager, Kellyanne Conway", "name"), ("The New York Post", "name"),
    ("the Clinton campaign", "description"), ("a source", "description"), ("Republican leaders", "description"),
    ("a poll released Thursday", "description"), ("Officials", "description"), ("", "none"), (None, "none"),
])
def test_source_kind(text, kind):
    assert F.source_kind(text) == kind


def test_source_kind_uses_tags_where_given():
    # "Sources" is capitalised only because it starts the sentence; the tagger says NNS
    assert F.source_kind("Sources close to him", lambda i: False) == "description"
    assert F.source_kind("Obama", lambda i: True) == "name"


def test_quote_regions_and_direct_share():
    line = 'He said: “We will win. Believe me,” and added "it is over.'
    regions = F.quote_regions(line)
    assert [line[a:b] for a, b in regions] == ["We will win. Believe me,", "it is over."]  # unclosed: to the end
    start = line.index("We")
    assert F.quote_fraction(line, [(start, start + 24)], regions) == 1.0
    assert F.quote_fraction(line, [(0, 7)], regions) == 0.0


def test_to_seed_puts_a_blank_line_between_paragraphs_and_keeps_offsets():
    raw = "Title\nFirst para.\n\n\nSecond para."
    seed, mapping, paragraphs = F.to_seed(raw)
    assert seed == "Title\n\nFirst para.\n\nSecond para.\n"
    s = raw.index("Second")
    a = F.map_offset(mapping, s, False)
    assert seed[a:a + 6] == "Second"
    assert [seed[p:q] for p, q in paragraphs] == ["Title", "First para.", "Second para."]
    # an end offset in a gap between paragraphs moves back to the paragraph's end
    assert seed[:F.map_offset(mapping, raw.index("\n\n\n") + 2, True)].endswith("First para.")


def test_convert_builds_gold_attributions():
    raw = 'Title line\n“We will build it,” Trump said.\nHe added that it was cheap.'
    s_trump = raw.index("Trump")
    c = raw.index("“")
    e = raw.index("”") + 1
    he = raw.index("He")
    ann = (f"T1\tSource {s_trump} {s_trump + 5}\tTrump\nT2\tCue {s_trump + 6} {s_trump + 10}\tsaid\n"
           f"T3\tContent {c} {e}\tx\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
           f"T4\tSource {he} {he + 2}\tHe\nT5\tCue {he + 3} {he + 8}\tadded\n"
           f"T6\tContent {he + 9} {len(raw) - 1}\tx\nE2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n")
    seed, gold = F.convert("pub_2016-01-01_x", "train", raw, ann, None, {"publisher": "pub"}, "abcd")
    a, b = gold["attributions"]
    assert a["source"]["text"] == "Trump" and a["direct"] and a["source_kind"] == "name"
    assert a["content"]["text"] == "“We will build it,”" and a["paragraphs"] == [1]
    assert b["source_kind"] == "pronoun" and not b["direct"] and b["content"]["text"] == "that it was cheap"
    sp = b["content"]["spans"][0]
    assert seed[sp[0]:sp[1]] == "that it was cheap"


def test_mirror_refuses_the_test_compartment():
    with pytest.raises(PermissionError):
        F.Mirror._check("data/test/text/x.txt")
    F.Mirror._check("data/dev/text/x.txt")

# --------------------------------------------------------------------------- matching


def positions(text: str, *snippets: str) -> list[frozenset[int]]:
    words = A.word_spans(text)
    out = []
    for s in snippets:
        i = text.index(s)
        out.append(A.words_in(words, [(i, i + len(s))]))
    return out


TEXT = "“We will build a wall and Mexico will pay,” Trump said. “It will be beautiful.” He smiled."


def test_hits_and_recall_by_word_overlap():
    gold, = positions(TEXT, "We will build a wall and Mexico will pay,” Trump said. “It will be beautiful.")
    # PolNeAR's content would leave out the attribution; here the gold simply spans both quotes
    first, second, tiny = positions(TEXT, "We will build a wall and Mexico will pay", "It will be beautiful", "Mexico")
    assert A.hits(first, gold) and A.hits(tiny, gold)   # a prediction inside the gold hits it
    assert not A.recalled(gold, [tiny])                 # but one word covers too little of it
    assert A.recalled(gold, [first, second])            # the parts cover it together
    other, = positions(TEXT, "He smiled")
    assert not A.hits(other, gold)


def test_locate_finds_a_claim_despite_space_normalisation():
    seed = "Title\n\nHe said: “A\u00a0big   day,” and left.\n"
    span = A.locate(seed, "A big day,”")
    assert span is not None and seed[span[0]:span[1]] == "A\u00a0big   day,”"
    assert A.locate(seed, "not there") is None
    taken: set[int] = set()
    twice = "x said it. x said it.\n"
    assert A.locate(twice, "said it", taken=taken) != A.locate(twice, "said it", taken=taken)


@pytest.mark.parametrize("predicted, gold, ok", [
    (["Donald Trump"], ["Trump"], True),
    (["Trump"], ["Republican presidential candidate Donald J. Trump"], True),
    (["Mr. Trump"], ["Donald Trump"], True),
    (["Hillary Clinton"], ["Bill Clinton"], False),            # different first names
    (["Obama"], ["former Obama adviser David Axelrod"], False),  # 'Obama' only modifies the head
    (["David Axelrod"], ["former Obama adviser David Axelrod"], True),
    (["Kellyanne Conway"], ["Trump's campaign manager, Kellyanne Conway"], True),
    (["he"], ["he"], False),                                    # pronouns never count
    (["the campaign spokesman"], ["a campaign spokesman"], True),  # descriptions by their words
    (["the mayor"], ["a source"], False),
    (["Sanders"], ["Hillary Clinton, Bernie Sanders and Martin O’Malley"], True),
])
def test_speaker_match(predicted, gold, ok):
    assert A.speaker_match(predicted, gold) is ok


def test_gold_names_for_pronouns_and_descriptions():
    g = A.Gold("a", "E1", frozenset(), True, "he", "pronoun", coref="Donald Trump", antecedent="Mike Pence")
    assert g.names() == ["Donald Trump", "Mike Pence"]
    d = A.Gold("a", "E2", frozenset(), True, "the candidate", "description", coref="Donald Trump")
    assert d.names() == ["the candidate", "Donald Trump"]
    n = A.Gold("a", "E3", frozenset(), True, "Trump", "name", coref="the candidate")
    assert n.names() == ["Trump"]   # a named source needs no coreferent
    assert A.Gold("a", "E4", frozenset(), True, "it", "pronoun").names() == []

# --------------------------------------------------------------------------- scoring


def test_score_on_a_made_up_article():
    text = ("“We will build a wall and Mexico will pay for it,” Trump said. "
            "Clinton said the plan would never work in practice. "
            "The weather was fine and “very sunny indeed” all day.")
    words = A.word_spans(text)

    def span(s):
        i = text.index(s)
        return A.words_in(words, [(i, i + len(s))])

    golds = [
        A.Gold("a", "E1", span("We will build a wall and Mexico will pay for it"), True, "Trump", "name"),
        A.Gold("a", "E2", span("the plan would never work in practice"), False, "Clinton", "name"),
    ]
    preds = [
        A.Pred("a", span("We will build a wall and Mexico will pay for it"), True, "Trump", ["Donald Trump"]),
        A.Pred("a", span("very sunny indeed"), True, "The weather", []),     # not an attribution
    ]
    r = A.score(golds, preds)["figures"]
    assert r["direct_recall"] == {"value": 1.0, "n": 1, "of": 1}
    assert r["speaker_direct_name"]["value"] == 1.0 and r["actor_direct_name"]["value"] == 1.0
    assert r["indirect_recall"]["value"] == 0.0
    assert r["precision_direct"] == {"value": 0.5, "n": 1, "of": 2}
    assert r["precision_all_strict"]["value"] == 0.5
    table = A.table({"ours": {"figures": r}})
    assert "| direct-quote recall | 1.000 (1/1) |" in table


def test_wrong_speaker_and_title_attributions():
    text = "Headline says it all today\n\n“This is a very bad deal for everyone,” Pence said of the plan."
    words = A.word_spans(text)
    i = text.index("This")
    content = A.words_in(words, [(i, i + len("This is a very bad deal for everyone"))])
    golds = [A.Gold("a", "E1", content, True, "Pence", "name"),
             A.Gold("a", "E0", A.words_in(words, [(0, 26)]), True, "Headline", "name", in_title=True)]
    preds = [A.Pred("a", content, True, "the plan", ["Plan"])]
    r = A.score(golds, preds)["figures"]
    assert r["direct_recall"]["of"] == 1          # the title's attribution is out of scope
    assert r["speaker_direct_all"]["value"] == 0.0


def test_limit_takes_the_publishers_in_turn():
    names = ["a_1", "a_2", "a_3", "b_1", "b_2", "c_1"]
    assert A.select(names, 3) == ["a_1", "b_1", "c_1"]
    assert A.select(names, 4) == ["a_1", "a_2", "b_1", "c_1"]
    assert A.select(names, None) == sorted(names)


def test_name_runs_end_at_punctuation_and_modifiers():
    assert A.name_runs("Bush, Florida’s former governor,") == [["bush"]]
    assert A.name_runs("the Clinton campaign") == []
    assert A.name_runs("Sen. Ted Cruz (R-Texas)") == [["ted", "cruz"]]
