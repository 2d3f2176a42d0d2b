"""Which words of an article may give a topic: what a reader would type to find it.

The analysis gives every word its lemma and compound parts; these rules read the
article around them and drop what a reader would not type:

- a filler's inflected form: «vant» is vinne, «hendelsene» hendelse, «våre» vår;
- a comparative or superlative: «høyere strøk» gives no /hoy, «lettere skadd» no /lett;
- a fragment glued to a number or a name by a hyphen: «20-åringen» gives no /aring,
  «Nord-Korea» no /nord, «counter-terrorism» no /counter (unless the article also writes
  the word on its own);
- a capitalised word the dictionary does not know and the article never writes in
  lower case: a name (Dalhaug, Hanshaugen), whole and in its own spelling, so neither
  /dal and /haug nor a truncated /hanshaug;
- a compound's later part the article never writes as a word of its own: «kjernekraftverk»
  and «kraftverket» give /kraftverk, not the generic heads /kraft and /verk (the first,
  specific part may still be one: /atom from «atomvåpen» and «atomkrig»);
- a name the article always writes before another name: a first name («Henrik Asheim»
  gives /asheim, not /henrik), the first half of a double surname or of a place
  («Møre og Romsdal»);
- a name's last word the article writes only in one longer name: the whole name is the
  topic, /new_zealand and /middle_east, not /zealand and /east (a person named in full
  keeps the surname: /pryce for «said Alan Pryce»);
- a word the article writes only after a number: a unit (950 hPa, 30 degrees);
- a word the article writes only after «å», «to» or a modal verb: a verb (å finne);
- a word only in a fact box's lines («Fødd i Modalen 10. juli 1884»);
- a person, a time of day or a generic noun no reader types (mann, minutt, informasjon);
- in English (no dictionary of nouns), a word the article writes only as a verb's
  -ed or -ing (armed, expressed), and an adjective by its ending (political, famous).

And a command folded to ASCII must not read as another word: /var for «vår» reads as
"was", so it is spelt /vaar (match keys fold «aa» back to «a»: the query still finds it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from itertools import chain

from bot.core.analysis import Analysis, Word
from bot.core.english_forms import DETERMINED, adjectival, s_forms, verb_only_form
from bot.core.full_names import named_words
from bot.core.lexicon import Lexicon, lexicon
from bot.core.name_words import DEMONYMS_NO, ROYAL, demonym, is_title
from bot.core.text import command_name, fold, match_key
from bot.core.topic_fillers import fillers as _fillers

Morphemes = tuple[tuple[str, str], ...]

# (Norwegian: an English «East» ends names, «Middle East»)
_COMPASS = frozenset(
    "nord sør øst aust vest nordøst nordaust nordvest sørøst søraust sørvest".split()  # noqa: SIM905
    # (and what a club's or a firm's name ends on: «Sogndal FK», «Equinor ASA», «Acme Ltd»)
    + "fk il as asa bk if sk fc afc cf ltd inc plc llc gmbh ag ab".split()  # noqa: SIM905
)
# An English adjective by its ending (political, dangerous, hopeful, careless).
_ENGLISH_ADJECTIVE_ENDINGS = (
    "ical",
    "ous",
    "ful",
    "less",
    "ably",
    "ibly",
    "ously",
    "fully",
    "ently",
    "ively",
    "edly",
    # and their adverbs (typically, usually, surprisingly, extravagantly, lately)
    "ically",
    "ually",
    "ingly",
    "antly",
    "ately",
)
# Comparative and superlative endings: høy-ere, høg-are, høy-est, lav-aste.
_DEGREE_ENDINGS = frozenset(("ere", "are", "este", "aste", "est", "ast"))
# A word glued behind a number (20-åringen, 3-tiden) or in front of a name (Nord-Korea).
_AFTER_NUMBER = re.compile(r"\d-([^\W\d_]+)")
_BEFORE_NAME = re.compile(r"([A-ZÆØÅ](?<![\w-][A-ZÆØÅ])[^\W\d_]*)-(?=[A-ZÆØÅ])")
# A prefix glued to a word: «counter-terrorism», «anti-government», «cross-border».
_BEFORE_WORD = re.compile(r"([a-z](?<![\w-][a-z])[^\W\d_]*)-(?=[a-z])")
# The Norwegian letters and the two-letter spellings a keyboard without them uses.
_DIGRAPHS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


def topic_morphemes(analysis: Analysis) -> Callable[[Word], Morphemes]:
    """Return what each word of the article offers as topics, by the rules above."""
    article = analysis.article
    language = article.language
    fillers = _fillers(language)
    lex = lexicon(language)
    texts = [article.title or ""]
    for section in article.sections:
        texts.append(section.heading or "")
        texts.extend(section.paragraphs)
    text = "\n".join(texts)
    fragments = _fragments(text, english=language == "en")
    read = _ArticleWords(analysis, language)
    verdicts: dict[Word, Morphemes] = {}
    plain = _PLAIN.setdefault(language, {})
    settled = _SETTLED.setdefault(language, {})
    if len(plain) > 50_000 or len(settled) > 50_000 or len(_LOWER_LEMMA) > 100_000:
        plain.clear()  # a long-running bot meets new words every day
        settled.clear()
        _LOWER_LEMMA.clear()
        _OWN.clear()

    def morphemes(word: Word) -> Morphemes:
        found = verdicts.get(word)
        if found is None:
            if word.surface in fragments:
                found = ()
            else:
                found = settled.get(word)
                if found is None:
                    found = _judge(word, read, plain, settled, fillers, lex)
                if not found and word.name and word.surface.lower() in fillers:
                    # (only a filler word can be one: the text is read for these few)
                    found = _named_filler(word, read)
                if found and not word.name and (len(word.parts) > 1 or language == "en"):
                    found = _own_parts(word, found, read)
            verdicts[word] = found
        return found

    return morphemes


# (no one's surname: «… in Mexico City Wednesday morning» names no Mr Wednesday)
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())  # noqa: SIM905


def _named_filler(word: Word, read: _ArticleWords) -> Morphemes:
    """A filler word written as a surname after a given name is a name: «Theresa May»."""
    if word.surface in read.named_fillers and word.surface not in _WEEKDAYS:
        return ((match_key(word.surface.lower()), word.surface),)
    return ()


class _ArticleWords:
    """The article's words and what the rules read off them, each made once and only if
    a rule asks (most words' verdicts are settled and need none of it)."""

    def __init__(self, analysis: Analysis, language: str) -> None:
        self.analysis = analysis
        self.language = language

    @cached_property
    def words(self) -> set[Word]:
        sections = self.analysis.sections
        found = set(chain.from_iterable(t.words for s in sections for t in s.sentences))
        found.update(chain.from_iterable(s.heading_words for s in sections))
        found.update(self.analysis.title_words)
        return found

    @cached_property
    def named_fillers(self) -> dict[str, str]:
        return named_words(self.analysis.article.text, _fillers(self.language))

    @cached_property
    def written_lower(self) -> set[str]:
        """The lemmas the article writes in lower case (each word's remembered)."""
        return set(map(_LOWER_LEMMA.__getitem__, self.words)) - {""}

    @cached_property
    def own_keys(self) -> set[str]:
        """The keys of the article's lemmas (in English not of a lemma written only as -ed
        or -ing: armed, expressing), and the heads compounds share after different parts:
        «atomvåpen» and «kjernevåpen» give /vapen, «forsvarsminister» and
        «utenriksminister» /minister; not «kjernekraftverk» and «atomkraftverk» /verk
        (both «kraftverk»)."""
        memo = _OWN.setdefault(self.language, _OwnKeys(self.language == "en"))
        words = list(self.words)
        facts = list(map(memo.__getitem__, words))
        keys = {key for key, _ in facts}
        if memo.english and (verbs := {w.lemma for w in words if verb_only_form(w)}):
            # «approved» and «approves», never «approve»: a verb's -s, not a noun's plural;
            # and «soared», «soar», never after «the» or «a»: a verb in every form (/soar)
            named = set(DETERMINED.findall(self.analysis.article.text.lower()))
            only = verbs - {
                w.lemma for w in words if w.surface.lower() in named and not adjectival(w)
            }
            keys = {
                key
                for word, (key, _) in zip(words, facts, strict=True)
                if word.lemma not in only
                and (word.lemma not in verbs or word.surface.lower() not in s_forms(word.lemma))
            }
        fronts: dict[str, set[str]] = {}
        for _, (head, front) in facts:
            if head:
                fronts.setdefault(head, set()).add(front)
        heads = {key for key, before in fronts.items() if len(before) >= 2}
        return (keys | heads) - {""}


# A word's own verdict, the same in every article: whether it may be a name written whole
# (a capitalised word the dictionary does not know), and its morphemes less the fillers.
# Keyed by the word itself (the analyzer memoises them); kept per language.
_PLAIN: dict[str, dict[Word, tuple[bool, Morphemes]]] = {}
# The verdicts no article changes (but for its fragments and, of a compound, its parts
# written alone): every word's but a word's that may be a name.
_SETTLED: dict[str, dict[Word, Morphemes]] = {}


# («Middle East», «West Ham»: a point of the compass ends names)
_ENDS_NAMES = frozenset(("east", "west", "north", "south"))


def _judge(
    word: Word,
    read: _ArticleWords,
    plain: dict[Word, tuple[bool, Morphemes]],
    settled: dict[Word, Morphemes],
    fillers: frozenset[str],
    lex: Lexicon,
) -> Morphemes:
    if not word.morphemes or word.name:
        # (a point of the compass is no name a reader asks for: «Vest politidistrikt»)
        lower = word.surface.lower()  # («Best», «November»: a filler word written as a name)
        named = (
            word.name
            and lower not in _COMPASS
            and (lower not in fillers or lower in _ENDS_NAMES)
            and not demonym(lower, lex)
            # «the PSNI’s Detective Sergeant Alexander»: no /detective (but /prince_harry)
            and (lower in ROYAL or not is_title(lower))
        )
        settled[word] = word.morphemes if named else ()
        return settled[word]
    verdict = plain.get(word)
    if verdict is None:
        verdict = plain[word] = _plain_verdict(word, fillers, lex)
    maybe_name, morphemes = verdict
    if not maybe_name:
        settled[word] = morphemes
    elif word.lemma not in read.written_lower:
        return ((match_key(word.surface.lower()), word.surface),)  # a name: whole, as written
    return morphemes


def _own_parts(word: Word, found: Morphemes, read: _ArticleWords) -> Morphemes:
    """Drop a later part of a compound the article never writes on its own (/verk from
    «kjernekraftverk»), and an English lemma written only as -ed or -ing (armed)."""
    if len(word.parts) <= 1:
        return () if verb_only_form(word) and found[0][0] not in read.own_keys else found
    keep, own = (word.lemma, word.parts[0]), read.own_keys
    return tuple(m for m in found if m[1] in keep or m[0] in own)


class _LowerLemmas(dict[Word, str]):
    """A word's lemma if it is written in lower case, else ""; remembered a word."""

    def __missing__(self, word: Word) -> str:
        value = self[word] = word.lemma if word.surface[:1].islower() else ""
        return value


class _OwnKeys(dict[Word, tuple[str, tuple[str, str]]]):
    """A word's own key (its lemma's, "" for none) and, for a compound, its head's key
    and the part before the head; remembered a word."""

    def __init__(self, english: bool) -> None:
        super().__init__()
        self.english = english

    def __missing__(self, word: Word) -> tuple[str, tuple[str, str]]:
        found = word.morphemes
        own = found[0][0] if found and not (self.english and verb_only_form(word)) else ""
        head = ""
        if len(word.parts) > 1 and found:
            head = next((key for key, label in found if label == word.parts[-1]), "")
        value = self[word] = (own, (head, word.parts[-2] if head else ""))
        return value


_LOWER_LEMMA = _LowerLemmas()
_OWN: dict[str, _OwnKeys] = {}


def _plain_verdict(word: Word, fillers: frozenset[str], lex: Lexicon) -> tuple[bool, Morphemes]:
    lower, lemma = word.surface.lower(), word.lemma
    if lower != lemma and lower.startswith(lemma) and lower[len(lemma) :] in _DEGREE_ENDINGS:
        return False, ()  # høyere, lavest: an adjective's degree
    if lex.language == "en" and (
        lemma.endswith(_ENGLISH_ADJECTIVE_ENDINGS)
        or lower.endswith(_ENGLISH_ADJECTIVE_ENDINGS)
        or _english_degree(lower, lemma, lex)
        or (lower.endswith("ly") and lex.known(lower[:-2]))  # (an adverb: «sharply»)
    ):
        return False, ()  # political, famous; deep (deeper), closer: an English adjective
    if lemma in DEMONYMS_NO and lex.language != "en":
        return False, ()  # «russerne»: no /russ
    maybe_name = (
        word.surface[0].isupper()
        and lex.form_lemma(lower) is None
        and (lower != lemma or len(word.parts) > 1)
    )
    return maybe_name, tuple(
        (key, label)
        for key, label in word.morphemes
        if label.lower() not in fillers and not label.endswith(_ROLE_HEADS)
    )


# A post by its head: «festivalsjef», «kommunikasjonsleiar» (the festival stays a topic).
_ROLE_HEADS = ("sjef", "leder", "leiar", "direktør")


def _english_degree(lower: str, lemma: str, lex: Lexicon) -> bool:
    """An English adjective by its degrees: «closer», «deepest», or «deep» whose «deeper»
    the dictionary knows (no noun has them)."""
    if lower != lemma:
        return lower in (lemma + "r", lemma + "er", lemma + "st", lemma + "est")
    return any(lex.form_lemma(lemma + ending) == lemma for ending in ("er", "r", "est"))


def _fragments(text: str, *, english: bool) -> set[str]:
    """Words the article writes only glued to a number or to a following name."""
    # The patterns read only the words with a hyphen: a whole text's every position is slow.
    words = _hyphened(text)
    hyphened = " ".join(words)
    glued = set(_AFTER_NUMBER.findall(hyphened)) | set(_BEFORE_NAME.findall(hyphened))
    # (a name's compound's first part whose last part the next word gives: «Barne- og
    # ungdomspsykiatrisk poliklinikk»; not a common word's, «vigsels- og forbønnsliturgiene»)
    glued.update(
        part
        for word in words
        if word.endswith("-") and (part := word.rstrip("-").rsplit("-", 1)[-1])[:1].isupper()
    )
    if english:  # (a Norwegian word before a hyphen is a compound's: «gitarsolo-delen»)
        glued.update(_BEFORE_WORD.findall(hyphened))
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
    if fold(label) == label.lower() or folded != fold(label):
        return folded
    if lexicon(language).form_lemma(folded) is None:
        return folded  # a name too: /ålesund is /alesund
    return command_name(label.translate(_DIGRAPHS))  # Støre: /stoere, not /store (big)
