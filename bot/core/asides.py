"""What an aside between commas or dashes holds that the sentence cannot lose."""

from __future__ import annotations

import re

from bot.core.quote_marks import opens_quote


def only_figures(insertion: str, text: str) -> bool:
    """Whether an insertion holds the sentence's only figures."""
    if not any(c.isdigit() for c in insertion):
        return False
    return not any(c.isdigit() for c in text.replace(insertion, ""))


# A name, a spaced dash and a name: a stretch of road or a route («fylkesveg 50 Hol – Aurland»,
# «the Oslo – Bergen line»), not a dash opening an aside.
_NAMES_DASHED = re.compile(r"\b[A-ZÆØÅ][\w-]* [–—] [A-ZÆØÅ]")


def joins_names(aside: re.Match[str]) -> bool:
    """Whether one of a dash aside's dashes joins two names: «50 Hol – Aurland og 53 Tyin –
    Årdal» names two roads; dropping «– Aurland og 53 Tyin –» would leave a road that is not."""
    text, start, end = aside.string, aside.start(), aside.end()
    return any(
        _NAMES_DASHED.match(text, text.rfind(" ", 0, at - 1) + 1, at + 4) is not None
        for at in (start + 1, end - 1)
    )


def names_next(aside: re.Match[str]) -> bool:
    """Whether an aside names the one the words after it describe: «…, according to Dr
    Anthony Fauci, the government's top expert, who said …» (without him, his apposition is
    left behind); or gives the figure they measure: «…, which it has cut by 60 million tonnes
    a year since 2012, the equivalent of taking 30 million cars off the road» (without it,
    the cars measure what the sentence said before)."""
    if any(c.isdigit() for c in aside.group()) and _MEASURE_NEXT.match(aside.string, aside.end()):
        return True
    return bool(_NAME_LAST.search(aside.group())) and bool(
        _APPOSITION_NEXT.match(aside.string, aside.end())
    )


_MEASURE_NEXT = re.compile(
    r" ?(?:the equivalent|equivalent|equal|enough|roughly the|about the|or about|or roughly|"
    r"tilsvarende|tilsvarande|nok til|det samme som|like mye som)\b"
)


_NAME_LAST = re.compile(r"[A-ZÆØÅ][\w'’-]+,$")
_APPOSITION_NEXT = re.compile(r" (?:the|a|an|en|ei|et|ein|eit) [^,.;:]{2,80},")


def quoted(aside: re.Match[str]) -> bool:
    """Whether an aside lies inside quote marks: a speaker's words are not ours to shorten
    in the middle («… would occur, where children were playing, where families were …» had
    lost its «where children were playing»)."""
    return opens_quote(aside.string[: aside.start()])


# An aside that says what a word means: «…, altså dei som kan jobbe, arbeidslause.»
_TOLD_AS = ("altså ", "dvs. ")


def told_as(aside: re.Match[str]) -> bool:
    """Whether an aside between commas says what a word means: the sentence goes on after
    its comma, whatever the next word («…, altså dei som kan jobbe, | arbeidslause.»)."""
    return aside.group()[1:].lstrip().startswith(_TOLD_AS)


def goes_on_after(rest: str) -> bool:
    """Whether the words after a cut open such an aside, the sentence going on after it: a
    cut there loses the sentence's end («… av arbeidsstyrken, | altså …, arbeidslause.»)."""
    rest = rest.lstrip(", ")
    return rest.startswith(_TOLD_AS) and "," in rest
