"""Which words of an article may give a topic: what a reader would type to find it.

The analysis gives every word its lemma and compound parts; these rules read the
article around them and drop what a reader would not type:

- a filler's inflected form: «vant» is vinne, «hendelsene» hendelse, «våre» vår;
- a comparative or superlative: «høyere strøk» gives no /hoy, «lettere skadd» no /lett;
- a fragment glued to a number or a name by a hyphen: «20-åringen» gives no /aring,
  «Nord-Korea» no /nord (unless the article also writes the word on its own);
- a capitalised word the dictionary does not know and the article never writes in
  lower case: a name (Dalhaug, Hanshaugen), whole and in its own spelling, so neither
  /dal and /haug nor a truncated /hanshaug.

And a command folded to ASCII must not read as another word: /var for «vår» reads as
"was", so it is spelt /vaar (match keys fold «aa» back to «a»: the query still finds it).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import chain
from typing import cast

from bot.core.analysis import Analysis, Word
from bot.core.lexicon import Lexicon, lexicon
from bot.core.stopwords import stopwords
from bot.core.text import command_name, fold, match_key

Morphemes = tuple[tuple[str, str], ...]

# Nouns that carry no news of their own in any story: «saken», «forholdene».
# And Nynorsk's auxiliary «vert» (becomes), which the dictionary also has as a host.
_FILLER_LEMMAS = frozenset({"sak", "forhold", "vert"})
# Comparative and superlative endings: høy-ere, høg-are, høy-est, lav-aste.
_DEGREE_ENDINGS = frozenset(("ere", "are", "este", "aste", "est", "ast"))
# A word glued behind a number (20-åringen, 3-tiden) or in front of a name (Nord-Korea).
_AFTER_NUMBER = re.compile(r"\d-([^\W\d_]+)")
_BEFORE_NAME = re.compile(r"(?<![\w-])([A-ZÆØÅ][^\W\d_]*)-(?=[A-ZÆØÅ])")
# The Norwegian letters and the two-letter spellings a keyboard without them uses.
_DIGRAPHS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


class TopicMorphemes:
    """What each word of one article offers as topics, by the rules above."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        article = analysis.article
        language = article.language
        self.fillers = _fillers(language)
        self.lexicon = lexicon(language)
        texts = [article.title or ""]
        for section in article.sections:
            texts.append(section.heading or "")
            texts.extend(section.paragraphs)
        self.fragments = _fragments("\n".join(texts))
        self._written: set[str] | None = None  # the lemmas written in lower case, if asked
        self.plain = _PLAIN.setdefault(language, {})
        self.settled = _SETTLED.setdefault(language, {})
        if len(self.plain) > 50_000 or len(self.settled) > 50_000:
            self.plain.clear()  # a long-running bot meets new words every day
            self.settled.clear()
        if len(_LOWER_LEMMA) > 100_000:
            _LOWER_LEMMA.clear()

    def __call__(self, word: Word) -> Morphemes:
        if word.surface in self.fragments:
            return ()
        found = self.settled.get(word)
        return self._judge(word) if found is None else found

    def of(self, words: Collection[Word]) -> dict[Word, Morphemes]:
        """Each word's morphemes: most words' are settled, and looked up at C speed."""
        found = dict(zip(words, map(self.settled.get, words), strict=True))
        if None in found.values():
            for word, morphemes in found.items():
                if morphemes is None:
                    found[word] = self._judge(word)
        if self.fragments:
            for word in found:
                if word.surface in self.fragments:
                    found[word] = ()
        return cast(dict[Word, Morphemes], found)  # no None left

    def _written_lower(self) -> set[str]:
        if self._written is None:
            sections = self.analysis.sections
            words = set(chain.from_iterable(t.words for s in sections for t in s.sentences))
            words.update(chain.from_iterable(s.heading_words for s in sections))
            # (each word's verdict remembered: C speed for the words seen before)
            self._written = set(map(_LOWER_LEMMA.__getitem__, words))
            self._written.discard("")
        return self._written

    def _judge(self, word: Word) -> Morphemes:
        """A word's morphemes, but for the fragments; settled unless it may be a name."""
        if not word.morphemes:
            found: Morphemes = ()
        elif word.name:
            found = word.morphemes
        else:
            verdict = self.plain.get(word)
            if verdict is None:
                verdict = self.plain[word] = _plain_verdict(word, self.fillers, self.lexicon)
            maybe_name, found = verdict
            if maybe_name:  # the article decides
                if word.lemma not in self._written_lower():
                    return ((match_key(word.surface.lower()), word.surface),)  # whole, as written
                return found
        self.settled[word] = found
        return found


# A word's own verdict, the same in every article: whether it may be a name written whole
# (a capitalised word the dictionary does not know), and its morphemes less the fillers.
# Keyed by the word itself (the analyzer memoises them); kept per language.
_PLAIN: dict[str, dict[Word, tuple[bool, Morphemes]]] = {}
# The morphemes of the words whose verdict no article changes (but for its fragments).
_SETTLED: dict[str, dict[Word, Morphemes]] = {}


@lru_cache(maxsize=8)
def _fillers(language: str) -> frozenset[str]:
    return stopwords(language) | _FILLER_LEMMAS


class _LowerLemmas(dict[Word, str]):
    """A word's lemma if it is written in lower case, else ""; remembered a word."""

    def __missing__(self, word: Word) -> str:
        value = self[word] = word.lemma if word.surface[:1].islower() else ""
        return value


_LOWER_LEMMA = _LowerLemmas()


def _plain_verdict(word: Word, fillers: frozenset[str], lex: Lexicon) -> tuple[bool, Morphemes]:
    lower, lemma = word.surface.lower(), word.lemma
    if lower != lemma and lower.startswith(lemma) and lower[len(lemma) :] in _DEGREE_ENDINGS:
        return False, ()  # høyere, lavest: an adjective's degree
    maybe_name = (
        word.surface[0].isupper()
        and lex.form_lemma(lower) is None
        and (lower != lemma or len(word.parts) > 1)
    )
    return maybe_name, tuple(
        (key, label) for key, label in word.morphemes if label.lower() not in fillers
    )


def _fragments(text: str) -> set[str]:
    """Words the article writes only glued to a number or to a following name."""
    # The patterns read only the words with a hyphen: a whole text's every position is slow.
    hyphened = " ".join(_hyphened(text))
    glued = set(_AFTER_NUMBER.findall(hyphened)) | set(_BEFORE_NAME.findall(hyphened))
    return {part for part in glued if not _written_alone(part, text)}


def _hyphened(text: str) -> list[str]:
    """The words of text.split() that hold a hyphen, found from its hyphens (a few) rather
    than by splitting the whole text."""
    parts = text.split("-")
    found: list[str] = []
    word = _last_word(parts[0])  # the word a hyphen is in, up to the hyphen
    running = False  # the word runs on past the last part
    for part in parts[1:]:
        word += "-"
        first = part.split(None, 1)[0] if part and not part[0].isspace() else ""
        running = first == part  # no space in the part: the word goes on to the next hyphen
        if running:
            word += part
        else:
            found.append(word + first)
            word = _last_word(part)
    if running:
        found.append(word)
    return found


def _last_word(text: str) -> str:
    return "" if not text or text[-1].isspace() else text.rsplit(None, 1)[-1]


def _written_alone(part: str, text: str) -> bool:
    r"""Whether the text has the word with no letter, digit, _ or hyphen either side.

    (What `(?<![\w-])part(?![\w-])` finds; str.find skips to each occurrence, where a
    pattern opening on a look-behind is tried at every position of the text.)
    """
    start = text.find(part)
    while start >= 0:
        end = start + len(part)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not _word_or_hyphen(before) and not _word_or_hyphen(after):
            return True
        start = text.find(part, start + 1)
    return False


def _word_or_hyphen(char: str) -> bool:
    return char.isalnum() or char in "_-"  # what the pattern [\w-] matches


def topic_command(label: str, language: str) -> str:
    """The command of a topic: ASCII, and never another word of the language
    (/vaar for «vår», not /var; /maal for «mål», not /mal)."""
    folded = command_name(label)
    if fold(label) == label.lower() or folded != fold(label) or label[:1].isupper():
        return folded  # a name reads as itself: /ålesund is /alesund
    if lexicon(language).form_lemma(folded) is None:
        return folded
    return command_name(label.translate(_DIGRAPHS))
