"""Rendering: article text always shows as text, pages link both ways with relative links."""
import markdown

from generator.model import Actor, Article, Claim, ClaimSource, Corpus, Mention, Paragraph
from generator.render import md, page_count, render_pages
from tests.conftest import ROOT

TRICKY = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))",
          "*not bold* and _not italic_", "`code` and {{ jinja }} and {% raw %}", "# not a heading",
          "1. not a list", "- not a list either", "a | b | c", "{: #not-an-attr }", "> not a quote", "&amp; stays"]


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=["attr_list", "md_in_html", "tables"])


def test_markdown_and_html_in_text_stay_text():
    for text in TRICKY:
        html = to_html(md(text))
        assert "<script" not in html and "<img" not in html and "<a " not in html and "<em>" not in html
        assert "<h1" not in html and "<ol>" not in html and "<ul>" not in html and "<code>" not in html
        assert "<blockquote>" not in html and 'id="not-an-attr"' not in html
        # what the reader sees is the original text
        import html as html_lib
        import re
        visible = html_lib.unescape(re.sub(r"<[^>]+>", "", html)).strip()
        assert visible == text, (text, html)


def small_corpus() -> Corpus:
    article = Article(id="a1", source_file="a1.txt", title="A <b>title</b>",
                      body=[Paragraph(0, "Ann Lee said {{ x }} was *fine*."), Paragraph(1, "Second paragraph.")])
    m = Mention("Ann Lee", "Ann Lee", "person", "a1", 0, 0, 7, "Ann Lee said {{ x }} was *fine*.")
    actor = Actor(id="ann-lee", name="Ann Lee", type="person", mentions=[m, m])
    claim = Claim(id="ann-lee-x", text="{{ x }} was *fine*", direct=False, speaker="ann-lee", speaker_text="Ann Lee",
                  cue="said", sources=[ClaimSource("a1", 0, "{{ x }} was *fine*", "said", "Ann Lee")])
    return Corpus(articles=[article], actors=[actor], claims=[claim])


def test_pages_link_both_ways_to_paragraph_anchors():
    corpus = small_corpus()
    pages = dict(render_pages(corpus, ROOT / "site_templates"))
    assert len(pages) == page_count(corpus)
    assert {"index.md", "articles/a1.md", "actors/ann-lee.md", "claims/ann-lee-x.md", "timeline.md"} <= set(pages)
    article = pages["articles/a1.md"]
    assert "{: #p1 .rs-para }" in article and "{: #p2 .rs-para }" in article
    assert "(../actors/ann-lee.md)" in article and "(../claims/ann-lee-x.md)" in article
    assert "(../articles/a1.md#p1)" in pages["claims/ann-lee-x.md"]
    assert "(../articles/a1.md#p1)" in pages["actors/ann-lee.md"]
    assert "{{ x }}" not in article.replace("\\{\\{ x \\}\\}", "")


def test_relative_paths_match_posixpath():
    import posixpath

    from generator.render import relative_path

    pages = ["index.md", "articles/a.md", "articles/index.md", "timeline.md", "x/y/z.md"]
    targets = ["actors/b.md", "articles/a.md", "index.md", "data/research.json", "timeline.md", "x/w.md"]
    for page in pages:
        for target in targets:
            assert relative_path(target, page) == posixpath.relpath(target, posixpath.dirname(page) or ".")


def test_long_indexes_go_on_over_numbered_pages_that_link_each_other():
    corpus = small_corpus()
    article = corpus.articles[0]
    for n in range(2, 6):  # five claims by two speakers, three per page at most
        speaker = "ann-lee" if n % 2 else None
        corpus.claims.append(Claim(id=f"c{n}", text=f"statement number {n}", direct=False, speaker=speaker,
                                   speaker_text="Ann Lee" if speaker else "A witness", cue="said",
                                   sources=[ClaimSource("a1", 0, f"statement number {n}", "said", "x")]))
    pages = dict(render_pages(corpus, ROOT / "site_templates", page_size=3))
    assert len(pages) == page_count(corpus, page_size=3)
    index_pages = ["claims/index.md", "claims/page-2.md"]
    assert [p for p in pages if p.startswith("claims/") and not p.startswith("claims/c")
            and p != "claims/ann-lee-x.md"] == index_pages
    for claim in corpus.claims:  # each claim listed on exactly one index page
        assert sum(f"({claim.id}.md)" in pages[p] for p in index_pages) == 1
    html = to_html(pages["claims/index.md"])
    assert 'class="rs-pager"' in html and "Page 1 of 2" in html and 'href="page-2.md"' in html
    assert 'href="index.md"' in to_html(pages["claims/page-2.md"])
    assert "Page" not in pages["articles/index.md"].split("|")[0]  # one article: no pager
    assert article.id in pages["articles/index.md"]


def test_an_actor_with_many_claims_gets_a_bounded_page():
    from generator.render import Views

    corpus = small_corpus()
    extra = Views.MAX_ON_TOPIC + 5
    for n in range(extra):
        corpus.claims.append(Claim(id=f"c{n}", text=f"statement number {n}", direct=False, speaker="ann-lee",
                                   speaker_text="Ann Lee", cue="said",
                                   sources=[ClaimSource("a1", 0, f"statement number {n}", "said", "Ann Lee")]))
    page = dict(render_pages(corpus, ROOT / "site_templates"))["actors/ann-lee.md"]
    assert page.count("(../claims/") == Views.MAX_ON_TOPIC
    assert f"{extra + 1} claims" in page and "(../data/claims.csv)" in page
