"""A formal subject: «det», «it», «there» standing in for what follows the verb.

In «Det var et lite eventyr da Svindal vant», «Det er lett å være tøff», «Det kom en
melding», «It is unclear whether ...» and «There are ...», the subject points nowhere: a
copula or a verb of being (er, var, blir, kom, finnes; is, was) and then a clause (at, som,
å, når, da, om; that, who, which, when, if, whether) a few words on, or, after a verb of
coming and being, an indefinite noun phrase (en melding, mange, 300 personer), or after a
passive's participle («Det er gitt en fellingstillatelse», «Det vart funne eit våpen»).
bot.core.openings tells these from a pronoun that points back.
"""

from __future__ import annotations

import re
from typing import Protocol

FORMAL_SUBJECTS = frozenset(("det", "it", "there"))
_COPULAS = frozenset("er var blir ble blei vart vert is was are were".split())  # noqa: SIM905
_BECAME = frozenset("blir ble blei vart vert".split())  # noqa: SIM905
# «Det finnes ...» is always «there is»; «Det kom en melding»: what comes, happens.
_THERE_IS = frozenset("finnes fins finst fantes fanst".split())  # noqa: SIM905
_EXISTENTIALS = _THERE_IS | frozenset("kom kommer kjem skjer skjedde".split())  # noqa: SIM905
# «Det kan være ...», «Det har vært ...», «It may be ...», «It has been ...».
_AUXILIARIES = frozenset(
    "kan vil skal må kunne ville skulle måtte bør burde har hadde "  # noqa: SIM905
    "can will may might could would must should has had".split()
)
_AFTER_AUXILIARY = frozenset(
    "være vere vært vore bli blitt blir komme kome kommet finnes be been become".split()  # noqa: SIM905
)
ADVERBS = frozenset(
    "ikke ikkje også òg nå no likevel imidlertid heller bare berre faktisk fortsatt liksom "  # noqa: SIM905
    "framleis jo nok altså derimot snart alltid aldri ofte klart neppe "
    "not also now still however never often always only just already clearly".split()
)
# What follows the verb and points back itself: «Det er derfor ...», «Det var han som ...».
_POINTING = frozenset(
    "dette det den denne disse desse derfor slik sånn da då der her han hun ho hen de dei "  # noqa: SIM905
    "this that why so how what hva kva hvorfor kvifor he she they".split()
)
# The clause the formal subject stands in for: «... lett å», «... ingen selvfølge at».
_CLAUSES = frozenset(
    "at å som når da då hvis viss dersom om that who which when if whether".split()  # noqa: SIM905
)
# An indefinite noun phrase: what comes, what there is.
_INDEFINITE = frozenset(
    "en ei et ein eit mange flere fleire noen nokre nokon ingen få a an no many several "  # noqa: SIM905
    "some few".split()
)
# «dem som», «those who»: the relative clause of a pronoun, not the formal subject's.
_ANTECEDENTS = frozenset("dem de dei den det alle those them all".split())  # noqa: SIM905
_RELATIVES = frozenset(("som", "who", "which"))
_AT_AFTER = frozenset("etter fordi uten utan før inntil slik så".split())  # noqa: SIM905
_CLAUSE_REACH = 6  # the clause opens within this many words after the verb
_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?|[,;:–—()]")
_CONTRACTIONS = {"it's": ("it", "is"), "it’s": ("it", "is"), "there's": ("there", "is")}


class FiniteVerbs(Protocol):
    def is_finite(self, word: str) -> bool: ...


SUBJECTS = frozenset(
    "jeg eg du han hun ho hen vi me dere de dei det den man i you he she it we they".split()  # noqa: SIM905
)


def _words(text: str, n: int) -> list[str]:
    words: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group().lower()
        words.extend(_CONTRACTIONS.get(word, (word,)))
        if len(words) >= n:
            break
    return words


def formal_subject(text: str, checker: FiniteVerbs) -> bool:
    """Whether «Det», «It» or «There» opens the sentence as a formal subject (see above)."""
    words = _without_brackets(_words(text, _CLAUSE_REACH + 12))
    if len(words) < 3 or words[0] not in FORMAL_SUBJECTS:
        return False
    i = _skip_adverbs(words, 1)
    verb = words[i] if i < len(words) else ""
    if words[0] == "there":
        return verb in _COPULAS or verb in _AUXILIARIES  # «There are ...», «There may be ...»
    if verb in _AUXILIARIES:
        i = _skip_adverbs(words, i + 1)
        if i >= len(words) or words[i] not in _AFTER_AUXILIARY:
            return False  # «Det har Støre sagt»: «det» is the object, fronted
        verb = words[i]
    elif verb not in _COPULAS and verb not in _EXISTENTIALS:
        return False  # «Det sa Støre», «Det bekreftet departementet»: it points back
    start = _skip_adverbs(words, i + 1)
    if start >= len(words) or words[start] in _POINTING:
        return False  # «Det er derfor ...», «Det var han som ...»
    after = words[start + 1] if start + 1 < len(words) else ""
    # (a passive's participle: «Det er gitt en …», «Det ble registrert 40 …», «Det vart funne
    # eit …»; a Nynorsk strong one ends in -e, read only after a verb of becoming)
    passive = words[start][-1] == "t" or (verb in _BECAME and words[start][-1] == "e")
    if (
        verb in _THERE_IS
        or (verb in _EXISTENTIALS and (words[start] in _INDEFINITE or words[start].isdigit()))
        or (verb in _COPULAS and passive and (after in _INDEFINITE or after.isdigit()))
    ):
        return True  # «Det finnes ulike syn», «Det kom en melding», «Det ble funnet et våpen»
    reach = words[start : start + _CLAUSE_REACH]
    for n, word in enumerate(reach):
        if word in ",;:–—()":
            return False  # «Det er en skandale, sier X, som ...»: the clause is not its own
        # «Det var som en drøm»: a clause needs a word of the predicate before it (not «å»).
        if word not in _CLAUSES or (n == 0 and word not in ("å", "at", "that")):
            continue
        if word in _RELATIVES and not _relative(reach[n - 1], words[start + n + 1 :], checker):
            continue  # «et spark som straff»: «as»; «et tilbud for dem som ...»: theirs
        if n and reach[n - 1] in _AT_AFTER and word == "at":
            continue  # «Det er klart etter at …»: «etter at» opens a time's clause, not its
        if word == "om" and reach[n - 1] in ("snakk", "tale"):
            return False  # «Det er snakk om en ulykke …»: what was named before
        if word == "om" and words[start + n + 1 : start + n + 2] == ["lag"]:
            continue  # «om lag usynleg»: «about», no clause
        return True
    return False


def _without_brackets(words: list[str]) -> list[str]:
    """The words outside brackets: «Det var Hovedredningssentralen (HRS) som meldte …» is a
    cleft, its short name aside."""
    if "(" not in words:
        return words
    kept: list[str] = []
    depth = 0
    for word in words:
        depth += word == "("
        if not depth:
            kept.append(word)
        depth -= word == ")" and depth > 0
    return kept


def _relative(before: str, after: list[str], checker: FiniteVerbs) -> bool:
    """«mange som mener», «Clinton som begynte»: «som» opens the cleft's clause."""
    if before in _ANTECEDENTS:
        return False
    word = after[0] if after else ""
    return word in SUBJECTS or word in ADVERBS or checker.is_finite(word)


def _skip_adverbs(words: list[str], i: int) -> int:
    while i < len(words) and words[i] in ADVERBS:
        i += 1
    return i
