"""Which clause checker reads an article: its language's, or any language's when in doubt.

A digest asks the same text more than once (its rounds try a bullet again), so the
checker it gets remembers its answers on texts for that digest.
"""

from __future__ import annotations

from bot.core.clauses import LANGUAGES, ClauseChecker, MainClauses, clause_checker


class AnyLanguageChecker:
    """A main clause in any of the languages: for an article whose language is in doubt."""

    language = ""  # (none: in doubt)

    def __init__(self, checkers: list[ClauseChecker]) -> None:
        self.checkers = checkers

    def has_main_clause(self, text: str) -> bool:
        return any(checker.has_main_clause(text) for checker in self.checkers)

    def is_finite(self, word: str) -> bool:
        return any(checker.is_finite(word) for checker in self.checkers)

    def ends_in_open_clause(self, text: str) -> bool:
        return all(checker.ends_in_open_clause(text) for checker in self.checkers)


class ClauseMemo:
    """A checker's answers on texts, kept for one digest: its rounds try a text again.

    Only words are remembered across articles (ClauseChecker.is_finite); texts are not,
    so a digest costs the same the first time and the hundredth.
    """

    def __init__(self, checker: MainClauses) -> None:
        self.checker = checker
        self.language = checker.language
        self._main: dict[str, bool] = {}
        self._open: dict[str, bool] = {}

    def has_main_clause(self, text: str) -> bool:
        known = self._main.get(text)
        if known is None:
            known = self._main[text] = self.checker.has_main_clause(text)
        return known

    def ends_in_open_clause(self, text: str) -> bool:
        known = self._open.get(text)
        if known is None:
            known = self._open[text] = self.checker.ends_in_open_clause(text)
        return known

    def is_finite(self, word: str) -> bool:
        return self.checker.is_finite(word)


def checker_for(language: str, sentences: list[str]) -> MainClauses:
    """The checker of the article's language (kept for one digest), unless most of its
    sentences then have no main clause: a misread language must not silence the digest."""
    checker = ClauseMemo(clause_checker(language))
    whole = [s for s in sentences[:12] if s.rstrip().endswith(".") and len(s.split()) >= 5]
    found = 0
    for n, sentence in enumerate(whole, start=1):
        found += checker.has_main_clause(sentence)
        if found * 2 >= len(whole):
            return checker  # half of them read as sentences: enough
        if (found + len(whole) - n) * 2 < len(whole):
            break  # half can no longer be reached
    if len(whole) < 3:
        return checker
    return ClauseMemo(AnyLanguageChecker([clause_checker(code) for code in LANGUAGES]))


def main_clause_in_any_language(text: str) -> bool:
    """Whether Bokmål's, Nynorsk's or English's checker finds a main clause: how a line too
    short to tell its language is read (a caption, a widget's line, a kicker)."""
    return any(clause_checker(code).has_main_clause(text) for code in LANGUAGES)
