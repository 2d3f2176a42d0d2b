"""How the clause reader (bot.core.clauses) sees a text: its tokens, and what it asks of each.

Tokens recur from text to text, so each space-separated token is read once and memoised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from bot.core.text import TokenMemo
from bot.core.verbs import FIGURE

_COUNT = re.compile(r"(?!1[0-9]{3}$|20[0-9]{2}$)[0-9]+(?:[.,][0-9]+)*")  # «55», «4.000»; no year
_TOKEN = re.compile(r"[^\W\d_]+|[,;:–—()«»“”\"]")
# A time of day is no word: «at around 3.05am» has no verb «am».
_CLOCK = re.compile(r"[0-9]{1,2}(?:[.:][0-9]{2})?[ap]\.?m\b\.?[,;]?")
_MERIDIEM = re.compile(r"[ap]\.m\.?[,;]?")
# Nor is an amount's unit: «to borrow £40m» has no verb «m» («I'm»).
_AMOUNT = re.compile(r"[£$€]?[0-9]+(?:[.,][0-9]+)*(?:bn|mn|m|k|p|km|kg)[,;.]?")


def _tokens(token: str) -> tuple[str, ...]:
    """The _TOKENs of a space-separated token as the clause reader sees them: a count in
    figures is a numeral word (FIGURE; a year is no count: «I 2022 varsler …»), a time of day
    and a two-word adjective no word, a name-led participle its name alone. token_list and
    FACTS both read these, so a position in one is the same word in the other."""
    if _COUNT.fullmatch(token):
        return (FIGURE,)
    if (token[:1].isdigit() or token[:1] in "£$€") and (
        _CLOCK.fullmatch(token) or _AMOUNT.fullmatch(token)
    ):
        return ()
    if token[:2] in ("a.", "p.") and _MERIDIEM.fullmatch(token):
        return ()  # «at 10.56 p.m.»: the clock's, no verb «m»
    if "-" in token and (name_led := _NAME_LED.match(token)):
        token = name_led.group(1) + token[name_led.end() :]  # «Weir-based»: no verb «based»
    elif "-" in token and _WORD_LED.fullmatch(token):
        return ()  # «this well-crafted mix»: an adjective, its noun after it as after «this»
    return tuple(_TOKEN.findall(token))


_TOKENS = TokenMemo(_tokens)


def _token_stream(text: str) -> Iterator[str]:
    """_TOKEN.findall(text), lazily, a space-separated token at a time (memoised: they
    recur); a text's main verb is mostly among its first words."""
    if len(_TOKENS) > 100_000:
        _TOKENS.clear()
    return chain.from_iterable(map(_TOKENS.__getitem__, text.split()))


def token_list(text: str) -> list[str]:
    """The text's words and clause marks, a count in figures as one numeral word."""
    return list(_token_stream(text))


def _token_facts(token: str) -> tuple[tuple[str, bool, bool, bool], ...]:
    """For each of a space-separated token's _tokens, what the clause reader asks of it: its
    lower case, whether it is a word (not a mark), whether it opens on a capital, and
    whether it is a capitalised word in -s of four letters or more (maybe a genitive)."""
    return tuple(
        (
            t.lower(),
            t[0].isalpha() or t == FIGURE,
            t[0].isupper(),
            t[0].isupper() and t[-1] == "s" and len(t) > 3,
        )
        for t in _TOKENS[token]
    )


# A name and a participle in one word, an adjective: «Oslo-based», «Labour-led», «Saudi-backed»
# (not «co-founded»: a verb with its prefix).
_NAME_LED = re.compile(r"([A-ZÆØÅ][^\W\d_]*)-[a-z]+(?:ed|d|t)\b")
# An adverb's or an adjective's, too: «well-crafted», «long-awaited» (not «re-elected»).
_WORD_LED = re.compile(  # (and an irregular participle's: «best-paid», «well-known»)
    r"(?!(?:co|re|pre|de|un|mis|out|over|under|up|down|cross|double|self)-)[a-z]+-"
    r"(?:[a-z]+ed|paid|made|known|born|built|held|led|won|sold|told|grown|kept|worn|done|"
    r"drawn|driven|written|taken|given|broken|beaten|chosen|stolen)"
)

FACTS = TokenMemo(_token_facts)
