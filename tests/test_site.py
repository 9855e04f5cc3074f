"""End to end: the sample site builds with --strict, every internal link resolves, the export has
schema 1 and the scorer reads it; generation never overwrites hand-written files."""
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator.cli import main
from tests.conftest import ROOT, copy_project

SHARED = ROOT.parent / "shared"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def target_file(site: Path, page: Path, href: str) -> tuple[Path, str]:
    parts = urlsplit(href)
    path = unquote(parts.path)
    if path.startswith("/"):  # the 404 page links from the site root
        target = (site / path.lstrip("/")).resolve()
    else:
        target = (page.parent / path).resolve() if path else page
    if target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def test_every_internal_link_resolves(built):
    pages = sorted(built.rglob("*.html"))
    assert len(pages) > 20
    parsed = {p: parse(p) for p in pages}
    broken = []
    for page, links in parsed.items():
        for href in links.hrefs:
            if urlsplit(href).scheme or href.startswith(("mailto:", "javascript:")):
                continue
            target, fragment = target_file(built, page, href)
            if not target.exists():
                broken.append((page.relative_to(built), href))
            elif fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if fragment not in ids:
                    broken.append((page.relative_to(built), href))
    assert broken == []


def test_pages_exist_for_each_kind_and_link_to_paragraphs(built):
    data = json.loads((built / "data" / "research.json").read_text(encoding="utf-8"))
    for kind in ("articles", "actors", "events", "claims"):
        assert data[kind], kind
        for item in data[kind]:
            assert (built / item["url"] / "index.html").is_file(), item["url"]
    claim = data["claims"][0]
    html = (built / claim["url"] / "index.html").read_text(encoding="utf-8")
    assert f'href="../../articles/{claim["articles"][0]}/#p' in html


def test_export_has_schema_1(built):
    data = json.loads((built / "data" / "research.json").read_text(encoding="utf-8"))
    assert data["schema"] == 1
    assert set(data) >= {"articles", "actors", "events", "claims", "contradictions"}
    article = data["articles"][0]
    assert set(article) >= {"id", "source_file", "title", "published", "author", "publisher", "body", "removed", "url"}
    assert all(set(r) == {"text", "reason"} for a in data["articles"] for r in a["removed"])
    assert all(a["type"] in {"person", "organization", "country", "place"} for a in data["actors"])
    ids = {a["id"] for a in data["articles"]}
    assert all(set(c["articles"]) <= ids for c in data["claims"])
    bodies = {a["id"]: "\n".join(a["body"]) for a in data["articles"]}
    assert all(any(c["text"] in bodies[x] for x in c["articles"]) for c in data["claims"])


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="the team's scorer is not beside the checkout")
def test_the_scorer_reads_the_export(built):
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(SHARED / "gold" / "seeds.yml"),
                          "--export", str(built / "data" / "research.json"), "--articles", str(ROOT / "seeds"), "--json"],
                         capture_output=True, text=True, check=True)
    figures = json.loads(out.stdout)
    assert figures["articles_found"] == "5/5"


def test_generate_is_deterministic_and_keeps_hand_written_files(tmp_path):
    config = copy_project(tmp_path)
    (tmp_path / "content" / "timeline.md").write_text("# My own timeline\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.md").write_text("mine\n", encoding="utf-8")
    assert main(["generate", "--config", str(config), "--out", str(out)]) == 0
    first = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert (out / "timeline.md").read_text(encoding="utf-8") == "# My own timeline\n"
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine\n"
    assert (out / "data" / "research.json").is_file() and (out / "articles" / "index.md").is_file()
    assert main(["generate", "--config", str(config), "--out", str(out)]) == 0
    second = {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert first == second


def test_usage_errors_exit_2(tmp_path):
    assert main(["build", "--config", str(tmp_path / "missing.yml")]) == 2
    assert main(["generate"]) == 2
    config = copy_project(tmp_path)
    assert main(["build", "--config", str(config), "--seeds", str(tmp_path / "nope")]) == 2


def test_topic_pages_carry_schema_org_json_ld(built):
    data = json.loads((built / "data" / "research.json").read_text(encoding="utf-8"))
    import re

    for kind, expected in (("actors", {"Person", "Organization", "Country", "Place"}), ("events", {"Event"}),
                           ("claims", {"Claim"})):
        item = data[kind][0]
        html = (built / item["url"] / "index.html").read_text(encoding="utf-8")
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert block, item["url"]
        ld = json.loads(block.group(1))
        assert ld["@context"] == "https://schema.org" and ld["@type"] in expected
    claim_ld = json.loads(re.search(r'ld\+json">(.*?)</script>', (built / data["claims"][0]["url"] / "index.html")
                                    .read_text(encoding="utf-8"), re.S).group(1))
    assert claim_ld["text"] == data["claims"][0]["text"] and claim_ld["appearance"]


def test_article_text_links_actors_and_marks_claims_without_nesting(built):
    data = json.loads((built / "data" / "research.json").read_text(encoding="utf-8"))
    html = (built / data["articles"][0]["url"] / "index.html").read_text(encoding="utf-8")
    body = html[html.index('id="text"'):]
    assert 'href="../../actors/' in body
    assert 'class="rs-claim"' in body
    import re

    for link in re.findall(r"<a [^>]*>(.*?)</a>", body, re.S):
        assert "<a " not in link


def test_csv_and_timeline_downloads_are_linked_from_the_data_page(built):
    page = (built / "data" / "index.html").read_text(encoding="utf-8")
    for name in ("research.json", "actors.csv", "events.csv", "claims.csv", "timeline.json"):
        assert f'href="{name}"' in page or f'href="./{name}"' in page or f"{name}" in page
        assert (built / "data" / name).is_file()


def test_warm_build_from_the_cache_is_identical_and_loads_no_model(tmp_path, monkeypatch):
    import tempfile

    import generator.nlp

    config = copy_project(tmp_path)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    assert main(["generate", "--config", str(config), "--out", str(tmp_path / "cold"), "--no-cache"]) == 0
    assert list((tmp_path / "tmp").iterdir()) == []  # without the cache, the pages went through a temporary folder
    assert main(["generate", "--config", str(config), "--out", str(tmp_path / "fill")]) == 0
    assert (tmp_path / ".research-site-cache").is_dir()

    def no_model(*args, **kwargs):
        raise AssertionError("the NLP model was loaded although no article changed")

    monkeypatch.setattr(generator.nlp, "load_pipeline", no_model)
    assert main(["generate", "--config", str(config), "--out", str(tmp_path / "warm")]) == 0
    cold = {p.relative_to(tmp_path / "cold"): p.read_bytes() for p in (tmp_path / "cold").rglob("*") if p.is_file()}
    warm = {p.relative_to(tmp_path / "warm"): p.read_bytes() for p in (tmp_path / "warm").rglob("*") if p.is_file()}
    assert cold == warm


def test_a_missing_seeds_folder_is_named_in_the_error(tmp_path, capsys):
    config = copy_project(tmp_path)
    import shutil as sh

    sh.rmtree(tmp_path / "seeds")
    assert main(["build", "--config", str(config), "--site-dir", str(tmp_path / "site")]) == 1
    captured = capsys.readouterr()
    assert "the seeds folder does not exist" in captured.err + captured.out
    assert not (tmp_path / "site").exists()


def test_each_source_sentence_is_a_quotation_on_event_and_claim_pages(built):
    """An event page quotes each source sentence; a claim page quotes each source's whole paragraph
    with the claim's words marked in it."""
    data = json.loads((built / "data" / "research.json").read_text(encoding="utf-8"))
    import html as html_lib
    import re

    def section_of(html, anchor):
        section = html[html.index(f'id="{anchor}"'):]
        return section[:section.index("<h2", 10)] if "<h2" in section[10:] else section

    def text(fragment):
        return html_lib.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()

    event = data["events"][0]
    section = section_of((built / event["url"] / "index.html").read_text(encoding="utf-8"), "sources")
    quotes = [text(q) for q in re.findall(r"<blockquote>(.*?)</blockquote>", section, re.S)]
    for source in event["sources"]:
        first_words = " ".join(source["text"].split()[:3])
        assert any(q.startswith(first_words) for q in quotes), (event["url"], first_words)
    claim = data["claims"][0]
    section = section_of((built / claim["url"] / "index.html").read_text(encoding="utf-8"), "in-its-paragraph")
    marked = [text(m) for m in re.findall(r"<mark>(.*?)</mark>", section, re.S)]
    for source in claim["sources"]:
        assert source["text"] in marked, (claim["url"], source["text"])