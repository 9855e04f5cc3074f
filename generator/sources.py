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

    def __init__(self, message: str, warnings: list[str] | None = None):
        super().__init__(message)
        self.warnings = warnings or []
        """What else was noticed about the file before it was given up."""


def is_ignored(path: Path) -> bool:
    """Hidden files, editor backups and OS litter are skipped without a word."""
    name = path.name
    return name.startswith((".", "~$", "#")) or name.endswith(("~", ".bak", ".swp", ".tmp")) or name in {
        "Thumbs.db", "desktop.ini"}


def list_sources(folder: Path) -> tuple[list[Path], list[str]]:
    """Readable files in ``folder`` (sorted, recursive) and a warning for each one skipped. A link
    is followed only to a file inside ``folder``: a build never reads outside the folders it was given."""
    if not folder.is_dir():
        raise SourceError(f"{folder}: the seeds folder does not exist")
    root = folder.resolve()
    paths, warnings = [], []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(is_ignored(Path(p)) for p in relative.parts):
            continue
        if path.is_symlink() or any(p.is_symlink() for p in list(path.parents)[:len(relative.parts) - 1]):
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                if path.suffix.lower() in READABLE:
                    warnings.append(f"{relative.as_posix()}: a link to a file that does not exist; skipped")
                continue
            if target != root and root not in target.parents:
                warnings.append(f"{relative.as_posix()}: a link to {target}, outside the seeds folder; skipped "
                                f"(copy the file into the seeds folder to use it)")
                continue
        if not path.is_file():
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
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, [f"{name}: read as UTF-16 (it has no byte order mark)"]
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


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 with no byte order mark: in Latin-script text every other byte is 0."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            printable = sum(1 for c in text[:2048] if c.isprintable() or c in "\n\r\t")
            return text if printable >= 0.95 * min(len(text), 2048) else None
    return None


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


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML as written: a date stays the text the user typed (checked below, so that an impossible
    date such as 2023-02-30 is a warning about that field, not an error about the file)."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}

DATE_FIELDS = ("date", "published", "publication_date", "pubdate")
TEXT_FIELDS = ("title", "author", "publisher", "source", "url", "canonical_url", "link")


def check_front_matter(front: dict, name: str) -> tuple[dict, list[str]]:
    """Front matter with the fields we read checked: a value of the wrong kind is dropped with a
    warning naming the file and the field; the article is still built from its text."""
    import datetime as dt

    checked, warnings = {}, []
    for key, value in front.items():
        if key in DATE_FIELDS and value not in (None, ""):
            text = str(value).strip()
            try:
                dt.date.fromisoformat(text[:10])
                if len(text) > 10:
                    dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
            except ValueError:
                from .dates import parse_date

                if re.fullmatch(r"[\d:T +-.Z]+", text) or not parse_date(text):
                    warnings.append(f"{name}: front matter field '{key}': '{text[:40]}' is not a date; ignored")
                    continue
            value = text
        elif key in TEXT_FIELDS and isinstance(value, dict):
            warnings.append(f"{name}: front matter field '{key}' is a mapping, expected text; ignored")
            continue
        elif key in TEXT_FIELDS and isinstance(value, list):
            if key != "author" or not all(isinstance(v, (str, int, float)) for v in value):
                warnings.append(f"{name}: front matter field '{key}' is a list, expected text; ignored")
                continue
        checked[key] = value
    return checked, warnings


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MD_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
# [text](address "title"): the address may hold one level of parentheses (Wikipedia's Foo_(bar))
MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
# *a*, **a**, _a_, __a__ around words, never inside one (snake__case, 3*4*5)
MD_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def read_markdown(path: Path, data: bytes) -> SourceDoc:
    text, warnings = decode(data, path.name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front: dict = {}
    match = FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.load(match.group(1), Loader=_FrontMatterLoader)
            if isinstance(loaded, dict):
                front, more = check_front_matter({str(k).lower(): v for k, v in loaded.items()}, path.name)
                warnings += more
            elif loaded is not None:
                warnings.append(f"{path.name}: front matter is not a mapping of keys to values; ignored")
        except (ValueError, TypeError) as exc:  # a value YAML cannot construct
            warnings.append(f"{path.name}: front matter has a value that cannot be read ({exc}); front matter ignored")
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
    front = {k: found.get(k) for k in ("title", "author", "date", "sitename", "url") if found.get(k)}
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
        raise SourceError(f"{path.name}: no text left to read", doc.warnings)
    return doc
