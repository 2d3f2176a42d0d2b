"""Turn plain text, Markdown and HTML into an `Article` of sections."""

from __future__ import annotations

import re

from bot.core.errors import InputError
from bot.core.language import detect_language
from bot.core.model import Article, Section

MAX_ARTICLE_CHARS = 2_000_000

_DATE_TOKEN = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b[ \t]*", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n")
_QUOTE_START = ("–", "—", "-", "«", '"', "“", "”", "'", "»", "*", "•")
_HEADING_END_FORBIDDEN = tuple('.,;!…»”"')
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def is_heading(line: str, following: str | None) -> bool:
    """Tell whether a line of its own is a heading, as a reader would see it.

    A heading is short, starts with a capital or a digit, has no final full stop
    (a question mark only when it is short) and is followed by a paragraph. A quote
    opened with `– ` is a paragraph.
    """
    line = line.strip()
    if not line or following is None or not following.strip() or "\n" in line:
        return False
    if line.startswith(_QUOTE_START) or line.endswith(_HEADING_END_FORBIDDEN):
        return False
    n_words = len(line.split())
    if n_words > 14 or len(line) > 120:
        return False
    if line.endswith("?") and n_words > 8:
        return False
    if line.endswith(":") and n_words > 6:
        return False
    first = line[0]
    return first.isupper() or first.isdigit()


def _blocks(text: str) -> list[str]:
    blocks = [" ".join(b.split()) for b in _BLANK_LINES.split(text)]
    blocks = [b for b in blocks if b]
    if len(blocks) <= 2 and text.count("\n") > 3:
        # No blank lines between paragraphs: every line is a block.
        blocks = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    return blocks


def _sections_from_blocks(
    blocks: list[str], *, headings: set[int] | None = None
) -> tuple[str | None, list[Section]]:
    """Group blocks into sections; `headings` marks known heading blocks (Markdown, HTML)."""
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        marked = headings is not None and i in headings
        if marked or (headings is None and is_heading(block, following)):
            if paragraphs or heading is not None:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = block.rstrip(":").strip(), []
        else:
            paragraphs.append(block)
    if paragraphs or heading is not None:
        sections.append(Section(heading, tuple(paragraphs)))
    # A heading with no paragraph after it (end of text, or two headings in a row)
    # is read as a paragraph of the section before, not dropped.
    merged: list[Section] = []
    for section in sections:
        if not section.paragraphs and section.heading is not None:
            if merged:
                prev = merged.pop()
                merged.append(Section(prev.heading, (*prev.paragraphs, section.heading)))
            else:
                merged.append(Section(None, (section.heading,)))
        else:
            merged.append(section)
    return None, merged


def _title_and_rest(blocks: list[str]) -> tuple[str | None, list[str]]:
    """Take a first block that reads as a title (a short line, no final stop)."""
    if len(blocks) >= 2 and is_heading(blocks[0], blocks[1]):
        return blocks[0], blocks[1:]
    return None, blocks


def _check(text: str) -> str:
    if "\x00" in text:
        raise InputError("the article looks binary (it contains NUL bytes)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"the article is too long ({len(text):,} characters;"
            f" the limit is {MAX_ARTICLE_CHARS:,})"
        )
    text = _clean(text)
    if not any(c.isalpha() for c in text):
        raise InputError("the article is empty (no words in it)")
    return text


def _split_date(text: str) -> tuple[str | None, str]:
    match = _DATE_TOKEN.match(text)
    if match:
        return match.group(1), text[match.end() :]
    return None, text


def _finish(
    source: str,
    title: str | None,
    date: str | None,
    sections: list[Section],
    language: str | None,
    url: str | None,
) -> Article:
    sections = [s for s in sections if s.paragraphs]
    if not sections:
        raise InputError("the article has no text, only headings")
    text = " ".join(p for s in sections for p in s.paragraphs)
    lang = language if language and language != "auto" else detect_language(text)
    return Article(
        source=source, title=title, language=lang, date=date, sections=tuple(sections), url=url
    )


def parse_text(
    text: str,
    *,
    source: str = "-",
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    date: str | None = None,
) -> Article:
    """Parse a plain-text article: optional title, paragraphs and heading lines."""
    date_token, text = _split_date(_check(text))
    blocks = _blocks(text)
    if title is None:
        title, blocks = _title_and_rest(blocks)
    _, sections = _sections_from_blocks(blocks)
    return _finish(source, title, date or date_token, sections, language, url)


def _markdown_blocks(text: str) -> tuple[str | None, list[str], set[int]]:
    title: str | None = None
    blocks: list[str] = []
    headings: set[int] = set()
    paragraph: list[str] = []
    in_code = False

    def flush() -> None:
        if paragraph:
            blocks.append(" ".join(" ".join(paragraph).split()))
            paragraph.clear()

    for line in text.split("\n"):
        if line.strip().startswith("```"):
            flush()
            in_code = not in_code
            continue
        if in_code:
            continue
        match = _MD_HEADING.match(line)
        if match:
            flush()
            heading = _inline_markdown(match.group(2))
            if not heading:
                continue
            if len(match.group(1)) == 1 and title is None and not blocks:
                title = heading
            else:
                headings.add(len(blocks))
                blocks.append(heading)
        elif not line.strip():
            flush()
        elif _MD_LIST.match(line):
            flush()
            paragraph.append(_inline_markdown(_MD_LIST.sub("", line)))
            flush()
        else:
            paragraph.append(_inline_markdown(line.lstrip("> ")))
    flush()
    return title, [b for b in blocks if b], headings


def _inline_markdown(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    for _ in range(2):
        text = _MD_EMPHASIS.sub(r"\2", text)
    return text.strip()


def parse_markdown(
    text: str,
    *,
    source: str = "-",
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    date: str | None = None,
) -> Article:
    """Parse a Markdown article: `#` headings; a first `# Title` is the title."""
    date_token, text = _split_date(_check(text))
    md_title, blocks, headings = _markdown_blocks(text)
    _, sections = _sections_from_blocks(blocks, headings=headings)
    return _finish(source, title or md_title, date or date_token, sections, language, url)


def parse_html(
    html: str, *, source: str = "-", language: str | None = None, url: str | None = None
) -> Article:
    """Extract the main text and its h2/h3 headings from a web page (trafilatura)."""
    html = _clean(html)
    if "\x00" in html:
        raise InputError("the page looks binary (it contains NUL bytes)")
    if len(html) > MAX_ARTICLE_CHARS * 5:
        raise InputError("the page is too large to read")
    from bot.core.html import extract

    extracted = extract(html, url=url)
    if extracted is None or not any(c.isalpha() for c in extracted.markdown):
        raise InputError("the page has no readable article text")
    return parse_markdown(
        extracted.markdown,
        source=source,
        language=language,
        url=url,
        title=extracted.title,
        date=extracted.date,
    )


def parse_document(
    content: str,
    *,
    kind: str,
    source: str = "-",
    language: str | None = None,
    url: str | None = None,
) -> Article:
    """Parse text of a known kind: `text`, `markdown` or `html`."""
    if kind == "html":
        return parse_html(content, source=source, language=language, url=url)
    if kind == "markdown":
        return parse_markdown(content, source=source, language=language, url=url)
    return parse_text(content, source=source, language=language, url=url)


def guess_kind(name: str, content: str, content_type: str | None = None) -> str:
    """Guess `html`, `markdown` or `text` from a file name, a content type or the text."""
    lowered = name.lower().split("?")[0]
    if content_type and "html" in content_type:
        return "html"
    if lowered.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lowered.endswith((".md", ".markdown")):
        return "markdown"
    head = content.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    if re.search(r"^#{1,6} \S", content[:5000], re.MULTILINE):
        return "markdown"
    return "text"
