"""Quality benchmarks: prints one Markdown table per section and corpus.

    python benchmarks/quality/run.py            # every section
    python benchmarks/quality/run.py --fast     # only the committed corpora, research-site's cleaner
                                                # alone (no spaCy, no network; a few seconds)
    python benchmarks/quality/run.py --only "cleaning: public pages" [--out FILE]

Sections (``SECTIONS``) are named functions taking the options and returning a list of
``Table`` (a title, rows as dicts, notes) or plain rows (printed as one table under the
section's name). A section that cannot run here (e.g. /work/shared absent) returns a table with a
note saying why. To add one: write the function and register it in ``SECTIONS`` with
``fast=True`` if it needs neither spaCy nor the network.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import cleaning  # noqa: E402


@dataclass
class Table:
    title: str
    rows: list[dict]
    notes: list[str] = field(default_factory=list)


@dataclass
class Section:
    run: Callable[[argparse.Namespace], list]
    fast: bool = False
    """True when it needs neither spaCy nor the network: it runs under --fast."""


# ---------------------------------------------------------------- cleaning on the shared dev sets

def shared_dir() -> Path | None:
    """The shared data folder: $RESEARCH_SITE_SHARED, ../shared beside the repository (as CI
    lays it), or /work/shared."""
    for candidate in (os.environ.get("RESEARCH_SITE_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if candidate and (Path(candidate) / "eval" / "score.py").is_file():
            return Path(candidate)
    return None


def research_site_command() -> list[str]:
    script = Path(sys.executable).parent / "research-site"
    return [str(script)] if script.exists() else ["research-site"]


def cleaning_shared(options) -> list[Table]:
    """research-site generate on each annotated set, scored by the shared scorer (cleaning part)."""
    shared = shared_dir()
    if shared is None:
        return [Table("cleaning on the shared annotated sets", [],
                      ["skipped: no shared folder (/work/shared or ../shared) with eval/score.py here"])]
    rows, notes = [], []
    for name in ("dev", "dev2"):
        articles, gold = shared / name / "articles", shared / "gold" / f"{name}.yml"
        if not articles.is_dir() or not gold.is_file():
            notes.append(f"{name}: skipped ({articles} or {gold} missing)")
            continue
        with tempfile.TemporaryDirectory(prefix="quality-") as tmp:
            built = subprocess.run([*research_site_command(), "generate", "--seeds", str(articles), "--out", tmp,
                                    "--no-cache"], cwd=ROOT, capture_output=True, text=True)
            if built.returncode:
                notes.append(f"{name}: research-site generate failed: {built.stderr.strip()[-300:]}")
                continue
            scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold),
                                     "--export", str(Path(tmp) / "data" / "research.json"),
                                     "--articles", str(articles), "--json"], capture_output=True, text=True)
            if scored.returncode:
                notes.append(f"{name}: score.py failed: {scored.stderr.strip()[-300:]}")
                continue
            result = json.loads(scored.stdout)
        rows.append({"set": name, "articles found": result["articles_found"],
                     "body lines kept": result["body_lines_kept"],
                     "boilerplate lines removed": result["boilerplate_removed"],
                     "titles": result["titles_correct"], "publishers": result["publishers_correct"],
                     "dates": result["published_dates_correct"]})
    return [Table("cleaning on the shared annotated sets (research-site generate + eval/score.py)", rows, notes)]


# ---------------------------------------------------------------- cleaning on the public pages

CORPUS_NOTES = [
    "P/R/F1: word-sequence overlap of the kept body with the gold article text (difflib alignment of "
    "lowercased word lists); micro = over all words, mean = average of the pages' figures.",
    "titles: the page's headline line (normalised equality or similarity >= 0.9); date and author are "
    "counted over the pages whose gold has one (see cleaning.py for every rule).",
]


def cleaning_corpora(options) -> list[Table]:
    root = cleaning.corpora_dir()
    if root is None:
        return [Table("cleaning on public pages", [], ["skipped: no corpus folder found (see cleaning.corpora_dir)"])]
    folders = sorted({gold.parent.parent for gold in root.glob("*/*/gold.json")})
    systems = ["research-site"] if options.fast else list(cleaning.SYSTEMS)
    tables, combined = [], {}
    for folder in folders:
        facts = cleaning.corpus_facts(folder)
        results = cleaning.evaluate(folder, systems)
        for r in results:
            combined.setdefault(r.system, []).append(r)
        languages = ", ".join(f"{k} {v}" for k, v in sorted(facts["languages"].items(), key=lambda kv: -kv[1]))
        tables.append(Table(f"{folder.name}: {facts['pages']} pages, {facts['sites']} sites ({languages}); "
                            f"{facts['gold_words']:,} gold words", cleaning.table_rows(results)))
    if len(folders) > 1:
        merged = [cleaning.summarise(system, [s for r in rs for s in r.scores], sum(r.seconds for r in rs))
                  for system, rs in combined.items()]
        pages = [p for f in folders for p in cleaning.load_corpus(f)]
        tables.append(Table(f"all corpora: {len(pages)} pages, {len({p.gold.get('site') for p in pages})} sites",
                            cleaning.table_rows(merged)))
    tables[-1].notes = CORPUS_NOTES
    return tables


# ---------------------------------------------------------------- attribution on PolNeAR

def attribution_polnear(options) -> list:
    """Direct quotations found, speakers right, precision (ours and textacy's) on PolNeAR's
    training and development articles (fetched by fetch_polnear.py; never on CI)."""
    import attribution

    if not attribution.available():
        return [Table("attribution on PolNeAR", [], ["skipped: run benchmarks/quality/fetch_polnear.py first"])]
    return [attribution.evaluate(limit=getattr(options, "limit", None)).summary()]


SECTIONS: dict[str, Section] = {
    "cleaning: shared annotated sets": Section(cleaning_shared),
    "cleaning: public pages": Section(cleaning_corpora, fast=True),
    "attribution: PolNeAR": Section(attribution_polnear),
}


# ---------------------------------------------------------------- output

def render(name: str, result: list) -> str:
    if result and isinstance(result[0], dict):
        result = [Table(name, result)]
    out = [f"## {name}"]
    for table in result:
        if isinstance(table, str):  # a section's own text (already Markdown)
            out.append(f"\n{table}")
            continue
        out.append(f"\n### {table.title}\n")
        if table.rows:
            out.append(cleaning.markdown_table(table.rows))
        out += [f"\n- {note}" for note in table.notes]
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fast", action="store_true", help="only the sections that need neither spaCy nor the network")
    parser.add_argument("--only", nargs="*", choices=list(SECTIONS), help="these sections only")
    parser.add_argument("--out", type=Path, help="also write the tables to this Markdown file")
    options = parser.parse_args(argv)
    text = []
    for name, section in SECTIONS.items():
        if (options.only and name not in options.only) or (options.fast and not section.fast):
            continue
        text.append(render(name, section.run(options)))
        print(text[-1], flush=True)
    if options.out:
        options.out.write_text("\n".join(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
