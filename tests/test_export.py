"""The data export: research.json written record by record is the same JSON document, and the
CSV tables hold one row per item."""
import csv
import io
import json

from generator.export import export_files, research_json
from generator.model import Corpus
from tests.test_render import small_corpus


def test_streamed_research_json_is_one_well_formed_document():
    for corpus in (small_corpus(), Corpus()):
        text = "".join(research_json(corpus))
        data = json.loads(text)
        assert text == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        assert data["schema"] == 1
        assert [a["id"] for a in data["articles"]] == [a.id for a in corpus.articles]
        assert [c["text"] for c in data["claims"]] == [c.text for c in corpus.claims]
        assert data["events"] == [] and data["contradictions"] == []


def test_csv_tables_have_a_header_and_a_row_per_item():
    corpus = small_corpus()
    assert corpus.claims
    files = {path: "".join(chunks) for path, chunks in export_files(corpus)}
    claims = list(csv.reader(io.StringIO(files["data/claims.csv"])))
    assert claims[0] == ["id", "speaker", "text", "direct", "articles"]
    assert [row[2] for row in claims[1:]] == [c.text for c in corpus.claims]
    actors = list(csv.reader(io.StringIO(files["data/actors.csv"])))
    assert [row[1] for row in actors[1:]] == [a.name for a in corpus.actors if a.salient] != []
    assert json.loads(files["data/timeline.json"])["events"] == []


def test_every_speaker_id_in_research_json_names_an_actor_in_it():
    corpus = small_corpus()
    claim = corpus.claims[0]
    actor = next(a for a in corpus.actors if a.id == claim.speaker)
    actor.salient = False   # e.g. a publication cited only as a source: no page of its own
    data = json.loads("".join(research_json(corpus)))
    ids = {a["id"] for a in data["actors"]}
    assert all(c["speaker"] is None or c["speaker"] in ids for c in data["claims"])
    record = next(c for c in data["claims"] if c["id"] == claim.id)
    assert record["speaker"] is None and record["speaker_text"] == claim.speaker_text
