"""A linked story's card under «See also:», «Les også:»: its date, its headline and its teaser.

A related-stories box can give each story as a card of three lines, «Nov 02, 2020», «Wesley So
wins US Championship», then the story's first words. The headline and the teaser read like a
heading and its paragraph; the date over them says they are another story's card.
"""

from __future__ import annotations

import re

from bot.core.furniture import opens_link_block
from bot.core.text import SENTENCE_END

# «Nov 02, 2020», «November 2, 2020», «2. november 2020», «02.11.2020»: a date alone
_DATE_LINE = re.compile(
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2}\.? [A-Za-zæøå]{3,9}\.? \d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{2,4})"
)


def linked_cards(texts: list[str]) -> list[int]:
    """The lines of the cards right after a link block's label: each a date line, a headline
    (no stop) and the teaser under it."""
    found: list[int] = []
    for i, text in enumerate(texts):
        if not opens_link_block(text):
            continue
        at = i + 1
        while (
            at + 2 < len(texts)
            and _DATE_LINE.fullmatch(texts[at].strip())
            and len(texts[at + 1]) <= 120
            and not texts[at + 1].rstrip().endswith(SENTENCE_END)
        ):
            found.extend((at, at + 1, at + 2))
            at += 3
    return found
