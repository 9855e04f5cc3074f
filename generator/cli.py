"""research-site: build the site, or only generate its Markdown pages and data export.

    research-site new DIR
    research-site build    [--config mkdocs.yml] [--seeds DIR] [--site-dir DIR] [--strict]
    research-site generate [--config mkdocs.yml] [--seeds DIR] --out DIR

``new`` makes a project folder (as ``mkdocs new`` does): mkdocs.yml, seeds/, content/, the GitHub
Pages workflow; it builds with the templates shipped in the package.

Both read the same mkdocs.yml (its research-site plugin options) as ``mkdocs build`` does.
Exit status: 0 built (warnings are listed at the end), 1 the build failed, 2 a usage error.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from .write import write_files


class UsageError(Exception):
    """The command was asked for something it must not or cannot do (exit status 2)."""


class _Collect(logging.Handler):
    """Keeps every warning so that the end of the run can list them."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="research-site", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("new", help="make a new project folder: mkdocs.yml, seeds/, content/, publishing workflow")
    p.add_argument("folder", help="the folder to create (it must not exist, or be empty)")
    for name, help_ in (("build", "build the whole site (HTML), as mkdocs build does"),
                        ("generate", "write only the generated Markdown pages and data export")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--config", "-f", default="mkdocs.yml", help="the site's mkdocs.yml (default: ./mkdocs.yml)")
        p.add_argument("--seeds", help="folder of input articles (default: the plugin's 'seeds' option)")
        p.add_argument("--no-cache", action="store_true", help="re-extract every article, ignoring the cache")
        if name == "build":
            p.add_argument("--site-dir", help="where to write the site (default: mkdocs.yml's site_dir)")
            p.add_argument("--strict", action="store_true", help="treat warnings as errors")
        else:
            p.add_argument("--out", required=True, help="folder to write the generated pages into")
    return parser


def _load_config(args, **overrides):
    from mkdocs.config import load_config

    from mkdocs.exceptions import Abort, ConfigurationError

    config_path = Path(args.config)
    if not config_path.is_file():
        raise UsageError(f"{config_path}: no such configuration file (run in the site's folder or pass --config)")
    try:
        config = load_config(str(config_path), **overrides)
    except (ConfigurationError, Abort) as exc:  # Abort: the errors were logged above it
        raise UsageError(f"{config_path}: {exc}") from exc
    plugin = config.plugins.get("research-site")
    if plugin is None:
        raise UsageError(f"{config_path}: the research-site plugin is not listed under 'plugins'")
    if args.seeds:
        seeds = Path(args.seeds).resolve()
        if not seeds.is_dir():
            raise UsageError(f"{args.seeds}: the seeds folder does not exist")
        plugin.config["seeds"] = str(seeds)
    return config, plugin


def cmd_build(args) -> int:
    """``mkdocs build`` with the plugin's guard: the site folder is checked first (a refusal is a
    usage error) and the site is swapped in only when the build succeeded."""
    from mkdocs.commands.build import build

    from .sitedir import UnsafeSiteDir

    config, plugin = _load_config(args, strict=args.strict)
    site_dir = Path(args.site_dir).resolve() if args.site_dir else Path(config.site_dir)
    try:
        plugin.check_site_dir(config, site_dir)
    except UnsafeSiteDir as exc:
        raise UsageError(str(exc)) from exc
    config.site_dir = str(site_dir)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    print(f"research-site: site built in {site_dir}")
    return 0


# What ``new`` writes: (path in the new folder, file in generator/skeleton/).
SKELETON = [("mkdocs.yml", "mkdocs.yml"), ("content/intro.md", "intro.md"),
            (".github/workflows/pages.yml", "pages.yml"), ("requirements.txt", "requirements.txt"),
            (".gitignore", "gitignore")]


def cmd_new(args) -> int:
    """A new project folder; never writes into a folder that has anything in it."""
    folder = Path(args.folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(f"{folder}: already exists and is not an empty folder; research-site new only makes "
                         f"a new project and never overwrites one")
    skeleton = Path(__file__).parent / "skeleton"
    for rel, source in SKELETON:
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((skeleton / source).read_bytes())
    (folder / "seeds").mkdir()
    print(f"research-site: new project in {folder}\n"
          f"  put your articles (.txt, .md, .html) in {folder / 'seeds'}, then in {folder}:\n"
          f"    research-site build      (the site goes to site/)\n"
          f"    mkdocs serve             (a live preview)")
    return 0


def cmd_generate(args) -> int:
    from .pipeline import build

    config, plugin = _load_config(args)
    settings = plugin.settings(config)
    log = logging.getLogger("mkdocs.plugins.research_site")
    result = build(settings, config.site_name)
    try:
        for warning in result.warnings:
            log.warning(warning)
        docs_dir = Path(config.docs_dir)
        hand_written = {p.relative_to(docs_dir).as_posix(): p for p in sorted(docs_dir.rglob("*")) if p.is_file()}
        for private in (settings.intro, settings.curation):
            hand_written.pop(private, None)
        for rel in sorted(hand_written.keys() & set(result.files)):
            log.warning(f"{rel}: a hand-written page has this path; it is kept and the generated one skipped")
        files = [(rel, result.folder / rel) for rel in result.files if rel not in hand_written]
        files += hand_written.items()
        out = Path(args.out).resolve()
        written = write_files(out, ((rel, path.read_bytes()) for rel, path in sorted(files)))
    finally:
        result.discard()
    print(f"research-site: {len(written)} files written to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 2 if exc.code else 0
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s - %(message)s")
    for name in ("mkdocs", "mkdocs.plugins.research_site"):
        logging.getLogger(name).setLevel(logging.INFO)
    collect = _Collect()
    logging.getLogger("mkdocs").addHandler(collect)
    # the plugin reads this (mkdocs itself has no such flag); set only for this run
    set_no_cache = getattr(args, "no_cache", False) and not os.environ.get("RESEARCH_SITE_NO_CACHE")
    if set_no_cache:
        os.environ["RESEARCH_SITE_NO_CACHE"] = "1"
    try:
        status = {"new": cmd_new, "build": cmd_build, "generate": cmd_generate}[args.command](args)
    except UsageError as exc:
        print(f"research-site: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # mkdocs' Abort, a broken template, a missing seeds folder ...
        print(f"research-site: build failed: {exc}", file=sys.stderr)
        if os.environ.get("RESEARCH_SITE_DEBUG"):  # the whole traceback, for a bug report
            import traceback
            traceback.print_exc()
        status = 1
    finally:
        logging.getLogger("mkdocs").removeHandler(collect)
        if set_no_cache:
            del os.environ["RESEARCH_SITE_NO_CACHE"]
    if collect.messages:
        print(f"\nresearch-site: {len(collect.messages)} warning(s) and error(s):", file=sys.stderr)
        for message in collect.messages:
            print(f"  - {message}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
