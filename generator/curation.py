"""The user's curation file (``content/curation.yml``): their corrections, applied last.

```yaml
merge:  {Jane Okafor: [J. Okafor, Okafor]}   # the names on the right become aliases of the one on the left
rename: {Okafor: Jane Okafor}                # the page's title
retype: {Port Ellis: place}                  # person | organization | country | place
ignore: [Advertisement]                      # no page
notes:  {Jane Okafor: Mayor since 2021.}     # shown on the actor's page
```

The file is the user's data: it is read like a seed (any common encoding) and checked against
this shape entry by entry. A bad entry is a warning naming the file, the key and what was
expected, and is skipped; the rest of the file still applies. Nothing in it can stop a build.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from .extract.actors import fold
from .ids import alphabetical
from .model import Actor, Corpus

TYPES = ("person", "organization", "country", "place")
SHAPES = {
    "merge": "a mapping of an actor's name to a list of names merged into it",
    "rename": "a mapping of an actor's name to its new name",
    "retype": f"a mapping of an actor's name to one of {', '.join(TYPES)}",
    "ignore": "a list of actor names",
    "notes": "a mapping of an actor's name to a note",
}
CURATION_KEYS = set(SHAPES)


def _name(value) -> str | None:
    """A name as the user wrote it: YAML reads '1984' or 'yes' as other types; a list or a
    mapping is no name."""
    if value is None or isinstance(value, (list, dict)):
        return None
    text = str(value).strip()
    return text or None


def _names(value) -> list[str] | None:
    """One name or a list of names; None when the value is neither."""
    if isinstance(value, list):
        names = [_name(v) for v in value]
        return None if any(n is None for n in names) else names
    name = _name(value)
    return [name] if name else None


def validate_curation(data: dict, source: str) -> tuple[dict, list[str]]:
    """The entries of a loaded curation file that have the right shape, and a warning per bad one."""
    clean: dict = {}
    warnings: list[str] = []

    def bad(key: str, entry: str, found) -> None:
        shown = "nothing" if found is None else f"{type(found).__name__} {str(found)[:60]!r}"
        warnings.append(f"{source}: {key}: {entry}expected {SHAPES[key]}, found {shown}; skipped")

    for key, value in data.items():
        key = str(key)
        if key not in SHAPES:
            warnings.append(f"{source}: unknown key '{key}' (known: {', '.join(sorted(SHAPES))}); skipped")
            continue
        if value is None:
            continue
        if key == "ignore":
            names = _names(value)
            if names is None:
                bad(key, "", value)
            else:
                clean[key] = names
            continue
        if not isinstance(value, dict):
            bad(key, "", value)
            continue
        entries = {}
        for name, target in value.items():
            name_text = _name(name)
            if name_text is None:
                bad(key, "", name)
                continue
            where = f"'{name_text}': "
            if key == "merge":
                checked = _names(target)
            elif key == "retype":
                checked = str(target).strip().lower() if isinstance(target, str) else None
                checked = checked if checked in TYPES else None
            else:
                checked = _name(target)
            if checked is None:
                bad(key, where, target)
                continue
            entries[name_text] = checked
        clean[key] = entries
    return clean, warnings


def load_curation(path: Path) -> tuple[dict, list[str]]:
    """The curation file's valid entries, or none; problems are warnings naming the file."""
    from .sources import SourceError, decode

    if not path.is_file():
        return {}, []
    try:
        text, warnings = decode(path.read_bytes(), path.name)
        data = yaml.safe_load(text)
    except (OSError, SourceError) as exc:
        return {}, [f"{path.name}: cannot be read ({exc}); curation ignored"]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        return {}, [f"{path.name}:{where}: not valid YAML ({getattr(exc, 'problem', exc)}); curation ignored"]
    except ValueError as exc:  # a value YAML cannot construct, e.g. the date 2023-02-30
        return {}, [f"{path.name}: not valid YAML ({exc}); curation ignored"]
    if data is None:
        return {}, warnings
    if not isinstance(data, dict):
        return {}, warnings + [f"{path.name}: expected a mapping with keys {', '.join(sorted(SHAPES))}; "
                               f"curation ignored"]
    clean, more = validate_curation(data, path.name)
    return clean, warnings + more


def apply_curation(corpus: Corpus, curation: dict, source: str = "curation") -> list[str]:
    """Merge, rename, retype, ignore actors and attach notes, as the user wrote; returns warnings.
    ``curation`` is what ``load_curation`` returned (already checked)."""
    warnings: list[str] = []

    def find(name: str) -> Actor | None:
        key = fold(str(name))
        return next((a for a in corpus.actors if fold(a.name) == key), None) or \
            next((a for a in corpus.actors if key in {fold(x) for x in a.aliases}), None)

    remap: dict[str, str] = {}
    for target_name, others in (curation.get("merge") or {}).items():
        target = find(target_name)
        if target is None:
            warnings.append(f"{source}: merge: '{target_name}' matches no actor")
            continue
        for other_name in others:
            other = find(other_name)
            if other is None or other is target:
                if other is None:
                    warnings.append(f"{source}: merge: '{other_name}' matches no actor")
                continue
            target.mentions.extend(other.mentions)
            target.aliases = sorted(set(target.aliases) | set(other.aliases) | {other.name}, key=alphabetical)
            target.roles += [r for r in other.roles if r not in target.roles]
            remap[other.id] = target.id
            corpus.actors.remove(other)
    for old, new in (curation.get("rename") or {}).items():
        actor = find(old)
        if actor is None:
            warnings.append(f"{source}: rename: '{old}' matches no actor")
            continue
        holder = next((a for a in corpus.actors if a is not actor and fold(a.name) == fold(new)), None)
        if holder is not None:
            warnings.append(f"{source}: rename: '{new}' is the name of another actor; to make them one, "
                            f"write merge: {{{new}: [{old}]}}; not renamed")
            continue
        actor.aliases = sorted(set(actor.aliases) | {actor.name}, key=alphabetical)
        actor.name = new
    for name, kind in (curation.get("retype") or {}).items():
        actor = find(name)
        if actor is None:
            warnings.append(f"{source}: retype: '{name}' matches no actor")
            continue
        actor.type = kind
    for name in curation.get("ignore") or []:
        actor = find(name)
        if actor is None:
            warnings.append(f"{source}: ignore: '{name}' matches no actor")
            continue
        corpus.actors.remove(actor)
        remap[actor.id] = ""
    for name, note in (curation.get("notes") or {}).items():
        actor = find(name)
        if actor is None:
            warnings.append(f"{source}: notes: '{name}' matches no actor")
            continue
        actor.note = note
    if remap:
        for claim in corpus.claims:
            if claim.speaker in remap:
                claim.speaker = remap[claim.speaker] or None
        for event in corpus.events:
            event.actors = list(dict.fromkeys(remap.get(a, a) for a in event.actors if remap.get(a, a)))
            event.targets = list(dict.fromkeys(remap.get(a, a) for a in event.targets if remap.get(a, a)))
            if event.agent in remap:
                event.agent = remap[event.agent] or None
    return warnings
