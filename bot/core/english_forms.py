"""An English word's form, where no dictionary of the language's nouns and verbs tells it:
whether a topic's word is a verb's («armed», «stole», «stolen») or a noun's («the flood»)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.analysis import Word

# A noun's place: after an article or a possessive (an English verb is never there).
DETERMINED = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our|new) ([a-z]+)")


def s_forms(lemma: str) -> tuple[str, str]:
    return lemma + "s", lemma + "es"


def verb_only_form(word: Word) -> bool:
    """An English verb's -ed or -ing, or its irregular past or participle («stole», «stolen»):
    a form no noun has (not a plural: «lives», «women», «children», «data»)."""
    lower, lemma = word.surface.lower(), word.lemma
    if lower == lemma or lower.endswith(("s", "ly")):
        return False
    if lower.endswith(("ed", "ing")):
        return True
    plural = lemma.endswith(("man", "child", "um", "on", "us", "a", "is", "oot", "ooth", "ouse"))
    return not plural and word.surface[:1].islower()


def adjectival(word: Word) -> bool:
    """A participle as an adjective after an article: «an alleged robbery», «a stolen car»
    (not a gerund's noun: «the shooting», «the flooding»)."""
    return verb_only_form(word) and not word.surface.lower().endswith("ing")
