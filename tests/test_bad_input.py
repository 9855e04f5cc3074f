"""Bad input never breaks the site or loses work: a corpus holding every known kind of broken
seed builds with exit status 0, a warning naming each bad file, and no content as markup."""
import json
import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.sitedir import MARKER
from tests.conftest import copy_project
from tests.test_site import parse, target_file

GOOD = ("Harbour reopens after storm\n\nBy Lena Ortiz\n\n"
        "The harbour in Port Ellis reopened on Tuesday after a week of repairs, the port authority said.\n\n"
        "\u201cWe are back to normal traffic,\u201d said harbour master Tom Reyes.\n\n"
        "Fishing crews said the storm had destroyed at least 40 boats.\n")
HOSTILE = ("Council meets <script>alert('x')</script> tonight\n\n"
           "The council said <img src=x onerror=alert(1)> would not be tolerated, and [a link](javascript:alert(1)) too.\n\n"
           "Members voted *twice* on the `budget` and {{ config.site_name }} and {% if x %} stayed in the minutes.\n\n"
           "<b>Raw HTML</b> and <iframe src=\"http://x\"></iframe> were in the scraped text of the council report.\n")


def seeds(folder: Path) -> dict[str, str]:
    """Write the broken corpus; returns the files that must get an article page, by title."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"   \n\n\t \n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)) * 4)
    (folder / "legacy.txt").write_bytes(("Caf\u00e9 owners protest new rules\n\n"
                                         "Owners of the caf\u00e9s on the square said the rules, which start on 1 May, "
                                         "would cost them \u20ac2,000 a year \u2013 \u201ctoo much\u201d.\n").encode("cp1252"))
    (folder / "bom.txt").write_bytes("\ufeffMarket prices fall\r\n\r\nPrices at the central market fell for a third month, traders said.\r\n".encode())
    (folder / "old-mac.txt").write_bytes(b"Ferry service cut\r\rThe ferry to the island will run twice a week from June, the operator said.\r")
    (folder / "huge.txt").write_bytes(b"Archive dump\n\n" + b"Lorem ipsum dolor sit amet, the committee said again.\n" * 200_000)
    (folder / "oneline.txt").write_bytes(b"Data blob\n\n" + b"a" * 1_000_000 + b"\n\nThe mayor said the data would be published.\n")
    (folder / "broken.md").write_bytes(b"---\nauthor: [Ann, Bo\ntags: x\n---\nBridge repairs finish early\n\n"
                                       b"Work on the bridge finished two weeks early, the city said on Friday.\n")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "copy-of-good.txt").write_text(GOOD.replace("\n\n", "\n\nAdvertisement\n\n", 1), encoding="utf-8")
    (folder / "CON.txt").write_text("Court names new judge\n\nThe high court named a new judge on Monday, its registrar said.\n",
                                    encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (folder / "good.txt~").write_text("backup", encoding="utf-8")
    return {"good.txt": "Harbour reopens after storm", "legacy.txt": "Caf\u00e9 owners protest new rules",
            "bom.txt": "Market prices fall", "old-mac.txt": "Ferry service cut", "broken.md": "Bridge repairs finish early",
            "hostile.txt": "Council meets <script>alert('x')</script> tonight", "CON.txt": "Court names new judge"}


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("bad")
    config = copy_project(tmp)
    shutil.rmtree(tmp / "seeds")
    expected = seeds(tmp / "seeds")
    return tmp, config, expected


def test_broken_seeds_build_with_warnings_naming_each_file(bad_site, capsys):
    tmp, config, expected = bad_site
    assert main(["build", "--config", str(config), "--site-dir", str(tmp / "site")]) == 0
    err = capsys.readouterr().err
    warnings = [line for line in err.splitlines() if line.startswith("  - ")]
    for name, problem in [("empty.txt", "empty"), ("blank.txt", "empty"), ("image.txt", "not text"),
                          ("legacy.txt", "not UTF-8"), ("huge.txt", "far longer than a news article"),
                          ("oneline.txt", "characters"), ("broken.md", "broken YAML front matter at line"),
                          ("notes.docx", "unknown extension")]:
        assert any(w.startswith(f"  - {name}: ") and problem in w for w in warnings), (name, warnings)
    assert not any(".DS_Store" in w or "good.txt~" in w for w in warnings)
    assert "Traceback" not in err
    data = json.loads((tmp / "site" / "data" / "research.json").read_text(encoding="utf-8"))
    titles = {a["source_file"]: a["title"] for a in data["articles"]}
    for name, title in expected.items():
        if name == "good.txt" and name not in titles:
            name = "copy-of-good.txt"  # built once, under whichever copy came first
        assert titles.get(name) == title, name
    copies = {a["source_file"]: a["duplicates"] for a in data["articles"] if "good.txt" in a["source_file"]}
    assert copies in ({"good.txt": ["copy-of-good.txt"]}, {"copy-of-good.txt": ["good.txt"]})
    assert any("same article as" in w and "good.txt" in w for w in warnings)
    con = next(a for a in data["articles"] if a["source_file"] == "CON.txt")
    assert con["id"].lower() != "con" and (tmp / "site" / con["url"] / "index.html").is_file()


def test_no_content_reaches_the_html_as_markup(bad_site):
    tmp, _, _ = bad_site
    site = tmp / "site"
    data = json.loads((site / "data" / "research.json").read_text(encoding="utf-8"))
    hostile = next(a for a in data["articles"] if a["source_file"] == "hostile.txt")
    html = (site / hostile["url"] / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<iframe" not in html
    assert 'href="javascript:' not in html and "<b>Raw HTML</b>" not in html
    assert "&lt;script&gt;alert" in html  # shown as text
    assert "{{ config.site_name }}" in html and "{% if x %}" in html  # Jinja syntax stays text
    assert "<em>twice</em>" not in html and "<code>budget</code>" not in html
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script>alert" not in index and "<img src=x" not in index


def test_internal_links_resolve_and_builds_are_identical(bad_site, tmp_path):
    tmp, config, _ = bad_site
    site = tmp / "site"
    for page in site.rglob("*.html"):
        for href in parse(page).hrefs:
            if re.match(r"^[a-z]+:", href):
                continue
            target, _ = target_file(site, page, href)
            assert target.exists(), (page, href)
    assert main(["build", "--config", str(config), "--site-dir", str(tmp_path / "again")]) == 0
    # sitemap.xml.gz stores the time it was compressed (see README, "Reproducible builds")
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file() and p.name != "sitemap.xml.gz"}
    second = {p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("*")
              if p.is_file() and p.name != "sitemap.xml.gz"}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_a_failed_build_keeps_the_previous_site(bad_site, tmp_path):
    tmp, config, _ = bad_site
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous", encoding="utf-8")
    (site / MARKER).write_text("", encoding="utf-8")  # a site an earlier build made
    broken = tmp_path / "templates"
    shutil.copytree(tmp / "site_templates", broken)
    (broken / "article.md.j2").write_text("{{ no_such_variable }}", encoding="utf-8")
    text = config.read_text(encoding="utf-8").replace("templates: site_templates", f"templates: {broken}")
    bad_config = tmp / "broken.yml"
    bad_config.write_text(text, encoding="utf-8")
    assert main(["build", "--config", str(bad_config), "--site-dir", str(site)]) == 1
    assert (site / "index.html").read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []


def test_strict_turns_warnings_into_failure(bad_site, tmp_path):
    _, config, _ = bad_site
    assert main(["build", "--config", str(config), "--site-dir", str(tmp_path / "s"), "--strict"]) == 1
