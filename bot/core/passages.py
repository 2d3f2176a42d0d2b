"""Excerpts without the analysis: each section's sentences with the word keys of each.

Stored once per article, they answer a topic command or a search by key look-ups alone:
the same sections and sentences `topics.excerpts` picks when a query word is a lemma or
compound part of the article's words (the lexicon's keys; no guess at unsplit compounds).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.core.analysis import Analysis, Word
from bot.core.model import Excerpt


@dataclass(frozen=True)
class Passage:
    """One section's heading and sentences, with the word keys of the heading and of each."""

    heading: str | None
    heading_keys: frozenset[str]
    sentences: tuple[str, ...]
    keys: tuple[frozenset[str], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "h": self.heading,
            "hk": sorted(self.heading_keys),
            "s": list(self.sentences),
            "k": [sorted(k) for k in self.keys],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Passage:
        return cls(
            data.get("h"),
            frozenset(data.get("hk") or ()),
            tuple(data.get("s") or ()),
            tuple(frozenset(k) for k in data.get("k") or ()),
        )


def _keys(words: Sequence[Word]) -> frozenset[str]:
    return frozenset(key for word in words for key in word.keys)


def passages_of(analysis: Analysis) -> tuple[Passage, ...]:
    """Every section of an analysed article as a passage."""
    return tuple(
        Passage(
            section.heading,
            _keys(section.heading_words),
            tuple(sentence.text for sentence in section.sentences),
            tuple(_keys(sentence.words) for sentence in section.sentences),
        )
        for section in analysis.sections
    )


def keyed_excerpts(
    passages: Sequence[Passage], terms: Sequence[set[str]], *, max_sections: int = 5
) -> list[Excerpt]:
    """The sentences on the query terms (each given as the keys it matches), best section
    first, scored as `topics.excerpts` scores them."""
    results: list[Excerpt] = []
    for s_index, passage in enumerate(passages):
        heading_hits = {i for i, term in enumerate(terms) if term & passage.heading_keys}
        score = 2.0 * len(heading_hits)
        covered = set(heading_hits)
        picked: list[str] = []
        for sentence, keys in zip(passage.sentences, passage.keys, strict=False):
            hits = {i for i, term in enumerate(terms) if term & keys}
            if hits:
                picked.append(sentence)
                score += len(hits)
                covered |= hits
        if picked:
            score *= len(covered)
            texts = tuple(dict.fromkeys(picked))
            results.append(Excerpt(passage.heading, texts, section=s_index, score=score))
    results.sort(key=lambda e: (-e.score, e.section))
    return results[:max_sections]
