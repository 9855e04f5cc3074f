"""Claims: each statement's speaker linked to an actor, the same statement reported by several
articles merged (despite small differences of wording or quotation marks)."""
from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from ..extract.actors import fold
from ..ids import unique_slugs
from ..model import ArticleAnalysis, Claim

def _norm_statement(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def same_statement(a: str, b: str) -> bool:
    """The same words despite small differences of wording, punctuation or quotation marks."""
    ta, tb = _norm_statement(a), _norm_statement(b)
    if not ta or not tb:
        return False
    ja, jb = " ".join(ta), " ".join(tb)
    if ja in jb or jb in ja:
        return min(len(ta), len(tb)) >= 5
    shorter, longer = (set(ta), set(tb)) if len(ta) <= len(tb) else (set(tb), set(ta))
    return len(shorter) >= 6 and len(shorter & longer) / len(shorter) >= 0.8 and fuzz.partial_ratio(ja, jb) >= 85


def resolve_claims(analyses: list[ArticleAnalysis], owner: dict[int, str], names: dict[str, str]) -> list[Claim]:
    claims: list[Claim] = []
    # statements are compared only with the same speaker's (linear in the corpus, not quadratic)
    by_speaker: dict[str, list[tuple[set[str], Claim]]] = defaultdict(list)
    for analysis in analyses:
        for ref, source, direct in analysis.claims:
            speaker = owner.get(id(ref.mention)) if ref.mention is not None else None
            bucket = by_speaker[speaker or f"?{fold(ref.text)}"]
            words = set(_norm_statement(source.text))
            found = next((n for n, (seen, c) in enumerate(bucket) if len(words & seen) >= 3
                          and same_statement(c.text, source.text)), None)
            if found is not None:
                match = bucket[found][1]
                if not any(s.article == source.article and s.paragraph == source.paragraph for s in match.sources):
                    match.sources.append(source)
                match.direct = match.direct or direct
                if len(source.text) > len(match.text):
                    match.text = source.text  # the most complete wording (each source keeps its own)
                    bucket[found] = (words, match)
                continue
            claims.append(Claim(id="", text=source.text, direct=direct, speaker=speaker, speaker_text=ref.text,
                                cue=source.cue, sources=[source]))
            bucket.append((words, claims[-1]))
    claims.sort(key=lambda c: (names.get(c.speaker or "", c.speaker_text).lower(), c.sources[0].article,
                               c.sources[0].paragraph, c.text))
    labels = [f"{names.get(c.speaker or '', c.speaker_text)} {' '.join(c.text.split()[:8])}" for c in claims]
    for claim, slug in zip(claims, unique_slugs(labels)):
        claim.id = slug
    return claims
