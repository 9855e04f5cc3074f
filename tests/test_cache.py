"""The per-article cache: entries read back as stored, old unused ones pruned, used ones kept."""
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
