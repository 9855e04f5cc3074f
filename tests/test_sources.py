"""Reading: every input shape becomes lines of text, or one clear problem naming the file."""
from pathlib import Path

import pytest

from generator.sources import SourceError, list_sources, read_source


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_with_bom_crlf_and_nbsp(tmp_path):
    doc = read_source(write(tmp_path, "a.txt", "\ufeffHeadline here\r\n\r\nFirst\u00a0line of text.\rSecond.".encode()))
    assert doc.lines == ["Headline here", "", "First line of text.", "Second."]


def test_cp1252_is_detected_and_curly_quotes_kept(tmp_path):
    text = "Le président a dit « bonjour » et “merci” à l’équipe, déjà célèbre à Genève et à Zürich."
    doc = read_source(write(tmp_path, "b.txt", text.encode("cp1252")))
    assert doc.lines[0] == text
    assert any("not UTF-8" in w and "b.txt" in w for w in doc.warnings)


def test_empty_and_binary_files_are_refused_with_the_file_name(tmp_path):
    with pytest.raises(SourceError, match="empty.txt: empty file"):
        read_source(write(tmp_path, "empty.txt", b"  \n\t\n"))
    with pytest.raises(SourceError, match="image.txt: not text"):
        read_source(write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))))


def test_markdown_front_matter_and_heading(tmp_path):
    doc = read_source(write(tmp_path, "c.md", b"---\ntitle: Given title\nauthor: Ann Lee\n---\n# Shown heading\n\nA [link](http://x) and **bold** text.\n"))
    assert doc.front_matter["author"] == "Ann Lee"
    assert doc.title_hint == "Given title"
    assert "A link and bold text." in doc.lines


def test_broken_front_matter_names_the_line(tmp_path):
    doc = read_source(write(tmp_path, "d.md", b"---\ntitle: ok\nauthor: [unclosed\n---\nBody sentence is here.\n"))
    assert doc.front_matter == {}
    assert any(w.startswith("d.md: broken YAML front matter at line") for w in doc.warnings)
    assert "Body sentence is here." in doc.lines


def test_html_goes_through_trafilatura(tmp_path):
    html = ("<html><head><title>Big news today</title></head><body><nav>Home | World | Sport</nav>"
            "<article><h1>Big news today</h1>" + "".join(
                f"<p>Paragraph {i} says that the minister visited the port on Tuesday and spoke to workers there.</p>"
                for i in range(6)) + "</article><footer>Copyright 2024 Example News</footer></body></html>")
    doc = read_source(write(tmp_path, "e.html", html.encode()))
    assert doc.title_hint == "Big news today"
    assert any("Paragraph 3 says" in line for line in doc.lines)
    assert not any("Home | World" in line for line in doc.lines)


def test_listing_skips_hidden_and_backup_files_and_warns_on_unknown(tmp_path):
    for name in ("a.txt", ".DS_Store", "b.txt~", "notes.docx", "c.md"):
        write(tmp_path, name, b"x")
    paths, warnings = list_sources(tmp_path)
    assert [p.name for p in paths] == ["a.txt", "c.md"]
    assert len(warnings) == 1 and warnings[0].startswith("notes.docx: skipped, unknown extension")


def test_a_huge_line_is_left_out_with_a_warning(tmp_path):
    doc = read_source(write(tmp_path, "f.txt", b"Title of it\n\n" + b"x" * 1_000_000 + b"\nA real sentence here."))
    assert "A real sentence here." in doc.lines
    assert all(len(line) < 100_000 for line in doc.lines)
    assert any("f.txt" in w and "characters" in w for w in doc.warnings)
