"""A case-blind search on lower-cased text, and the pattern surgery it rests on: a long list
of phrases as one pattern, its alternatives grouped by their first letter."""

from __future__ import annotations

import re

# The letters lower() reads otherwise than a case-blind match: İ (two characters when
# lowered), ı and ſ (which a case-blind i and s match, though they stay as they are).
_ODD_CASE = "İıſ"  # (not in a Latin-1 text: `in` tells at once; a regex scans it)
_UPPER_ESCAPES = re.compile(r"\\[ABDSWZ]")


def odd_case(text: str) -> bool:
    """Whether the text has a letter lower() reads otherwise than a case-blind match."""
    return any(map(text.__contains__, _ODD_CASE))


class CaseBlind:
    """A case-blind search made on the lower-cased text: several times faster than
    re.IGNORECASE, which gets no fast scan for a pattern's first letters.

    Exact for a pattern without capitals: lower() keeps every character's length, and
    whether it is a letter, a digit or a space, but for the few letters of _ODD_CASE; a
    text with one of those gets the IGNORECASE search.

    Of a pattern of many alternatives (a list of phrases), the engine tries each one at
    every position of the text: the alternatives anchored at the start (`^…`) are tried
    there alone, and the others are grouped by their first letter, so one try a position
    tells most of them out.
    """

    __slots__ = ("_blind", "_floating", "_start")

    def __init__(self, pattern: str) -> None:
        if _UPPER_ESCAPES.sub("", pattern) != _UPPER_ESCAPES.sub("", pattern).lower():
            raise ValueError(f"a capital in {pattern!r}")
        self._blind = re.compile(pattern, re.IGNORECASE)
        self._start: re.Pattern[str] | None = None
        self._floating: re.Pattern[str] | None = None
        if _WHOLE.search(pattern):  # (a back-reference or a global flag: read it whole)
            self._floating = re.compile(pattern)
            return
        parts = alternatives(pattern)
        start = [a[1:] for a in parts if a.startswith("^")]
        floating = _by_first_letter([a for a in parts if not a.startswith("^")])
        self._start = re.compile("|".join(start)) if start else None
        self._floating = re.compile(floating) if floating else None

    def found(self, text: str) -> bool:
        if odd_case(text):
            return self._blind.search(text) is not None
        lower = text.lower()
        return (self._floating is not None and self._floating.search(lower) is not None) or (
            self._start is not None and self._start.match(lower) is not None
        )


_WHOLE = re.compile(r"\\\d|\(\?P=|\(\?[aiLmsux]+\)")
_SPECIAL = frozenset("\\.^$*+?{}[]()|")
_QUANTIFIERS = ("?", "*", "+", "{")


def grouped(pattern: str) -> str:
    """The same pattern, its top-level alternatives grouped by their first letter: one try
    a position tells most of them out (an alternation of fifty words is tried word by word)."""
    return _by_first_letter(alternatives(pattern))


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (outside groups and character classes)."""
    found: list[str] = []
    depth, start, at, in_class = 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 1  # an escaped character
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += pattern[at + 1 : at + 2] == "^"  # (a «]» first in a class is a member)
            at += pattern[at + 1 : at + 2] == "]"
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(pattern[start:at])
            start = at + 1
        at += 1
    found.append(pattern[start:])
    return found


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternatives as one pattern, those that open on a plain character grouped by
    it: «foto|fakta|bilde» → «f(?:oto|akta)|bilde»."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alternative in alternatives:
        first, rest = alternative[:1], alternative[1:]
        if first and first not in _SPECIAL and not rest.startswith(_QUANTIFIERS):
            groups.setdefault(first, []).append(rest)
        else:
            others.append(alternative)
    grouped = [
        # (one alternative that ends there: the others can only match where it does)
        re.escape(first) + ("" if "" in rests else f"(?:{'|'.join(rests)})")
        for first, rests in groups.items()
    ]
    return "|".join(grouped + others)
