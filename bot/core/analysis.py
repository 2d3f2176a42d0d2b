"""One pass over an article: sentences, and for every word its lemma and compound parts.

Summaries, topics and excerpts all read this analysis, so each article is tokenised
and lemmatised once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain

from bot.core.article_tokens import ArticleTokens
from bot.core.clauses import clause_checker
from bot.core.lexicon import Lexicon, lexicon
from bot.core.model import Article
from bot.core.names import article_names
from bot.core.stopwords import stopwords
from bot.core.text import match_key, sentences

# Longer "words" are not language (a run of letters, a pasted hash): they are no
# topic, and the lexicon is not asked about them (its compound search is quadratic).
MAX_WORD_LETTERS = 64


@dataclass(frozen=True, eq=False)
class Word:
    """A word form: its surface, lemma and the keys a query can match.

    One object stands for every occurrence of the form (WordAnalyzer memoises them),
    so words compare and hash by identity, which is cheap.
    """

    surface: str
    lemma: str
    parts: tuple[str, ...]
    keys: frozenset[str]
    content: bool
    # What a topic can be made of: (match key, label) of the lemma and, for a
    # compound, of each part; one entry a key. Empty for stopwords.
    morphemes: tuple[tuple[str, str], ...] = ()
    # A name (capitalised inside a sentence): whole, never split into compound parts,
    # so Hammerfest gives no /hammer and /fest does not find it.
    name: bool = False
    # A form that makes a topic only beside a plainer form of it in the same article:
    # a noun that reads as a verb too (melde, besøker), a name's genitive (Johnsons, Kristi).
    weak: bool = False
    # The lemma a sentence's content counts ("" for a stopword): read for every word.
    content_lemma: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "content_lemma", self.lemma if self.content else "")


class Sentence:
    """A sentence of the article, its words analysed; read-only once made.

    A plain class with slots, not a frozen dataclass: an article makes dozens, and a
    frozen dataclass sets each field through object.__setattr__ (twice the time).
    """

    __slots__ = (
        "content_lemmas",
        "index",
        "n_words",
        "paragraph",
        "position",
        "quoted",
        "section",
        "text",
        "words",
    )

    def __init__(
        self,
        text: str,
        section: int,
        index: int,  # within its section
        position: int,  # within the article
        words: tuple[Word, ...],
        paragraph: int = 0,  # within its section: the lead is paragraph 0 of section 0
        quoted: bool = False,  # in a paragraph that opens with a quote dash or quote marks
        n_words: int | None = None,  # len(text.split()), when the caller has split it
    ) -> None:
        self.text = text
        self.section = section
        self.index = index
        self.position = position
        self.words = words
        self.paragraph = paragraph
        self.quoted = quoted
        # Derived once, read many times by the summariser: words as a reader counts them
        # (split on spaces) and the lemmas of its content words.
        self.n_words = len(text.split()) if n_words is None else n_words
        self.content_lemmas = frozenset([lemma for w in words if (lemma := w.content_lemma)])

    def __repr__(self) -> str:
        return f"Sentence({self.text!r}, section={self.section}, index={self.index})"


@dataclass(frozen=True)
class SectionAnalysis:
    heading: str | None
    heading_words: tuple[Word, ...]
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Analysis:
    article: Article
    title_words: tuple[Word, ...]
    sections: tuple[SectionAnalysis, ...]

    @cached_property
    def all_sentences(self) -> tuple[Sentence, ...]:
        """Every section's sentences in article order (made once: ranking, the lead, the
        budget and the topics each read them)."""
        return tuple(s for section in self.sections for s in section.sentences)


class WordAnalyzer:
    """Lemmatise and split words of one language, memoised across articles."""

    def __init__(self, language: str, lex: Lexicon | None = None) -> None:
        self.language = language
        self.lexicon = lex or lexicon(language)
        self.stopwords = stopwords(language)
        self._cache: dict[str, Word] = {}
        self._names: dict[str, Word] = {}
        # A token's words, its names read as the article at hand reads them.
        self.tokens = ArticleTokens(self.word, self.name)
        self._compounds = language in ("nb", "nn", "da", "sv", "de")
        self._nouns_only = language in ("nb", "nn")
        self._nominals: dict[str, bool] = {}

    def word(self, surface: str) -> Word:
        cached = self._cache.get(surface)
        if cached is not None:
            return cached
        lower = surface.lower()
        if surface[0].isupper() and surface[1:].islower():
            found = self.lexicon.form_lemma(surface)
            if found and found[0].isupper():  # the dictionary knows it as a name: Russland
                result = self._cache[surface] = self.name(surface)
                return result
        content = 2 < len(lower) <= MAX_WORD_LETTERS and lower not in self.stopwords
        if content:
            lemma = lower if lower in _PLURAL_ONLY else self.lexicon.lemma(lower)
            if lemma == lower and lower.endswith("s") and self._compounds:
                # A genitive the dictionary lacks: Statens → stat, fylkets → fylke.
                bare = self.lexicon.form_lemma(lower[:-1])
                lemma = bare if bare and not self.lexicon.known(lower) else lemma
            parts = self.lexicon.parts(lemma) if self._compounds else (lemma,)
            # over-våke, for-svar: a preposition in front is a prefix, not a topic.
            parts = tuple(p for p in parts if p not in self.stopwords) if len(parts) > 1 else parts
            # A part is a topic only as a word of its own: kronprins gives no /kron.
            if len(parts) > 1:
                form_lemma = self.lexicon.form_lemma
                parts = tuple(p for p in parts if form_lemma(p) in (p, None) and len(p) >= 4)
            if len(parts) <= 1:
                parts = (lemma,)
        else:
            lemma, parts = lower, (lower,)
        key = {form: match_key(form) for form in dict.fromkeys((lower, lemma, *parts))}
        morphemes = _morphemes(content, lemma, parts, key)
        if morphemes and self._nouns_only:
            # A topic is a thing a reader asks about: no verb (/leggje, /besøker), no
            # adjective (/liten).
            labels = {lemma, *parts}
            nouns = {label for label in labels if self._nominal(label)}
            if lemma == lower and self.lexicon.nominal(lemma) is None and self._finite(lower):
                nouns.discard(lemma)
            if lower == lemma + "t" and not lemma.endswith("e"):
                nouns.discard(lemma)  # normalt, viktigt: an adjective's neuter, an adverb
            elif lower[-1:] == "t" and lower[-2:] != "et" and lower != lemma and lemma[-1] != "t":
                nouns.discard(lemma)  # oppsagt, kjøpt: a participle (no noun inflects so)
            nouns -= {label for label in nouns if self._adjective(label)}
            if nouns != labels:
                morphemes = tuple(m for m in morphemes if m[1] in nouns)
        # «Johnsons» opening a sentence: an unknown name's genitive.
        genitive = surface[0].isupper() and lower.endswith("s") and not self.lexicon.known(lower)
        weak = (
            bool(morphemes)
            and self._compounds  # English marks a genitive with an apostrophe
            and (
                (genitive and lemma == lower)
                or (self._nouns_only and self._verb_form(lower, lemma))
            )
        )
        result = Word(
            surface,
            lemma,
            parts,
            frozenset(key.values()),
            content,
            morphemes,
            weak=weak,
        )
        self._cache[surface] = result
        return result

    def _nominal(self, lemma: str) -> bool:
        """Whether a lemma can be a noun; an unknown word (a new compound) may be one."""
        found = self._nominals.get(lemma)
        if found is None:
            verdict = self.lexicon.nominal(lemma)
            if verdict is not True and self.language == "nn":
                # The Nynorsk dictionary is thin: fylket, ferja, finske are in the Bokmål one.
                in_bokmal = lexicon("nb").nominal(lemma)
                verdict = verdict if in_bokmal is None else in_bokmal
            found = self._nominals[lemma] = verdict is not False
        return found

    def _finite(self, word: str) -> bool:
        """Whether a word reads as a verb's present or past (besøker)."""
        return clause_checker(self.language).is_finite(word)

    def _verb_form(self, word: str, lemma: str) -> bool:
        """Whether a noun's form reads as a verb too: a present (besøker, melder) or an
        infinitive (melde, møte). Other forms (besøkere, ferja, møtet) do not."""
        checker = clause_checker(self.language)
        if word.endswith("er") or word in (lemma + "r", lemma + "tt"):  # står, stått; not timar
            return checker.is_finite(word) or word.endswith("tt")
        if word != lemma and not word.endswith(("a", "e", "n", "t")):
            return checker.is_finite(word)  # a strong past: sto, gikk
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        if word in (stem + "te", stem + "de", stem + "dde"):
            return checker.is_finite(word)  # a weak past no noun inflects so: endte (ende)
        if (word == stem + "t" or word.endswith(("ende", "ande"))) and word != lemma:
            return checker.is_infinitive(lemma)  # a participle: vist (vise), stående (stå)
        if word == lemma and self.lexicon.form_lemma(word) == word + "je":
            return checker.is_finite(word)  # a Nynorsk present: ligg (liggje), not a noun
        if word != lemma and not word.startswith(lemma[:-1] or lemma):
            return checker.is_infinitive(lemma)  # a strong verb's other stem: sett (sjå)
        return word == lemma and checker.is_infinitive(word)

    def _adjective(self, lemma: str) -> bool:
        """An adjective of nationality or kind (finsk, norsk, samisk): finske is its plural;
        a word the dictionary lacks in -leg, -lig, -isk (føreseieleg)."""
        if lemma.endswith(_ADJECTIVE_SUFFIXES) and self.lexicon.nominal(lemma) is None:
            return True
        return lemma.endswith("sk") and self.lexicon.form_lemma(lemma + "e") == lemma

    def name(self, surface: str) -> Word:
        """A name: one lemma (Russlands → Russland), its own key, no compound parts."""
        cached = self._names.get(surface)
        if cached is not None:
            return cached
        lower = surface.lower()
        # (a party or a body of two letters is a name too: Sp, SV, EU, FN)
        short = len(surface) == 2 and surface[1].isalpha() and lower not in _SHORT_FORMS
        content = (2 < len(lower) <= MAX_WORD_LETTERS or short) and lower not in self.stopwords
        lemma = surface
        found = self.lexicon.form_lemma(surface)
        topical = content
        weak = False  # a genitive: Russlands, Kristi, Johnsons
        if found and found[0].isupper():
            lemma = found
            weak = found != surface
        elif surface.endswith("s") and 3 <= len(surface) <= 6 and surface[:-1].isupper():
            lemma, weak = surface[:-1], True  # an acronym's genitive: NRKs, FNs, USAs
        elif surface.endswith("s") and len(surface) > 4:
            # A genitive: Russlands, Hammerfests.
            bare = self.lexicon.form_lemma(surface[:-1])
            if bare and bare[0].isupper():
                lemma, weak = bare, True
            elif found is None and self._compounds and self.lexicon.form_lemma(lower[:-1]):
                # «Statens vegvesen»: a common noun's genitive opening a name is no topic.
                topical = False
            elif found is None and self._compounds and _unknown_genitive(surface):
                lemma, weak = surface[:-1], True  # Johnsons → Johnson
        key = {form: match_key(form) for form in dict.fromkeys((lower, lemma.lower()))}
        lemma_key = match_key(lemma.lower())
        morphemes = ((lemma_key, lemma),) if topical and (short or _topic_key(lemma_key)) else ()
        result = Word(
            surface,
            lemma,
            (lemma,),
            frozenset(key.values()),
            content,
            morphemes,
            name=True,
            weak=weak,
        )
        self._names[surface] = result
        return result

    def trim(self) -> None:
        """Bound the memos; between articles only, as one form must be one Word in each."""
        if max(len(self._cache), len(self._names), len(self.tokens)) > 100_000:
            for memo in (self._cache, self._names, self.tokens):
                memo.clear()


_MIN_TOPIC_LETTERS = 3
# English nouns in -s with no singular of their own: a measle is no disease.
_PLURAL_ONLY = frozenset(("measles", "shingles", "mumps", "rabies", "diabetes", "crossroads"))
# Two letters that are a road's, a title's or a unit's, no name: «Rv 7», «Mr», «St».
_SHORT_FORMS = frozenset("rv fv ev kl nr ca mr ms dr st jr sr no vs pm am".split())  # noqa: SIM905


def _unknown_genitive(name: str) -> bool:
    """Whether a name the dictionary lacks reads as a genitive: Johnsons, Trumps; not
    Texas, Lars or Andreas (a short stem, or one in a vowel, is likely the name itself)."""
    bare = name[:-1]
    return len(bare) >= 4 and bare[-1] not in "aeiouyæøås" and not name.endswith("ss")


def _morphemes(
    content: bool, lemma: str, parts: tuple[str, ...], key: dict[str, str]
) -> tuple[tuple[str, str], ...]:
    """The lemma and, for a compound, each part: what a reader might ask about."""
    if not content:
        return ()
    found = [(key[lemma], lemma)]
    if len(parts) == 1:  # most words: no compound
        return tuple(found) if _topic_key(found[0][0]) else ()
    found.extend((key[part], part) for part in parts)
    # One entry a key; a later part with the same key as an earlier one wins the label.
    unique = {key: label for key, label in found if _topic_key(key)}
    return tuple(unique.items())


def _topic_key(key: str) -> bool:
    return len(key) >= _MIN_TOPIC_LETTERS and key.isalpha()


_ADJECTIVE_SUFFIXES = ("leg", "lig", "isk", "messig", "aktig")
_QUOTE_OPENERS = ("–", "—", "«", '"', "“", "- ")


@lru_cache(maxsize=8)
def analyzer(language: str) -> WordAnalyzer:
    return WordAnalyzer(language)


def analyse(article: Article) -> Analysis:
    """Split every section into sentences and analyse their words."""
    wa = analyzer(article.language)
    wa.trim()
    # Split first: the analyser reads the article's names in the tokens that hold them.
    split = [
        [
            (p_index, text, text.split())
            for p_index, paragraph in enumerate(section.paragraphs)
            for text in sentences(paragraph, article.language)
        ]
        for section in article.sections
    ]
    headings = [section.heading.split() if section.heading else [] for section in article.sections]
    title = article.title.split() if article.title else []
    every = [tokens for texts in split for _, _, tokens in texts]
    wa.tokens.begin(article_names(article), set(chain(title, *headings, *every)))
    sections: list[SectionAnalysis] = []
    position = 0
    for s_index, (section, texts, heading) in enumerate(
        zip(article.sections, split, headings, strict=True)
    ):
        quoted = [p.lstrip().startswith(_QUOTE_OPENERS) for p in section.paragraphs]
        section_sentences: list[Sentence] = []
        for p_index, text, tokens in texts:
            section_sentences.append(
                Sentence(
                    text,
                    s_index,
                    len(section_sentences),
                    position,
                    wa.tokens.words(tokens),
                    p_index,
                    quoted[p_index],
                    len(tokens),
                )
            )
            position += 1
        sections.append(
            SectionAnalysis(section.heading, wa.tokens.words(heading), tuple(section_sentences))
        )
    return Analysis(article, wa.tokens.words(title), tuple(sections))
