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

    def date_text(self, text: str | None) -> str:
        """A stored date (`2026-11-30`, `2026-11`) as a reader writes it; other text as it is."""
        value = (text or "").strip()
        try:
            if len(value) >= 10 and value[4] == "-" and value[7] == "-":
                return self.date(dt.date.fromisoformat(value[:10]))
            if len(value) == 7 and value[4] == "-":
                month = dt.date(int(value[:4]), int(value[5:7]), 1)
                return format_date(month, "MMMM y", self.language)
        except ValueError:
            pass
        return value

    def weekday_date(self, day: dt.date) -> str:
        """«mandag 30. november», «Monday 30 November»: a daily digest's header."""
        pattern = "EEEE d MMMM" if self.language == ENGLISH else "EEEE d. MMMM"
        return format_date(day, pattern, self.language)


class Said(ValueError):
    """A refusal a user can act on: English as `str(error)`, any language with `said`.

    Raise it with a message marked for the catalogue and its values:
    `raise TimeError(N_("«%(text)s» is not a time."), text=typed)`.
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message % params if params else message)
        self.message = message
        self.params = params

    def said(self, words: Words) -> str:
        """The message in the language of `words`."""
        text = words.gettext(self.message)
        return text % self.params if self.params else text


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
