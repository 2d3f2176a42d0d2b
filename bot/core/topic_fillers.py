"""The words of every story no reader types as a topic: «saken», «november», «national».

bot.core.topic_words drops them (a name written like one, «Best», «November», too); a
person whose surname is one of them is named in full: «Theresa May», not /may.
"""

from __future__ import annotations

from functools import lru_cache

from bot.core.full_names import named_words
from bot.core.page_words import CALENDAR
from bot.core.stopwords import GENERIC_NOUNS, stopwords

# Nouns that carry no news of their own in any story: «saken», «forholdene».
# And Nynorsk's auxiliary «vert» (becomes), which the dictionary also has as a host.
_FILLER_LEMMAS = frozenset({"sak", "forhold", "vert"})
# The calendar (a date is no topic: /november) and, in English, adjectives of every story
# no ending gives away (/national, /mayoral, /major).
_EVERY_STORY_ADJECTIVES = frozenset(
    "national local regional federal international general mayoral major minor former "  # noqa: SIM905
    "current public private central annual recent main senior junior".split()
)
# «on Nov. 2»: a month written short (not «May», «Mars»: names too)
_SHORT_MONTHS = frozenset("jan feb aug sep sept okt oct nov des dec".split())  # noqa: SIM905
# «Sen. Tillis», «Rep. Rice», «Gov. Newsom»: a title written short is no name; nor is a
# match's «FT:» and «HT:» (full time, half time), nor the police's «OBS-melding»
_HONORIFICS = frozenset("sen rep gov lt sgt capt mr mrs ms dr prof ft ht obs".split())  # noqa: SIM905


@lru_cache(maxsize=8)
def fillers(language: str) -> frozenset[str]:
    found = stopwords(language) | _FILLER_LEMMAS | GENERIC_NOUNS.get(language, frozenset())
    found |= CALENDAR | _SHORT_MONTHS | _HONORIFICS
    return found | (_EVERY_STORY_ADJECTIVES if language == "en" else frozenset())


def filler_name(name: str, text: str, language: str) -> str | None:
    """The full name of a person whose surname is a word of every story: «Theresa May»."""
    words = fillers(language)
    return named_words(text, words).get(name) if name.lower() in words else None
