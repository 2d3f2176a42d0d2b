"""A vox pop's first names: people quoted by first name alone, whom no reader asks for.

bot/core/topic_places.py counts their names among the words written only where no topic is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# (\b(?:sier|…|said), spelt by first letter: a pattern that opens on a letter lets the
# engine skip to an «s» or «f»; one that opens on \b tries every position of the text.)
_FIRST_NAME_SPEAKER = re.compile(
    r"(?:s(?<!\ws)(?:ier|eier|a|varer|varar|ays|aid)|f(?<!\wf)(?:orteller|ortel))[ \xa0]+"
    r"((?:[A-ZÆØÅ][^\W\d_]+[ \xa0])?[A-ZÆØÅ][^\W\d_]+)(?=[.,!?]|[ \xa0](?:og|som|who)\b)"
)
_VOX_POP_SPEAKERS = 3
# Where a match of _FIRST_NAME_SPEAKER can open: «sa» also opens «says» and «said».
_SPEECH_VERB_STARTS = ("sier", "seier", "sa", "svarer", "svarar", "fortel")
_SPEECH_WORDS = ("sier ", "seier ", "sa ", "forteller ", "fortel ", "svar", "says ", "said ")


def vox_pop(text: str) -> set[str]:
    """The first names of a vox pop: three or more people the article quotes by first
    name alone («sier Caroline», «forteller Guro», «sier Øystein»), whom no reader asks
    for. A person the article names in full is quoted by surname (/pryce)."""
    # Two words are a person's first names only where the article gives a longer name
    # that opens with them («Anne Katrin» of «Anne Katrin Helgeland»; not «Stine Øen»).
    if not _says_often(text):
        return set()  # (most articles: too few sayings to count, no regex run)
    speakers = {
        name
        for at in _speech_verbs(text)
        if (m := _FIRST_NAME_SPEAKER.match(text, at))
        and (
            " " not in (name := m.group(1).replace("\xa0", " "))
            or re.search(rf"\b{name} [A-ZÆØÅ]", text)
        )
    }
    if len(speakers) < _VOX_POP_SPEAKERS:
        return set()
    return {part for name in speakers for part in name.split()}


def _speech_verbs(text: str) -> Iterator[int]:
    """Where the text has a verb _FIRST_NAME_SPEAKER opens on, found with str.find: the
    pattern's search tries every «s» and «f» of the text. (Its matches cannot overlap, a
    name being capitalised, so matching at each of these finds what finditer finds.)"""
    for verb in _SPEECH_VERB_STARTS:
        at = text.find(verb)
        while at >= 0:
            yield at
            at = text.find(verb, at + 1)


def _says_often(text: str) -> bool:
    """Whether the text has the speech words _VOX_POP_SPEAKERS times or more, counted a word
    at a time until there are enough («sier » alone, in most articles that quote)."""
    said = 0
    for word in _SPEECH_WORDS:
        said += text.count(word)
        if said >= _VOX_POP_SPEAKERS:
            return True
    return False
