"""The excerpts that answer a topic command: the article's own sentences on it.

A query matches words by lemma and whole compound part (bot.core.lexicon): `atom`
finds «atomtrusselen» and «atomvåpen», never «anatomi»; a name is matched whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.analysis import Analysis, Sentence, Word, analyzer
from bot.core.model import Excerpt
from bot.core.text import fold, match_key, words

_QUERY_SPLIT = re.compile(r"[\s,;/]+")


def query_terms(query: str) -> list[str]:
    """Return the words of a query (`/atom`, `øvelse`, `atom øvelse`), as typed."""
    return [w for w in _QUERY_SPLIT.split(query) if w and any(c.isalpha() for c in w)]


class Matcher:
    """Decide which words of an article a query term means, by lemma and compound part."""

    def __init__(self, term: str, language: str) -> None:
        wa = analyzer(language)
        lower = term.lower().replace("_", "")
        self.keys = {match_key(lower)}
        # (a number names no word of its own: /route_80 is found by «Route»; /nato_a0 by «A»)
        parts = [part for part in term.lower().split("_") if part and not part.isdigit()]
        named = [_letters(part) if part.isalnum() else part for part in parts]
        # A name of several words (/new_zealand): found by its last word as written,
        # whole, as a name is (the topic comes from a word the article writes only there).
        self.name = len(named) > 1
        if self.name:
            self.keys.add(match_key(named[-1]))
        for word in [] if self.name else words(" ".join(named)):
            analysed = wa.word(word)
            self.keys.add(match_key(analysed.lemma))
        self.keys = {k for k in self.keys if k}
        self.lexicon = wa.lexicon
        # Word objects are shared by every occurrence of a form in every article, so a
        # verdict remembered here answers the next article and the next query cheaply.
        self._verdicts: dict[Word, bool] = {}

    def matches(self, word: Word) -> bool:
        verdict = self._verdicts.get(word)
        if verdict is None:
            if len(self._verdicts) > 50_000:
                self._verdicts.clear()
            verdict = self._verdicts[word] = self._matches(word)
        return verdict

    def _matches(self, word: Word) -> bool:
        if self.keys & word.keys:
            return True
        if word.name or self.name:
            return False  # a name is matched whole: `fest` does not find Hammerfest
        # A compound the lexicon could not split: the query opens or closes it, and
        # the rest is a word of its own (flyplass = fly + plass, not «anatomi»).
        lemma_key = match_key(word.lemma)
        for key in self.keys:
            if len(key) < 3 or len(lemma_key) <= len(key) + 2:
                continue
            if lemma_key.startswith(key) and self._is_word(word.lemma, len(key), head=True):
                return True
            if lemma_key.endswith(key) and self._is_word(word.lemma, len(key), head=False):
                return True
        return False

    def _is_word(self, lemma: str, n: int, *, head: bool) -> bool:
        folded = fold(lemma)
        if len(folded) != len(lemma):
            return False  # æ → ae shifts positions; the lexicon split covers those words
        rest = lemma[n:] if head else lemma[: len(lemma) - n]
        if not head and rest.endswith(("s", "e")) and self.lexicon.known(rest[:-1]):
            return True
        return len(rest) >= 3 and self.lexicon.known(rest)


@lru_cache(maxsize=512)
def matcher(term: str, language: str) -> Matcher:
    """Return the shared matcher of a query term: chat users repeat the same topics."""
    return Matcher(term, language)


def excerpts(analysis: Analysis, query: str, *, max_sections: int = 5) -> list[Excerpt]:
    """Return the sentences on the query, grouped by section, the best section first."""
    terms = query_terms(query)
    if not terms:
        return []
    matchers = [matcher(t, analysis.article.language) for t in terms]
    results: list[Excerpt] = []
    for s_index, section in enumerate(analysis.sections):
        heading_hits = _hits(section.heading_words, matchers)
        picked: list[Sentence] = []
        score = 2.0 * len(heading_hits)
        covered = set(heading_hits)
        for sentence in section.sentences:
            hits = _hits(sentence.words, matchers)
            if hits:
                picked.append(sentence)
                score += len(hits)
                covered |= hits
        if picked:
            # All query words matched in the section weigh more than one word many times.
            score *= len(covered)
            # A sentence repeated in the section (a pull quote, a caption) is shown once.
            texts = tuple(dict.fromkeys(s.text for s in picked))
            results.append(Excerpt(section.heading, texts, section=s_index, score=score))
    results.sort(key=lambda e: (-e.score, e.section))
    return results[:max_sections]


def _letters(part: str) -> str:
    """A name's part as the article's words have it: «A0B» is the words «A» and «B»."""
    found = words(part)
    return found[-1] if found else part


def _hits(section_words: tuple[Word, ...], matchers: list[Matcher]) -> set[int]:
    return {i for i, m in enumerate(matchers) if any(m.matches(w) for w in section_words)}
