"""The word lists load as words: YAML reads a bare off, on, no or yes as a boolean, and a list
that holds False instead of 'off' silently stops matching the word."""
from pathlib import Path

import pytest

from generator import lexicon

NAMES = sorted(p.stem for p in Path(lexicon.__file__).parent.glob("*.yml"))


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, path + (str(key),))
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, path)
    else:
        yield path, value


@pytest.mark.parametrize("name", NAMES)
def test_every_word_is_text(name):
    wrong = [(".".join(path), value) for path, value in _leaves(lexicon.load(name))
             if isinstance(value, bool) or value is None]
    assert not wrong, f"{name}.yml: quote these words, YAML read them as booleans or nulls: {wrong}"
