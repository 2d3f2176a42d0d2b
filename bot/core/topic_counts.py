"""How often each of a section's words occurs, and which topic keys each carries.

bot/core/topics.py ranks the keys by these counts: a section's words (each form once,
weighted by how often it occurs), its heading's twice, and the title's for the first.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from bot.core.analysis import SectionAnalysis, Sentence, Word
from bot.core.speakers import turn_label
from bot.core.text import match_key, words
from bot.core.topic_words import Morphemes


@dataclass(frozen=True)
class SectionWords:
    """How often each word form occurs in a section, and which forms carry each key."""

    occurrences: Counter[Word]
    count: dict[str, int]  # morpheme key → occurrences of the words that carry it
    carriers: dict[str, list[Word]]
    in_text: dict[str, int]  # the keys its sentences have (not its heading's), how often
    morphemes: dict[Word, Morphemes]  # what each word offers as topics (topic_words)
    sentences: tuple[Sentence, ...] = ()

    @classmethod
    def of(
        cls,
        section: SectionAnalysis,
        topical: Callable[[Word], Morphemes],
        title: tuple[Word, ...] = (),
    ) -> SectionWords:
        # Every occurrence of a word form is the same Word (the analyzer memoises them):
        # count each once, weighted by how often it occurs. Only words that carry a key
        # count: stopwords (about half the words) carry none.
        occurrences = Counter(
            [
                word
                for sentence in section.sentences
                for word in counted(sentence)
                if word.morphemes or word.name
            ]
        )
        morphemes = {word: topical(word) for word in occurrences}
        for word in [word for word, found in morphemes.items() if not found]:
            del occurrences[word]
        count: dict[str, int] = {}
        carriers: dict[str, list[Word]] = defaultdict(list)
        for word, n in occurrences.items():
            for key, _ in morphemes[word]:
                count[key] = count.get(key, 0) + n
                carriers[key].append(word)
        in_text = dict(count)  # the keys its sentences have, before its heading's count
        # A heading word counts double; the title's names too, its other words once.
        heading = Counter(
            [word for word in section.heading_words if word.morphemes or word.name] * 2
        )
        for word in title:
            if word.morphemes or word.name:
                heading[word] += 2 if word.name else 1
        for word, n in heading.items():
            found = morphemes.get(word)
            if found is None:
                found = morphemes[word] = topical(word)
            if not found:
                continue
            new = word not in occurrences
            occurrences[word] += n
            for key, _ in found:
                count[key] = count.get(key, 0) + n
                if new:
                    carriers[key].append(word)
        return cls(occurrences, count, carriers, in_text, morphemes, section.sentences)

    def sentences_saying(self, key: str) -> int:
        """In how many of its sentences the section says the key (twice in one sentence is
        a passing mention: «Rudy Giuliani's actions …, Giuliani's team says»)."""
        where = self._where
        return len(set().union(*(where.get(word, ()) for word in self.carriers.get(key, ()))))

    @cached_property
    def _where(self) -> dict[Word, set[int]]:
        """The sentences each word is in (made once, and only if a key asks)."""
        # Only the words that carry a key are asked for: a stopword needs no set.
        found: dict[Word, set[int]] = {word: set() for word in self.occurrences}
        for i, sentence in enumerate(self.sentences):
            for word in sentence.words:
                seen = found.get(word)
                if seen is not None:
                    seen.add(i)
        return found

    def distinct_lemmas(self, key: str) -> int:
        return len({word.lemma for word in self.carriers[key]})

    def heads(self, key: str) -> int:
        """The compounds the key ends: «atomvåpen», «kjernevåpen» for /vapen (not
        «politidistrikt», «politimester» for /politi: there it only says whose)."""
        return len(
            {
                w.lemma
                for w in self.carriers[key]
                if w.parts[-1:] != (w.lemma,) and match_key(w.parts[-1]) == key
            }
        )


def carriers_of(key: str, sections: list[SectionWords]) -> set[Word]:
    """The words that carry a key, in every section."""
    return {word for section in sections for word in section.carriers.get(key, ())}


def lemmas_of(key: str, sections: list[SectionWords]) -> set[str]:
    """The lemmas of the words that carry a key: «atomtrussel», «atomøvelse» for /atom."""
    return {word.lemma for word in carriers_of(key, sections)}


def counted(sentence: Sentence) -> tuple[Word, ...]:
    """A sentence's words as topics count them: without the speaker's name in front
    («Dale Morrow: …»), which a transcript repeats at every turn."""
    label = turn_label(sentence.text)
    return sentence.words[len(words(label)) :] if label else sentence.words


def label_of(key: str, sections: list[SectionWords]) -> str:
    """The most frequent spelling of a key in the article, the first alphabetically on a tie."""
    tally: dict[str, int] = {}
    written_lower = False
    for section in sections:
        for word in section.carriers.get(key, ()):
            spelling = next(label for k, label in section.morphemes[word] if k == key)
            tally[spelling] = tally.get(spelling, 0) + section.occurrences[word]
            written_lower = written_lower or word.surface[:1].islower()
    # (on a tie, the lower case the text writes: «a majority» beside «Senate Majority Leader»)
    return min(
        tally.items(),
        key=lambda item: (-item[1], written_lower and item[0][:1].isupper(), item[0]),
    )[0]


def carried_alone(key: str, sections: list[SectionWords]) -> bool:
    """Whether a word has the key as its whole lemma, or two compounds share it: /atom from
    «atomvåpen» and «atomkrig»; not /stand from «vannstand», /kast from «vindkast», /kart
    from «kartlegging» (the whole compound is the topic then)."""
    lemmas: set[str] = set()
    for section in sections:
        for word in section.carriers.get(key, ()):
            first_key, first_label = section.morphemes[word][0]
            if first_key == key and first_label == word.lemma:
                return True
            lemmas.add(match_key(word.lemma))
    if len(lemmas) < 2:
        return False
    # Not /ring of «ringvirkninger» and «ringvirkningsanalyse»: both say «ringvirkning», a
    # word of its own (but /atom of «atomprogram» and «atomprøvesprengning»).
    prefix = _shared_start(lemmas)
    suffix = _shared_start({lemma[::-1] for lemma in lemmas})[::-1]
    return not {prefix, suffix} & lemmas - {key}


def _shared_start(words: set[str]) -> str:
    """The letters all the words open on (the first and last in order share the fewest)."""
    first, last = min(words), max(words)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]
