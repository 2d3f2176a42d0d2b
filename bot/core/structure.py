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

from bot.core.bylines import is_byline, is_name_line
from bot.core.caps_captions import (
    NAMED_INSIDE,
    alt_line,
    between_credits,
    caps_caption_run,
    caption_over_bar_credit,
    credit_line,
    credited_caps_caption,
    is_caps_caption,
    top_picture_caption,
)
from bot.core.captions import ends_in_credit, is_caption, is_caption_label, prose_before_caption
from bot.core.copies import flag_copies
from bot.core.datelines import caption_over_dateline, over_dateline, strip_dateline
from bot.core.furniture import (
    clean_inline,
    is_credit,
    is_furniture,
    is_time_stamp,
    opens_link_block,
)
from bot.core.hyphens import glued_headline, rejoin_hyphens
from bot.core.link_cards import linked_cards
from bot.core.markdown import MD_EMPHASIS, inline_markdown
from bot.core.model import LIST_ITEM, LIVE_ENTRY, PARAGRAPH
from bot.core.name_words import is_signature
from bot.core.notices import (
    is_notice,
    link_list_head,
    page_line,
    site_section,
    teaser_rail,
    ticker_line,
    video_rail,
    video_teaser,
    without_byline,
)
from bot.core.page_words import AGENCIES, NAV, ends_open
from bot.core.photos import alt_text, media_blocks
from bot.core.speakers import answered
from bot.core.stamps import ENTRY_STAMP, LIVE_STAMP, MATCH_MINUTE, SCORE_ROW, entry_place, minutes
from bot.core.text import SENTENCE_END, headline_shaped, spaces
from bot.core.titles import QUOTE_START, caption_heading, lead_in, names_line, opens_story, reported
from bot.core.widgets import after_widget, boxes, closes_story, is_widget, menu_lines

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
    if WRITER_LINE.fullmatch(line) and line.split()[-1] not in following:
        return False  # «James Cox» over a paragraph that never names him: who wrote it
    first = line[0]
    return first.isupper() or first.isdigit()


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


def drop_furniture(units: list[Unit]) -> list[Unit]:
    """Remove page furniture; a stamp on its own line makes the next unit a live entry."""
    flags: list[bool] = []
    texts = [unit.text for unit in units]  # (before labels are cleaned off)
    photos = media_blocks(texts, [unit.alone for unit in units]) | menu_lines(texts)
    photos |= boxes(texts, [u.kind for u in units])  # (a poll's, a summary's: as they read)
    for i, unit in enumerate(units):
        ends = closes_story(texts, i) or teaser_rail(texts, i) or video_rail(texts, i)
        if ends and any(not f and is_prose(u.text) for f, u in zip(flags, units, strict=False)):
            del units[i:]  # teasers for other stories follow (under the story: not over it)
            break
        # A caption is judged with its credit; a paragraph is cleaned of inline furniture.
        # Prose that a caption and its credit run on from keeps its prose only.
        if unit.spoken:  # a speaker's words: no caption, no label to clean off
            flags.append(False)
            continue
        if i and is_caption_label(units[i - 1].text):
            flags.append(True)  # «Image caption,» over its caption: the caption too
            continue
        before_caption = None if i in photos else prose_before_caption(unit.text)
        if before_caption and ends_in_credit(unit.text) and _top_picture(units, i, flags):
            flags.append(True)  # «29-åringen slo … Straffen ble 30 dager. Foto: X / Wikipedia»
            continue
        if before_caption and is_caption(before_caption):
            before_caption = None  # («… Larsen (midten) – her med … (t.h.) … BEGGE FOTO: …»)
        unit.text = before_caption or unit.text
        caption = i not in photos and not before_caption and is_caption(unit.text)
        if caption and i >= 2 and (alt_text(texts[i - 1]) or alt_line(texts[i - 1], texts[i])):
            flags[i - 1] = True  # «Constable William 'Bill' Crews» over its caption: alt text
        furniture = i in photos or caption or video_teaser(texts, i) or page_line(unit.text)
        furniture = furniture or ticker_line(texts, i) or caption_over_dateline(texts, i, is_byline)
        furniture = furniture or link_list_head(texts, i)  # (a link list's, not a heading)
        # («TAKLING: …» over «Publisert …», or on top over the headline: the top picture's)
        furniture = furniture or top_picture_caption(texts, i)
        furniture = furniture or credited_caps_caption(unit.text) or caps_caption_run(texts, i)
        furniture = furniture or credit_line(texts, i)  # «|MET OFFICE», and its caption:
        furniture = furniture or (i + 1 < len(units) and caption_over_bar_credit(*texts[i : i + 2]))
        if not furniture:
            text = without_byline(strip_dateline(rejoin_hyphens(clean_inline(unit.text)), texts))
            unit.text = after_widget(text)  # («Your support makes all the difference.American …»)
            furniture = is_furniture(unit.text) or is_widget(unit.text) or site_section(texts, i)
            # «- Emily Ashton»: a byline under a dash, read as a list of one
            furniture = furniture or (unit.dash and unit.alone and is_notice(f"- {unit.text}"))
        flags.append(furniture)
    # a deck or the top picture's caption (the story opens on its dateline); a linked story's card
    for i in over_dateline(texts, flags) + linked_cards(texts):
        flags[i] = True
    flag_copies([unit.text for unit in units], flags)
    kept: list[Unit] = []
    in_links = False
    prose = False  # whether a paragraph of the article was kept (above it: widgets, title)
    stamp = -1
    for i, unit in enumerate(units):
        text = unit.text
        if opens_link_block(text) or link_list_head(texts, i):
            in_links = True  # the short lines after «Les også» are links elsewhere
            continue
        short_line = spaces(text, 14) < 14 and not text.endswith(SENTENCE_END)
        if in_links and short_line and unit.kind != HEADING:
            continue
        in_links = False
        if is_time_stamp(text):
            stamp = -1 if text.startswith("0:00") else minutes(text)  # (not a player's clock)
            continue
        if flags[i]:
            continue
        before = i > 0 and flags[i - 1]
        after = i + 1 < len(units) and flags[i + 1]
        # (but one word under an ad and over the article's prose is its heading: «Strømbrudd»)
        heading = (
            not after and " " not in text and i + 1 < len(units) and is_prose(units[i + 1].text)
        ) or (not kept and opens_story(text, texts[i + 1 : i + 4]))  # («Anders Frivold» on top)
        if (
            (before or after)
            and not heading
            and (is_name_line(text) or names_line(text))
            and not SCORE_ROW.match(text)
        ):
            continue  # «Kari Nordmann» beside «Journalist» or a byline (not «Celtic 1-1 Rangers»)
        following = units[i + 1].text if i + 1 < len(units) else None
        above = units[i - 1] if i else None  # «Kari Ås og Per Li» over «Ås og meg.»: a caption
        if caption_heading(unit, following, texts, i) or (above and caption_heading(above, text)):
            continue
        if text[-1:].isalpha() and is_signature(text, following):
            continue  # «Lena R. Fidjestad», «Tribune Chronicle»: who wrote or shot it, where
        unit.over_byline = after and is_byline(texts[i + 1])  # (a headline, under a date)
        between = kept and before and after and short_line and text.count(" ") < 8
        if between and not unit.over_byline:
            continue  # below the title, a short line between two pieces of furniture
        prose = prose or (bool(kept) and is_prose(kept[-1].text))
        if not prose and kept and text.lower() in NAV:
            continue  # «Kultur», «News» under the headline, over the prose: the site's section
        if (
            unit.kind == PARAGRAPH
            and is_caps_caption(text)
            and (prose or not is_prose(following or ""))
        ):
            continue  # «RAS: Fleire vegar vart stengde …» between paragraphs, or over the headline
        # (under it the agency's name, «NTB», a signature the loop drops below)
        # (not a widget's line under it: «NRKSport.no fulgte Tromsø - LSK» under the news)
        if (
            before
            and unit.kind == PARAGRAPH
            and between_credits(texts[i - 1], text)
            and following is not None
            and (following.lower() in AGENCIES or is_credit(following))
        ):
            continue  # «Photo: Kari Ås / NTB» / «Støre and Vedum presented …» / «NTB»
        # Above the article, a widget's line: «Det gjer vi for at …» (no entry under a stamp).
        widget_line = (
            not prose
            and before
            and not is_time_stamp(units[i - 1].text)
            # Above everything kept, between two pieces of furniture, a longer line too:
            # «Got a TV Licence?» «You need one to watch live TV …» «Find out more».
            and text.count(" ") < (24 if after and not kept else 14)
            and text.endswith(".")
            and not NAMED_INSIDE.search(text)  # (a lead names: «… Nils T. Døvre, døde …»)
        )
        if widget_line and (after or text.split(maxsplit=1)[0].lower() in POINTING):
            continue
        if stamp >= 0 and unit.kind == PARAGRAPH:
            unit.kind, unit.stamp = LIVE_ENTRY, stamp
        if unit.kind != HEADING:
            stamp = -1
        kept.append(unit)
    return kept


def _top_picture(units: list[Unit], i: int, flags: list[bool]) -> bool:
    """Whether a unit stands above everything kept and above a headline (past its own
    copy): the page's top picture, into whose caption no prose runs on. (Asked only of a
    caption's prose: it reads the units below and the flags above.)"""
    below = next((u.text for u in units[i + 1 :] if u.text != units[i].text), "")
    headline = bool(below) and headline_shaped(below)
    return headline and all(flags)


def is_prose(text: str, kind: str = PARAGRAPH) -> bool:
    """A paragraph of the article, not a title or a widget's line (nor a list's item)."""
    if kind != PARAGRAPH:
        return False
    n_words = text.count(" ") + 1
    return n_words >= 14 or (n_words >= 8 and text.endswith(SENTENCE_END))
