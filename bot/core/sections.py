"""Group an article's units into sections: choose the title and the headings.

The units come from bot/core/structure.py, furniture already dropped.
"""

from __future__ import annotations

import re

from bot.core.datelines import place_over_lead
from bot.core.furniture import is_section_label
from bot.core.headlines import (
    caption_over_headline,
    dash_heading,
    headline_over_byline,
    headline_under,
    in_capitals,
    kicker,
    short_caption,
    take_headline,
    title_like,
    top_caption,
)
from bot.core.interviews import name_answers
from bot.core.live_entries import entries_newest_first
from bot.core.model import LIST_ITEM, LIVE_ENTRY, PARAGRAPH, TURN, Section
from bot.core.page_words import ends_open
from bot.core.quote_intros import speakers_after_quotes, speakers_before_quotes
from bot.core.speakers import SAID_AFTER, SPEAKER_NAME
from bot.core.stamps import SCORE_LINE, SCORE_ROW, TEAM_SCORE
from bot.core.structure import HEADING, TITLE, Unit, is_heading, is_prose
from bot.core.text import SENTENCE_END, spaces
from bot.core.titles import (
    breadcrumb_over,
    in_title,
    live_label,
    masthead,
    name_line,
    page_title_over,
    repeats_title,
    site_name,
    tag_line,
    told_below,
    without_title_run_in,
)


def assemble(
    units: list[Unit], *, find_title: bool, interviewee: str | None = None
) -> tuple[str | None, list[Section]]:
    """Choose the title and headings, and group the units into sections; `interviewee`
    is the person a fact box or the first question named (interviews.named_interviewee)."""
    units = _join_broken(units)
    title = _take_title(units, find_title=find_title)
    del units[: place_over_lead(units)]  # «ÅRNES» over «… ved Årnes søndag.»: its dateline
    if title and units and units[0].kind == PARAGRAPH:
        units[0].text = without_title_run_in(units[0].text, title)
    units = speakers_before_quotes(speakers_after_quotes(_speakers_to_quotes(units)))
    units = name_answers(units, title, interviewee)
    runs = _list_runs(units)
    sections: list[Section] = []
    heading: str | None = None
    members: list[Unit] = []
    for i, unit in enumerate(units):
        following = units[i + 1] if i + 1 < len(units) else None
        listed = _listed(units, i)
        if listed and unit.alone and unit.kind == PARAGRAPH:
            unit.kind = LIST_ITEM  # «Tonje Brenna er ny nestleder» alone under «… valde:»
        if _is_heading_unit(unit, following, runs) and not listed:
            first = not sections and not members and heading is None
            if title and (  # («Summary» under the title: its box's label, the box the lead)
                repeats_title(unit.text, title)
                or (first and (in_title(unit.text, title) or unit.text.lower() == "summary"))
            ):
                if not any(is_prose(m.text, m.kind) for m in members):
                    heading, members = None, []  # (a rail's lines over it: the page's)
                    sections = [s for s in sections if any(map(is_prose, s.paragraphs))]
                continue  # the headline again over its story (a live feed's first entry)
            text = f"{unit.number}. {unit.text}" if unit.number else unit.text
            text = f"– {text[2:]}" if text[:2] == "- " else text  # a quote's dash: «– Frivillig …»
            if members and _QUOTED_NAME.fullmatch(members[-1].text):  # a work's name over its date
                text = f"{members.pop().text} – {text}"  # («Kings Bay» / «Premiere 27. januar»)
            if members or heading is not None:
                sections.append(_section(heading, members))
            heading, members = text.rstrip(":").strip(), []
        else:
            members.append(unit)
    if members or heading is not None:
        sections.append(_section(heading, members))
    return title, _merge_empty(sections)


def _join_broken(units: list[Unit]) -> list[Unit]:
    """Sentences a page broke into blocks («… bean costs,» / «Reuters reported …»), joined."""
    kept: list[Unit] = []
    for unit in units:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.kind == unit.kind == PARAGRAPH
            and spaces(before.text, 4) >= 4
            and (
                before.text.endswith(",")
                or (
                    not before.text.endswith((*SENTENCE_END, ":", ";"))
                    and unit.text[:1].islower()
                    and not unit.text[1:2].isupper()  # («iPhone-brukere …»)
                    # (not a page's «on» left of «Published on»; but «… var på» / «ulykkesstaden
                    # onsdag.», a sentence a picture cut)
                    and (unit.text.count(" ") >= 2 or ends_open(before.text))
                )
            )
        ):
            before.text = f"{before.text} {unit.text}"
            continue
        kept.append(unit)
    return kept


_SPEAKER_LINE = re.compile(f"^{SPEAKER_NAME}:$")  # a vox pop's speaker over the quote: «Kari Ås:»
_QUOTED_NAME = re.compile(r"«[^«».!?]{2,60}»|“[^“”.!?]{2,60}”")  # a film's, a book's, alone


def _speakers_to_quotes(units: list[Unit]) -> list[Unit]:
    """«Kari Ås, Brann:» over «– Vi vinner.» is one quote with its speaker in front."""
    kept: list[Unit] = []
    for unit, following in zip(units, [*units[1:], None], strict=False):
        if (
            following is not None
            and unit.kind == PARAGRAPH
            and following.kind in (PARAGRAPH, LIST_ITEM)
            and following.text.startswith(("–", "—", "- ", "«"))
            and _SPEAKER_LINE.match(unit.text)
        ):
            following.kind = PARAGRAPH
            dash = "– " if following.text.startswith("- ") else ""
            following.text = f"{unit.text} {dash}{following.text.removeprefix('- ')}"
            continue
        kept.append(unit)
    return kept


def _list_runs(units: list[Unit]) -> dict[int, int]:
    """Number the runs of adjacent list items, numbered or not; a lone «- …» line is a dash
    line, no list. Rows of results («Viking - Rosenborg 1–5») are a list too."""
    rows = [unit.kind == PARAGRAPH and SCORE_ROW.match(unit.text) is not None for unit in units]
    for i, unit in enumerate(units):
        if rows[i] and ((i > 0 and rows[i - 1]) or (i + 1 < len(rows) and rows[i + 1])):
            unit.kind = LIST_ITEM
    runs: dict[int, int] = {}
    run = 0
    for i, unit in enumerate(units):
        if unit.kind != LIST_ITEM:
            continue
        above = units[i - 1] if i else None  # («1. Van driver killed …» under bullets: a run)
        if above is None or above.kind != LIST_ITEM or bool(above.number) != bool(unit.number):
            run += 1
        unit.run = run
        runs[run] = runs.get(run, 0) + 1
    speech = {u.run for u in units if u.kind == LIST_ITEM and u.dash and _speech(u.text)}
    voices = {u.run for u in units if u.kind == LIST_ITEM and u.dash and _voice(u.text)}
    for unit in units:
        if unit.kind != LIST_ITEM or not unit.dash:
            continue
        # An interview typed with hyphens: «- Hva skjedde?» «- Vi har vært ..., sier han.»
        if runs[unit.run] == 1 or (unit.run in speech and unit.run in voices):
            unit.kind, unit.text = PARAGRAPH, f"- {unit.text}"
    return runs


# A speaker's own voice: «jeg», «vi», «eg», «me», «du», «man», «I», «we»; or a question.
_VOICE = re.compile(r"(?i:\b(?:jeg|eg|vi|me|oss|meg|du|dere|man|we|us|my|our)\b)|\bI\b|\?$")


def _speech(text: str) -> bool:
    return SAID_AFTER.search(text) is not None


def _voice(text: str) -> bool:
    return _VOICE.search(text.rstrip(' »”"')) is not None


_SUMMARY_LABELS = frozenset(
    (
        "summary",
        # (a live blog's labels: «Evening summary» over its points)
        *("morning summary", "evening summary", "closing summary", "opening summary"),
        *("key events", "key updates", "what we know", "what we know so far"),
        "key points",
        "what you need to know",
        "the latest",
        "oppsummert",
        "oppsummering",
        "samandrag",
        "sammendrag",
        "kort fortalt",
        "siste nytt",
    )
)


def _take_title(units: list[Unit], *, find_title: bool) -> str | None:
    """Remove and return the title, and any kicker lines over it."""
    marked = next((i for i, u in enumerate(units) if u.kind == TITLE), None)
    if marked is not None:
        if all(kicker(u) for u in units[:marked]) and marked <= 2:
            title = units[marked].text
            del units[: marked + 1]
            return title
        units[marked].kind = HEADING  # an h1 below the text is a heading
    if not find_title:
        return None
    del units[: headline_over_byline(units)]  # a weather box, a date over «Council OKs …»
    if len(units) >= 3 and page_title_over(units[0], units[1]):
        del units[0]  # «Oscars 2020: Live updates … | Star-Advertiser» over the headline alone
    if len(units) >= 3 and breadcrumb_over(units[0], units[1]):
        # «Heim Nyhende Kan bli …» over «Kan bli …»: the trail, then the title, which the
        # trail names (not a kicker over the standfirst below it)
        del units[0]
        return units.pop(0).text
    while len(units) >= 3 and name_line(units[0].text) and name_line(units[1].text):
        del units[0]  # «Hilde Kristin Strand» / «Erlend Spurkeland»: who took and wrote it
        if not name_line(units[1].text):
            del units[0]
    if units and is_section_label(units[0].text):
        del units[0]  # «Sport» over the story names the site's section
    elif len(units) >= 4 and tag_line(units[0].text) and caption_over_headline(*units[1:4]):
        del units[:2]  # «Samfunn», then the top picture's caption, one sentence over the headline
        return units.pop(0).text
    elif len(units) >= 2 and tag_line(units[0].text) and is_prose(units[1].text, units[1].kind):
        del units[0]  # «Orkland» over the story's prose: the page's tag, no headline
    elif len(units) >= 3 and site_name(units[:4]) and title_like(units[1], units[2]):
        del units[0]  # «The Canadian Press - ONLINE EDITION», «Shropshire Star» over the headline
    if (
        len(units) >= 3
        and kicker(units[0])
        # (longer, or under a label in capitals: «SOMMERSELFIE MED NYE REKTORER»)
        and (len(units[1].text) > len(units[0].text) or in_capitals(units[0].text))
        and title_like(units[1], units[2])
        and not told_below(units[0].text, units[1].text)
        # (not «Pinlig for Støre» over its standfirst's sentence: a headline of few words)
        and (units[0].text.count(" ") < 2 or not units[1].text.endswith("."))
        and not SCORE_LINE.match(units[0].text)  # (a match's score is its headline)
        and not TEAM_SCORE.match(units[0].text)  # («Kilkenny 0-18» over «Tipperary 0-17»)
    ):
        del units[0]
    if units and units[0].text.lower().rstrip(":") in _SUMMARY_LABELS:
        return None  # a live page's «Summary» box heads its points, not the article
    run = 0
    while run < len(units) and _teaser_line(units[run]):
        run += 1
    quotes = sum(unit.kind == LIST_ITEM for unit in units[:run])  # (not a list of points)
    if 3 <= run < len(units) and units[run].kind == PARAGRAPH and 2 * quotes < run:
        # others' headlines over its own: a score, or the last the story says two words of, the
        # lines under it its picture's alt and caption («Crowds at Finsbury Park» / «…»)
        below = set(_WORD.findall(" ".join(unit.text for unit in units[run : run + 3]).lower()))
        said = [len(set(_WORD.findall(unit.text.lower())) & below) for unit in units[:run]]
        last = max((k for k in range(run) if said[k] >= 2), default=run - 1)
        last = next((k for k in range(run) if SCORE_LINE.match(units[k].text)), last)
        del units[last + 1 : run]
        del units[: last if said[last] else last + 1]
    lone_dash = len(units) >= 2 and units[0].kind == LIST_ITEM and units[0].dash
    # («- Skuffelsen er enorm» on top: a quote; over «- Det var …, seier Rita Langø.» too)
    if lone_dash and (units[1].kind != LIST_ITEM or SAID_AFTER.search(units[1].text)):
        units[0].kind, units[0].text = PARAGRAPH, f"– {units[0].text}"
    if len(units) >= 3 and TEAM_SCORE.match(units[0].text) and TEAM_SCORE.match(units[1].text):
        return f"{units.pop(0).text}, {units.pop(0).text}"  # «Tipperary 3-25» / «Kilkenny 0-20»
    if len(units) >= 3 and units[0].text.endswith(".") and headline_under(*units[:3]):
        # a standfirst over «Strømsgodset-Rosenborg 3-3», or over the headline it retells
        return units.pop(1).text
    if len(units) >= 3 and top_caption(*units[:3]):
        del units[0]  # «Ulukke: Ein person er stadfesta omkomen, …» over «MC-førar omkom …»
        return units.pop(0).text
    if (
        len(units) >= 3
        and units[0].text.endswith(":")
        and ". " not in units[0].text  # (a paragraph's: «… i Norge. Her er noen av hovedpunktene:»)
        and not TEAM_SCORE.match(units[1].text)  # (a round's results: «Brann - Viking 3–0»)
        and title_like(units[1], units[2])
    ):
        return f"{units.pop(0).text} {units.pop(0).text}"  # «Over 2100 døde …: – Folk graver …»
    if len(units) >= 2 and title_like(units[0], units[1]):
        del units[: _headline_below(units)]  # a caption or a site's slogan over the headline
        return take_headline(units)  # (and its deck: «Thousands of passengers left stranded»)
    if len(units) >= 3 and short_caption(units[0], units[2]) and caption_over_headline(*units[:3]):
        del units[0]  # «Anne-Cath Vestly ble 88 år gammel.» over «Hele Norges mormor er død»
        return units.pop(0).text
    return None


_WORD = re.compile(r"\w{4,}")
_BELOW = 4  # units under a first line that would say a word of it, were it the headline
_MENU_LINES = 8  # a menu left between a slogan and the headline
# A site's slogan speaks of its news and its readers: «Nyheter for deg som jobber i …»
_SLOGAN = re.compile(r"(?i:\b(?:nyheter|nyheiter|news|newspaper|avisa?|for deg|for you|your)\b)")
_HEADLINE_WORDS = 4  # spaces: a headline under a caption tells the news in five words or more


def _headline_below(units: list[Unit]) -> int:
    """Where the headline is when the first line says no word the next units say (a caption,
    «Advokat Kari Ås representerte klienten.», a slogan, «Chiangmai's First English Language
    Newspaper»): the line under the sentence, or under the slogan's menu of short lines, that
    the prose below it tells; 0 when there is none (a title over a crosshead stays)."""
    below = " ".join(unit.text for unit in units[1 : 1 + _BELOW]).lower()
    words = set(_WORD.findall(units[0].text.lower()))
    if not words or words & set(_WORD.findall(below)):
        return 0  # (a headline of short words, «E6 stengt», says too little to tell)
    for k in range(1, min(len(units) - 1, _MENU_LINES + 2)):
        line, prose = units[k], units[k + 1]
        if title_like(line, prose) and told_below(line.text, prose.text):
            # (a caption's sentence, or a slogan over a menu: not a title over a crosshead;
            # a headline says what happened, in more words than a review's film's name)
            # (or a slogan of five words or more, its menu gone: «Nyheter for deg som …»)
            # (or a masthead's capitals the story never says: «Express & Star»)
            slogan = spaces(units[0].text, 4) >= 4 and _SLOGAN.search(units[0].text) is not None
            caption = units[0].text.endswith(".") or k >= 2 or slogan or masthead(units[0].text)
            told = caption and spaces(line.text, _HEADLINE_WORDS) >= _HEADLINE_WORDS
            return k if told and is_prose(prose.text, prose.kind) else 0
        if spaces(line.text, 8) >= 8 or line.text.endswith(SENTENCE_END):
            return 0  # the story's prose: no menu and no headline under the first line
    return 0


def _teaser_line(unit: Unit) -> bool:
    """A headline alone on its line: no stop, no label («Breaking news: …»), not prose's length."""
    return (
        (unit.kind == PARAGRAPH or (unit.kind == LIST_ITEM and unit.dash))  # («- Det blir …»)
        and 3 <= spaces(unit.text, 25) < 25
        and not (unit.text.endswith((".", "!", ":")) or live_label(unit.text))
    )


def _listed(units: list[Unit], i: int) -> bool:
    """«Fylkestinget samla seg om tre tiltak:» over lines without a list's marks, in its
    block or each alone («Landsmøtet valde:» / «Jonas Gahr Støre er gjenvalgt som
    partileder» / …, short and without stops): each line is an item of the list, no heading."""
    items = units[i].alone and _item(units[i].text)
    for above in reversed(units[max(0, i - _LIST_LINES) : i]):
        if above.kind == PARAGRAPH and above.text.endswith(":") and (items or not above.alone):
            return not units[i].alone or items
        other = above.kind not in _LINES or not (items and _item(above.text))  # (no item above)
        if other and (above.alone or above.kind != PARAGRAPH or units[i].alone):
            return False
    return False


def _item(text: str) -> bool:
    return text.count(" ") < _ITEM_SPACES and not text.removesuffix(")").endswith(SENTENCE_END)


_ITEM_SPACES = 10
_LINES = (PARAGRAPH, LIST_ITEM)


_LIST_LINES = 5


def _is_heading_unit(unit: Unit, following: Unit | None, runs: dict[int, int]) -> bool:
    if unit.kind in (HEADING, TITLE):
        return True
    if unit.spoken or following is None or following.kind in (HEADING, TITLE):
        return False
    if following.kind in (LIST_ITEM, TURN) and unit.text.endswith(":"):
        return False  # «Husk disse punktene:» introduces its list, «Kari Ås sa:» her quote
    if unit.kind == LIST_ITEM:
        # «1. Regjeringen vil …» alone before a paragraph is a numbered subheading; so is
        # «• Sier opp ansatte på Dokka» over its story in a page of news in brief.
        return (
            (bool(unit.number) or not unit.dash)
            and runs.get(unit.run, 0) == 1
            and following.kind != LIST_ITEM
            and is_heading(unit.text, following.text)
        )
    if unit.kind != PARAGRAPH:
        return False
    return is_heading(unit.text, following.text) or dash_heading(unit.text, following)


def _section(heading: str | None, members: list[Unit]) -> Section:
    if any(m.kind == LIVE_ENTRY for m in members):
        members = entries_newest_first(members)
    kinds = tuple(m.kind for m in members)
    plain = all(k == PARAGRAPH for k in kinds)
    return Section(heading, tuple(m.text for m in members), () if plain else kinds)


def _merge_empty(sections: list[Section]) -> list[Section]:
    """A heading with nothing after it is read as a paragraph of the section before."""
    merged: list[Section] = []
    for section in sections:
        if not section.paragraphs and section.heading is not None:
            if merged:
                prev = merged.pop()
                kinds = (*prev.kinds, PARAGRAPH) if prev.kinds else ()
                merged.append(Section(prev.heading, (*prev.paragraphs, section.heading), kinds))
            else:
                merged.append(Section(None, (section.heading,)))
        else:
            merged.append(section)
    return merged
