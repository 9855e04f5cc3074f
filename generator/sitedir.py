"""The site folder: checked before a build writes anything, built beside the target and swapped in
only when the whole build succeeded.

A build replaces the site folder as a whole, so pointing it at the wrong folder would delete that
folder. A site folder is refused when it is, contains or lies inside one of the project's own
folders (seeds, docs, templates), contains the configuration or the current folder, or is a
non-empty folder that no build made (each built site carries the ``MARKER`` file).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

MARKER = ".research-site-site"
"""Written into every site a build makes: a folder holding it may be replaced by the next build."""


class UnsafeSiteDir(Exception):
    """The site folder would destroy or mix with the user's own files."""


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def made_by_a_build(folder: Path) -> bool:
    """True for a folder a build made: ours (the marker), or a plain MkDocs site built before the
    marker existed (its sitemap and 404 page are written by every MkDocs build)."""
    return (folder / MARKER).is_file() or ((folder / "sitemap.xml").is_file() and (folder / "404.html").is_file())


def check_site_dir(site_dir: Path, protected: dict[str, Path], config_file: Path | None) -> None:
    """Raise ``UnsafeSiteDir`` when a build must not replace ``site_dir``.

    ``protected``: the project's own folders by what they are ("seeds folder": path)."""
    site = Path(os.path.abspath(site_dir))
    advice = "a build replaces its site folder as a whole; choose a folder of its own, such as 'site'"
    for what, folder in protected.items():
        folder = Path(os.path.abspath(folder))
        if folder == site:
            raise UnsafeSiteDir(f"{site_dir}: the site folder is the {what}; {advice}")
        if _within(folder, site):
            raise UnsafeSiteDir(f"{site_dir}: the site folder holds the {what} ({folder}); {advice}")
        if _within(site, folder):
            raise UnsafeSiteDir(f"{site_dir}: the site folder lies inside the {what} ({folder}); {advice}")
    if config_file is not None and _within(Path(os.path.abspath(config_file)), site):
        raise UnsafeSiteDir(f"{site_dir}: the site folder holds the configuration {config_file}; {advice}")
    if _within(Path.cwd(), site):
        raise UnsafeSiteDir(f"{site_dir}: the site folder is or holds the current folder; {advice}")
    if site.is_file():
        raise UnsafeSiteDir(f"{site_dir}: is a file, not a folder")
    if site.is_dir() and any(site.iterdir()) and not made_by_a_build(site):
        raise UnsafeSiteDir(f"{site_dir}: the folder is not empty and no build made it (it has no {MARKER} file); "
                            f"a build replaces its site folder as a whole, so choose an empty or new folder")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True


def remove_stale_staging(site_dir: Path) -> None:
    """Staging and old-site folders that a killed build left beside ``site_dir``."""
    parent, name = site_dir.parent, site_dir.name
    if not parent.is_dir():
        return
    for leftover in parent.glob(f".{name}.*-*"):
        kind, _, rest = leftover.name[len(name) + 2:].partition("-")
        pid = rest.split("-")[0]
        if kind in ("building", "old") and pid.isdigit() and not _pid_alive(int(pid)) and leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def staging_dir(site_dir: Path) -> Path:
    """A new empty folder beside ``site_dir`` to build into."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(site_dir)
    return Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.building-{os.getpid()}-", dir=site_dir.parent))


def publish(staging: Path, site_dir: Path) -> None:
    """Put the finished build in place of ``site_dir`` (the old site is removed only after)."""
    (staging / MARKER).write_text("This folder was built by research-site; the next build replaces it.\n",
                                  encoding="utf-8")
    old = None
    if site_dir.exists():
        old = site_dir.with_name(f".{site_dir.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        site_dir.rename(old)
    staging.rename(site_dir)
    site_dir.chmod(0o755)  # mkdtemp made it private
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
