"""An article written all in capitals, as a TV station's script is («THE CITY COUNCIL HAS
ADVANCED THE PROPOSED BUDGET …»): set in sentence case, its paragraphs read as sentences, not
as headings in capitals. Names lose their capitals; that is better than no digest at all."""

from __future__ import annotations

import re

from bot.core.lexicon import lexicon

_UPPER = re.compile(r"[A-ZÆØÅ]")
_LOWER = re.compile(r"[a-zæøå]")
_SAMPLE = 300  # characters a third of the way in, past a page's top («date», «Share»)
_READ = 3000  # characters: enough to tell a script in capitals from a page with some
_LEAST = 200  # capital letters: a short text in capitals is a headline or a notice
_SHARE = 0.95  # of the letters in capitals
# A sentence's first letter: a line's, or after a stop, a quote's mark or a dash
_FIRST_LETTER = re.compile(  # (not after an abbreviation's letters: «i.t. position»)
    r"(^|(?<![.\s][a-z])[.!?]\s+|[«“\"]|[–—]\s)([a-zæøå])", re.MULTILINE
)
_ENGLISH_I = re.compile(r"(?<![\w'’.])i(?=[\s'’,.!?])")


def unshouted(text: str) -> str:
    """The text in sentence case when (nearly) all its letters are capitals."""
    middle = len(text) // 3
    if not text[middle : middle + _SAMPLE].isupper():
        return text  # (most texts: a lower-case letter in a third of the way in)
    upper = len(_UPPER.findall(text, 0, _READ))
    if upper < _LEAST or upper < _SHARE * (upper + len(_LOWER.findall(text, 0, _READ))):
        return text
    lower = text.lower()
    english = lower.count(" the ") > lower.count(" og ")
    words = lexicon("en" if english else "nb")
    # (a word no dictionary has is a name: «moore», «headington»; a month is one in English;
    # an abbreviation's letters keep their capitals: «I.T.», «U.S.»)
    lower = _WORD.sub(
        lambda m: m[0] if words.known(m[0]) and m[0] not in _MONTHS else m[0].title(), lower
    )
    lower = _FIRST_LETTER.sub(lambda m: m[1] + m[2].upper(), lower)
    lower = _DOTTED.sub(lambda m: m[0].upper(), lower)
    return _ENGLISH_I.sub("I", lower) if english else lower


_WORD = re.compile(r"(?<![\w.])[a-zæøå]{3,}(?![\w.])")
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")
_MONTHS = frozenset(
    "january february march april june july august september october november december".split()  # noqa: SIM905
)


# A print page's first words in capitals, the sentence going on in small letters:
# «BIRDWATCHERS FROM all over the country are flocking …», «TWENTY-FIVE people were …».
_CAPS_OPENING = re.compile(r"([A-ZÆØÅ][A-ZÆØÅ'’-]*(?: [A-ZÆØÅ][A-ZÆØÅ'’-]*){0,3}) (?=[a-zæøå])")
_CAPS_LETTERS = 8  # fewer is an acronym's: «NATO said», «POLICE say» (left as written)
_ARTICLES = frozenset("a an the en ei et ein eit".split())  # noqa: SIM905


def caps_opening(text: str) -> str:
    """The paragraph with its first words in capitals set in sentence case, where each is a
    word of the language (not a name's or an acronym's: «NRK», «UEFA»)."""
    found = _CAPS_OPENING.match(text)
    if found is None:
        return text
    parts = [part for word in found[1].lower().split() for part in word.split("-") if part]
    # (a short one too, of words of four letters: «RAIL operators», «A DRUG dealer»; not «US
    # troops», «IT workers», «POLICE say» an acronym's length: a word every word is)
    short = sum(c.isalpha() for c in found[1]) < _CAPS_LETTERS
    if short and not all(
        p in _ARTICLES or (len(p) in (4, 5) and lexicon("en").known(p)) for p in parts
    ):
        return text  # (English only: «NASA venter» is Nynorsk's «nasa», a nose)
    if not all(_a_word(part) for part in parts):
        return text
    return found[1].capitalize() + text[found.end(1) :]


def _a_word(word: str) -> bool:
    """A dictionary's word, or a compound of two («birdwatchers»): no name («Millbrook»)."""
    known = lexicon("en").known, lexicon("nb").known
    if any(k(word) for k in known):
        return True
    return any(
        any(k(word[:i]) for k in known) and any(k(word[i:]) for k in known)
        for i in range(3, len(word) - 2)
    )
