"""Words a page set in columns broke at a line's end: «par- keringsplassen», «årli- ge»."""

from __future__ import annotations

import re

from bot.core.lexicon import lexicon

_BROKEN = re.compile(r"(?<!\w)([a-zæøå]{2,})- ([a-zæøå]{2,})\b")
# «barne- og ungdomsskolen», «lese- eller skriveferdighet»: a hyphen that stands for a word.
_SUSPENDED = frozenset("og eller and or til enn samt som".split())  # noqa: SIM905
_LANGUAGES = ("nb", "nn")  # (English breaks no words so in the pages read: «well- known»)


def rejoin_hyphens(text: str) -> str:
    """The text with each word broken at a line's end whole again, where the dictionary
    knows the word whole (a compound by its parts)."""
    if "- " not in text:
        return text
    return _BROKEN.sub(_join, text)


def _join(found: re.Match[str]) -> str:
    head, tail = found.group(1), found.group(2)
    if tail in _SUSPENDED:
        return found.group()
    word = head + tail
    for language in _LANGUAGES:
        dictionary = lexicon(language)
        if dictionary.known(word) or dictionary.lemma(word) != word:
            return word
    return found.group()
