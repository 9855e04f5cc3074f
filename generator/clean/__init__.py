"""Cleaning: SourceDoc -> Article (title, metadata, body paragraphs, removed lines with reasons).

The page is read as a whole, as a reader sees it (``clean_article``):

1. lines that are chrome wherever they stand are set aside with their reason: buttons, labels,
   ad slots, copyright footers, prompts before a link, calls to action in the reader's voice,
   and the multi-paragraph appeals that grow from them (``story.py``, ``chrome.py``, word lists
   in ``lexicon/boilerplate.yml``);
2. the story is found as the dense run of prose: each remaining line is scored from its shape
   and its neighbours' (``features.py``; weights learned from public pages with known article
   text) and the page is decoded as one sequence, so the story's short lines stay with it and
   stray sentences in the chrome stay out (``story.py``);
3. the headline is the line above the story that shares its words (``headline.py``);
4. the lines between the headline and the story are the article's head: byline, dateline,
   standfirst, captions, credits; what stands before the headline or after the story, or as a
   box between its paragraphs, is chrome, each line with where it stood as its reason;
5. metadata (publisher, date, author, address) is read from the front matter, the dateline, the
   byline and the footer (``metadata.py``).

Every body line is the input line verbatim (a leading source tag "(Site.com) – " aside), and every
removed line is kept with its reason, so a reader can check what the cleaner did.
"""
from __future__ import annotations

import re


from .. import lexicon
from ..model import Article, MetadataLine, Paragraph, RemovedLine, SourceDoc
from . import headline, metadata, story
from .chrome import COPYRIGHT_LINE, SOURCE_TAG, credit, is_dateline, is_name_like, is_prose, is_quoted, words
from ..dates import DATE_SHAPE
from .metadata import YEAR


def repeated_lines(docs: list[SourceDoc]) -> dict[str, int]:
    """Short lines and how many articles carry them, when more than one does.

    Menus, buttons and footers repeat from page to page of a site; news sentences rarely do, and
    quotations carried by several publishers are never counted (they are news)."""
    return story.repeated_across([doc.lines for doc in docs])


CAPTION = lexicon.pattern(*lexicon.load("boilerplate")["caption"])


# The head under the headline (summary, byline, date, caption) is one block: each of its lines stands at
# most this many lines below the headline or the head line before it. A long line further down, past a
# sidebar of teasers or a poll, is no summary of the story unless it reads like the story's own
# (log-odds at least STANDFIRST_DOUBT: the story's first paragraph that the story finder left out).
HEAD_GAP = 3
STANDFIRST_DOUBT = -1.8


def _head_kind(text: str) -> str | None:
    """What a line between the headline and the story is, when it describes the article."""
    if credit(text):
        return "credit"
    if is_dateline(text):
        return "dateline"
    if is_name_like(text) or metadata.BYLINE.match(text):
        return "byline"
    if (len(words(text)) >= 10 or is_prose(text)) and not CAPTION.search(text):
        return "standfirst" if not text.rstrip().endswith(")") else "caption"
    if len(words(text)) >= 4:
        return "caption"
    return None


def clean_article(doc: SourceDoc, article_id: str, repeated: dict[str, int] | None = None) -> Article:
    """Read ``doc`` as a page and build the Article the later stages read."""
    lines = [text for text in doc.lines if text.strip()]
    page = story.read_page(lines, repeated or {})
    reasons = page.reasons
    rows = [row if reason is None else None for row, reason in zip(page.rows, reasons)]
    keep, scores = story.scored_story_lines(rows)
    front = doc.front_matter
    hint = front.get("title") if isinstance(front.get("title"), str) else doc.title_hint
    found = headline.find_headline(lines, keep, [r is not None for r in reasons], page.stopwords,
                                   story.learned()["headline"], hint, headline.removed_labels(reasons))
    title_at, title = found if found else (None, None)
    if isinstance(front.get("title"), str) and front["title"].strip():
        title = front["title"].strip()  # the file's own word
    if title_at is not None:
        keep[title_at] = False
        # the headline shown again elsewhere on the page, whole or cut short ('Headline…')
        stem = re.sub(r"\s*(…|\.\.\.)\s*$", "", title).casefold()
        for i, text in enumerate(lines):
            bare = re.sub(r"\s*(…|\.\.\.)\s*$", "", text.strip()).casefold()
            if i != title_at and reasons[i] is None and len(bare) >= 12 and (bare == stem or stem.startswith(bare)):
                reasons[i] = "the headline again"
                keep[i] = False
    kept = [i for i, k in enumerate(keep) if k]
    first, last = (kept[0], kept[-1]) if kept else (len(lines), -1)
    # the story's first paragraph: what the story finder kept above it is the article's head
    # (byline, dateline, credit) when it is shaped like one
    opening = next((i for i in kept if is_prose(lines[i])), first)

    body, removed, meta_lines = [], [], []
    last_head = title_at if title_at is not None else -1   # the headline or the head line below it read last
    head_texts, tail_texts, chrome_texts = [], [], []
    for i, text in enumerate(lines):
        if i == title_at:
            continue
        if reasons[i] is not None:
            removed.append(RemovedLine(text, reasons[i]))
            chrome_texts.append(text)
        elif keep[i]:
            kind = _head_kind(text) if i < opening else None
            if first <= i and CAPTION.search(text) and not is_quoted(text) and len(words(text)) <= 90 \
                    and not metadata.dateline(text):
                meta_lines.append(MetadataLine("credit" if credit(text) and len(words(text)) <= 6 else "caption", text))
            elif kind in ("byline", "dateline", "credit", "caption") or (
                    i in kept[:6] and metadata.BYLINE.match(text) and metadata.byline_author(text)):
                kind = kind if kind in ("byline", "dateline", "credit", "caption") else "byline"
                meta_lines.append(MetadataLine(kind, text))
                head_texts.append(text)
            elif first < i and is_dateline(text) and not is_prose(text):
                meta_lines.append(MetadataLine("dateline", text))
                head_texts.append(text)
            elif credit(text) and not is_prose(text):
                meta_lines.append(MetadataLine("credit", text))
                tail_texts.append(text)
            else:
                body.append(text)
        elif title_at is not None and title_at < i < first and (kind := _head_kind(text)) \
                and (kind != "standfirst" or i - last_head <= HEAD_GAP or scores[i] >= STANDFIRST_DOUBT):
            if i - last_head <= HEAD_GAP:
                last_head = i
            if kind == "standfirst":
                # the summary under the headline is the story's opening: a reader reads it first
                body.append(text)
            else:
                meta_lines.append(MetadataLine(kind, text))
                head_texts.append(text)
        elif i > last and (credit(text) or metadata.REPORTING_BY.search(text)) and len(words(text)) <= 25:
            meta_lines.append(MetadataLine("credit", text))
            tail_texts.append(text)
        elif first < i < last and (credit(text) or CAPTION.search(text)) and len(words(text)) <= 40:
            meta_lines.append(MetadataLine("credit" if credit(text) and len(words(text)) <= 6 else "caption", text))
        else:
            where = ("above the headline (menus and links)" if title_at is not None and i < title_at
                     else "around the headline (labels and buttons)" if i < first
                     else "after the story (related links, comments, footers)" if i > last
                     else "inside the story (a box of links, a caption or an ad)")
            removed.append(RemovedLine(text, where))
            chrome_texts.append(text)
    # the head may also hold a date or byline just above the headline ('Updated: ...', 'By ...')
    if title_at is not None:
        above = [lines[j] for j in range(max(0, title_at - 3), title_at) if reasons[j] is None and
                 (metadata.PUBLISH_WORDS.search(lines[j]) or metadata.UPDATE_WORDS.search(lines[j])
                  or metadata.BYLINE.match(lines[j]))]
        head_texts = above + head_texts
        # ... which is the article's metadata, not chrome above the headline, when it names someone or states a date
        # (not a teaser 'Von der Leyen visits Kyiv')
        for text in above:
            kind = "byline" if metadata.BYLINE.match(text) and metadata.byline_author(text) else \
                "dateline" if metadata.date_in_line(text, page.language) else None
            if kind:
                _as_metadata(text, kind, body, removed, meta_lines)

    publisher_tag = None
    if body:
        tag = SOURCE_TAG.match(body[0])
        if tag:
            publisher_tag = tag.group(1).strip()
            body[0] = body[0][tag.end():]
    # a date line may also stand a little apart from the head (between the story's first
    # paragraphs, among the share buttons): the short lines near the headline and the opening
    anchor = title_at if title_at is not None else opening
    near = sorted(range(max(0, anchor - 3), min(len(lines), max(anchor, opening) + 4)), key=lambda j: abs(j - anchor))
    # a date line beside the headline; not a story sentence that mentions a date ('The vessel left on
    # June 18, 2023, with five aboard.')
    dated = [lines[j] for j in near if len(words(lines[j])) <= 20 and lines[j] not in head_texts
             and not (len(words(lines[j])) >= 10 and lines[j].rstrip().endswith((".", "!", "?")))
             and j != title_at and (DATE_SHAPE.search(lines[j]) or metadata.CJK_DATE.search(lines[j]))]
    site_name = None
    if title:
        site_name = next((name for line in lines if title in line and line.strip() != title
                          for name in [metadata.site_in_title_line(line, title)] if name), None)
    _drop_box_before_dateline(body, removed, chrome_texts)
    meta = metadata.read_metadata(front, head_texts + dated, body, tail_texts, chrome_texts, page.language, site_name)
    if meta.author is None and kept:
        # a byline outside the head: among the buttons around the headline, under the story's opening, at its foot
        # (there only a byline that says so: 'Von Jane Roe, Redakteurin')
        story_words = {w.casefold() for text in body for w in re.findall(r"[^\W\d_]{3,}", text) if w.islower()}
        found = _found_near(lines, keep, title_at, opening, last, metadata.BYLINE_WINDOW,
                            lambda near, after: metadata.byline_near(near, page.language, story_words, after))
        if found:
            line, meta.author = found
            _as_metadata(line, "byline", body, removed, meta_lines)
    if meta.published is None and kept:
        # a date line outside the head: past the share buttons or a gallery under the headline, at the story's foot
        # (there only a line labelled as the date of publication: 'Publiziert 6. November 2025')
        found = _found_near(lines, keep, title_at, opening, last, metadata.DATE_WINDOW,
                            lambda near, after: metadata.date_near(near, page.language, after))
        if found:
            line, meta.published = found
            meta.published_basis = f"date line '{line.strip()}'"
            _as_metadata(line, "dateline", body, removed, meta_lines)
    publisher = meta.publisher if (meta.publisher and front.get("publisher")) else (publisher_tag or meta.publisher)
    publisher = publisher or metadata.site_named_in_chrome([r for r in removed if r.reason.startswith("call to action")])
    reference_year = int(meta.published[:4]) if meta.published else _copyright_year(chrome_texts)
    year_basis = "the article's copyright line"
    if reference_year is None:
        # no date and no copyright: the latest full date the text states ('on June 18, 2023, when ...')
        stated = _latest_full_date(body + [line.text for line in meta_lines])
        if stated:
            reference_year, year_basis = int(stated[0][:4]), f"a full date the article states ('{stated[1]}')"
    if not title:
        title = (body[0][:80] + "…") if body else doc.source_file
    return Article(
        id=article_id, source_file=doc.source_file, title=str(title),
        body=[Paragraph(i, text) for i, text in enumerate(body)], removed=removed, metadata=meta_lines,
        published=meta.published, published_basis=meta.published_basis, updated=meta.updated,
        reference_year=reference_year, reference_year_basis=year_basis,
        author=meta.author, publisher=publisher, address=meta.url)


def _found_near(lines: list[str], keep: list[bool], title_at: int | None, opening: int, last: int,
                window: tuple[int, int, int], find) -> tuple[str, str] | None:
    """(the line, what ``find`` read in it) for the first line near the article that ``find`` reads, or None.

    ``window`` = (above, below, after): the lines around the article's head that are not its prose, nearest the
    headline first (from ``above`` lines over the headline, or over the story's opening, to the ``below`` lines
    from the opening on, within the story), then the ``after`` lines past the story's end. ``find(lines, after)``
    returns (which line, what it read) or None; ``after`` tells it the lines stand past the story's end."""
    above, below, after = window
    top = title_at if title_at is not None else opening
    around = sorted((j for j in range(max(0, top - above), min(len(lines), opening + below, last + 1))
                     if j != title_at and not (keep[j] and is_prose(lines[j]))), key=lambda j: abs(j - top))
    for near, past_the_end in ((around, False), (list(range(last + 1, min(len(lines), last + 1 + after))), True)):
        found = find([lines[j] for j in near], past_the_end)
        if found:
            return lines[near[found[0]]], found[1]
    return None


def _as_metadata(text: str, kind: str, body: list[str], removed: list[RemovedLine], meta_lines: list[MetadataLine]) -> None:
    """A byline or date line found outside the article's head is its metadata wherever it stood, no part of the
    story nor chrome: one copy of it moves from the body or the removed lines (a page may show it twice, once
    in each), unless the article's metadata holds it already."""
    if any(line.text == text for line in meta_lines):
        return
    if text in body:
        body.remove(text)
    else:
        at = next((k for k, r in enumerate(removed) if r.text == text), None)
        if at is None:
            return
        removed.pop(at)
    meta_lines.append(MetadataLine(kind, text))


def _drop_box_before_dateline(body: list[str], removed: list[RemovedLine], chrome: list[str]) -> None:
    """A wire story begins at its dateline ('MOSCOW (Agency) —'): lines just before it that are no
    sentences (a photo's caption, another story's headline) are a box the page put there."""
    at = next((i for i, text in enumerate(body[:5]) if metadata.dateline(text)), None)
    if not at:
        return
    for i in range(at - 1, -1, -1):
        text = body[i]
        if is_prose(text) and not CAPTION.search(text):
            break
        removed.append(RemovedLine(text, "before the story's dateline (a caption or a link)"))
        chrome.append(text)
        del body[i]


def _latest_full_date(texts: list[str]) -> tuple[str, str] | None:
    """(ISO date, its words) of the latest date stated with day, month and year in ``texts``."""
    from ..dates import resolve_date

    found = []
    for text in texts:
        for match in FULL_DATE.finditer(text):
            resolved = resolve_date(match.group(0), None, None)
            if resolved and resolved[2] == "stated in full":
                found.append((resolved[0], resolved[1]))
    return max(found) if found else None


FULL_DATE = re.compile(r"\b(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)\b")


def _copyright_year(chrome: list[str]) -> int | None:
    for text in chrome:
        if COPYRIGHT_LINE.search(text):
            years = [int(y) for y in YEAR.findall(text)]
            if years:
                return max(years)
    return None
