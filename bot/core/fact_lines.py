"""Lines no bullet can be: a fact box's line, a ceremony's courtesy.

A profile box lists what a person did, each line a verb phrase without its subject: «Ble
slått til ridder av dronning Elizabeth i 2013.», «Har sittet i Underhuset siden 2015.»,
«Utdannet jurist ved universitetene i Leeds og Oxford.». Norwegian prose puts a verb first
only in a question or before its subject («Blir det regn, …», «Sa han det?»): such a line
is no sentence a bullet can be. (Not English: «Was it …» is rarer, and a box there writes
«Born in 1962».)

A courtesy thanks or congratulates all: «Hareide gratulerer alle med dagen.», «The chairman
… thanked the parties that had worked on the proposed service.» (not «… gratulerte Trump med
sigeren»: whom a leader congratulates on what is news).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.clause_words import AUXILIARIES_NO
from bot.core.clauses import MainClauses
from bot.core.lexicon import lexicon
from bot.core.stopwords import stopwords
from bot.core.verbs import verb_forms

# Words that can stand as the subject right after a verb put first: «Blir det …», «Har
# han …», «Kom ein mann …» (a name too: «Sa Støre …»).
_SUBJECT_NEXT = frozenset(
    "det den de dei han hun ho vi me man en ein ei et eit jeg eg du dere dykk noen nokon "  # noqa: SIM905
    "ingen alle mange dette disse desse begge".split()
)


def subjectless(text: str, checker: MainClauses, language: str) -> bool:
    """Whether a Norwegian text opens on a finite verb with no subject after it, or is a
    profile box's line («Leder Jonas Gahr Støre (62): Fra Oslo.», its «Leder» no verb)."""
    if profile_line(text):
        return True
    if language == "en" and text[:1] in "ATLRPSE" and (told := _ADVERB_THEN_PAST.match(text)):
        return told[1][-2:] == "ed" or told[1] in _PASTS  # «Allegedly told their victims …»
    if language not in ("nb", "nn") or not text[:1].isupper():
        return False
    words = text.split(maxsplit=2)
    if len(words) < 3 or not words[0].isalpha() or text.rstrip().endswith("?"):
        return False
    if ": " in text[:40]:
        return False  # a kicker's label on a sentence: «Leses av Knausgård: Karl Ove …»
    second = words[1].strip(",.;:")
    if second[:1].isupper() or second[:1].isdigit() or second.lower() in _SUBJECT_NEXT:
        return False
    first = words[0].lower()
    if first in _AUXILIARIES:
        return True  # «Har sittet …», «Ble slått …», «Er siden 2007 gift …»
    if first in _SMALL:
        return False  # «Så langt har …», «Da …»: an adverb or a conjunction as often as a verb
    return _verb_only(first, language) and not checker.is_finite(second.lower())


# A list item's subject left to the line above: «Then convinced them to transfer …» (not
# «Later came the news …», a subject after its verb)
_ADVERB_THEN_PAST = re.compile(
    r"(?:Allegedly|Then|Also|Later|Reportedly|Previously|Subsequently|Earlier|Apparently) "
    r"([a-z]+) (?:them|him|her|their|his|its|the|a|an|to|that)\b"
)
_PASTS = frozenset("told said made took gave sent got kept paid sold stole stabbed".split())  # noqa: SIM905


def profile_line(text: str) -> bool:
    """A profile box's line: a post, a name and an age, then what the box says of them."""
    return text[:1].isupper() and " (" in text[:60] and _PROFILE.match(text) is not None


@lru_cache(maxsize=4096)
def _verb_only(word: str, language: str) -> bool:
    """A verb no noun's or adjective's form spells: not «Dansk politi …», «Møtet starter …»;
    by the other written form where the story's does not know the word (a profile box in
    Bokmål inside a Nynorsk story)."""
    other = "nn" if language == "nb" else "nb"
    code = language if lexicon(language).form_lemma(word) is not None else other
    return verb_forms(code).verb_not_noun(word)


# A person's post, name and age, then what the box says of them: «Nestleder Jan Christian
# Vestre (36): Næringsminister i …», «Mayor Kari Lee (52): Born in …» (not what a vox pop's
# speaker says: «Pensjonist Kari Lee (72): – Vi trenger …»)
_PROFILE = re.compile(
    r"[A-ZÆØÅ][\w-]*(?: [a-zæøå][\w-]*)? [A-ZÆØÅ][\w'’-]+(?: [A-ZÆØÅ][\w'’-]+)+ \(\d{1,3}\): "
    r"(?![–—«\"“-])"
)
_SMALL = stopwords("nb") | stopwords("nn")
# (and the modals: «Kan bli …», «Skal ha …»)
_AUXILIARIES = AUXILIARIES_NO | frozenset("kan kunne skal skulle vil ville må måtte".split())  # noqa: SIM905
_COURTESY = re.compile(
    r"\b(?:gratulerer|gratulerte|takker|takket|takka|thanked|thanks|congratulated|"
    r"congratulates) (?:alle|everyone|everybody|all|the parties|de involverte|dei involverte)\b"
)


def is_courtesy(text: str) -> bool:
    lower = text.lower()  # (most texts have none of its verbs: looked for as strings first)
    return any(map(lower.__contains__, _COURTESY_STEMS)) and _COURTESY.search(text) is not None


_COURTESY_STEMS = ("gratuler", "takk", "thank", "congratulat")
