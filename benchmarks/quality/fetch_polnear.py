"""PolNeAR -> seeds and gold attributions for the attribution benchmark (benchmarks/quality/attribution.py).

    python benchmarks/quality/fetch_polnear.py [MIRROR_GIT_DIR] [--per-publisher 22] [--seed 2016]
                                               [--out benchmarks/quality/data/polnear]

PolNeAR (github.com/networkdynamics/PolNeAR; Newell, Margolin & Ruths, LREC 2018) is ~1,000 US
election news articles from 7 publishers, every attribution annotated as source, cue and content
in BRAT standoff files. It states no license: nothing of it is committed here. This script reads a
bare git mirror of the repository (``git show``, no work tree) and writes its own copy into the
ignored folder ``benchmarks/quality/data/polnear/``. CI never runs it.

Only the ``train`` and ``dev`` compartments are read. The ``test`` compartment is held out for
another evaluation: every path this script reads is checked to lie under ``data/train/`` or
``data/dev/`` (``data/metadata.tsv``, which lists the test articles too, is not read: publisher
and date come from the file name, the title from the text's first line).

Selection (deterministic): the train + dev articles of each publisher, sorted by name, sampled with
``random.Random(seed)``; ``--per-publisher`` of each of the 7 publishers (default 22: 154 articles).
An article annotated by several annotators (the agreement articles) uses the annotator file whose
name sorts first.

Output, for each article ``NAME`` (the PolNeAR file name):

``seeds/NAME.txt``
    The article text, one paragraph per line with a blank line between (the title is the first
    line). PolNeAR's text has one paragraph per line, sometimes with blank lines between; its lines
    are copied unchanged, so every offset maps exactly.
``gold/NAME.json``
    ``{"article", "compartment", "publisher", "date", "title", "annotator", "seed",
    "paragraphs": [[start, end], ...], "attributions": [...]}``; offsets are into the seed text,
    and each attribution is::

        {"id": "E3",
         "source": {"text", "spans": [[s, e], ...]} | null,   # null: Attribution-no-source
         "cue": {"text", "spans"}, "content": {"text", "spans"},   # Content2 spans are merged in
         "paragraphs": [k, ...],          # seed lines (0 = title) the content lies on
         "in_title": bool,                # content on the title line (the tool reads no claims there)
         "quote_fraction": 0.0-1.0,       # share of the content's letters/digits inside quotation marks
         "direct": bool,                  # quote_fraction >= 0.5
         "source_kind": "name" | "pronoun" | "description" | "none",
         "source_coref": str | null}      # see below

``direct``: quotation regions are found per paragraph from double marks only (“ ” and straight
``"``, « »); an opening mark with no closing one runs to the end of the paragraph (the convention
for a quotation that continues into the next paragraph). Single marks are not used (apostrophes,
quotes within quotes, headlines).

``source_kind`` (heuristic): ``pronoun`` when every word of the source is a personal pronoun;
``name`` when some comma/paren-separated part of the source ends in a proper-name token (CoreNLP's
NNP/NNPS tag from PolNeAR's own ``corenlp`` files, else a capitalised word that does not start the
sentence), not counting titles (``Sen.``, ``President``) - so "Donald Trump", "Trump's campaign
manager, Kellyanne Conway", "The New York Post" are names, "the Clinton campaign", "Republican
leaders", "a source" are descriptions; ``none`` for attributions without a source.

``source_coref``: PolNeAR's manual annotation has no coreference. Its ``corenlp`` files carry an
automatic one (CoreNLP dcoref): for the coreference mention whose head word lies in the source, the
representative mention of its chain, when it differs from the source and is not itself a pronoun.
It is automatic and sometimes wrong; the scorer uses it only as a second acceptable name.

``manifest.json`` records the mirror commit, the options and the article list.
"""
from __future__ import annotations

import argparse
import glob
import json
import random
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "data" / "polnear"
ALLOWED = ("data/train/", "data/dev/")
COMPARTMENTS = ("train", "dev")

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "himself",
            "herself", "themselves", "itself", "who", "this", "that"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
          "president", "vice", "pres", "secretary", "gen", "general", "lt", "col", "sgt", "adm", "prof",
          "professor", "rev", "judge", "justice", "mayor", "speaker", "chairman", "chairwoman", "leader",
          "former", "candidate", "nominee", "sir", "lord", "lady", "st", "jr", "sr", "ii", "iii", "the",
          "a", "an", "presidential", "democratic", "republican", "gop", "u.s", "us",
          # days and months end many descriptions ("a poll released Thursday")
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
          "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "oct", "nov", "dec"}
DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“"}


# --------------------------------------------------------------------------- git access

class Mirror:
    """Read-only access to the bare git mirror; refuses any path outside train/dev."""

    def __init__(self, git_dir: Path, rev: str = "HEAD"):
        self.git_dir = Path(git_dir)
        self.rev = rev
        self.commit = self._git("rev-parse", rev).strip()

    def _git(self, *args: str, binary: bool = False):
        out = subprocess.run(["git", "--git-dir", str(self.git_dir), *args], capture_output=True, check=True)
        return out.stdout if binary else out.stdout.decode("utf-8")

    @staticmethod
    def _check(path: str) -> None:
        if not path.startswith(ALLOWED):
            raise PermissionError(f"{path}: only PolNeAR's train and dev compartments may be read")

    def show(self, path: str) -> str | None:
        self._check(path)
        try:
            return self._git("show", f"{self.rev}:{path}")
        except subprocess.CalledProcessError:
            return None  # absent (a large file not in the mirror)

    def ls(self, folder: str) -> list[str]:
        self._check(folder.rstrip("/") + "/")
        return self._git("ls-tree", "-r", "--name-only", self.rev, folder).split()


def find_mirror() -> Path | None:
    for pattern in ("/work/.mirror/networkdynamics+PolNeAR*/repo", "/work/.mirror/networkdynamics+PolNeAR*"):
        for path in sorted(glob.glob(pattern)):
            p = Path(path)
            if (p / "HEAD").exists() and (p / "objects").exists():
                return p
            if (p / ".git").is_dir():
                return p / ".git"
    return None


# --------------------------------------------------------------------------- BRAT standoff

@dataclass
class Span:
    label: str
    spans: list[tuple[int, int]]


@dataclass
class Relation:
    id: str
    roles: dict[str, list[str]] = field(default_factory=dict)   # role -> [T ids]


TEXTBOUND = re.compile(r"^(T\d+)\t([\w-]+) (\d+ \d+(?:;\d+ \d+)*)\t")
EVENT = re.compile(r"^(E\d+)\t(.*)$")


def parse_ann(text: str) -> tuple[dict[str, Span], list[Relation]]:
    """Text-bound annotations and events of a BRAT .ann file. The span text after the second tab is
    ignored (it may run over several lines); offsets are taken from the article text instead."""
    spans: dict[str, Span] = {}
    relations: list[Relation] = []
    for line in text.split("\n"):
        m = TEXTBOUND.match(line)
        if m:
            spans[m.group(1)] = Span(m.group(2), [tuple(map(int, s.split())) for s in m.group(3).split(";")])
            continue
        m = EVENT.match(line)
        if m:
            rel = Relation(m.group(1))
            for part in m.group(2).split():
                role, _, tid = part.partition(":")
                if tid:
                    rel.roles.setdefault(re.sub(r"\d+$", "", role), []).append(tid)
            relations.append(rel)
    return spans, relations


# --------------------------------------------------------------------------- CoreNLP xml

@dataclass
class CoreNLP:
    tokens: list[dict]                       # {begin, end, pos, word}
    by_sent: dict[tuple[int, int], int]      # (sentence id, token id) -> index in tokens
    chains: list[list[dict]]                 # [{start_tok, end_tok (exclusive), head_tok, rep}]


def parse_corenlp(xml: str) -> CoreNLP:
    root = ET.fromstring(xml.encode("utf-8"))
    tokens, by_sent = [], {}
    for sent in root.findall("document/sentences/sentence"):
        sid = int(sent.get("id"))
        toks = sent.find("tokens")
        if toks is None:
            continue
        for tok in toks:
            by_sent[(sid, int(tok.get("id")))] = len(tokens)
            tokens.append({"begin": int(tok.findtext("CharacterOffsetBegin")),
                           "end": int(tok.findtext("CharacterOffsetEnd")),
                           "pos": tok.findtext("POS"), "word": tok.findtext("word")})
    chains = []
    outer = root.find("document/coreference")
    for chain in (outer if outer is not None else []):
        mentions = []
        for m in chain.findall("mention"):
            s = int(m.findtext("sentence"))
            try:
                mentions.append({"start": by_sent[(s, int(m.findtext("start")))],
                                 "end": by_sent[(s, int(m.findtext("end")) - 1)] + 1,
                                 "head": by_sent[(s, int(m.findtext("head")))],
                                 "rep": m.get("representative") == "true"})
            except KeyError:
                continue
        if mentions:
            chains.append(mentions)
    return CoreNLP(tokens, by_sent, chains)


def coref_name(nlp: CoreNLP | None, text: str, start: int, end: int) -> str | None:
    """The representative mention of the chain whose mention has its head word inside [start, end)."""
    if nlp is None:
        return None
    best = None
    for chain in nlp.chains:
        rep = next((m for m in chain if m["rep"]), chain[0])
        for m in chain:
            head = nlp.tokens[m["head"]]
            if start <= head["begin"] and head["end"] <= end:
                size = nlp.tokens[m["end"] - 1]["end"] - nlp.tokens[m["start"]]["begin"]
                if best is None or size > best[0]:
                    best = (size, rep)
    if best is None:
        return None
    rep = best[1]
    s, e = nlp.tokens[rep["start"]]["begin"], nlp.tokens[rep["end"] - 1]["end"]
    name = " ".join(text[s:e].split())
    if s >= start and e <= end or not name or is_pronoun(name) or name.lower() == " ".join(text[start:end].split()).lower():
        return None
    return name


# --------------------------------------------------------------------------- heuristics

WORD = re.compile(r"[\w][\w'’.-]*")


def is_pronoun(text: str) -> bool:
    words = [w.lower().strip(".") for w in WORD.findall(text)]
    return bool(words) and all(w in PRONOUNS for w in words)


def source_kind(text: str | None, proper_at=None) -> str:
    """``name`` / ``pronoun`` / ``description`` / ``none`` for a source's words (see the module doc).

    ``proper_at(i)`` tells whether the word starting at offset ``i`` of ``text`` is a proper noun
    (CoreNLP's tag); without it a capitalised word counts, except the first word of the source."""
    if not text or not text.strip():
        return "none"
    if is_pronoun(text):
        return "pronoun"
    cleaned = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group(0)), text)   # "(D-Mass.)"
    pos = 0
    for part in re.split(r"(,|—|–| who | which | that )", cleaned):
        words = [(m.start() + pos, m.group(0)) for m in WORD.finditer(part)]
        pos += len(part)
        words = [(i, w) for i, w in words if w.lower() not in ("'s", "’s")]
        if not words:
            continue
        i, last = words[-1]
        last_clean = re.sub(r"(['’]s|['’])$", "", last).strip(".")
        if last_clean.lower() in TITLES or not last_clean or not last_clean[0].isupper():
            continue
        if proper_at is not None:
            verdict = proper_at(i)
            if verdict is not None:
                if verdict:
                    return "name"
                continue
        if i > 0 or len(words) > 1 or last_clean.isupper():
            return "name"
        # a lone capitalised first word ("Sources", "Officials", "Trump"): a name unless plural-looking
        if not last_clean.endswith("s") or last_clean.endswith("ss"):
            return "name"
    return "description"


def quote_regions(line: str) -> list[tuple[int, int]]:
    """Character ranges of a paragraph inside double quotation marks (marks excluded)."""
    regions, i = [], 0
    while i < len(line):
        ch = line[i]
        if ch in DOUBLE_OPEN:
            close = DOUBLE_OPEN[ch]
            j = line.find(close, i + 1)
            j = len(line) if j < 0 else j
            regions.append((i + 1, j))
            i = j + 1
            continue
        if ch == '"':
            j = line.find('"', i + 1)
            j = len(line) if j < 0 else j
            regions.append((i + 1, j))
            i = j + 1
            continue
        i += 1
    return regions


def quote_fraction(text: str, spans: list[tuple[int, int]], regions: list[tuple[int, int]]) -> float:
    """Share of the letters/digits of ``spans`` that lie inside ``regions`` (offsets into ``text``)."""
    total = inside = 0
    for s, e in spans:
        for k in range(s, e):
            if text[k].isalnum():
                total += 1
                if any(a <= k < b for a, b in regions):
                    inside += 1
    return inside / total if total else 0.0


# --------------------------------------------------------------------------- conversion

def to_seed(text: str) -> tuple[str, list[tuple[int, int, int]], list[tuple[int, int]]]:
    """(seed text, line map [(orig_start, seed_start, length)], paragraph spans in the seed)."""
    parts, mapping, paragraphs, pos, at = [], [], [], 0, 0
    for line in text.split("\n"):
        if line.strip():
            if parts:
                parts.append("\n\n")
                pos += 2
            mapping.append((at, pos, len(line)))
            paragraphs.append((pos, pos + len(line)))
            parts.append(line)
            pos += len(line)
        at += len(line) + 1
    return "".join(parts) + "\n", mapping, paragraphs


def map_offset(mapping: list[tuple[int, int, int]], offset: int, is_end: bool) -> int:
    for k, (orig, seed, length) in enumerate(mapping):
        if orig <= offset <= orig + length:
            return seed + offset - orig
        if offset < orig:   # in a blank gap: a start moves to the next line, an end to the previous one
            if is_end and k:
                o, s, n = mapping[k - 1]
                return s + n
            return seed
    orig, seed, length = mapping[-1]
    return seed + length


def map_spans(mapping, spans):
    out = []
    for s, e in spans:
        a, b = map_offset(mapping, s, False), map_offset(mapping, e, True)
        if b > a:
            out.append((a, b))
    return out


def part_text(text: str, spans) -> str:
    return " … ".join(" ".join(text[s:e].split()) for s, e in spans)


def convert(name: str, compartment: str, raw: str, ann: str, xml: str | None, meta: dict, annotator: str) -> tuple[str, dict]:
    seed, mapping, paragraphs = to_seed(raw)
    nlp = parse_corenlp(xml) if xml else None
    pos_at = {}
    if nlp is not None:
        for t in nlp.tokens:
            pos_at[t["begin"]] = t["pos"]
    regions = [[(s + a, s + b) for a, b in quote_regions(seed[s:e])] for s, e in paragraphs]
    flat_regions = [r for rs in regions for r in rs]
    spans, relations = parse_ann(ann)
    attributions = []
    for rel in relations:
        def get(role):
            ids = [t for r in ([role] if role != "Content" else ["Content", "Content2"]) for t in rel.roles.get(r, [])]
            got = [s for t in ids if t in spans for s in spans[t].spans]
            return sorted(got)
        content_o, cue_o, source_o = get("Content"), get("Cue"), get("Source")
        if not content_o:
            continue
        content, cue, source = map_spans(mapping, content_o), map_spans(mapping, cue_o), map_spans(mapping, source_o)
        if not content:
            continue
        paras = sorted({k for s, e in content for k, (ps, pe) in enumerate(paragraphs) if s < pe and ps < e})
        qf = quote_fraction(seed, content, flat_regions)
        src_text = part_text(seed, source) if source else None
        kind = "none"
        coref = None
        if source_o:
            s0, e0 = source_o[0][0], source_o[-1][1]
            raw_src = raw[s0:e0]

            def proper_at(i, s0=s0):
                p = pos_at.get(s0 + i)
                return None if p is None else p in ("NNP", "NNPS")
            kind = source_kind(raw_src, proper_at if nlp is not None else None)
            coref = coref_name(nlp, raw, s0, e0)
        attributions.append({
            "id": rel.id,
            "source": {"text": src_text, "spans": source} if source else None,
            "cue": {"text": part_text(seed, cue), "spans": cue},
            "content": {"text": part_text(seed, content), "spans": content},
            "paragraphs": paras,
            "in_title": paras == [0],
            "quote_fraction": round(qf, 3),
            "direct": qf >= 0.5,
            "source_kind": kind,
            "source_coref": coref,
        })
    attributions.sort(key=lambda a: a["content"]["spans"][0])
    gold = {"article": name, "compartment": compartment, "publisher": meta.get("publisher"),
            "date": meta.get("publication_date"), "title": meta.get("title"), "annotator": annotator,
            "seed": f"{name}.txt", "paragraphs": paragraphs, "attributions": attributions}
    return seed, gold


def select(mirror: Mirror, per_publisher: int, seed: int, compartments=COMPARTMENTS) -> list[tuple[str, str]]:
    """[(compartment, name)], ``per_publisher`` of each publisher, sampled with a fixed seed."""
    by_pub: dict[str, list[tuple[str, str]]] = {}
    for comp in compartments:
        for path in mirror.ls(f"data/{comp}/text"):
            name = Path(path).name[:-len(".txt")]
            by_pub.setdefault(name.split("_")[0], []).append((comp, name))
    rng = random.Random(seed)
    chosen = []
    for pub in sorted(by_pub):
        items = sorted(by_pub[pub], key=lambda x: x[1])
        chosen += sorted(rng.sample(items, min(per_publisher, len(items))), key=lambda x: x[1])
    return chosen


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mirror", nargs="?", help="bare git dir of the PolNeAR mirror (default: found under /work/.mirror)")
    ap.add_argument("--per-publisher", type=int, default=22)
    ap.add_argument("--seed", type=int, default=2016)
    ap.add_argument("--compartments", default="train,dev", help="comma-separated, from: train, dev")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    git_dir = Path(args.mirror) if args.mirror else find_mirror()
    if git_dir is None:
        print("no PolNeAR mirror found under /work/.mirror; pass its git dir", file=sys.stderr)
        return 2
    compartments = [c.strip() for c in args.compartments.split(",") if c.strip()]
    if any(c not in COMPARTMENTS for c in compartments):
        print("only the train and dev compartments may be used", file=sys.stderr)
        return 2
    mirror = Mirror(git_dir)
    chosen = select(mirror, args.per_publisher, args.seed, compartments)
    ann_files: dict[str, list[str]] = {}
    for comp in compartments:
        for path in mirror.ls(f"data/{comp}/attributions"):
            ann_files.setdefault(Path(path).name.rsplit("_", 1)[0], []).append(path)
    for sub in ("seeds", "gold"):
        shutil.rmtree(args.out / sub, ignore_errors=True)
        (args.out / sub).mkdir(parents=True)
    done, missing, counts = [], [], {"attributions": 0, "direct": 0, "no_source": 0}
    for comp, name in chosen:
        raw = mirror.show(f"data/{comp}/text/{name}.txt")
        anns = sorted(ann_files.get(name, []))
        if raw is None or not anns:
            missing.append(name)
            continue
        ann_path = anns[0]
        xml = mirror.show(f"data/{comp}/corenlp/{name}.txt.xml")
        if xml is None:
            missing.append(f"{name} (corenlp)")
        # publisher and date from the file name, not from data/metadata.tsv (which lists the test
        # articles too)
        meta = {"publisher": name.split("_")[0], "publication_date": name.split("_")[1],
                "title": raw.split("\n", 1)[0].strip()}
        seed_text, gold = convert(name, comp, raw, mirror.show(ann_path), xml, meta,
                                  ann_path.rsplit("_", 1)[1][:-len(".ann")])
        (args.out / "seeds" / f"{name}.txt").write_text(seed_text, encoding="utf-8")
        (args.out / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        done.append(name)
        counts["attributions"] += len(gold["attributions"])
        counts["direct"] += sum(a["direct"] for a in gold["attributions"])
        counts["no_source"] += sum(a["source"] is None for a in gold["attributions"])
    manifest = {"source": "github.com/networkdynamics/PolNeAR", "commit": mirror.commit,
                "compartments": compartments, "per_publisher": args.per_publisher, "seed": args.seed,
                "articles": done, "missing": missing, "counts": counts}
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    print(f"{len(done)} articles, {counts['attributions']} attributions ({counts['direct']} direct, "
          f"{counts['no_source']} without source) -> {args.out}" + (f"; missing: {missing}" if missing else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
