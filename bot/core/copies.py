"""Text a page gives twice: a photo's caption and its alt text, or a headline repeated.

bot/core/structure.py flags furniture unit by unit; these are the flags a unit gets from
the units beside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.captions import is_caption
from bot.core.furniture import is_furniture


def flag_copies(texts: list[str], flags: list[bool]) -> None:
    """A line the page gives twice in a row is a photo caption and its alt text; on top
    of the page, a headline without a full stop given twice is still the headline. A
    sentence given twice in one unit («… on Saturday (May 13).Abington Street …») is a
    caption and its alt text run together, and so is each copy of it."""
    for i, text in enumerate(texts):
        half = _doubled(text)
        if half:
            flags[i] = True
            for j in range(i + 1, min(i + 3, len(texts))):
                flags[j] = flags[j] or texts[j] == half
    for i in range(len(texts) - 1):
        j, text = i + 1, texts[i]  # a widget («1-MIN READ») may stand between the two
        while j < len(texts) - 1 and flags[j] and not texts[j].startswith(text):
            j += 1
        following = texts[j]
        if not text or not following.startswith(text):
            continue
        # The copy may carry the credit: «… (Bilde: Aftenposten)»; a paragraph that only
        # opens with a heading's words («Reaksjoner» → «Reaksjoner kom raskt …») is no copy.
        rest = following[len(text) :].strip()
        if rest and j == i + 1 and flags[j]:
            flags[i] = True  # «Deaths top 450,000» over its video «Deaths top 450,000 as … 03:47»
        elif not rest or is_caption(following) or is_furniture(rest):
            # (a headline on top; a standfirst under it and a label, given again as the lead)
            above = sum(not f for f in flags[:i])
            headline = (above <= 2 and text.count(" ") >= 8 and text[-1] == ".") or (
                not any(not f for f in flags[:i])
                and not text.endswith(".")
                # not «The Guardian - UK» over every page
                and sum(any(c.isalpha() for c in w) for w in text.split()) >= 5
            )
            flags[j] = True
            flags[i] = flags[i] or not headline


def _doubled(text: str) -> str:
    """The sentence a text gives twice over, with or without a space between; or ""."""
    n = len(text)
    for gap in (0, 1):
        half = (n - gap) // 2
        if half >= _MIN_DOUBLED and n == 2 * half + gap and text[:half] == text[half + gap :]:
            return text[:half]
    return ""


_MIN_DOUBLED = 20  # characters: a caption, not a chant («Ja, ja»)


# A figure of thousands: «145 000», «144.888», «12,500», «30000» (not a year: «2022»).
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \xa0.,]\d{3})+(?![\d.,]\d)|(?<![\d.,])\d{5,}")
_NEAR = 0.02  # two figures this close are one, rounded


def same_figure(text: str, other: str) -> bool:
    """Whether two texts give one figure of thousands, rounded or not: «Nær 145 000» and
    «144 888»."""
    mine = _figures(text)
    theirs = _figures(other) if mine else ()
    return any(abs(a - b) <= _NEAR * max(a, b) for a in mine for b in theirs)


@lru_cache(maxsize=256)
def _figures(text: str) -> tuple[int, ...]:  # (a bullet is compared with each one kept)
    return tuple(int(_NOT_DIGIT.sub("", f)) for f in _FIGURE.findall(text))


_NOT_DIGIT = re.compile(r"\D")
