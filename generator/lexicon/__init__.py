"""Word lists and patterns as data (YAML files beside this module), loaded once."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent


@functools.cache
def load(name: str) -> dict:
    """The lexicon ``name`` (``boilerplate``, ``speech``, ``events``, ``places``)."""
    return yaml.safe_load((HERE / f"{name}.yml").read_text(encoding="utf-8"))


@functools.cache
def pattern(*regexes: str) -> re.Pattern:
    """One case-insensitive pattern matching any of ``regexes``."""
    return re.compile("|".join(f"(?:{r})" for r in regexes), re.IGNORECASE)


def version() -> str:
    """A fingerprint of every word list, part of the extraction cache key."""
    import hashlib

    digest = hashlib.sha1()
    for path in sorted(HERE.glob("*.yml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
