"""Mentions of actors in one article: spaCy's named entities, typed, with the titles before them
kept as roles. Mentions are grouped into actors corpus-wide by ``resolve.resolve_actors``."""
from __future__ import annotations

import functools
import re
import unicodedata

from .. import lexicon
from ..model import Article, Mention

LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
POSSESSIVE = re.compile(r"[’']s?$")


def fold(text: str) -> str:
    """Accents off, lowercase, one space, no dots: how names are compared (Müller = Muller)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", text.replace(".", "").replace("’", "'").lower()).strip()


@functools.cache
def country_index() -> dict[str, str]:
    """Folded country name -> canonical short name, from pycountry and the places lexicon."""
    import pycountry

    places = lexicon.load("places")
    index: dict[str, str] = {}
    preferred = {}
    for canonical, names in places["country_names"].items():
        for name in names:
            preferred[fold(name)] = canonical
    for country in pycountry.countries:
        short = getattr(country, "common_name", None) or country.name.split(",")[0]
        names = {country.name, short, getattr(country, "official_name", country.name)}
        canonical = next((preferred[fold(n)] for n in names if fold(n) in preferred), short)
        for name in names:
            index.setdefault(fold(name), canonical)
    index.update(preferred)
    return index


@functools.cache
def metonyms() -> dict[str, str]:
    """Folded capital name -> country ("Paris" -> "France")."""
    return {fold(k): v for k, v in lexicon.load("places")["capitals"].items()}


@functools.cache
def organisation_index() -> dict[str, str]:
    index = {}
    for canonical, names in lexicon.load("places")["organisations"].items():
        for name in names:
            index[fold(name)] = canonical
    return index


@functools.cache
def title_words() -> set[str]:
    return {fold(t) for t in lexicon.load("places")["titles"]}


@functools.cache
def honorifics() -> set[str]:
    return {fold(t) for t in lexicon.load("places")["honorifics"]}


def canonical_form(text: str, label: str) -> tuple[str, str]:
    """(name, type) a surface form stands for, by the lexicons: countries, capitals, organisations."""
    key = fold(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))
    if key in organisation_index():
        return organisation_index()[key], "organization"
    if key in country_index():
        return country_index()[key], "country"
    if key in metonyms():
        return metonyms()[key], "country"
    return text, label


def clean_name(text: str) -> str:
    """A name without a leading 'the' (kept for titles of publications), honorific or possessive."""
    text = POSSESSIVE.sub("", text.strip()) if re.search(r"\w[’']s?$", text) and not text.endswith("s's") else text
    text = text.strip(" ,.;:\"“”‘’")
    tokens = text.split()
    while len(tokens) > 1 and fold(tokens[0]) in honorifics():
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def _role_before(doc, ent) -> str | None:
    """Title words written right before a name: 'Kremlin spokesperson', "Turkey's President"."""
    start = ent.start
    i = ent.start - 1
    while i >= 0:
        tok = doc[i]
        low = fold(tok.text)
        if low in title_words() or (tok.ent_type_ in ("NORP", "GPE", "ORG") and tok.ent_iob_ != "O") \
                or tok.text in ("’s", "'s") or (low in {"of", "state", "foreign", "interior", "defence", "defense",
                                                         "prime", "vice", "deputy", "former", "chief"}) \
                or (tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.ent_type_ not in ("DATE", "TIME")
                    and i + 1 < ent.start and fold(doc[i + 1].text) in title_words()):
            # "Transport Minister", "Foreign Secretary": a capitalised word before a title
            start = i
            i -= 1
            continue
        break
    if start == ent.start:
        return None
    role = doc[start:ent.start].text.strip()
    if not any(fold(w) in title_words() for w in re.split(r"\s+", role)) and \
            not any(" ".join(fold(w) for w in role.split()[k:k + 2]) in title_words() for k in range(len(role.split()))):
        return None
    role = re.sub(r"^(of|the)\s+", "", role, flags=re.IGNORECASE)
    if fold(role) in honorifics():
        return None
    return role


def _place_cue(doc, ent) -> bool:
    before = doc[max(0, ent.start - 4):ent.start].text.lower()
    return any(before.endswith(cue) for cue in lexicon.load("places")["place_cues"])


def _cited_as_source(doc, ent) -> bool:
    """'according to Reuters', 'told the Guardian', 'Reuters reported': a publication as a source."""
    before = doc[max(0, ent.start - 3):ent.start].text.lower()
    after = doc[ent.end:ent.end + 2].text.lower()
    return before.endswith(("according to", "told", "reported by", "told the", "according to the")) or \
        after.startswith(("reported", "noted", "has reported", "said in a report"))


def is_noise(text: str) -> bool:
    """Spans that are not names: all-caps headline fragments, title words alone, digits."""
    ws = text.split()
    if not ws or not any(c.isalpha() for c in text):
        return True
    if text.isupper() and ((len(ws) >= 2 and len(text) > 8) or len(text) >= 7):
        return True  # a headline in capitals read as a name
    if text in lexicon.load("places")["demonyms"]:
        return True  # "Ukrainian" is an adjective, not an actor
    return all(fold(w) in title_words() or fold(w) in {"state", "the"} for w in ws)


def find_mentions(article: Article, docs: list) -> list[Mention]:
    """Every named actor in the article's paragraphs, typed, with roles; the author left out."""
    authors = {fold(a) for a in re.split(r"\s*(?:,|\band\b|&)\s*", article.author or "") if a}
    mentions = []
    for paragraph, doc in zip(article.body, docs):
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            name = clean_name(ent.text)
            if is_noise(name) or fold(name) in authors:
                continue
            label = LABELS[ent.label_]
            surface = name
            name, label = canonical_form(name, label)
            context = None
            if label in ("person", "organization") and _place_cue(doc, ent):
                label, context = "place", "named as a place"
            role = _role_before(doc, ent) if label == "person" else None
            if label == "organization" and _cited_as_source(doc, ent):
                context = "cited as source"
            mentions.append(Mention(text=name, surface=surface, label=label, article=article.id, paragraph=paragraph.index,
                                    start=ent.start_char, end=ent.end_char, sentence=ent.sent.text.strip(),
                                    role=role, context=context))
    return mentions
