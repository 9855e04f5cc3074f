"""The per-article cache: entries read back as stored, old unused ones pruned, used ones kept."""
import json
import os
import time

from generator.cache import SUFFIX, AnalysisCache
from generator.model import ArticleAnalysis


def test_entries_unused_for_a_month_are_pruned_and_used_ones_kept(tmp_path):
    cache = AnalysisCache(tmp_path)
    cache.put("aa-used", ArticleAnalysis(article="used"))
    cache.put("bb-stale", ArticleAnalysis(article="stale"))
    cache.put("cc-recent", ArticleAnalysis(article="recent"))
    long_ago = time.time() - 40 * 86400
    for key in ("aa-used", "bb-stale"):
        os.utime(tmp_path / key[:2] / f"{key}{SUFFIX}", (long_ago, long_ago))
    assert cache.get("aa-used").article == "used"  # reading an entry marks it as used
    assert cache.prune() == 1
    assert cache.get("bb-stale") is None
    assert cache.get("aa-used").article == "used" and cache.get("cc-recent").article == "recent"


def test_no_folder_means_no_cache():
    cache = AnalysisCache(None)
    cache.put("aa", ArticleAnalysis(article="x"))
    assert cache.get("aa") is None and cache.prune() == 0


def test_an_events_participants_are_the_articles_mentions_again_when_read(analyse):
    """A participant read back from the cache is the same object as the mention it was (identity is
    how resolution links a mention to its actor): a copy would lose the actor from the event."""
    from generator.cache import decode_analysis, encode_analysis

    _, analysis = analyse("Ministers meet in Ankara\n\nForeign Minister Anna Kovac met her Turkish counterpart "
                          "Omar Demir in Ankara on Tuesday.")
    assert any(people for _, people, _ in analysis.events)
    read = decode_analysis(json.loads(json.dumps(encode_analysis(analysis))))
    place = {id(m): i for i, m in enumerate(analysis.mentions)}
    place_read = {id(m): i for i, m in enumerate(read.mentions)}
    for (_, people, source), (_, people_read, source_read) in zip(analysis.events, read.events):
        assert [place.get(id(m)) for m in people] == [place_read.get(id(m)) for m in people_read]
        assert any(id(m) in place_read for m in people_read)
        assert place.get(id(source.agent)) == place_read.get(id(source_read.agent))
