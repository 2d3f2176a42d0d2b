"""A live page's entries are read newest first, whichever way the page wrote them."""

from __future__ import annotations

from itertools import pairwise

from bot.core.model import LIVE_ENTRY
from bot.core.structure import Unit


def entries_newest_first(members: list[Unit]) -> list[Unit]:
    """Live entries are read newest first: reverse a blog written oldest first."""
    slots = [i for i, m in enumerate(members) if m.kind == LIVE_ENTRY]
    stamps = [members[i].stamp for i in slots]
    ascending = all(a <= b for a, b in pairwise(stamps))
    if len(slots) < 2 or not ascending or stamps[0] == stamps[-1] or min(stamps) < 0:
        return members
    result = list(members)
    for slot, unit in zip(slots, reversed([members[i] for i in slots]), strict=True):
        result[slot] = unit
    return result
