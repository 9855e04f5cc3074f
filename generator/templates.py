"""Where page templates and theme overrides come from: the project's own ``site_templates/``
first, file by file, then the ones shipped inside the installed package (so that a project made
by ``research-site new`` needs no copy of them)."""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def packaged_templates() -> Path:
    """The templates shipped with research-site: inside the installed package, or the source
    checkout's ``site_templates/`` when run from it."""
    for candidate in (HERE / "site_templates", HERE.parent / "site_templates"):
        if (candidate / "home.md.j2").is_file():
            return candidate
    raise FileNotFoundError("research-site's own page templates are missing from the installation; reinstall it")


def template_folders(project: Path) -> list[Path]:
    """Folders the page templates are looked up in, in order."""
    shipped = packaged_templates()
    folders = [project] if project.is_dir() and project.resolve() != shipped.resolve() else []
    return folders + [shipped]


def template_files(project: Path) -> list[Path]:
    """Every file a build's pages and theme may read, for the build's fingerprint."""
    return sorted(p for folder in template_folders(project) for p in folder.rglob("*") if p.is_file())
