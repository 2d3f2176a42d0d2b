"""A police log's entries, each opening on its place: «Tromsø: Tønsnes. 18.30. To biler
involvert i en trafikkulykke.» The place is where it happened, which the reader asks; the
street, the time and the weekday after it are no sentence of their own. An entry becomes
«Tromsø: To biler involvert i en trafikkulykke.», read as a live page's entry is."""

from __future__ import annotations

import re

from bot.core.clause_choice import main_clause_in_any_language
from bot.core.model import LIVE_ENTRY, PARAGRAPH
from bot.core.speakers import QUOTE_OPEN
from bot.core.structure import Unit

# «Tromsø: …», «Valnesvatn: …» (a place of one or two words, and a space after its colon)
_PLACE = re.compile(r"([A-ZÆØÅ][\wæøå-]+(?: [A-ZÆØÅ][\wæøå-]+)?): (?=\S)")
# What may follow the place before the news: «Tønsnes.», «18.30.», «Cirka klokka 14.00.»,
# «Fredag formiddag.», «Riksvei 17.»: a few words and a stop.
_NOTE = re.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d)){1,30}\.\s+(?=\S)")  # («17.00» is no stop)
_POLICE = re.compile(r"\b(?:[Pp]olitiet?|[Pp]olitidistrikt|[Pp]olice)\b")
_MIN_ENTRIES = 3  # paragraphs opening on a place that make a log
_NOTE_WORDS = 4


def place_entries(units: list[Unit]) -> None:
    """Make a log's paragraphs its entries, each with its place and the news after it."""
    placed = [(u, p) for u in units if u.kind == PARAGRAPH and (p := _place(u.text))]
    if len(placed) < _MIN_ENTRIES or not any(_POLICE.search(u.text) for u in units):
        return  # (a transcript's «Karen Voss: …» turns are no log's)
    for unit, place in placed:
        rest = unit.text[place.end() :]
        while (note := _NOTE.match(rest)) and _note(note.group()):
            rest = rest[note.end() :]
        unit.kind, unit.text = LIVE_ENTRY, f"{place.group(1)}: {rest}"


def _place(text: str) -> re.Match[str] | None:
    """The place an entry opens on; not a caption's label in capitals («TEKNIKERE: Her ser
    vi …»), a stamp's («Publisert: …») or a speaker's name over his words («Forsvarer: – Han
    har ikke forklart seg»)."""
    place = _PLACE.match(text)
    if place is None or place.group(1).isupper() or place.group(1).lower() in _STAMP_WORDS:
        return None
    return None if text.startswith(_QUOTE_OPENS, place.end()) else place


_STAMP_WORDS = frozenset(("publisert", "oppdatert", "published", "updated", "sist oppdatert"))
_QUOTE_OPENS = (*QUOTE_OPEN, "−")  # (and a minus sign for its dash: «Forsvarer: − Han …»)


def _note(text: str) -> bool:
    """A street, a time, a weekday: a few words that say nothing happened."""
    if text.count(" ") > _NOTE_WORDS:
        return False
    return _TIME.search(text) is not None or not main_clause_in_any_language(text)


_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\b")  # («Cirka klokka 14.00.»: a time)
