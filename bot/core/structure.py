"""Find an article's structure: title, headings, paragraphs, list items and live entries.

Text arrives as lines. A blank line always ends a unit; inside a run of lines without blank
lines, a line ends a unit when the layout says so: every line is a paragraph (lines longer
than a wrapped width), a short line stands before a longer one (a heading directly followed
by its paragraph), a list marker or a time stamp opens the next line, or a Markdown setext
underline (`===`, `---`) follows. Otherwise the text is hard-wrapped and its lines are joined.

Furniture goes before headings and the title are chosen (bot/core/furniture.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.furniture import (
    is_credit,
    is_furniture,
)
from bot.core.hyphens import glued_headline
from bot.core.markdown import MD_EMPHASIS, inline_markdown
from bot.core.model import LIST_ITEM, LIVE_ENTRY, PARAGRAPH
from bot.core.page_words import NAV, ends_open
from bot.core.speakers import answered
from bot.core.stamps import ENTRY_STAMP, LIVE_STAMP, MATCH_MINUTE, entry_place, minutes
from bot.core.text import SENTENCE_END
from bot.core.titles import QUOTE_START, lead_in, reported
from bot.core.widgets import is_widget

HEADING, TITLE = "heading", "title"
_HEADING_END_FORBIDDEN = (*'.,;!…»”"(', ".’", "!’", ".'", "!'")  # (a stop in a single quote too)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^(?:={2,}|-{2,})\s*$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
# «18. september i fjor …» opens on an ordinal, not an item's number; «N SV mente …»: a bullet
_LIST = re.compile(
    r"^(?:([*•·▪●■◆►+]|-(?=\s)|(?-i:[nlquN](?=\s+[A-ZÆØÅ0-9])))|(\d{1,2})[.)](?!\s+(?:januar|februar|mars|april|mai|juni|juli|august|"
    r"september|oktober|november|desember|(?-i:[a-zæøå]*dag(?:en)?|etasje|klasse|divisjon|omgang"
    r"|plass|runde|trinn|etappe|kvartal|halvår|utgave|periode))\b))\s+(?=\S)",
    re.IGNORECASE,
)
POINTING = frozenset(("det", "dette", "den", "this", "that", "it"))
_WRAP_WIDTH = 100  # lines longer than this are paragraphs, not hard-wrapped text
_MIN_WRAP = 56  # (a byline and a caption line of 50 are no wrapped paragraph)


@dataclass(slots=True)
class Unit:
    """A paragraph-like piece of text and what it is."""

    text: str
    kind: str = PARAGRAPH
    number: str = ""  # the number of a numbered list item («1.»), kept out of its text
    run: int = 0  # adjacent list items share a run
    dash: bool = False  # a list item marked «- », which may be a dash line instead
    alone: bool = False  # the only line between blank lines
    stamp: int = -1  # minutes after midnight of a live entry
    spoken: bool = False  # a turn of a transcript or an interview (transcript.py, interviews.py)
    over_byline: bool = False  # the line right over a byline the page dropped: its headline?


def is_heading(line: str, following: str | None) -> bool:
    """Tell whether a line of its own is a heading, as a reader would see it.

    A heading is short, starts with a capital or a digit, has no final full stop
    (a question mark only when it is short) and is followed by a paragraph. A quote
    opened with `– ` is a paragraph.
    """
    line = line.strip()
    if not line or following is None or not following.strip() or "\n" in line:
        return False
    # (a work's title in quote marks last is no quote's end: «Trygve Skaug - «Alle de tinga»»)
    ends = line.endswith(_HEADING_END_FORBIDDEN) and not _WORK_HEADING.fullmatch(line)
    ends = ends or ends_open(line)  # (a line cut off: «…, var på»)
    if line.startswith(QUOTE_START) or ends or reported(line):
        return False  # (nor «BA skriv at dommen er samrøystes»: a sentence without its stop)
    n_words = len(line.split())
    if n_words > 14 or len(line) > 120:
        return False
    if line.endswith("?") and (n_words > 8 or answered(line, following.lstrip())):
        return False  # a long question, or an interviewer's: no heading
    if line.endswith(":") and lead_in(line, following):
        return False  # «Slik beskriver de været:» announces the quote below it
    if line[-1:].isdigit() and _TABLE_ROW.search(line):
        return False  # «Studentsamskipnaden i Gjøvik, Ålesund og Trondheim: 1955»: a table's row
    if (line[-1:].isdigit() or line[-1:] == "%") and _figures_row(line.split()):
        return False  # «Tromsø (NO4) 71,5 74,8 -4 %»: a table's row of figures
    below = following.lstrip().split("\n", 1)[0]
    if below[-1:] in _FIGURE_ENDS and _figures_row(below.split()):
        return False  # «Prisområde Søndag Lørdag Endring»: the table's header
    if WRITER_LINE.fullmatch(line) and line.split()[-1].lower() not in following.lower():
        return False  # «James Cox» over a paragraph that never names him: who wrote it
    first = line[0]
    return first.isupper() or first.isdigit()


_TABLE_ROW = re.compile(r"[\w)]: ?\d[\d .,]*$")
_FIGURES_IN_ROW = 3
_FIGURE_ENDS = frozenset("0123456789%")


def _figures_row(tokens: list[str]) -> bool:
    """Whether a line has three figures or more, and no more words than figures."""
    figures = sum(1 for t in tokens if t.lstrip("-+−–")[:1].isdigit())
    return figures >= _FIGURES_IN_ROW and figures >= sum(1 for t in tokens if t[:1].isalpha())


# A work under its maker's name: «Musti - «On the low»», «Marcus & Martinius – «Love you less»».
_MAKER = r"(?:[A-ZÆØÅ0-9][\w.'’-]*|&|og|and)"
_WORK_HEADING = re.compile(rf"[A-ZÆØÅ0-9][\w.'’-]*(?: {_MAKER}){{0,5}} [-–] «[^«»]{{1,60}}»")
# A person's name alone: «James Cox», «Kristian Jacobsen» (a byline between paragraphs).
WRITER_LINE = re.compile(r"[A-ZÆØÅ][a-zæøåé]+(?: [A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?){1,2}")


def read_units(text: str, *, markdown: bool) -> list[Unit]:
    """Split text into units: paragraphs, list items, live entries, marked headings."""
    units: list[Unit] = []
    group: list[str] = []
    in_code = False
    for raw in text.split("\n"):
        line = raw.strip()
        if markdown:
            if line.startswith("```"):
                _flush(group, units, markdown)
                in_code = not in_code
                continue
            if in_code:
                continue
            match = _MD_HEADING.match(line) if line.startswith("#") else None
            if match:
                _flush(group, units, markdown)
                heading = inline_markdown(match.group(2))
                if heading:
                    # The first `# h1` is the title candidate; assemble() decides.
                    first = len(match.group(1)) == 1 and not any(u.kind == TITLE for u in units)
                    units.append(Unit(heading, TITLE if first else HEADING, alone=True))
                continue
            if line.startswith(">"):
                line = line.lstrip("> ")
        if line:
            group.append(line)
        else:
            _flush(group, units, markdown)
    _flush(group, units, markdown)
    return units


def _flush(lines: list[str], units: list[Unit], markdown: bool) -> None:
    if not lines:
        return
    # (a lead given on one line over wrapped lines: the width they are wrapped at)
    inner = [len(line) for line in lines if len(line) <= _WRAP_WIDTH] or [0]
    width = max(inner) if len(inner) >= 4 * (len(lines) - len(inner)) else max(map(len, lines))
    wrapped = _MIN_WRAP <= width <= _WRAP_WIDTH and _hard_wrapped(lines, width)
    start = len(units)
    current: list[str] = []
    kind, number, stamp, dash = PARAGRAPH, "", -1, False

    def close() -> None:
        if current:
            joined = " ".join(current)
            text = inline_markdown(joined) if markdown else joined
            head, text = glued_headline(text) if kind == PARAGRAPH else ("", text)
            if head:
                units.append(Unit(head, PARAGRAPH))  # «… i fleire år Ho er 18 år …»
            units.append(Unit(text, kind, number, stamp=stamp, dash=dash))
            current.clear()

    for at, line in enumerate(lines):
        if _SETEXT.match(line) and current:
            # `Title` over `====` or `----`: the line(s) above are a heading.
            heading = " ".join(current)
            current.clear()
            level_one = line.startswith("=") and not units[:start] and len(units) == start
            units.append(Unit(heading, TITLE if level_one else HEADING, alone=True))
            kind, number, stamp = PARAGRAPH, "", -1
            continue
        if _RULE.match(line):
            close()
            continue
        if markdown and line[:2] in ("**", "__") and line[2:3].isdigit():
            line = MD_EMPHASIS.sub(r"\2", line, count=1)  # «**16:48** …»: a bold stamp
        marker = _LIST.match(line)
        live = LIVE_STAMP.match(line) if line[:1].isdigit() or line[:2].lower() == "kl" else None
        if live is None and line[:1].isdigit():
            live = MATCH_MINUTE.match(line)  # «20′ DEL …»: a match's minute
        if live is None and line[:1].isupper() and ": " in line[:60]:
            live = ENTRY_STAMP.match(line)  # «Setermoen: 07.30: …», «Update 9:40 p.m. …:»
        # (a line given twice, a caption and its alt text, is two units: no wrapped text)
        if (
            marker
            or live
            or not current
            or line in (current[-1], lines[at + 1] if at + 1 < len(lines) else "")  # (copies)
            or line.lower() in NAV  # («News» under the headline: the site's section)
            or _ends_unit(current[-1], line, width, wrapped)
        ):
            close()
            kind, number, stamp, dash = PARAGRAPH, "", -1, False
            if live:
                kind, stamp = LIVE_ENTRY, minutes(live.group())
                line = entry_place(live.group()) + line[live.end() :]
            elif marker:
                kind, number = LIST_ITEM, marker.group(2) or ""
                dash = marker.group(1) == "-"
                line = line[marker.end() :]
        current.append(line)
    close()
    lines.clear()
    if len(units) == start + 1:
        units[-1].alone = True


def _hard_wrapped(lines: list[str], width: int) -> bool:
    """Lines cut at a width: most full lines end in the middle of a sentence."""
    full = [ln for ln in lines[:-1] if len(ln) >= 0.75 * width]
    cut = sum(not ln.endswith(SENTENCE_END) for ln in full)
    return cut >= 1 and 2 * cut >= len(full)


def _ends_unit(previous: str, line: str, width: int, wrapped: bool) -> bool:
    """Tell whether a line break inside a run of lines ends a unit."""
    if line[:1].islower() and not is_widget(line):
        return False  # a wrapped sentence goes on (not «watch One-Minute World News»)
    if not wrapped or is_widget(line) or line.startswith(previous) or len(previous) > width:
        return True  # one paragraph (or heading) a line; a stamp, a caption again with its credit
    if "/" in line and is_credit(line):
        return True  # «SimpleImages/Getty Images» under the picture's caption
    if len(previous) < 0.75 * width or line.startswith(("– ", "— ")):
        return True  # a short line ends its paragraph
    if is_furniture(previous) or is_widget(previous):
        return True  # «Publisert 14.02.2024 kl. 07:12 · Oppdatert …» over «Av Kari Nordmann, NTB»
    # A full line that ends a sentence, then a short line without a stop: a heading.
    return (
        previous.endswith(SENTENCE_END)
        and len(line) < 0.6 * width
        and not line.endswith(SENTENCE_END)
    )


def is_prose(text: str, kind: str = PARAGRAPH) -> bool:
    """A paragraph of the article, not a title or a widget's line (nor a list's item)."""
    if kind != PARAGRAPH:
        return False
    n_words = text.count(" ") + 1
    return n_words >= 14 or (n_words >= 8 and text.endswith(SENTENCE_END))
