"""Where a cut at a comma would end a bullet inside a list: «Euna Lee (36), | Laura Ling
(32), …», «a plan for the short, medium, | and long term», «… three prefects: the Prefect of
A, | the Prefect of B and …», «De nominerte er | – A, B og C». A list is given whole or cut
before it."""

from __future__ import annotations

import re

LIST_JOINS = ("and ", "og ", "or ", "eller ")

# Inside an enumeration: «Euna Lee (36), Laura Ling (32), ...». An item is a few words.
_ITEM = r"\s*(?:\S+\s+){0,2}\S+"
_JOIN = r"\s+(?:og|eller|and|or)\s"
LIST_END = re.compile(r"," + _ITEM + r"$")  # the head ends with an item
_ITEM_NEXT = re.compile(_ITEM + r"(?:,|" + _JOIN + r")")  # an item follows the cut
_ITEMS_NEXT = re.compile(_ITEM + r"(?:" + _JOIN + r"|," + _ITEM + r"(?:,|" + _JOIN + r"))")
# A list a colon opens, its first item last before the cut: «… three prefects: the Prefect of
# A, | the Prefect of B and …»
_COLON_ITEM = re.compile(r": [^,:;.!?]{2,80}$")
_JOINED = re.compile(_JOIN)


def in_a_list(head: str, rest: str, tail: str) -> bool:
    """Whether a cut at a comma ends the head inside a list: items follow, or the head's last
    item (`tail`: its last words) has more after it, or a colon opened the list."""
    if _ITEMS_NEXT.match(rest) or (LIST_END.search(tail) and _ITEM_NEXT.match(rest)):
        return True
    return _COLON_ITEM.search(head, max(0, len(head) - 90)) is not None and bool(
        _JOINED.search(rest)
    )


# A verb that cannot end a clause: what it announces follows («De nominerte er – A, B og C»)
_ANNOUNCING = frozenset(
    "er var blir ble vert vart is are was were".split()  # noqa: SIM905
)


def announced(head: str) -> bool:
    """Whether the head ends on a verb whose complement is after the cut: «…, er.»"""
    last = head.rstrip(" ,:–—")[-6:].rsplit(maxsplit=1)[-1:]
    return bool(last) and last[0].lower() in _ANNOUNCING
