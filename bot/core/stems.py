"""Words by their first six letters: «forfatteren» and «forfatter», «evakuert» and
«evakuerte» are one. bot/core/copies.py reads a short bullet so against those kept."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")
_STEM = 6
_SHORT_WORDS = 6  # a bullet this short says nothing new when each of its words is told before
_SHORT_STEMS = 3
_STILL = frozenset(("fremde", "fortsa", "framle", "fremle", "still"))


def short_stems(words: tuple[str, ...]) -> frozenset[str] | None:
    """A short bullet's words (in lower case) of four letters or more and its figures, by
    their first six letters; None for a longer bullet or one of fewer such words."""
    if len(words) > _SHORT_WORDS:
        return None
    found = frozenset(w[:_STEM] for w in words if len(w) >= 4 or w.isdigit())
    # («Veien er fremdeles stengt.» after «… er veien stengt i begge retninger»: «still» is
    # no news of its own)
    return found - _STILL if len(found) >= _SHORT_STEMS else None


@lru_cache(maxsize=4096)  # (read for each pair of a candidate and a kept bullet)
def stems(text: str) -> frozenset[str]:
    """Every word of a text by its first six letters, in lower case."""
    return frozenset(w[:_STEM] for w in _WORD.findall(text.lower()))
