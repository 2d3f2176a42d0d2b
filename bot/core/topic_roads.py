"""The road a traffic story is about: «E39», «Rv 7», «fylkesveg 180», «Highway 6». Its
number makes it no word, so the topic words never hold it; a reader types /e39."""

from __future__ import annotations

import re
from collections import Counter

from bot.core.model import Article, Topic
from bot.core.text import command_name

# (Norwegian roads by their letters; English ones by name, or after «the»: «the M4»)
_ROAD = re.compile(
    r"\b(?:(E|Rv|RV|rv|Fv|FV|fv)\.?[ \xa0]?(\d{1,4})"
    r"|(riksveg|riksvei|fylkesveg|fylkesvei|europaveg|europavei|Riksveg|Riksvei|Fylkesveg|"
    r"Fylkesvei)[ \xa0](\d{1,4})"
    r"|(Highway|Route|Interstate|State Route)[ \xa0](\d{1,4})"
    r"|(?<=the )([AM])(\d{1,4})(?:\(M\))?)\b"
)
_SHORT = {"riksveg": "Rv", "riksvei": "Rv", "fylkesveg": "Fv", "fylkesvei": "Fv"}
_SHORT |= {"europaveg": "E", "europavei": "E"}
_MOST = 1  # a story is about one road (the others are its detours)


def road_names(text: str) -> list[str]:
    """The roads the text names twice or more, most named first: «E39», «Rv 7»."""
    said: Counter[str] = Counter()
    for found in _road_mentions(text):
        letters, number = next(
            (found.group(i), found.group(i + 1)) for i in (1, 3, 5, 7) if found.group(i)
        )
        letters = _SHORT.get(letters.lower(), letters)
        if letters in ("RV", "FV", "rv", "fv"):
            letters = letters.title()
        said[f"{letters}{number}" if letters in ("E", "A", "M") else f"{letters} {number}"] += 1
    return [road for road, n in said.most_common(_MOST) if n >= 2]


def _road_mentions(text: str) -> list[re.Match[str]]:
    """_ROAD's matches, read from where a digit follows a road's letters."""
    found: list[re.Match[str]] = []
    for digits in _DIGITS.finditer(text):
        at = digits.start()
        if not _after_road_letters(text, at):
            continue
        window = _ROAD.finditer(text, max(0, at - 14), at + 5)
        found.extend(match for match in window if match.start() <= at < match.end())
    return list({m.start(): m for m in found}.values())


# (a digit after none of these is no road's; the digit first: the engine skips to it fast)
_DIGITS = re.compile(r"\d(?<=[EVvMAgiye. \xa0]\d)")


def _after_road_letters(text: str, at: int) -> bool:
    """A number right after a road's letters or word («E39», «Rv 7», «rv. 7», «veg 180»)."""
    one, two, three = text[at - 1 : at], text[at - 2 : at - 1], text[at - 3 : at - 2]
    if one in _SPACES:
        return two in _BEFORE_SPACE or (two == "." and three in _ROAD_LETTERS)
    return one in _GLUED or (one == "." and two in _ROAD_LETTERS)


_ROAD_LETTERS = frozenset("EVv")
_GLUED = frozenset("EVvMA")  # «E39», «the M4»
_BEFORE_SPACE = frozenset("EVvgiyeA")  # «E 39», «Rv 7», «veg 180», «Highway 6», «Route 6»
_SPACES = frozenset((" ", "\xa0"))


# A storm's name («ekstremværet «Hans»», «Storm Debi»): a name, though it may be a word of
# the language too («hans», «his»), which the topic words never hold.
_STORM = re.compile(
    r"\b(?:ekstremværet|ekstremvêret|uværet|uvêret|stormen|orkanen|[Ss]torm|[Hh]urricane|"
    r"[Cc]yclone|[Tt]yphoon|Ekstremværet|Ekstremvêret|Uværet|Uvêret|Stormen|Orkanen)"
    r"[ \xa0]«?([A-ZÆØÅ][a-zæøå]{1,15})»?(?![\w-])"
)


# Every word _STORM opens on holds one of these: most texts have none, and `in` is far
# quicker than the pattern's scan.
_STORM_PARTS = ("været", "vêret", "torm", "rkan", "urrican", "yclon", "yphoon")


def storm_names(text: str) -> list[str]:
    """The storm the text names twice or more: «Hans», «Debi»."""
    if not any(map(text.__contains__, _STORM_PARTS)):
        return []
    said = Counter(found.group(1) for found in _STORM.finditer(text))
    return [name for name, n in said.most_common(_MOST) if n >= 2]


def with_roads(
    topics: list[Topic], per_section: list[tuple[str, ...]], article: Article, taken: set[str]
) -> tuple[list[Topic], list[tuple[str, ...]]]:
    """The topics with the road a traffic story is about (/e39: a number, so no topic word
    holds it) and a storm named like a word («Hans»), where the text says it; not a
    command `taken` already."""
    text = article.text
    for road in road_names(text) + storm_names(text):
        name = command_name(road)
        where = tuple(
            i
            for i, section in enumerate(article.sections)
            if road in " ".join((section.heading or "", *section.paragraphs))
        )
        named = any(name in t.command.split("_") for t in topics)  # (/storm_eunice)
        if name not in taken and where and not named:
            at = next(
                (i for i, t in enumerate(topics) if min(t.sections, default=0) >= where[0]),
                len(topics),
            )
            topics.insert(at, Topic(name, road, where))
            per_section[where[0]] = (name, *per_section[where[0]])
    return topics, per_section
