"""The bot's own words in Bokmål, Nynorsk and English: gettext catalogues and Babel dates.

Messages are written in English in the code (the msgid) and looked up in the catalogues
compiled to `bot/locale/<lang>/LC_MESSAGES/digestbot.mo` (shipped in the package; `make
messages` extracts and compiles them with Babel). English needs no catalogue.

Usage: `_ = words(ctx.language).gettext` then `_("No articles yet.")`; a message kept in a
table for later is marked with `N_("...")` and translated where it is shown.
"""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from babel.dates import format_date

LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
ENGLISH = "en"
DOMAIN = "digestbot"
LOCALE_DIR = Path(__file__).parent / "locale"

# What Telegram's `language_code` (IETF tags) or a user may say, to the language we speak.
_ALIASES = {
    "nb": "nb",
    "no": "nb",
    "nob": "nb",
    "bokmål": "nb",
    "bokmal": "nb",
    "nn": "nn",
    "nno": "nn",
    "nynorsk": "nn",
    "en": "en",
    "eng": "en",
    "english": "en",
}


def N_(message: str) -> str:
    """Mark a message for the catalogue without translating it yet."""
    return message


def language_of(code: str | None) -> str | None:
    """The language we speak for a tag such as `nb-NO`, `no`, `en-GB` or `nynorsk`, if any."""
    if not code:
        return None
    tag = code.strip().lower().replace("_", "-")
    return _ALIASES.get(tag) or _ALIASES.get(tag.split("-", 1)[0])


@dataclass(frozen=True)
class Words:
    """The bot's words in one language."""

    language: str
    catalogue: gettext.NullTranslations = field(repr=False, compare=False)

    def gettext(self, message: str) -> str:
        return self.catalogue.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.catalogue.ngettext(singular, plural, n)

    def date(self, day: dt.date) -> str:
        """A date as a reader writes it: «30. november 2026», «30 November 2026»."""
        return format_date(
            day, "d MMMM y" if self.language == ENGLISH else "d. MMMM y", self.language
        )

    def weekday_date(self, day: dt.date) -> str:
        """«mandag 30. november», «Monday 30 November»: a daily digest's header."""
        pattern = "EEEE d MMMM" if self.language == ENGLISH else "EEEE d. MMMM"
        return format_date(day, pattern, self.language)


@cache
def words(language: str | None) -> Words:
    """The words of a language (`nb`, `nn`, `en`); anything else speaks English."""
    lang = language_of(language) or ENGLISH
    if lang == ENGLISH:
        return Words(ENGLISH, gettext.NullTranslations())
    catalogue = gettext.translation(DOMAIN, LOCALE_DIR, languages=[lang], fallback=True)
    return Words(lang, catalogue)


# The words of code that has no chat to ask (tests, the operator's CLI): English.
ENGLISH_WORDS = words(ENGLISH)
