"""A bullet that opens on «Han», «Hun», «He», «She» says whom, as an editor writes it.

«Federico Pellegrino var eneste ikke-nordmann i finalen. Han ble tidlig hengt av.»: in a
digest each bullet is read on its own, and «Han» sends the reader back to find whom; an
editor writes «Pellegrino ble tidlig hengt av.». The person is the one the sentence before
it in the article names, where it names one person by full name and no one else the
pronoun could be («en mann», «a 40-year-old», another name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.name_words import common_word
from bot.core.speakers import SPEECH_VERBS

_SUBJECTS = frozenset(("Han", "Hun", "Ho", "He", "She"))
_NAME_PART = r"[A-ZÆØÅ][a-zæøåéèäöüáíóúçñ'’]+(?:-[A-ZÆØÅ][a-zæøåéèäöüáíóú]+)?"
# (not «de», «la», «den»: Norwegian words too, «Ola Hansen la fram …»)
_PARTICLE = r"(?:von|van)(?: der| den)?|dos|das|bin|ibn|abu|af|du|di|el|al"
# A person's name: two capitalised words or more, a particle between («Ursula von der Leyen»).
# («Pål W. Olsen»: an initial inside it)
_PERSON = re.compile(
    rf"(?<![\w'’.-]){_NAME_PART}(?:\s+(?:[A-ZÆØÅ]\.\s+)?(?:(?:{_PARTICLE})\s+)?{_NAME_PART})+"
    r"(?![\w'’-])"
)
# Where the person is the sentence's subject, or the speaker of its quote: among its first
# words, or just after the speech verb («…, sier ordførerens bror Pål W. Olsen»).
_SUBJECT_WORDS = 3
_SURNAME_SPEAKS = re.compile(
    rf"(?:\b(?:{SPEECH_VERBS})\s+({_NAME_PART})\b(?!\s+[A-ZÆØÅ]))"
    rf"|(?:(?<![\w'’.-])({_NAME_PART})\s+(?:{SPEECH_VERBS})\b)"
)
_SPEAKER_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:[\w'’.-]+\s+){{0,4}}$")
# Someone the story names without a name, whom the pronoun may mean instead.
_UNNAMED = {
    "no": re.compile(
        r"\b(?i:mann|mannen|menn|kvinne|kvinnen|kvinna|kvinner|gutt|gutten|jente|jenta|jenten|"
        r"person|personen|pasient|pasienten|sjåfør|sjåføren|fører|føreren|tenåring|tenåringen|"
        r"\w*-?åring|\w*-?åringen|mor|moren|mora|far|faren|sønn|sønnen|datter|dattera|kona)\b"
    ),
    "en": re.compile(
        r"\b(?i:man|woman|men|women|boy|girl|driver|patient|teenager|\w*-?year-old|mother|"
        r"father|son|daughter|wife|husband|person)\b"
    ),
}


def the_person(sentence: str, language: str) -> str | None:
    """The surname of the one person a sentence names in full, if it names only them."""
    if _UNNAMED["en" if language == "en" else "no"].search(sentence):
        return None
    # (a speaker by surname alone is a person too: «…», sa Stoltenberg.)
    # (by its last word: «Leyen said» and «Ursula von der Leyen» are one)
    found = {(said := m.group(1) or m.group(2)): said for m in _SURNAME_SPEAKS.finditer(sentence)}
    placed = False  # whether one is the subject or the speaker
    for match in _PERSON.finditer(sentence):
        words = match.group().split()
        if match.start() == 0 and words[0] in ("The", "Den", "Det", "De", "Dei", "I", "A"):
            words = words[1:]  # (a sentence's first word: «The Smiths said …»)
        names = [w for w in words if w[:1].isupper() and not w.endswith(".")]
        while names and common_word(names[0], language):
            names = names[1:]  # (a role first: «Statsminister Jonas Gahr Støre»)
        if len(names) < 2 or any(common_word(w, language) for w in names):
            continue  # («Manchester United», «Environment Agency»: no person)
        head = sentence[: match.start()].rsplit(": ", 1)[-1]  # (after a label: «Får dø hjemme:»)
        placed = placed or head.count(" ") < _SUBJECT_WORDS or bool(_SPEAKER_BEFORE.search(head))
        if (
            names[-1].endswith(("s", "’", "'"))
            and sentence[match.end() + 1 : match.end() + 2].islower()
        ):
            return None  # («President Vladimir Putins atomretorikk»: his, no subject)
        between = words[len(words) - 1 - words[::-1].index(names[-2]) + 1 : -1]
        particles = [w for w in between if w.islower()]
        found[names[-1]] = " ".join((*particles, names[-1]))  # («von der Leyen», «Pellegrino»)
    return found.popitem()[1] if len(found) == 1 and placed else None


def named_subjects(
    bullets: list[list[str]], before: Sequence[Sequence[str | None]], language: str
) -> list[list[str]]:
    """The bullets, each that opens on a personal pronoun as its subject given the name of
    the person `before` (the sentence before it in the article) names."""
    result: list[list[str]] = []
    for section, sentences in zip(bullets, before, strict=True):
        named: list[str] = []
        for bullet, previous in zip(section, sentences, strict=True):
            first, _, rest = bullet.partition(" ")
            if (
                first in _SUBJECTS
                and previous
                and rest[:1].islower()
                and not rest.startswith(("og ", "and ", "or ", "eller "))
            ):
                surname = the_person(previous, language)
                if surname and surname not in rest:
                    bullet = f"{surname[:1].upper()}{surname[1:]} {rest}"
            named.append(bullet)
        result.append(named)
    return result
