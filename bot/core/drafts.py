"""A sentence's bullet before the tests of whether it may be one: its words, cheaply.

make_bullet (bot.core.bullets) drops a teaser's dots and a kicker, tests whether the
sentence may be a bullet at all and cleans it; a cleaned sentence of MAX_BULLET_WORDS or
fewer is the bullet. The draft skips the tests: when the sentence makes a bullet of that
length, the draft is that bullet, so the budget learns its words without making it.
"""

from __future__ import annotations

import re

from bot.core.compress import clean_sentence
from bot.core.page_words import FACT_LABEL
from bot.core.speakers import SPEECH_VERBS

TERMINAL = tuple('.!?…»”")')


def source_text(text: str) -> str | None:
    """The words a bullet is made of, or None: a teaser cut off by its page, a fact box."""
    text = text.rstrip()
    if text.endswith(("...", "…")):
        # A teaser cut off by its page («… i Ålesund kommune...»): whole only if a stop
        # stood before the dots.
        text = text.removesuffix("...").removesuffix("…").rstrip()
        if not text.endswith(TERMINAL):
            return None
    if ("(t." in text or "(f." in text or "(i m" in text) and _WHERE_IN_PICTURE.search(text):
        return None  # «… rektor Anne Borg (t.h.), som får …»: a caption run into the text
    if ", left," in text and ", right," in text:
        return None  # «Incumbents, including X, left, Y and Z, right, retained their seats.»
    if ": " in text[:40]:
        if FACT_LABEL.match(text):
            return None  # «Hvorfor: Er aktuell med boken …»: a fact box about the person
        text = _without_kicker(text)
    return text


_WHERE_IN_PICTURE = re.compile(r"\((?:t\.v\.|t\.h\.|f\.v\.|f\.h\.|i midten)\)")


def bullet_draft(text: str) -> str | None:
    """The sentence's bullet if it makes one and it is not compressed, else None or more
    words (a sentence of more than MAX_BULLET_WORDS is compressed and cut: make it)."""
    source = source_text(text)
    return None if source is None else clean_sentence(source)


# A caption's or a kicker's label in front of a whole sentence: «Får dø hjemme: Kreftsyke
# Hannah Jones (13) overbeviste …», «Slik blir været: Det blir regn …» (a capital, then
# lower-case words only: no name, so no speaker; and no speech verb: «Han sa dette: …»).
_KICKER = re.compile(r"[A-ZÆØÅ][a-zæøå]+(?: [a-zæøå]+){1,3}: (?=[A-ZÆØÅ][a-zæøå])")
_SPEECH_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.IGNORECASE)


def _without_kicker(text: str) -> str:
    found = _KICKER.match(text)
    if found is None or _SPEECH_VERB.search(found.group()):
        return text
    return text[found.end() :]
