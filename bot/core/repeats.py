"""Whether a candidate bullet makes a point a kept bullet already makes: the same quote
twice, the same fact told again in other words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.candidates import Candidate
from bot.core.speakers import ATTRIBUTION
from bot.core.text import FIGURE

_DUPLICATE_SHARE = 0.8  # of the smaller bullet's content words, shared: the same point twice


def repeats(terms: frozenset[str], kept: Sequence[Candidate], text: str = "") -> bool:
    """Whether a kept bullet already makes the point of a candidate with these content
    words (the same quote twice); `text`, the candidate's, whose figures tell another fact."""
    if len(terms) < 3:
        return False
    # («Ifølge Kostveit er ikke han omtalt i politiets registre.» after «Siktede er aldri
    # omtalt i politiets registre.»: every word of it but whom it is told by, said before)
    # (only where a kept bullet has every plain word of it: the source's pattern costs)
    plain = frozenset(t for t in terms if not t[:1].isupper())
    if text and len(plain) >= 3 and len(plain) < len(terms):
        near = [other for other in kept if plain <= other.terms]
        told = terms - _sources(text) if near else terms
        if told != terms and any(told <= other.terms for other in near):
            return True
    for other in kept:
        if terms.isdisjoint(other.terms):
            continue  # (most pairs: no set to make)
        shared = terms & other.terms
        # (a name's word said plain in the other: «The School Board voted …» after «… the
        # school board voted …»; «Airlines, banks … are affected» after «… affected airlines»)
        if len(shared) >= _FOLDED_FROM:  # (most pairs share a word or two: no repeat)
            shared |= {t for t in terms - shared if t[:1].isupper() and _plain(t) & other.terms}
            shared |= {
                p for o in other.terms - shared if o[:1].isupper() for p in _plain(o) & terms
            }
        wanted = _DUPLICATE_SHARE * min(len(terms), len(other.terms))
        if 2 <= len(shared) < wanted and wanted <= _FOLD_WANTED:
            # (a short point's compound for its last part: «trafikkulykke», «ulykke»; not a
            # list's rows, «177.600–323.800 kroner gir 200 kroner», «323.800–494.600 … 600 …»)
            rest = [o for o in other.terms - shared if len(o) >= _PART]
            folded = {t for t in terms - shared if len(t) >= _PART and _one_of(t, rest)}
            if folded and _figures(text) == _figures(other.text):
                shared |= folded
        if len(shared) >= wanted:
            # A name the other lacks makes it another fact (the same drill at another place);
            # not the name of whom it is told by («…, sier Helle», «Ifølge Kostveit …»).
            smaller = terms if len(terms) <= len(other.terms) else other.terms
            names = {t for t in smaller if t[:1].isupper()} - shared
            if not names or names <= _sources(text) | _sources(other.text):
                return True
        elif _same_point(terms, other.terms, shared) and all(
            # (the kept bullet may name more: «Laila Bertheussen», then «Bertheussen»)
            t in shared
            for t in terms
            if t[:1].isupper()
        ):
            return True
    return False


def _plain(name: str) -> set[str]:
    """A capitalised word as the plain word it may be, an English plural's too."""
    lower = name.lower()
    return {lower, lower[:-1]} if lower.endswith("s") else {lower}


def _sources(text: str) -> set[str]:
    """The names a bullet is told by: «…, sier Halvard Helle», «Ifølge Kostveit er …»,
    «Til NRK opplyser politiet …»."""
    found = set(_SOURCE_FIRST.findall(text[:40]))
    if said := ATTRIBUTION.search(text):
        found.update(w.strip(".,!?»”") for w in text[said.start() :].split() if w[:1].isupper())
    return found


_SOURCE_FIRST = re.compile(r"^(?:Ifølge|Ifølgje|I følge|According to|Til|To) ([A-ZÆØÅ][\w'’-]+)")
_FOLDED_FROM = 3  # shared words
# Shared words a point of four content words wants: there a compound may tip it.
_FOLD_WANTED = 3.2
_POINT_SHARE = 0.65  # of the plain words: the same fact told again in other words
_POINT_WORDS = 4


def _same_point(terms: frozenset[str], other: frozenset[str], shared: frozenset[str]) -> bool:
    """Most plain words alike («Borgarting lagmannsrett har besluttet at Laila Bertheussen
    ikke får anke skyldspørsmålet, men …» and «Tirsdagens beslutning fra lagmannsretten er
    at Bertheussen nektes anke over skyldspørsmålet, men …»); names alone make no repeat
    (the same coach first glad, then nervous)."""
    plain = [t for t in shared if not t[:1].isupper()]
    if len(plain) < _POINT_WORDS:
        return False
    fewer = min(sum(not t[:1].isupper() for t in terms), sum(not t[:1].isupper() for t in other))
    if len(plain) >= _POINT_SHARE * fewer:
        return True
    # (a compound beside its last part is one word: «sykehus», «universitetssykehus»)
    rest = [t for t in other - shared if len(t) >= _PART and not t[:1].isupper()]
    parts = sum(
        any(t.endswith(o) or o.endswith(t) for o in rest)
        for t in terms - shared
        if len(t) >= _PART and not t[:1].isupper()
    )
    return len(plain) + parts >= _POINT_SHARE * fewer


_PART = 4  # letters: a compound's last part that is a word


def _figures(text: str) -> set[str]:
    return set(FIGURE.findall(text)) if text else set()


def _one_of(term: str, others: list[str]) -> bool:
    """Whether the term and one of the others are a compound and its last part."""
    return any(term.endswith(o) or o.endswith(term) for o in others)
