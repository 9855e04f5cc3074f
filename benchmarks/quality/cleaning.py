"""Cleaning quality: research-site's cleaner (and two baselines) against pages with published gold.

A corpus is a folder of page folders, each with ``page.txt`` (the page's visible text as a scraper
saves it) and ``gold.json`` (the article text and metadata the page's test suite expects); see
``make_cleaning_corpus.py``.

    python benchmarks/quality/cleaning.py [CORPUS ...] [--details]

What is measured, per page and over the corpus:

- **Body text**: the words of the kept body against the words of the gold text. Words are the
  lowercased ``\\w+`` runs, except that each character of a script written without spaces (Han,
  kana, Thai, Lao, Khmer, Myanmar) is a word of its own. Kept and gold word lists are aligned
  with ``difflib.SequenceMatcher`` (autojunk off): its matching blocks are a longest-common-
  subsequence style alignment, so a word counts as found only where it stands in the same order
  (a menu word that also occurs in the story does not count). precision = matched / kept words,
  recall = matched / gold words, F1 their harmonic mean. *Micro* sums the counts over all pages
  (long pages weigh more); *mean* averages the per-page figures (every page weighs the same; an
  empty output scores P = R = F1 = 0). The gold's headline line, when it is in the gold text, is
  left out of it: the cleaner gives the headline as the title, not as a body paragraph.
- **Title**: correct when the cleaner's title, normalised (NFKC, casefold, quotes and dashes
  unified, spaces collapsed, punctuation at the ends dropped), equals the gold headline (the line
  of the page that shows the title) or is within a character-level similarity ratio of 0.9 of it
  (a missing full stop or a changed quote mark is not an error; a different line is). A title
  the cleaner made up from the first body line (ending in "…") is "not found".
- **Publisher**: found = any; correct = its key (lowercase letters and digits, a leading "the"
  and a trailing ".com"/".org"/... dropped, as /work/shared/eval/score.py does) equals or
  contains, or is contained in, the key of the publication's name, of the page's declared site
  name, or of its domain ("nytimes" for nytimes.com); keys under 3 characters never match.
- **Date**: over the pages whose gold has a publication date: found = any date; correct = within
  one day of the gold (a page's date may be shown in another time zone), as score.py does.
- **Author**: over the pages whose gold names one: correct when the name words (lowercased
  letters, "by"/"and" dropped) of the cleaner's author and the gold byline have a Jaccard overlap
  of at least 0.5.

Systems: ``research-site`` (``pipeline.read_sources`` + ``pipeline.clean_sources`` over the
whole corpus folder at once, as a seeds folder; so short lines repeated on several pages count
as chrome, as they do in a real build), ``whole text`` (every line kept) and ``jusText`` (jusText
3 with its default settings classifying the lines, each line given as a ``<p>``, with the
stoplist of the page's language, or its language-independent mode where it has none).
"""
from __future__ import annotations

import argparse
import difflib
import html
import json
import re
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def corpora_dir() -> Path | None:
    """The folder of corpora: $RESEARCH_SITE_QUALITY_CORPORA, benchmarks/quality/corpora, or
    quality/corpora in the shared data folder (../shared beside the repository, /work/shared)."""
    import os

    for candidate in (os.environ.get("RESEARCH_SITE_QUALITY_CORPORA"), HERE / "corpora",
                      ROOT.parent / "shared" / "quality" / "corpora", "/work/shared/quality/corpora"):
        if candidate and any(Path(candidate).glob("*/*/gold.json")):
            return Path(candidate)
    return None

# ---------------------------------------------------------------- words

NO_SPACE_SCRIPTS = ("\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff")
_NO_SPACE = re.compile(f"([{NO_SPACE_SCRIPTS}])")
_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lowercase words; each character of a script written without spaces is a word."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    return _WORD.findall(_NO_SPACE.sub(r" \1 ", text))


def matched_words(kept: list[str], gold: list[str]) -> int:
    """Words of ``kept`` aligned with words of ``gold`` in the same order (SequenceMatcher's
    matching blocks, an approximation of the longest common subsequence)."""
    if not kept or not gold:
        return 0
    return sum(block.size for block in difflib.SequenceMatcher(None, kept, gold, autojunk=False).get_matching_blocks())


def prf(matched: int, kept: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 from counts; 0 where undefined."""
    p = matched / kept if kept else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------- metadata checks

def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = text.translate(str.maketrans("“”‘’–—«»", "\"\"''--\"\""))
    return re.sub(r"\s+", " ", text).strip(" .:;,!?-|_\"'")


def title_correct(got: str | None, gold: str | None) -> bool:
    a, b = norm(got), norm(gold)
    if not a or not b:
        return False
    return a == b or difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9


def publisher_key(name: str | None) -> str:
    key = re.sub(r"[^0-9a-z\u00c0-\uffff]+", " ", norm(name)).strip()
    key = re.sub(r"^the ", "", key)
    key = re.sub(r" (com|org|net|co uk|in|de|fr)$", "", key)
    return key.replace(" ", "")


def publisher_correct(got: str | None, gold: dict) -> bool:
    g = publisher_key(got)
    if len(g) < 3:
        return False
    domain = (gold.get("site") or "").split(".")[0]
    names = {publisher_key(n) for n in (gold.get("publisher"), gold.get("site_name"), domain) if n}
    return any(len(n) >= 3 and (g == n or g in n or n in g) for n in names)


def date_correct(got: str | None, gold: str | None) -> bool:
    import datetime as dt

    try:
        return abs((dt.date.fromisoformat(str(got)[:10]) - dt.date.fromisoformat(str(gold)[:10])).days) <= 1
    except ValueError:
        return False


def name_words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", norm(text)) if w not in {"by", "and", "und", "et", "y", "por", "par"}}


def author_correct(got: str | None, gold: str | None) -> bool:
    a, b = name_words(got), name_words(gold)
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


# ---------------------------------------------------------------- corpus and systems

@dataclass
class Page:
    name: str
    folder: Path
    gold: dict

    @property
    def path(self) -> Path:
        return self.folder / "page.txt"

    def lines(self) -> list[str]:
        return [line for line in self.path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def gold_lines(self) -> list[str]:
        """The gold text's lines, without the headline (given as the title, not in the body)."""
        skip = {norm(self.gold.get("headline")), norm(self.gold.get("title"))} - {""}
        return [line for line in self.gold["text"].splitlines() if line.strip() and norm(line) not in skip]


@dataclass
class Output:
    """What one system made of one page."""

    body: list[str]
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    author: str | None = None
    article: object = None
    extra: dict = field(default_factory=dict)


def load_corpus(folder: Path) -> list[Page]:
    pages = []
    for gold in sorted(Path(folder).glob("*/gold.json")):
        pages.append(Page(gold.parent.name, gold.parent, json.loads(gold.read_text(encoding="utf-8"))))
    return pages


def run_research_site(pages: list[Page]) -> dict[str, Output]:
    """research-site's cleaner over the pages as one seeds folder (the pipeline's read and clean
    stages, nothing else)."""
    sys.path.insert(0, str(ROOT))
    from generator import pipeline

    listing = ([p.path for p in pages], [])
    docs, _ = pipeline.read_sources(Path(pages[0].folder.parent) if pages else Path("."), listing)
    by_path = {str(p.path): p.name for p in pages}
    for doc in docs:  # every file is page.txt: name them after their folder
        doc.source_file = f"{by_path[str(doc.path)]}.txt"
    articles, _ = pipeline.clean_sources(docs)
    found = {}
    for article in articles:
        for source in [article.source_file, *article.duplicates]:
            found[Path(source).stem] = article
    out = {}
    for page in pages:
        a = found.get(page.name)
        if a is None:
            out[page.name] = Output(body=[])
            continue
        # with no headline found the cleaner names the article after its first body line
        made_up = a.title.endswith("…") and bool(a.body) and a.body[0].text.startswith(a.title[:-1])
        out[page.name] = Output(body=[p.text for p in a.body], title=None if made_up else a.title,
                                publisher=a.publisher, published=a.published, author=a.author, article=a)
    return out


def run_research_site_with_metadata(pages: list[Page]) -> dict[str, Output]:
    """The same, counting as kept the standfirst and caption lines the cleaner moved from the body
    into the article's metadata (the site shows them above the story)."""
    out = run_research_site(pages)
    for o in out.values():
        if o.article is not None:
            o.body = o.body + [m.text for m in o.article.metadata if m.kind in ("standfirst", "caption")]
    return out


def run_whole(pages: list[Page]) -> dict[str, Output]:
    return {p.name: Output(body=p.lines()) for p in pages}


JUSTEXT_LANGUAGES = {"en": "English", "cs": "Czech", "pt": "Portuguese", "de": "German", "es": "Spanish",
                     "fr": "French", "ar": "Arabic", "lv": "Latvian", "ko": "Korean", "ru": "Russian"}


def run_justext(pages: list[Page]) -> dict[str, Output]:
    import justext

    out = {}
    for page in pages:
        lines = page.lines()
        document = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"
        language = JUSTEXT_LANGUAGES.get(page.gold.get("lang") or "")
        if language:
            paragraphs = justext.justext(document, justext.get_stoplist(language))
        else:  # jusText's language-independent mode
            paragraphs = justext.justext(document, frozenset(), stopwords_low=0, stopwords_high=0)
        out[page.name] = Output(body=[p.text for p in paragraphs if not p.is_boilerplate])
    return out


SYSTEMS = {"research-site": run_research_site,
           "research-site, body + standfirst/captions": run_research_site_with_metadata, "whole text": run_whole, "jusText": run_justext}


# ---------------------------------------------------------------- scoring

@dataclass
class PageScore:
    name: str
    matched: int
    kept: int
    gold: int
    title: bool | None = None
    publisher_found: bool | None = None
    publisher: bool | None = None
    date_found: bool | None = None
    date: bool | None = None
    author_found: bool | None = None
    author: bool | None = None

    @property
    def prf(self) -> tuple[float, float, float]:
        return prf(self.matched, self.kept, self.gold)


def score_page(page: Page, output: Output, metadata: bool = True) -> PageScore:
    kept, gold = tokens("\n".join(output.body)), tokens("\n".join(page.gold_lines()))
    score = PageScore(page.name, matched_words(kept, gold), len(kept), len(gold))
    if metadata:
        g = page.gold
        score.title = title_correct(output.title, g.get("headline") or g.get("title"))
        score.publisher_found = bool(output.publisher)
        score.publisher = publisher_correct(output.publisher, g)
        if g.get("published"):
            score.date_found = bool(output.published)
            score.date = date_correct(output.published, g["published"])
        if g.get("byline"):
            score.author_found = bool(output.author)
            score.author = author_correct(output.author, g["byline"])
    return score


@dataclass
class Summary:
    system: str
    pages: int
    precision: float
    recall: float
    f1: float
    mean_precision: float
    mean_recall: float
    mean_f1: float
    counts: dict = field(default_factory=dict)
    """metadata checks: name -> (correct, out of)"""
    seconds: float = 0.0
    scores: list[PageScore] = field(default_factory=list)


def summarise(system: str, scores: list[PageScore], seconds: float = 0.0) -> Summary:
    matched, kept, gold = (sum(getattr(s, k) for s in scores) for k in ("matched", "kept", "gold"))
    p, r, f = prf(matched, kept, gold)
    n = len(scores) or 1
    per_page = [s.prf for s in scores]
    counts = {}
    for key in ("title", "publisher_found", "publisher", "date_found", "date", "author_found", "author"):
        values = [getattr(s, key) for s in scores if getattr(s, key) is not None]
        if values:
            counts[key] = (sum(values), len(values))
    return Summary(system, len(scores), p, r, f, sum(x[0] for x in per_page) / n, sum(x[1] for x in per_page) / n,
                   sum(x[2] for x in per_page) / n, counts, seconds, scores)


def evaluate(folder: Path, systems: list[str] | None = None) -> list[Summary]:
    """Each system's summary on the corpus in ``folder``."""
    pages = load_corpus(folder)
    results = []
    for name in systems or list(SYSTEMS):
        start = time.perf_counter()
        outputs = SYSTEMS[name](pages)
        seconds = time.perf_counter() - start
        metadata = name == "research-site"  # the other rows have no metadata, or the same
        results.append(summarise(name, [score_page(p, outputs[p.name], metadata) for p in pages], seconds))
    return results


def corpus_facts(folder: Path) -> dict:
    pages = load_corpus(folder)
    langs: dict[str, int] = {}
    for p in pages:
        langs[p.gold.get("lang") or "?"] = langs.get(p.gold.get("lang") or "?", 0) + 1
    return {"pages": len(pages), "sites": len({p.gold.get("site") for p in pages}), "languages": langs,
            "gold_words": sum(len(tokens("\n".join(p.gold_lines()))) for p in pages)}


# ---------------------------------------------------------------- tables

def fmt_count(pair: tuple[int, int] | None) -> str:
    return f"{pair[0]}/{pair[1]}" if pair else "–"


def table_rows(results: list[Summary]) -> list[dict]:
    rows = []
    for s in results:
        c = s.counts
        rows.append({
            "system": s.system, "pages": s.pages,
            "P (micro)": f"{s.precision:.3f}", "R (micro)": f"{s.recall:.3f}", "F1 (micro)": f"{s.f1:.3f}",
            "P (mean)": f"{s.mean_precision:.3f}", "R (mean)": f"{s.mean_recall:.3f}", "F1 (mean)": f"{s.mean_f1:.3f}",
            "titles": fmt_count(c.get("title")),
            "publisher found": fmt_count(c.get("publisher_found")), "publisher correct": fmt_count(c.get("publisher")),
            "date found": fmt_count(c.get("date_found")), "date correct": fmt_count(c.get("date")),
            "author found": fmt_count(c.get("author_found")), "author correct": fmt_count(c.get("author")),
            "seconds": f"{s.seconds:.1f}",
        })
    return rows


def markdown_table(rows: list[dict]) -> str:
    if not rows:
        return "(no rows)"
    headers = list(rows[0])
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" if h == "system" else "---:" for h in headers) + "|"]
    lines += ["| " + " | ".join(str(r.get(h, "")) for h in headers) + " |" for r in rows]
    return "\n".join(lines)


# ---------------------------------------------------------------- what went wrong, line by line

def line_alignment(kept_lines: list[str], gold_lines: list[str]) -> tuple[list[float], list[float]]:
    """For each kept line and each gold line, the share of its words aligned with the other side."""
    kt = [tokens(x) for x in kept_lines]
    gt = [tokens(x) for x in gold_lines]
    flat_k = [w for ws in kt for w in ws]
    flat_g = [w for ws in gt for w in ws]
    hit_k, hit_g = [False] * len(flat_k), [False] * len(flat_g)
    if flat_k and flat_g:
        for b in difflib.SequenceMatcher(None, flat_k, flat_g, autojunk=False).get_matching_blocks():
            for i in range(b.size):
                hit_k[b.a + i] = hit_g[b.b + i] = True

    def shares(groups, hits):
        out, at = [], 0
        for ws in groups:
            n = len(ws)
            out.append(sum(hits[at:at + n]) / n if n else 1.0)
            at += n
        return out

    return shares(kt, hit_k), shares(gt, hit_g)


def details(folder: Path) -> list[dict]:
    """research-site's errors on each page: kept lines that are not in the gold (chrome kept),
    gold lines not kept (with where they went: title, metadata kind or removal reason)."""
    pages = load_corpus(folder)
    outputs = run_research_site(pages)
    report = []
    for page in pages:
        out = outputs[page.name]
        gold_lines = page.gold_lines()
        kept_share, gold_share = line_alignment(out.body, gold_lines)
        where = {}
        a = out.article
        if a is not None:
            where[norm(a.title)] = "title"
            for m in a.metadata:
                where.setdefault(norm(m.text), f"metadata: {m.kind}")
            for r in a.removed:
                where.setdefault(norm(r.text), f"removed: {r.reason}")
        report.append({
            "page": page.name, "site": page.gold.get("site"), "lang": page.gold.get("lang"),
            "f1": round(score_page(page, out, False).prf[2], 3),
            "chrome_kept": [x for x, s in zip(out.body, kept_share) if s < 0.5],
            "lost": [(x, where.get(norm(x), "?")) for x, s in zip(gold_lines, gold_share) if s < 0.5],
            "title": out.title, "headline": page.gold.get("headline"),
            "publisher": out.publisher, "gold_publisher": page.gold.get("publisher"),
            "published": out.published, "gold_published": page.gold.get("published"),
            "author": out.author, "gold_byline": page.gold.get("byline"),
        })
    return report


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="*", type=Path, help="corpus folders (default: every one in corpora/)")
    parser.add_argument("--details", action="store_true", help="research-site's errors page by page, as JSON")
    parser.add_argument("--systems", nargs="*", choices=list(SYSTEMS))
    args = parser.parse_args(argv)
    if not args.corpora and corpora_dir() is None:
        parser.error("no corpus found (see corpora_dir)")
    folders = args.corpora or sorted({gold.parent.parent for gold in corpora_dir().glob("*/*/gold.json")})
    for folder in folders:
        if args.details:
            print(json.dumps(details(folder), ensure_ascii=False, indent=1))
            continue
        facts = corpus_facts(folder)
        print(f"\n## {folder.name}: {facts['pages']} pages, {facts['sites']} sites, languages {facts['languages']}\n")
        print(markdown_table(table_rows(evaluate(folder, args.systems))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
