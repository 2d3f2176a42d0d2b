"""Group an article's units into sections: choose the title and the headings.

The units come from bot/core/structure.py, furniture already dropped.
"""

from __future__ import annotations

import re

from bot.core.datelines import place_over_lead
from bot.core.headlines import (
    dash_heading,
)
from bot.core.interviews import name_answers
from bot.core.live_entries import entries_newest_first
from bot.core.model import LIST_ITEM, LIVE_ENTRY, PARAGRAPH, TURN, Section
from bot.core.page_words import ends_open
from bot.core.quote_intros import speakers_after_quotes, speakers_before_quotes
from bot.core.speakers import SAID_AFTER, SPEAKER_NAME
from bot.core.stamps import SCORE_ROW
from bot.core.structure import HEADING, TITLE, Unit, is_heading, is_prose
from bot.core.text import SENTENCE_END, spaces
from bot.core.text_repairs import PRONOUN_OPENS
from bot.core.title_choice import take_title
from bot.core.titles import (
    in_title,
    repeats_title,
    without_title_run_in,
)


def assemble(
    units: list[Unit], *, find_title: bool, interviewee: str | None = None
) -> tuple[str | None, list[Section]]:
    """Choose the title and headings, and group the units into sections; `interviewee`
    is the person a fact box or the first question named (interviews.named_interviewee)."""
    units = _join_broken(units)
    title = take_title(units, find_title=find_title)
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
            heading, members = _DECORATED.sub(r"\1", text.rstrip(":").strip()), []
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
        # (not the page's headline over a lead that lost its drop cap: «… slams Northeast» /
        # «powerful winter storm bearing down …»)
        headline = (
            before is units[0] and spaces(before.text, 16) < 16 and not ends_open(before.text)
        )
        if (
            before is not None
            and not headline
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
            if before.text[-1] == "," and PRONOUN_OPENS.match(unit.text):
                before.text = f"{before.text[:-1]}."  # «… ved halvtid,» / «Det ble …»: a slip
            else:
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


# A wire's crosshead between dashes: «- Deal lowers tax rate -» (AFP).
_DECORATED = re.compile(r"^[-–—]\s+(.+?)\s+[-–—]$")


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
    if heading and heading[-1:] == "-" and heading[-2:-1].isalpha():
        heading = heading[:-1]  # «Nærmere 3.000 kroner ekstra-»: a hyphen the page left
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
