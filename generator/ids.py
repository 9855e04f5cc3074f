"""Slugs and page paths, defined once.

A slug is safe as a file name on every system (ASCII, no reserved device names, no dots or
slashes), stable for the same name, and made unique within its kind by ``unique_slugs``.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Device names Windows refuses as file names, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
MAX_SLUG = 60


def slugify(text: str) -> str:
    """A lowercase ASCII slug for ``text``; names with no ASCII letters get a short hash."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_SLUG].strip("-")
    if len(re.sub(r"[^a-z]", "", slug)) < max(1, len(text.strip()) // 4):
        # Mostly non-Latin (Cyrillic, CJK, emoji): keep what transliterated and add a hash of the
        # whole name so that two such names never collide.
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else f"x-{digest}"
    if slug in _RESERVED:
        slug = f"{slug}-x"
    return slug


def unique_slugs(names: list[str]) -> list[str]:
    """Slugs for ``names`` in order, numbered where two names slug alike (``name``, ``name-2``)."""
    seen: dict[str, int] = {}
    taken: set[str] = set()
    result = []
    for name in names:
        base = slugify(name)
        n = seen.get(base, 0)
        slug = base if n == 0 else f"{base}-{n + 1}"
        while slug in taken:
            n += 1
            slug = f"{base}-{n + 1}"
        seen[base] = n + 1
        taken.add(slug)
        result.append(slug)
    return result


def alphabetical(text: str) -> tuple[str, str]:
    """A sort key in reading order whatever the case, and the same order on every run: 'London'
    and 'LONDON' are ordered by their letters too, never by the order a set happened to give."""
    return text.lower(), text
