"""In a real browser (Playwright driving Debian's Chromium): search finds an actor, the path
home -> actor -> claim -> source paragraph lands on the paragraph, no page logs an error, and a
screenshot of each page kind is kept in test-artifacts/ for a person to look at.

Needs /usr/bin/chromium (``apt-get install chromium``); .ci/run installs it and sets
RESEARCH_SITE_BROWSER_TESTS=required so that these tests fail rather than skip there."""
import functools
import http.server
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
REQUIRED = os.environ.get("RESEARCH_SITE_BROWSER_TESTS") == "required"
ARTIFACTS = Path(os.environ.get("RESEARCH_SITE_ARTIFACTS", ROOT / "test-artifacts"))

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - the test extra brings it
    sync_playwright = None

if not REQUIRED and (sync_playwright is None or not Path(CHROMIUM).exists()):
    pytest.skip("needs playwright and /usr/bin/chromium (apt-get install chromium)", allow_module_level=True)

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(built):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that records console errors and failed same-site requests."""
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    pg.errors = []
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    # Diagrams load Mermaid from its CDN when a reader is online; this machine is not, so
    # requests to other hosts are answered empty instead of failing.
    pg.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
             else route.fulfill(status=200, body=""))
    yield pg
    pg.close()


def shot(pg, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def data(built):
    return json.loads((built / "data" / "research.json").read_text(encoding="utf-8"))


def test_search_for_a_person_shows_their_actor_page(page, server, built):
    person = next(a for a in data(built)["actors"] if a["type"] == "person" and len(a["name"].split()) >= 2)
    page.goto(server)
    box = page.locator("input.md-search__input")
    box.click()
    box.type(person["name"].split()[-1], delay=30)
    result = page.locator(f".md-search-result__link[href*='actors/{person['id']}/']").first
    result.wait_for(timeout=15000)
    result.click()
    page.wait_for_url(f"**/actors/{person['id']}/**")
    assert page.locator("h1").first.inner_text() == person["name"]
    assert page.errors == []


def test_home_actor_claim_source_paragraph(page, server, built):
    page.goto(server)
    shot(page, "home")
    speakers = {c["speaker"] for c in data(built)["claims"] if c["speaker"]}
    actor_link = next(link for link in page.locator("article a[href*='actors/']").all()
                      if link.get_attribute("href").rstrip("/").split("/")[-1] in speakers)
    actor_link.click()
    page.wait_for_url("**/actors/**")
    shot(page, "actor")
    page.locator("article a[href*='claims/']").first.click()
    page.wait_for_url("**/claims/**")
    shot(page, "claim")
    source = page.locator("article a[href*='articles/'][href*='#p']").first
    anchor = source.get_attribute("href").split("#")[1]
    source.click()
    page.wait_for_url(f"**#{anchor}")
    paragraph = page.locator(f"#{anchor}")
    assert paragraph.is_visible()
    box = paragraph.bounding_box()
    assert 0 <= box["y"] < 900, "the paragraph is scrolled into view"
    shot(page, "article")
    assert page.errors == []


@pytest.mark.parametrize("path", ["events/index.html", "timeline/index.html", "disputed/index.html",
                                  "actors/index.html", "claims/index.html", "sources/index.html", "stories/index.html"])
def test_index_pages_render_without_errors(page, server, path):
    page.goto(server + path)
    assert page.locator("h1").first.is_visible()
    shot(page, path.split("/")[0])
    assert page.errors == []


def test_an_event_page(page, server, built):
    event = data(built)["events"][0]
    page.goto(server + event["url"])
    assert page.locator("h1").first.inner_text()
    shot(page, "event")
    assert page.errors == []


def test_index_tables_sort_by_column(page, server):
    page.goto(server + "articles/")
    header = page.locator("article table th").nth(2)  # Published
    header.click()
    assert header.get_attribute("data-order") == "asc"


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory):
    """The sample site built with Pagefind (the choice for large corpora), served locally."""
    from generator.cli import main
    from tests.conftest import copy_project

    tmp = tmp_path_factory.mktemp("pagefind")
    config = copy_project(tmp)
    config.write_text(config.read_text(encoding="utf-8").replace("      intro: intro.md",
                                                                 "      intro: intro.md\n      search: pagefind"),
                      encoding="utf-8")
    assert main(["build", "--config", str(config), "--site-dir", str(tmp / "site"), "--strict"]) == 0
    assert (tmp / "site" / "pagefind" / "pagefind-entry.json").is_file()
    assert not (tmp / "site" / "search" / "search_index.json").exists()
    return tmp / "site"


def test_pagefind_search_in_the_header_finds_an_actor(browser, pagefind_site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(pagefind_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    person = next(a for a in data(pagefind_site)["actors"] if a["type"] == "person" and len(a["name"].split()) >= 2)
    page.goto(base + "articles/")
    box = page.locator("header #rs-search input")
    box.click()
    box.type(person["name"].split()[-1], delay=30)
    result = page.locator(f".pagefind-ui__result-link[href*='actors/{person['id']}/']").first
    result.wait_for(timeout=15000)
    shot(page, "pagefind-search")
    result.click()
    page.wait_for_url(f"**/actors/{person['id']}/**")
    assert errors == []
    page.close()
    httpd.shutdown()


def test_home_to_a_claims_source_paragraph_in_three_clicks(page, server, built):
    """A reader's task: from Home, through a story and one of its claims, to the paragraph that
    says it: three clicks; the claim page names the source's publisher and date."""
    site = data(built)
    articles = {a["id"]: a for a in site["articles"]}
    page.goto(server)
    page.locator("article a[href*='stories/']").first.click()  # 1
    page.wait_for_url("**/stories/**")
    page.locator("article a[href*='claims/']").first.click()  # 2
    page.wait_for_url("**/claims/**")
    claim_id = page.url.rstrip("/").split("/")[-1]
    claim = next(c for c in site["claims"] if c["id"] == claim_id)
    card = page.locator(".rs-card").inner_text()
    dated = [articles[s["article"]] for s in claim["sources"] if articles[s["article"]]["published"]]
    named = [articles[s["article"]] for s in claim["sources"] if articles[s["article"]]["publisher"]]
    assert "Reported by" in card
    if named:
        assert any(a["publisher"] in card for a in named)
    if dated:
        assert any(a["published"] in card for a in dated)
    source = page.locator("article a[href*='articles/'][href*='#p']").first
    anchor = source.get_attribute("href").split("#")[1]
    source.click()  # 3
    page.wait_for_url(f"**#{anchor}")
    box = page.locator(f"#{anchor}").bounding_box()
    assert 0 <= box["y"] < 900, "the source paragraph is in view"
    assert page.errors == []


def test_paragraph_numbers_are_links_to_themselves(page, server, built):
    article = data(built)["articles"][0]
    page.goto(server + article["url"])
    number = page.locator("a.rs-pnum").nth(1)
    assert number.inner_text() == "¶2"
    assert number.get_attribute("href").endswith("#p2")
    number.click()
    assert page.url.endswith("#p2")


def page_kinds(built) -> list[str]:
    site = data(built)
    paths = ["", "stories/", "articles/", "actors/", "events/", "timeline/", "claims/", "disputed/", "sources/",
             "data/", site["articles"][0]["url"], site["actors"][0]["url"], site["events"][0]["url"],
             site["claims"][0]["url"]]
    stories = sorted((built / "stories").glob("*/index.html"))
    if stories:
        paths.append(f"stories/{stories[0].parent.name}/")
    return paths


def test_no_page_kind_scrolls_sideways_on_a_phone(browser, server, built):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    for path in page_kinds(built):
        page.goto(server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path or 'home'}: {width} px wide in a 390 px screen"
        shot(page, "phone-" + (path.strip("/").replace("/", "-") or "home"))
    page.close()


def test_searching_a_surname_gives_the_actors_page_first_with_prose(page, server, built):
    person = max((a for a in data(built)["actors"] if a["type"] == "person" and len(a["name"].split()) >= 2),
                 key=lambda a: a["mentions"])
    page.goto(server)
    box = page.locator("input.md-search__input")
    box.click()
    box.type(person["name"].split()[-1], delay=30)
    first = page.locator(".md-search-result__item").first
    first.wait_for(timeout=15000)
    assert f"actors/{person['id']}/" in first.locator("a").first.get_attribute("href")
    teaser = first.inner_text()
    assert "named" in teaser and "Facts" not in teaser, teaser
