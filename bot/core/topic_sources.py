"""Who speaks for the news or prints it, and so is no topic: those on duty for a service
(«vaktleder Rikke Lyngdal»), and the outlets the words were said to («… til Aftenbladet»).

bot/core/topic_places.py reads these names as written only where no topic is.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.core.page_words import OUTLETS

_WORD = re.compile(r"[^\W\d_]+")


# Those who speak for a service on duty, whom no reader asks for: «vaktleder Rikke
# Lyngdal», «Kari Moe, pressetalsperson i …», «police spokesperson Tom Lee».
_DUTY = (
    r"(?:vakt|operasjons|innsats|etterforskings|etterforsknings)lei?d?ar|"
    r"(?:vakt|operasjons|innsats|etterforskings|etterforsknings)leder|vakthavande|vakthavende|"
    r"pressevakt|(?:presse)?talsperson|talsmann|talskvinne|kommunikasjonssjef|"
    r"kommunikasjonsrådgi(?:ver|var|jevar)|informasjonssjef|politiadvokat|påtaleansvarle[gi]g?|"
    r"politifullmektig|politiinspektør|detective (?:chief )?(?:inspector|superintendent)|"
    r"spokesperson|spokesman|spokeswoman|press officer|duty officer"
)
_PLACE = r"[A-ZÆØÅ][\w-]*(?:[ \xa0][a-zæøå][\w-]*)?"  # «i Vest politidistrikt»
_NAME_WORDS = r"((?:[A-ZÆØÅ][^\W\d_]+[ \xa0]){0,2}[A-ZÆØÅ][^\W\d_]+)"
_ON_DUTY = re.compile(
    rf"\b(?i:{_DUTY})(?:[ \xa0](?:i|ved|hos|in|for|at)[ \xa0]{_PLACE})?[ \xa0]+{_NAME_WORDS}|"
    rf"{_NAME_WORDS},[ \xa0](?:\w+[ \xa0]){{0,2}}(?i:{_DUTY})\b"
)


# (one of these in the text, or no role can be: most articles need no regex run)
_DUTY_WORDS = (
    "lei",
    "led",
    "vakt",
    "tals",
    "spokes",
    "officer",
    "kommunikasjon",
    "advokat",
    "informasjon",
    "politi",
    "detective",
)


def spokespeople(text: str) -> set[str]:
    """The names of those who speak for a service on duty («vaktleder Rikke Lyngdal»)."""
    lower = text.lower()
    if not any(word in lower for word in _DUTY_WORDS):
        return set()
    return {
        word
        for found in _ON_DUTY.finditer(text)
        for name in found.groups()
        if name
        for word in name.split()
    }


# An outlet or a source named only as where the words were said or printed: «sier hun
# til Aftenbladet», «ifølge NTB», «according to Reuters», «VG skriver», «NRK melder».
_OUTLET = re.compile(
    r"\b(?:sier|sa|seier|forteller|fortel|opplyser|bekrefter|stadfestar|uttaler|said|says|"
    r"told)\b[^.!?]{0,80}?\b(?:til|to|overfor)[ \xa0]+([A-ZÆØÅ][\w.-]+)"
    r"|\b(?:ifølge|ifølgje|according to)[ \xa0]+([A-ZÆØÅ][\w.-]+)"
    r"|\b([A-ZÆØÅ][\w.-]+)[ \xa0](?:skriver|skriv|melder|meldar|reports|reported)\b"
)


def outlets(text: str) -> set[str]:
    """The names the text writes only as a source's outlet: no reader asks for the paper."""
    if not any(
        word in text for word in ("til", "to ", "ifølg", "according", "skriv", "meld", "report")
    ):
        return set()
    said = Counter(n for found in _OUTLET.finditer(text) for n in found.groups() if n)
    return {
        name
        for name, n in said.items()
        if n >= len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    }


def unnamed_outlets(text: str, title: str) -> set[str]:
    """The news outlets the text names and its title does not: sources, not subjects."""
    named = {
        w
        for w in _WORD.findall(text)
        if w[:1].isupper() and (w.lower() in OUTLETS or w.lower()[:-1] in OUTLETS)
    }
    return {w for w in named if w not in title}
