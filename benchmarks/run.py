"""Benchmark: time and peak memory of each stage, of `research-site generate` cold and warm, and
of the MkDocs build, on synthetic corpora (benchmarks/make_corpus.py). Not a test.

    python benchmarks/run.py --articles 100 1000 [--out benchmarks/RESULTS.md]

Each size runs in fresh processes: the stages in one (no cache), then the CLI: generate cold (an
empty cache, which it fills), generate warm (nothing changed), build (= warm generate + MkDocs),
each with the peak resident memory of its own process.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

STAGES = r'''
import json, resource, sys, time
from pathlib import Path
from generator import clean, pipeline, render, export, resolve, write
from generator.settings import Settings

def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

settings = Settings.from_options({"seeds": sys.argv[1], "cache_dir": ""}, Path(sys.argv[2]))
settings = settings.__class__(**{**settings.__dict__, "cache_dir": None})
out, t = {}, time.perf_counter()
def mark(name):
    global t
    now = time.perf_counter(); out[name] = {"seconds": round(now - t, 2), "peak_mb": round(rss())}; t = now
docs, warnings = pipeline.read_sources(settings.seeds); mark("read")
articles, _ = pipeline.clean_sources(docs); mark("clean")
analyses = pipeline.analyse_articles(articles, settings, warnings); mark("extract")
corpus = resolve.resolve_corpus(articles, analyses, settings.min_mentions); mark("resolve")
pages = write.write_files(Path(sys.argv[3]) / "pages", render.render_pages(corpus, settings.templates))
mark("render")
write.write_files(Path(sys.argv[3]) / "export", export.export_files(corpus)); mark("export")
out["pages"] = len(pages)
out["words"] = sum(len(p.text.split()) for a in articles for p in a.body)
print(json.dumps(out))
'''


def timed(cmd: list[str], cwd: Path, env: dict) -> tuple[float, int]:
    """(seconds, peak resident MB of the command's own process)."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, cmd)
    return round(time.perf_counter() - start, 1), round(usage.ru_maxrss / 1024)


def bench(n: int, work: Path) -> dict:
    site = work / f"n{n}"
    if site.exists():
        shutil.rmtree(site)
    site.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", site)
    for name in ("content", "site_templates"):
        shutil.copytree(ROOT / name, site / name)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--articles", str(n),
                    "--out", str(site / "seeds")], check=True, stdout=subprocess.DEVNULL)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    stages = json.loads(subprocess.run([sys.executable, "-c", STAGES, str(site / "seeds"), str(site),
                                        str(work / "stages-out")], env=env,
                                       check=True, capture_output=True, text=True, cwd=site).stdout.splitlines()[-1])
    cli = [sys.executable, "-m", "generator.cli"]
    result = {"articles": n, "stages": stages}
    # cold: an empty cache, as on a first run (it fills the cache); warm: the same again
    shutil.rmtree(site / ".research-site-cache", ignore_errors=True)
    result["generate_cold"], result["generate_peak_mb"] = timed(cli + ["generate", "--out", str(work / "gen")], site, env)
    result["generate_warm"], _ = timed(cli + ["generate", "--out", str(work / "gen")], site, env)
    result["build_warm"], result["build_peak_mb"] = timed(cli + ["build", "--site-dir", str(work / "site")], site, env)
    result["mkdocs"] = round(result["build_warm"] - result["generate_warm"], 1)
    result["search"], result["search_kb_per_query"] = search_cost(work / "site", query_word(site / "seeds"))
    return result


def query_word(seeds: Path) -> str:
    """A surname from the corpus, as a reader would search for it."""
    first = sorted(seeds.glob("*.txt"))[0].read_text(encoding="utf-8")
    return next(line for line in first.splitlines() if line.startswith(("By ",))).split()[-1]


def search_cost(site: Path, word: str) -> tuple[str, int]:
    """(engine, kB fetched to answer one query). Material fetches its whole index at the first
    query; Pagefind fetches fragments, measured here in Chromium when it is installed."""
    if (site / "search" / "search_index.json").exists():
        return "material", round((site / "search" / "search_index.json").stat().st_size / 1024)
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fetched = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
        page.on("response", lambda r: fetched.append(len(r.body())) if "/pagefind/" in r.url and r.ok else None)
        box = page.locator("#rs-search input")
        box.click()
        box.type(word, delay=30)
        page.wait_for_selector(".pagefind-ui__result", timeout=20000)
        browser.close()
    server.shutdown()
    return "pagefind", round(sum(fetched) / 1024)


def report(results: list[dict]) -> str:
    lines = ["| articles | words | pages | read | clean | extract | resolve | render | export | "
             "generate cold | generate warm | generate peak MB | MkDocs | build peak MB | search: kB per query |",
             "|" + "---:|" * 15]
    for r in results:
        s = r["stages"]
        lines.append(f"| {r['articles']} | {s['words']:,} | {s['pages']:,} | " +
                     " | ".join(f"{s[k]['seconds']} s" for k in ("read", "clean", "extract", "resolve", "render", "export")) +
                     f" | {r['generate_cold']} s | {r['generate_warm']} s | {r['generate_peak_mb']} | {r['mkdocs']} s | "
                     f"{r['build_peak_mb']} | {r['search']}: {r['search_kb_per_query']} |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "research-site-bench")
    parser.add_argument("--out", type=Path, help="also write the table (Markdown) to this file")
    args = parser.parse_args(argv)
    results = []
    for n in args.articles:
        results.append(bench(n, args.work))
        print(json.dumps(results[-1]), flush=True)
    table = report(results)
    print(table)
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
