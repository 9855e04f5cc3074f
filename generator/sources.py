"""Readers: one input file -> SourceDoc, chosen by extension (as Pelican's readers are).

Every reader returns the text one block per line. Problems with a file (undecodable bytes,
broken front matter, a file that is not text) become a warning naming the file; a reader
raises ``SourceError`` only when nothing usable is left.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from .model import SourceDoc

TEXT_EXTENSIONS = {".txt", ".text"}
MARKDOWN_EXTENSIONS = {".md", ".markdown"}
HTML_EXTENSIONS = {".html", ".htm"}
READABLE = TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS
# Above this, a "line" is not a paragraph of news (a minified page, a data dump).
MAX_LINE_CHARS = 20_000
# The longest news features run to ~60,000 characters; far beyond that a file is not an article.
MAX_TEXT_CHARS = 300_000


class SourceError(Exception):
    """A file that cannot be read as an article at all."""


def is_ignored(path: Path) -> bool:
    """Hidden files, editor backups and OS litter are skipped without a word."""
    name = path.name
    return name.startswith((".", "~$", "#")) or name.endswith(("~", ".bak", ".swp", ".tmp")) or name in {
        "Thumbs.db", "desktop.ini"}


def list_sources(folder: Path) -> tuple[list[Path], list[str]]:
    """Readable files in ``folder`` (sorted, recursive) and a warning for each unknown one."""
    if not folder.is_dir():
        raise SourceError(f"{folder}: the seeds folder does not exist")
    paths, warnings = [], []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or any(is_ignored(Path(p)) for p in path.relative_to(folder).parts):
            continue
        if path.suffix.lower() in READABLE:
            paths.append(path)
        else:
            warnings.append(f"{path.name}: skipped, unknown extension '{path.suffix or '(none)'}' "
                            f"(readable: {', '.join(sorted(READABLE))})")
    return paths, warnings


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else the detected encoding."""
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), warnings
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096] or _looks_binary(data):
        raise SourceError(f"{name}: not text (binary content, e.g. an image or a document saved with a .txt name)")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Western legacy encodings first: the usual suspects for English news saved by old tools.
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15"]).best() \
        or from_bytes(data).best()
    if best is None:
        raise SourceError(f"{name}: cannot tell the text encoding")
    warnings.append(f"{name}: not UTF-8, read as {best.encoding}")
    return str(best), warnings


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control / len(sample) > 0.05


def split_lines(text: str) -> list[str]:
    """Lines with CRLF/CR normalised, non-breaking spaces made plain and outer spaces trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\ufeff", "")
    return [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]


def read_text(path: Path, data: bytes) -> SourceDoc:
    text, warnings = decode(data, path.name)
    return SourceDoc(path=path, source_file=path.name, lines=split_lines(text), format="txt", warnings=warnings)


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def read_markdown(path: Path, data: bytes) -> SourceDoc:
    text, warnings = decode(data, path.name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front: dict = {}
    match = FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
            if isinstance(loaded, dict):
                front = {str(k).lower(): v for k, v in loaded.items()}
            elif loaded is not None:
                warnings.append(f"{path.name}: front matter is not a mapping of keys to values; ignored")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            warnings.append(f"{path.name}: broken YAML front matter{where} ({problem}); front matter ignored")
        text = text[match.end():]
    lines, title_hint = [], None
    for line in split_lines(text):
        heading = MD_HEADING.match(line)
        if heading:
            line = heading.group(1)
            title_hint = title_hint or line
        line = MD_LINK.sub(r"\1", line)
        line = MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return SourceDoc(path=path, source_file=path.name, lines=lines, format="md", front_matter=front,
                     title_hint=str(front.get("title") or title_hint or "") or None, warnings=warnings)


def read_html(path: Path, data: bytes) -> SourceDoc:
    import trafilatura

    text, warnings = decode(data, path.name)
    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_recall=True)
    if extracted is None:
        raise SourceError(f"{path.name}: no article text found in the HTML")
    found = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = found.get("text") or ""
    front = {k: found.get(k) for k in ("title", "author", "date", "sitename") if found.get(k)}
    if "sitename" in front:
        front["publisher"] = front.pop("sitename")
    lines = split_lines(body)
    title = front.get("title")
    if title:
        lines = [title, ""] + lines
    return SourceDoc(path=path, source_file=path.name, lines=lines, format="html", front_matter=front,
                     title_hint=title, warnings=warnings)


def read_source(path: Path) -> SourceDoc:
    """Read one file with the reader its extension selects."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    if not data.strip():
        raise SourceError(f"{path.name}: empty file")
    warnings = []
    suffix = path.suffix.lower()
    reader = read_html if suffix in HTML_EXTENSIONS else read_markdown if suffix in MARKDOWN_EXTENSIONS else read_text
    doc = reader(path, data)
    long_lines = [i for i, line in enumerate(doc.lines) if len(line) > MAX_LINE_CHARS]
    if long_lines:
        warnings.append(f"{path.name}: {len(long_lines)} line(s) over {MAX_LINE_CHARS:,} characters "
                        f"(line {long_lines[0] + 1} first): not news text, left out")
        doc.lines = ["" if len(line) > MAX_LINE_CHARS else line for line in doc.lines]
    kept, size = [], 0
    for line in doc.lines:
        size += len(line) + 1
        if size > MAX_TEXT_CHARS:
            warnings.append(f"{path.name}: {sum(map(len, doc.lines)) / 1_000_000:.1f} million characters is far "
                            f"longer than a news article; only the first {MAX_TEXT_CHARS // 1000}k are read")
            break
        kept.append(line)
    doc.lines = kept
    doc.warnings = warnings + doc.warnings
    if not any(doc.lines):
        raise SourceError(f"{path.name}: no text left to read")
    return doc
