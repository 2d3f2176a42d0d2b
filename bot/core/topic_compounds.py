"""English topics named as a reader types them: a word the text writes in one open compound
by the compound («minimum wage», not /wage), a storm by its kind and name («Hurricane Maria»,
not /maria, a person's name to a reader)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from bot.core.stopwords import stopwords
from bot.core.text import word_positions


def storm_named(name: str, text: str) -> str | None:
    """The storm's whole name where the text gives the name after its kind once."""
    found = re.search(
        rf"\b(?:Hurricane|Tropical Storm|Storm|Typhoon|Cyclone) {re.escape(name)}\b", text
    )
    return found.group() if found else None


def open_compound(word: str, text: str) -> str | None:
    """The two words an English text writes a common word in, nearly every time: «minimum
    wage», «mental health», «council tax», «electric cars» (a reader types the compound, not
    /wage, /mental); None when the word stands alone or beside words that vary."""
    found = list(_beside(word, text))
    if len(found) < _COMPOUND_TIMES:
        return None
    small = stopwords("en")
    best: tuple[int, int, str] = (0, 0, "")  # (times, side: the head after wins a tie, stem)
    for side in (0, 2):
        stems = Counter(
            m[side].lower().rstrip("s")
            for m in found
            if _a_pair(m[side], m[1]) and m[side].lower() not in small
        )
        for stem, n in stems.most_common(1):
            best = max(best, (n, side, stem))
    n, side, stem = best
    if n < _COMPOUND_TIMES or n * 3 < len(found) * 2 or not stem.isalpha():
        return None
    pairs = Counter(
        (m[side].lower(), m[1].lower())
        for m in found
        if _a_pair(m[side], m[1]) and m[side].lower().rstrip("s") == stem
    )
    (neighbour, form), _ = pairs.most_common(1)[0]
    return f"{neighbour} {form}" if side == 0 else f"{form} {neighbour}"


def _beside(word: str, text: str) -> Iterator[tuple[str, str, str]]:
    """Each place the text writes the word (or its plural), with the words right before and
    after it («» where a mark stands between)."""
    lower = text.lower()
    forms = (word, f"{word}s", f"{word}es")
    for at, end in sorted((at, at + len(f)) for f in forms for at in word_positions(f, lower)):
        before = text[max(0, at - 30) : at]
        after = text[end : end + 30]
        left = (before[:-1].split() or [""])[-1] if before.endswith(" ") else ""
        right = after[1:].split(None, 1)[0] if after[:1] == " " and after[1:2].strip() else ""
        # (without its mark: «… cycle lanes.»; nor its genitive's ending: «skate park’s»)
        right = right.rstrip(".,;:!?»”'\"").removesuffix("’s").removesuffix("'s")
        yield left if left.isalpha() else "", text[at:end], right if right.isalpha() else ""


def _a_pair(neighbour: str | None, word: str) -> bool:
    """Both in small letters, or both capitalised («Council Tax»); not a name beside a small
    word («jockey Mark Zahra»)."""
    if not neighbour:
        return False
    return neighbour.islower() or (neighbour.istitle() and word.istitle())


_COMPOUND_TIMES = 2  # a compound the text writes twice at least
