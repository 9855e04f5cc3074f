#!/usr/bin/env python3
"""Recreate the seed texts of the annotated evaluation set.

Usage: python benchmarks/quality/annotated/make_seeds.py SEEDS_DIR

Copies corpora/<corpus>/<page>/page.txt, for every line <corpus>/<page> of
pages.txt, to SEEDS_DIR/<corpus>__<page>.txt (the file names gold.yml is keyed
by). Writes nothing else. The corpora are built by ../make_cleaning_corpus.py.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent / "corpora"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    missing = []
    pages = [ln.strip() for ln in (HERE / "pages.txt").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    for page in pages:
        corpus, name = page.split("/", 1)
        src = CORPORA / corpus / name / "page.txt"
        if not src.is_file():
            missing.append(str(src))
            continue
        shutil.copyfile(src, out / f"{corpus}__{name}.txt")
    if missing:
        print("missing (build the corpora first, see ../README.md):\n  " + "\n  ".join(missing),
              file=sys.stderr)
        return 1
    print(f"{len(pages)} seed files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
