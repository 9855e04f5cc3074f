"""Never delete, leak or wedge: each case a careless or hostile user tried (issue 15), reproduced in
a temporary project. A build always ends, reads only its own folders, writes only where it may,
and a bad file, cache entry or setting is a warning naming it, never a failed build."""
from __future__ import annotations

import csv
import io
import json
import logging
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import pipeline
from generator.cache import AnalysisCache, SUFFIX
from generator.cli import main
from generator.curation import load_curation, validate_curation
from generator.export import csv_rows
from generator.limits import ProjectLock, TimeLimitExceeded, time_limit
from generator.sitedir import MARKER
from generator.sources import list_sources, read_source
from tests.conftest import ROOT

STORY = ("Harbour reopens after storm\n\nBy Lena Ortiz\n\n"
         "The harbour in Port Ellis reopened on Tuesday after a week of repairs, the port authority said.\n\n"
         "\u201cWe are back to normal traffic,\u201d said harbour master Tom Reyes.\n\n"
         "Fishing crews said the storm had destroyed at least 40 boats.\n")
OTHER = ("Ferry service cut\n\nThe ferry to the island will run twice a week from June, the operator "
         "Blue Line said on Monday.\n\n\u201cFuel costs too much,\u201d said Blue Line director Ana Ruiz.\n")


def project(tmp: Path, seeds: dict[str, str] | None = None) -> Path:
    """A small project: the repository's mkdocs.yml, content and templates, and two seeds."""
    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    for name in ("content", "site_templates"):
        shutil.copytree(ROOT / name, tmp / name)
    (tmp / "seeds").mkdir()
    for name, text in (seeds or {"harbour.txt": STORY, "ferry.txt": OTHER}).items():
        (tmp / "seeds" / name).write_text(text, encoding="utf-8")
    return tmp / "mkdocs.yml"


def build(config: Path, *more: str) -> int:
    return main(["build", "--config", str(config), *more])


def export(site: Path) -> dict:
    return json.loads((site / "data" / "research.json").read_text(encoding="utf-8"))


def warnings_of(err: str) -> list[str]:
    return [line[4:] for line in err.splitlines() if line.startswith("  - ")]


# ---------------------------------------------------------------- 0. extraction always ends

def test_lines_that_are_only_numbers_do_not_stall_extraction():
    from generator.extract import analyse_article
    from generator.model import Paragraph
    from generator.nlp import parse
    from generator.settings import Settings
    from tests.conftest import make_article

    # the paragraphs are given to extraction as they are (whether the cleaner keeps a bare number is
    # the cleaner's business): the stall was extraction's
    paragraphs = ["3 million", "10 000", "1,200 1,300", "The floods killed 1,200 people, officials said."]
    article = make_article("\n".join(["Figures", *paragraphs]))
    article.body = [Paragraph(i, text) for i, text in enumerate(paragraphs)]
    with time_limit(60):  # before the fix this never returned
        analysis = analyse_article(article, parse(paragraphs, Settings.model))
    assert any(f.number == 1200 and f.verb == "kill" for f in analysis.facts)


def test_an_article_over_its_time_budget_is_published_without_extraction(tmp_path, monkeypatch, capsys):
    config = project(tmp_path)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      intro: intro.md", "      intro: intro.md\n      article_seconds: 0.5"),
                      encoding="utf-8")
    real = pipeline.analyse_article

    def stalls_on_the_harbour(article, docs):
        while article.source_file == "harbour.txt":
            pass
        return real(article, docs)

    monkeypatch.setattr(pipeline, "analyse_article", stalls_on_the_harbour)
    started = time.monotonic()
    assert build(config, "--no-cache") == 0
    assert time.monotonic() - started < 60
    warnings = warnings_of(capsys.readouterr().err)
    assert any(w.startswith("harbour.txt: ") and "stopped" in w for w in warnings), warnings
    data = export(tmp_path / "site")
    assert {a["source_file"] for a in data["articles"]} == {"harbour.txt", "ferry.txt"}
    assert any(c["text"].startswith("Fuel costs") for c in data["claims"])  # the other article is whole


def test_an_article_whose_reading_fails_is_published_without_extraction(tmp_path, monkeypatch, capsys):
    """A fault in the extraction on one article is a warning naming the file; the rest builds."""
    config = project(tmp_path)
    real = pipeline.analyse_article

    def fails_on_the_harbour(article, docs):
        if article.source_file == "harbour.txt":
            raise IndexError("list index out of range")
        return real(article, docs)

    monkeypatch.setattr(pipeline, "analyse_article", fails_on_the_harbour)
    assert build(config, "--no-cache") == 0
    warnings = warnings_of(capsys.readouterr().err)
    assert any(w.startswith("harbour.txt: ") and "IndexError" in w for w in warnings), warnings
    data = export(tmp_path / "site")
    assert {a["source_file"] for a in data["articles"]} == {"harbour.txt", "ferry.txt"}
    assert any(c["text"].startswith("Fuel costs") for c in data["claims"])


def test_a_name_of_marks_only_does_not_stop_name_resolution():
    from generator.extract.names import resolve_names
    from generator.model import Mention

    odd = Mention(text=". .", surface=". .", label="person", article="a", paragraph=0, start=0, end=3, sentence=". .")
    real = Mention(text="Anna Kovac", surface="Anna Kovac", label="person", article="a", paragraph=0, start=5,
                   end=15, sentence="Anna Kovac")
    resolve_names([odd, real])
    assert real.text == "Anna Kovac"


def test_time_limit_interrupts_a_loop():
    with pytest.raises(TimeLimitExceeded):
        with time_limit(0.2):
            while True:
                pass


# ---------------------------------------------------------------- 1. nothing read from outside

def test_links_out_of_the_seeds_folder_are_skipped_with_a_warning(tmp_path):
    outside = tmp_path / "private.txt"
    outside.write_text("Secret notes\n\nThe password is swordfish, the admin said.\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text(STORY, encoding="utf-8")
    (seeds / "leak.txt").symlink_to(outside)
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    (seeds / "again.txt").symlink_to(seeds / "story.txt")  # inside the folder: fine
    (seeds / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    paths, warnings = list_sources(seeds)
    assert sorted(p.name for p in paths) == ["again.txt", "story.txt"]
    assert any(w.startswith("leak.txt: ") and "outside the seeds folder" in w for w in warnings)
    assert any(w.startswith("passwd.txt: ") and "outside the seeds folder" in w for w in warnings)
    assert any(w.startswith("gone.txt: ") and "does not exist" in w for w in warnings)


def test_a_published_site_holds_nothing_from_a_linked_file(tmp_path, capsys):
    config = project(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("Private diary\n\nToday I wrote the launch codes 0000 in my private diary, I said.\n",
                      encoding="utf-8")
    (tmp_path / "seeds" / "diary.txt").symlink_to(secret)
    assert build(config) == 0
    assert any("diary.txt" in w and "outside" in w for w in warnings_of(capsys.readouterr().err))
    for page in (tmp_path / "site").rglob("*"):
        if page.is_file() and page.suffix in (".html", ".json", ".csv"):
            assert "launch codes" not in page.read_text(encoding="utf-8", errors="replace"), page


# ---------------------------------------------------------------- 2. the build writes only where it may

@pytest.mark.parametrize("site_dir", ["seeds", ".", "content", "site_templates", "site_templates/overrides",
                                      "seeds/site", ".."])
def test_a_site_folder_that_would_replace_the_project_is_refused(tmp_path, monkeypatch, capsys, site_dir):
    work = tmp_path / "work"
    work.mkdir()
    config = project(work)
    monkeypatch.chdir(work)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    assert build(config, "--site-dir", site_dir) == 2
    err = capsys.readouterr().err
    assert "site folder" in err and "Traceback" not in err
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_a_folder_no_build_made_is_not_replaced(tmp_path, capsys):
    config = project(tmp_path)
    mine = tmp_path / "thesis"
    mine.mkdir()
    (mine / "chapter1.md").write_text("my work\n", encoding="utf-8")
    assert build(config, "--site-dir", str(mine)) == 2
    assert "no build made it" in capsys.readouterr().err
    assert (mine / "chapter1.md").read_text(encoding="utf-8") == "my work\n"
    # an empty folder, or a site an earlier build made, may be replaced
    assert build(config, "--site-dir", str(tmp_path / "out")) == 0
    assert (tmp_path / "out" / MARKER).is_file()
    assert build(config, "--site-dir", str(tmp_path / "out")) == 0


def test_site_dir_in_mkdocs_yml_is_checked_by_plain_mkdocs_too(tmp_path):
    config = project(tmp_path)
    config.write_text(config.read_text(encoding="utf-8").replace("site_dir: site", "site_dir: seeds"),
                      encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config)], capture_output=True,
                          text=True, cwd=tmp_path, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode != 0
    assert "the site folder is the seeds folder" in done.stderr
    assert (tmp_path / "seeds" / "harbour.txt").read_text(encoding="utf-8") == STORY


# ---------------------------------------------------------------- 3. one build at a time, healing

def test_a_second_build_waits_for_the_first(tmp_path, caplog):
    lock_file = tmp_path / "build.lock"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, sys, time\n"
        f"h = open({str(lock_file)!r}, 'a+'); fcntl.flock(h, fcntl.LOCK_EX); h.write('process holder\\n'); h.flush()\n"
        "print('locked', flush=True); time.sleep(1.5)\n")], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    lock = ProjectLock(lock_file)
    with caplog.at_level(logging.INFO):
        lock.acquire()
    waited = time.monotonic() - started
    lock.release()
    holder.wait()
    assert waited > 0.5
    assert "another build of this project is running" in caplog.text


def test_a_build_heals_what_an_interrupted_or_concurrent_one_left(tmp_path, capsys):
    config = project(tmp_path)
    assert build(config, "--strict") == 0
    generated = tmp_path / ".research-site-cache" / "generated"
    # another build's leftovers: files missing from the manifest, a page cut short, no build state
    (generated / ".research-site-generated").write_text("", encoding="utf-8")
    page = generated / "articles" / "index.md"
    page.write_text(page.read_text(encoding="utf-8")[:20], encoding="utf-8")
    assert build(config, "--strict") == 0
    assert "not generated by research-site" not in capsys.readouterr().err
    assert "Harbour reopens after storm" in page.read_text(encoding="utf-8")


def test_a_page_cut_short_after_a_build_is_not_reused(tmp_path):
    config = project(tmp_path)
    assert build(config) == 0
    page = tmp_path / ".research-site-cache" / "generated" / "articles" / "index.md"
    whole = page.read_text(encoding="utf-8")
    page.write_text(whole[:10], encoding="utf-8")
    assert build(config) == 0  # nothing else changed
    assert page.read_text(encoding="utf-8") == whole


def test_staging_folders_of_killed_builds_are_removed(tmp_path):
    config = project(tmp_path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    for name in (f".site.building-{pid}-abc", f".site.old-{pid}"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text("half", encoding="utf-8")
    mine = tmp_path / ".notes"
    mine.mkdir()
    assert build(config) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []
    assert mine.is_dir()


# ---------------------------------------------------------------- 4. the cache never fails a build

def test_damaged_or_mistyped_cache_entries_are_read_again(tmp_path, capsys):
    config = project(tmp_path)
    assert build(config, "--site-dir", str(tmp_path / "clean"), "--no-cache") == 0
    assert build(config) == 0
    entries = sorted((tmp_path / ".research-site-cache").glob(f"??/*{SUFFIX}"))
    assert len(entries) == 2
    entries[0].write_bytes(b"\x80\x04\x95garbage\x00\xff")
    entries[1].write_text(json.dumps({"format": 2, "analysis": {"article": 1, "mentions": {}}}), encoding="utf-8")
    (tmp_path / "seeds" / "note.txt").write_text("Council vote\n\nThe council voted on Monday, its clerk said.\n",
                                                 encoding="utf-8")
    assert build(config) == 0
    capsys.readouterr()
    (tmp_path / "seeds" / "note.txt").unlink()
    assert build(config) == 0
    assert export(tmp_path / "site") == export(tmp_path / "clean")


def test_a_cache_entry_never_runs_code(tmp_path):
    class Payload:
        def __reduce__(self):
            return (os.mkdir, (str(tmp_path / "pwned"),))

    cache = AnalysisCache(tmp_path)
    key = "ab" + "0" * 38
    (tmp_path / "ab").mkdir()
    (tmp_path / "ab" / f"{key}{SUFFIX}").write_bytes(pickle.dumps(Payload()))
    (tmp_path / "ab" / f"{key}.pickle").write_bytes(pickle.dumps(Payload()))
    assert cache.get(key) is None
    assert not (tmp_path / "pwned").exists()
    assert cache.unreadable == [f"{key}{SUFFIX}"]


# ---------------------------------------------------------------- 5. curation is checked, not trusted

def test_curation_entries_of_the_wrong_shape_are_warnings_naming_the_key():
    data = {"merge": ["Hamas", "Israel"], "retype": {"Hamas": ["person"], "Gaza": "Place"},
            "rename": {"Hamas": None, "Okafor": "Jane Okafor"}, "ignore": "Advertisement",
            "notes": {"Okafor": {"a": 1}}, "colours": {"x": 1}}
    clean, warnings = validate_curation(data, "curation.yml")
    assert clean == {"retype": {"Gaza": "place"}, "rename": {"Okafor": "Jane Okafor"},
                     "ignore": ["Advertisement"], "notes": {}}
    for expected in ("curation.yml: merge: expected a mapping", "curation.yml: retype: 'Hamas': expected a mapping",
                     "curation.yml: rename: 'Hamas': expected", "curation.yml: notes: 'Okafor': expected",
                     "curation.yml: unknown key 'colours'"):
        assert any(w.startswith(expected) for w in warnings), (expected, warnings)


def test_a_merge_of_one_name_is_one_name_not_its_letters():
    clean, warnings = validate_curation({"merge": {"Israel": "Hamas"}}, "c.yml")
    assert clean == {"merge": {"Israel": ["Hamas"]}} and warnings == []


def test_a_bad_curation_file_never_fails_the_build(tmp_path, capsys):
    config = project(tmp_path)
    (tmp_path / "content" / "curation.yml").write_bytes(
        "merge: [Hamas, Israel]\nretype: {Hamas: [person]}\nrename: {Blue Line: }\nnotes: {Tom Reyes: Capitaine \u00e0 Lyon}\n"
        .encode("cp1252"))
    assert build(config) == 0
    err = capsys.readouterr().err
    assert "Traceback" not in err
    warnings = warnings_of(err)
    assert any(w.startswith("curation.yml: merge: expected") for w in warnings), warnings
    assert any(w.startswith("curation.yml: rename: 'Blue Line': expected") for w in warnings), warnings
    actors = {a["name"] for a in export(tmp_path / "site")["actors"]}
    assert "None" not in actors
    reyes = (tmp_path / "site" / "actors" / "tom-reyes" / "index.html")
    assert "Capitaine \u00e0 Lyon" in reyes.read_text(encoding="utf-8")


def test_a_curation_file_with_an_impossible_date_is_ignored_with_a_warning(tmp_path):
    path = tmp_path / "curation.yml"
    path.write_text("notes: {Ana Ruiz: 2023-02-30}\n", encoding="utf-8")
    clean, warnings = load_curation(path)
    assert clean == {} and warnings and warnings[0].startswith("curation.yml")


# ---------------------------------------------------------------- 6. bad front matter values

def test_an_impossible_date_in_front_matter_is_a_warning_and_the_article_builds(tmp_path, capsys):
    config = project(tmp_path, {
        "a.md": "---\ndate: 2023-02-30\nauthor: {name: x}\n---\n# Bridge repairs finish\n\n"
                "Work on the bridge finished two weeks early, the city said on Friday.\n",
        "b.md": "---\ndate: 2023-02-01T10:00:00+25:00\n---\n# Ferry times\n\n"
                "The ferry will run twice a week, the operator said.\n",
        "c.md": "---\ndate: 2023-03-01\n---\n# Market opens\n\nThe market opened on Monday, traders said.\n"})
    assert build(config) == 0
    warnings = warnings_of(capsys.readouterr().err)
    assert "a.md: front matter field 'date': '2023-02-30' is not a date; ignored" in warnings
    assert "b.md: front matter field 'date': '2023-02-01T10:00:00+25:00' is not a date; ignored" in warnings
    assert any(w.startswith("a.md: front matter field 'author'") for w in warnings)
    dates = {a["source_file"]: a["published"] for a in export(tmp_path / "site")["articles"]}
    assert dates == {"a.md": None, "b.md": None, "c.md": "2023-03-01"}


# ---------------------------------------------------------------- 7. exit statuses mean what they say

def test_an_error_inside_the_build_is_a_failed_build_not_a_usage_error(tmp_path, monkeypatch, capsys):
    config = project(tmp_path)

    def broken(*args, **kwargs):
        raise ValueError("something inside went wrong")

    monkeypatch.setattr(pipeline, "clean_sources", broken)
    assert build(config) == 1
    assert "something inside went wrong" in capsys.readouterr().err
    assert main(["build", "--config", str(tmp_path / "nope.yml")]) == 2


# ---------------------------------------------------------------- 8. CSV cells are not formulas

def test_csv_cells_a_spreadsheet_would_run_are_escaped():
    rows = list(csv.reader(io.StringIO("".join(csv_rows([["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)",
                                                          "\tx", "plain", 3]])))))
    assert rows == [["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "plain", "3"]]


def test_a_quote_that_looks_like_a_formula_is_text_in_claims_csv(tmp_path):
    config = project(tmp_path, {"calc.txt": "Council adopts budget\n\n"
                                            "\u201c=1+2 is what they think a budget is,\u201d said councillor Ana Ruiz.\n\n"
                                            "The council adopted the budget on Monday, its clerk said.\n"})
    assert build(config) == 0
    text = (tmp_path / "site" / "data" / "claims.csv").read_text(encoding="utf-8")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert any(c.startswith("'=1+2") for c in cells) and not any(c.startswith("=") for c in cells)


# ---------------------------------------------------------------- 9. plain mkdocs build keeps the last site

def test_a_failed_plain_mkdocs_build_keeps_the_last_site(tmp_path):
    config = project(tmp_path)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = [sys.executable, "-m", "mkdocs", "build", "-f", str(config)]
    assert subprocess.run(run, capture_output=True, cwd=tmp_path, env=env).returncode == 0
    before = sorted(p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*"))
    assert len(before) > 50 and (tmp_path / "site" / MARKER).is_file()
    (tmp_path / "site_templates" / "article.md.j2").write_text("{{ no_such_variable }}", encoding="utf-8")
    assert subprocess.run(run, capture_output=True, cwd=tmp_path, env=env).returncode != 0
    assert sorted(p.relative_to(tmp_path / "site") for p in (tmp_path / "site").rglob("*")) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []


# ---------------------------------------------------------------- low

def test_markdown_links_and_emphasis_are_read_as_a_reader_sees_them(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nSee [the pact](https://en.wikipedia.org/wiki/Pact_(1939)) and **bold** *it*.\n\n"
                    "The area is 3*4*5 and the file is snake__case__name, _quietly_.\n", encoding="utf-8")
    lines = [line for line in read_source(path).lines if line]
    assert lines == ["Title", "See the pact and bold it.", "The area is 3*4*5 and the file is snake__case__name, quietly."]


def test_the_long_line_warning_stays_when_the_file_is_skipped(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"x" * 30_000)
    docs, warnings = pipeline.read_sources(tmp_path)
    assert docs == []
    assert any("over 20,000 characters" in w for w in warnings)
    assert any(w.startswith("blob.txt: no text left") for w in warnings)


def test_utf16_without_a_byte_order_mark_is_read_as_text(tmp_path):
    (tmp_path / "u.txt").write_bytes(STORY.encode("utf-16-le"))
    doc = read_source(tmp_path / "u.txt")
    assert doc.lines[0] == "Harbour reopens after storm"
    assert any("UTF-16" in w for w in doc.warnings)


def test_renaming_to_another_actors_name_is_refused_with_a_warning():
    from generator.curation import apply_curation
    from generator.model import Actor, Corpus

    corpus = Corpus(actors=[Actor("a", "Ana Ruiz", "person"), Actor("b", "Ruiz", "person")])
    warnings = apply_curation(corpus, {"rename": {"Ruiz": "Ana Ruiz"}})
    assert [a.name for a in corpus.actors] == ["Ana Ruiz", "Ruiz"]
    assert "merge" in warnings[0]
