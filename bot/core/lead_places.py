"""A place and a colon before a paragraph's first words: a local paper's («Årdal: Som venta
vart …») or a wire's over its lead («London: British political parties began …», «New Delhi:
(Web Desk) Russian Foreign Minister …»). A speaker's label is none: «Heen: – Eg …», «Johnson:
We will …»; nor a headline's: «Wimbledon: Federer, Murray … advance»."""

from __future__ import annotations

import re

from bot.core.text import SENTENCE_END, spaces

# (or two words: «New York: Carlos Alcaraz …»; «Brussels: NATO …»; a desk's mark after it;
# a wire's capitals: «ROME: Italy's coastguard …»)
_LOCAL_PLACE = re.compile(
    r"([A-ZÆØÅ](?:[a-zæøå]+|[A-ZÆØÅ]{2,})(?:[ -][A-ZÆØÅ](?:[a-zæøå]+|[A-ZÆØÅ]{2,}))?): "
    r"(?:\((?:Web|News|Online) Desk\) )?"
    r"(?=[A-ZÆØÅ](?:[a-zæøå]|[A-ZÆØÅ]+ ))"
)
_CAPS_PLACE = re.compile(r"([A-ZÆØÅ]{3,}(?: [A-ZÆØÅ]{3,})?) (?=[A-ZÆØÅ][a-zæøå]+ [a-zæøå])")
_FIRST_PERSON = frozenset(("I", "We", "My", "Our", "Eg", "Jeg", "Vi", "Me", "Min", "Mi"))
_LEAD_WORDS = 12  # a wire's lead is a long sentence; a pull quote or a label's line is short


def strip_place(text: str, texts: list[str] | tuple[str, ...]) -> str:
    """The paragraph without the place before it, where the story names that place as one
    («kommunestyret i Årdal») or the paragraph is the story's lead and no speaker's words."""
    place = _LOCAL_PLACE.match(text) if ": " in text[:30] else None
    if place is None and text[:3].isupper():
        # a wire's city in capitals, no mark after it: «BERLIN Huawei aims to …», where the
        # story names the city («… fair in Berlin on Saturday»)
        if (caps := _CAPS_PLACE.match(text)) is None:
            return text
        named = re.compile(rf"\b(?:i|på|in|at) {caps[1].title()}\b")
        return text[caps.end() :] if any(named.search(t) for t in texts) else text
    if place is None or not texts or not text.endswith(SENTENCE_END):
        return text
    named = re.compile(rf"\b(?:i|på|fra|frå|til|in|at|from) {place[1]}\b")
    if any(named.search(t) for t in texts):
        return text[place.end() :]
    rest = text[place.end() :]
    if rest.split(" ", 1)[0] in _FIRST_PERSON or spaces(rest, _LEAD_WORDS) < _LEAD_WORDS:
        return text
    # (a label's word goes too: «Analysis: The government …»; not a log's places, each
    # entry's: «Setermoen: Et militært kjøretøy …», «Tromsø: Knivstikking …»)
    if sum(1 for t in texts if ": " in t[:30] and _LOCAL_PLACE.match(t)) > 1:
        return text
    lead = next((t for t in texts if spaces(t, _LEAD_WORDS) >= _LEAD_WORDS and t[-1] in "."), "")
    return rest if text[:40] in lead else text
