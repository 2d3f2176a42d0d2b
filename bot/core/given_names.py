"""A speaker a bullet names by the given name alone gets the full name the article gives.

A feature introduces «Hilde Silkoset, seniorrådgivar i Barneombodet» and goes on with «…,
seier Hilde.»; a digest that drops the introduction leaves a reader with a first name and no
person. Where the article names one person, and only one, by that given name and a surname,
the bullet's speaker is that person in full («…, seier Hilde Silkoset.»).
"""

from __future__ import annotations

import re

from bot.core.lexicon import lexicon
from bot.core.roles import is_role
from bot.core.spacing import edited_within

# «…, seier Hilde.»: a single capitalised word as the speaker, at the end. (Norwegian only:
# English capitalises the words after a name too, «Joe Biden Administration», and its
# stories name a speaker by the surname.)
_SAYS = "sier|seier|sa|forteller|fortel|forklarer|forklarar|mener|meiner"  # (both speakers')
_GIVEN_SPEAKER = re.compile(  # (one given name or two: «…, sier Anne Kjersti.»)
    rf", (?:{_SAYS}|legger til|legg til) ([A-ZÆØÅ][a-zæøåé]+(?: [A-ZÆØÅ][a-zæøåé]+)?)(?=[.!]$)"
)
_SURNAME = r"((?:[A-ZÆØÅ][\w'’-]+ )?[A-ZÆØÅ][\w'’-]+)"


def with_full_given_names(
    bullets: list[list[str]], text: str, max_words: int | None
) -> list[list[str]]:
    """The bullets with each speaker named by the given name alone named in full, where the
    article names one such person and the words allow."""

    def named_in_full(bullet: str, room: int | None) -> tuple[str, int]:
        double = _DOUBLE_SPEAKER.search(bullet) if "," in bullet else None
        if double is not None:  # «…, forteller Kvam Ytreland.» after «Kari Kvam Ytreland»
            first = _given_before(double.group(1), text)
            if first is not None and (room is None or room >= 1):
                return f"{bullet[: double.start(1)]}{first} {bullet[double.start(1) :]}", 1
            # (else two given names, maybe: «…, sier Anne Kjersti.»)
        given = _GIVEN_SPEAKER.search(bullet) if "," in bullet else None
        if given is None or _surname(given.group(1), text):
            return bullet, 0
        surnames = {
            found.group(1) for found in re.finditer(rf"\b{given.group(1)} {_SURNAME}\b", text)
        }
        if len(surnames) != 1:
            return bullet, 0
        surname = surnames.pop()
        extra = len(surname.split())
        if room is not None and extra > room:
            return bullet, 0
        return f"{bullet[: given.end()]} {surname}{bullet[given.end() :]}", extra

    return edited_within(bullets, max_words, named_in_full)


def _surname(word: str, text: str) -> bool:
    """Whether the text writes the word after another name inside a sentence: a surname
    («… sa Donald Trump …», then «…, sa Trump.»), no given name."""
    return re.search(rf"(?<=[\w,] )[A-ZÆØÅ][\w'’-]+ {word}\b", text) is not None


# «…, forteller Kvam Ytreland.»: a speaker by a double surname alone, two capitalised words.
_DOUBLE_SPEAKER = re.compile(
    rf", (?:{_SAYS}|opplyser|opplyste) ([A-ZÆØÅ][a-zæøåé]+ [A-ZÆØÅ][a-zæøåé]+)(?=[.!]$)"
)


def _given_before(surname: str, text: str) -> str | None:
    """The one given name the text writes before a double surname: «Kari» of «Kari Kvam
    Ytreland» (not a title, a party's genitive, a compound or a word: «Ordfører Kari Lund»,
    «Høyres Kari Lund», «SV-leder Kari Lund», «Ifølge Kari Lund» name a person the bullet
    names in full already)."""
    givens = {
        found.group(1)
        for found in re.finditer(rf"\b([A-ZÆØÅ][a-zæøåé]{{2,}}) {re.escape(surname)}\b", text)
        if not found.group(1).endswith("s")
        and not is_role(found.group(1).lower())  # (a post first: «Daglegvareekspert Odd …»)
        and not lexicon("nb").known(found.group(1).lower())  # («Lege Kari Lund», «Ifølge …»)
        and found.group(1) != "Ifølgje"
    }
    return givens.pop() if len(givens) == 1 else None
