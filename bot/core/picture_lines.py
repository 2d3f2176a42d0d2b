"""A picture's lines the page leaves between paragraphs: its title over its labelled caption,
its caption given twice in two forms, a caption closed by its credit in brackets.

«Kirurg øver med robotkirurg» over «ØVER MED ROBOTKIRURGEN: Overlege … øver med …», «Tonje
Camilla Sjaastad og familien ble evakuert» over «… blei evakuerte.», «VARDØ: Hermod Larsen (H)
er varaordførar i Vardø kommune. (Høyre)», «Dallas Mayor Mike Rawlings and Councilman Philip
Kingston (CBS 11)». None of them is a heading or a bullet.
"""

from __future__ import annotations

import re

from bot.core.clause_choice import main_clause_in_any_language
from bot.core.text import SENTENCE_END, spaces

# A caption's label in capitals: «ØVER MED ROBOTKIRURGEN: …»
_CAPS_LABEL = re.compile(r"[A-ZÆØÅ]{2,}(?: [A-ZÆØÅ]{2,}){0,4}: ")
_TITLE_WORDS = 8
_STEM = 5  # letters: «robotkirurg» and «ROBOTKIRURGEN» share «robot»
_WORD = re.compile(r"[^\W\d_]{4,}")


def _stems(text: str) -> set[str]:
    return {word[:_STEM].lower() for word in _WORD.findall(text)}


def picture_titles(texts: list[str], flags: list[bool]) -> set[int]:
    """The short lines over a caption flagged with its label in capitals that give the
    label's words again: the picture's title."""
    found: set[int] = set()
    for i in range(1, len(texts)):
        label = _CAPS_LABEL.match(texts[i]) if flags[i] else None
        line = texts[i - 1]
        if label is None or flags[i - 1] or line.endswith(SENTENCE_END):
            continue
        if (
            spaces(line, _TITLE_WORDS) < _TITLE_WORDS
            and len(_stems(line) & _stems(label.group())) >= 2
        ):
            found.add(i - 1)
    return found


_PAIR_WORDS = 4  # words at least: a caption, not a two-word heading over its paragraph
_PAIR_MAX = 25


def caption_pairs(texts: list[str]) -> set[int]:
    """Two lines in a row with the same words in two forms («ble evakuert» / «blei
    evakuerte.»): a caption and its alt text, one of them in the other written standard."""
    found: set[int] = set()
    words = [text.split() for text in texts]
    for i in range(len(texts) - 1):
        one, other = words[i], words[i + 1]
        if len(one) != len(other) or not _PAIR_WORDS <= len(one) <= _PAIR_MAX:
            continue
        if [w.strip(".,!?") for w in one] == [w.strip(".,!?") for w in other]:
            continue  # (the same words: a copy, bot.core.copies's)
        if all(a[:3].lower() == b[:3].lower() for a, b in zip(one, other, strict=True)):
            found.update((i, i + 1))
    return found


# A caption closed by its credit in brackets: «VARDØ: Hermod Larsen (H) er … Finnmark.
# (Høyre)» (not a wire's credit closing its story: «… (NTB)»), a station's with its channel:
# «Dallas Mayor Mike Rawlings and Councilman Philip Kingston (CBS 11)» (not a party's: «Lan
# Marie Berg (MDG)» heads what she says)
_LABELLED_CREDITED = re.compile(
    r"[A-ZÆØÅ]{3,}(?: [A-ZÆØÅ]{2,}){0,3}: .{10,300}[.!?] "
    r"\((?!(?:NTB|ANB|NPK|AP|AFP|Reuters|TT|dpa|DPA)\))[A-ZÆØÅ][\w .&/-]{1,40}\)"
)
_STATION_CREDIT = re.compile(r" \([A-Z]{2,5} ?\d{1,2}\)$")


def credited_caption(text: str) -> bool:
    if not text.endswith(")"):
        return False  # (most units: both credits close the caption)
    if _LABELLED_CREDITED.fullmatch(text):
        return True
    return (
        _STATION_CREDIT.search(text) is not None
        and spaces(text, 20) < 20
        and not main_clause_in_any_language(_STATION_CREDIT.sub("", text))
    )
