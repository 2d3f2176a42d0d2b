"""Drop a page's furniture from its units: captions and credits, bylines, widgets, link
lists, teasers for other stories, stamps (a stamp on its own line makes the next unit a live
entry), and clean what is left of a paragraph (bot/core/furniture.py reads single lines).
"""

from __future__ import annotations

import re

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
from bot.core.captions import (
    ends_in_agency_credit,
    ends_in_credit,
    is_caption,
    is_caption_label,
    prose_before_caption,
)
from bot.core.copies import flag_copies
from bot.core.datelines import caption_over_dateline, over_dateline, strip_dateline
from bot.core.furniture import (
    clean_inline,
    is_credit,
    is_furniture,
    is_time_stamp,
    opens_link_block,
)
from bot.core.hyphens import rejoin_hyphens
from bot.core.link_cards import linked_cards
from bot.core.model import LIVE_ENTRY, PARAGRAPH
from bot.core.name_words import is_signature, writer_in_capitals
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
from bot.core.page_words import AGENCIES, NAV
from bot.core.photos import alt_text, media_blocks
from bot.core.picture_lines import caption_pairs, credited_caption, picture_titles
from bot.core.stamps import SCORE_ROW, minutes
from bot.core.structure import HEADING, POINTING, Unit, is_prose
from bot.core.text import SENTENCE_END, headline_shaped, spaces
from bot.core.titles import caption_heading, names_line, opens_story
from bot.core.widgets import after_widget, boxes, closes_story, is_widget, menu_lines


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
        credited = caption or (i >= 2 and ends_in_agency_credit(unit.text))
        if credited and i >= 2 and (alt_text(texts[i - 1]) or alt_line(texts[i - 1], texts[i])):
            flags[i - 1] = True  # «Constable William 'Bill' Crews» over its caption: alt text
        furniture = i in photos or caption or video_teaser(texts, i) or page_line(unit.text)
        furniture = furniture or ticker_line(texts, i) or caption_over_dateline(texts, i, is_byline)
        furniture = furniture or link_list_head(texts, i)  # (a link list's, not a heading)
        # («TAKLING: …» over «Publisert …», or on top over the headline: the top picture's)
        furniture = furniture or top_picture_caption(texts, i)
        furniture = furniture or credited_caps_caption(unit.text) or caps_caption_run(texts, i)
        furniture = furniture or credit_line(texts, i)  # «|MET OFFICE», and its caption:
        # (not the page's headline, no stop, over its top picture's credit: «Credit: PA»)
        headline = i == 0 and texts[0][-1:] not in ".!?"
        over_credit = i + 1 < len(units) and caption_over_bar_credit(*texts[i : i + 2])
        furniture = furniture or (over_credit and not headline)
        furniture = furniture or credited_caption(unit.text)  # «… Finnmark. (Høyre)»
        if not furniture:
            text = clean_inline(unit.text)
            if i < 3 and (text[:5] == "fbpx " or text.endswith(_SKIP_ENDS)):
                text = _PAGE_EDGES.sub("", text)  # (the page's top lines)
            text = without_byline(strip_dateline(rejoin_hyphens(text), texts))
            unit.text = after_widget(text)  # («Your support makes all the difference.American …»)
            furniture = is_furniture(unit.text) or is_widget(unit.text) or site_section(texts, i)
            # «- Emily Ashton»: a byline under a dash, read as a list of one
            furniture = furniture or (unit.dash and unit.alone and is_notice(f"- {unit.text}"))
        flags.append(furniture)
    # a deck or the top picture's caption (the story opens on its dateline); a linked story's card
    for i in over_dateline(texts, flags) + linked_cards(texts):
        flags[i] = True
    # (a picture's title over its caption, its caption in two forms: «ble» / «blei evakuerte»)
    cleaned = [unit.text for unit in units]
    for i in picture_titles(cleaned, flags) | caption_pairs(cleaned):
        flags[i] = True
    flag_copies(cleaned, flags)
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
        if (text[-1:].isalpha() or text[-1:] == ":") and is_signature(text, following):
            continue  # «Lena R. Fidjestad», «Tribune Chronicle»: who wrote or shot it, where
        # (a headline, under a date; not a caption over its picture's credit: «PA Images»)
        unit.over_byline = after and is_byline(texts[i + 1]) and not is_credit(texts[i + 1])
        between = kept and before and after and short_line and text.count(" ") < 8
        if between and not unit.over_byline and not kept[0].text.endswith(text):
            continue  # below the title, a short line between two pieces of furniture (not the
            # headline a trail ran into on top: «News World US House swept away …»)
        prose = prose or (bool(kept) and is_prose(kept[-1].text))
        if prose and _stray_headline(units, i, texts[i]):
            continue  # «SpaceX swiftly delivers four astronauts to … within 15 hours of launch»
        if not kept and _BRAND.fullmatch(text) and text[:2] != "Mc" and text[:3] != "Mac":
            continue  # «TribLIVE», «WalesOnline» on top: the site's name, no headline
        if not prose and kept and text.lower() in NAV:
            continue  # «Kultur», «News» under the headline, over the prose: the site's section
        if not prose and kept and writer_in_capitals(text, following):
            continue  # «ARNE HEIMESTØL» under the headline, a story that never names him
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
            and not _tells_the_title(text, kept)  # («Ni avganger … med Widerøe … kansellert»)
        )
        if widget_line and (after or text.split(maxsplit=1)[0].lower() in POINTING):
            continue
        if stamp >= 0 and unit.kind == PARAGRAPH:
            unit.kind, unit.stamp = LIVE_ENTRY, stamp
        if unit.kind != HEADING:
            stamp = -1
        kept.append(unit)
    return kept


def _tells_the_title(text: str, kept: list[Unit]) -> bool:
    """Whether a sentence says two of the title's longer words (by their first five letters):
    the lead under it, though two widgets stand around it («Artikkelen fortsetter under
    annonsen» / «Ni avganger og ankomster med Widerøe … ble kansellert …» / «Denne
    artikkelen er over ett år gammel …»)."""
    if not kept:
        return False
    title = {w[:5].lower() for w in kept[0].text.split() if len(w) > 4}
    return len(title & {w[:5].lower() for w in text.split() if len(w) > 4}) >= 2


_SKIP_ENDS = ("innhold", "innhald", "innholdet", "innhaldet", "content")
_BRAND = re.compile(r"[A-Z][a-z]+(?:[A-Z]{2,}|[A-Z][a-z]+)")
# A page's top line, its headline between a tracking pixel's text and a screen reader's link:
# «fbpx Helse Bergen får … Hopp til hovedinnhold»
_PAGE_EDGES = re.compile(
    r"^fbpx\s+|\s+(?:Hopp til (?:sidens )?(?:hovedinnhold|innhold|innhald)(?:et)?|"
    r"Skip to (?:main )?content)$"
)


def _top_picture(units: list[Unit], i: int, flags: list[bool]) -> bool:
    """Whether a unit stands above everything kept and above a headline (past its own
    copy): the page's top picture, into whose caption no prose runs on. (Asked only of a
    caption's prose: it reads the units below and the flags above.)"""
    below = next((u.text for u in units[i + 1 :] if u.text != units[i].text), "")
    headline = bool(below) and headline_shaped(below)
    return headline and all(flags)


_HEADLINE_SPACES = 8  # a crosshead has eight words at most; a longer line is a headline
_LIST_SPACES = 5  # (in a list of others' headlines, six words or more each)
_LONGEST_HEADLINE = 24  # (a line longer still is a paragraph that lost its stop)
_STOP_INSIDE = re.compile(r"[.!?][»”\"')]? [A-ZÆØÅ(«“\"]")


def _stray_headline(units: list[Unit], i: int, written: str) -> bool:
    """A headline of nine words or more between the story's paragraphs, no stop after it:
    another story's, linked (or a fact box's line), not a crosshead over the paragraph under it,
    nor the page's own headline put below a promo, its lead under it. Two such lines or more in
    a row, of six words or more, are a list of other stories' headlines. (`written`: the line
    as the page wrote it, its label not yet cleaned off.)"""
    run = i
    while run < len(units) and _headline_shaped(units[run], _LIST_SPACES):
        run += 1
    if run == i or run == len(units) or not is_prose(units[run].text):
        return False
    text = units[i].text
    if run - i >= 2:
        return True
    if ": " in written:
        return False  # (a caption whose label went: «AVGJORDE: Kari Moe stupte inn målet …»)
    return (
        _headline_shaped(units[i], _HEADLINE_SPACES)
        and len(_stems(text) & _stems(units[run].text)) < 2
    )  # (the page's own, over its lead: told)


def _headline_shaped(unit: Unit, least: int) -> bool:
    text = unit.text
    return (
        (text[-1:].isalnum() or text[-1:] in "’)'\"”»")  # (most paragraphs end on a stop: first)
        and unit.kind in (HEADING, PARAGRAPH)
        and least <= spaces(text, _LONGEST_HEADLINE) < _LONGEST_HEADLINE
        and not _STOP_INSIDE.search(text)  # (a paragraph whose last stop was lost: two sentences)
        and not text.startswith(("–", "—", "-", "«", '"', "“"))
    )


def _stems(text: str) -> set[str]:
    return {word[:5] for word in _LONG_WORD.findall(text.lower())}


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
